package io.github.genaitaxonomy.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when JSON or JSON Lines text is not a valid {@code genai-taxonomy/1} catalog: names the
 * JSON path, the line and column, and what was expected.
 *
 * <p>It is the one exception {@link TaxonomyJson} throws for bad input, whatever went wrong:
 * malformed JSON, trailing content, a duplicate key, a wrong JSON type, an unknown id, a missing or
 * unknown key, a bad month, arXiv id or source, a value a core type refuses, a duplicate id, a
 * dangling reference, a wrong {@code format} or an input limit. It extends {@link
 * IllegalArgumentException}, as the core's {@code CatalogValidationException} and {@code
 * NotationException} do; failures of the underlying stream are reported as {@link
 * java.io.UncheckedIOException} instead.
 *
 * <p>A catalog that breaks several of the core's rules is reported at its first violation; the
 * problem then lists the next ones, up to {@value
 * io.github.genaitaxonomy.core.CatalogValidationException#SHOWN_VIOLATIONS} in all, and counts the
 * others, and the cause, the core's {@code CatalogValidationException}, holds every one.
 *
 * <pre>{@code
 * try {
 *   TaxonomyJson.defaults().read(text);
 * } catch (CatalogFormatException e) {
 *   e.jsonPath();   // "$.models[3].released"
 *   e.line();       // 57
 *   e.column();     // 19
 *   e.problem();    // "expected a month 'YYYY-MM' but was '2022-13'"
 * }
 * }</pre>
 */
public final class CatalogFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String jsonPath;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * An exception at {@code jsonPath}, {@code line} and {@code column}.
   *
   * @param problem what is wrong and what was expected, without the location
   * @param jsonPath where, such as {@code $.models[3].released}; {@code $} is the whole document
   *     (for JSON Lines: the whole record on {@code line})
   * @param line 1-based line in the input
   * @param column 1-based column in the line
   * @param cause the underlying exception, if any
   */
  public CatalogFormatException(
      String problem, String jsonPath, int line, int column, @Nullable Throwable cause) {
    super(jsonPath + " (line " + line + ", column " + column + "): " + problem, cause);
    this.problem = problem;
    this.jsonPath = jsonPath;
    this.line = line;
    this.column = column;
  }

  /** Where the problem is, as a JSON path: {@code $.models[3].released}. */
  public String jsonPath() {
    return jsonPath;
  }

  /** The 1-based line of the input; for JSON Lines, the line of the file. */
  public int line() {
    return line;
  }

  /** The 1-based column in {@link #line()}. */
  public int column() {
    return column;
  }

  /** What is wrong and what was expected, without the location. */
  public String problem() {
    return problem;
  }
}
