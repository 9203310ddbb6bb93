package io.github.genaitaxonomy.imports;

/**
 * The one exception an importer raises, for input it cannot read at all: a file that is missing,
 * not the format, or malformed. Names the file, the record and the line.
 *
 * <pre>{@code
 * try {
 *   EcosystemGraphsImporter.read(Path.of("assets"));
 * } catch (ImportException e) {
 *   e.file();   // "openai.yaml"
 *   e.line();   // 12
 * }
 * }</pre>
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String record;
  private final long line;

  /**
   * @param file the file's name
   * @param record the record being read, or empty when the problem is before the first record
   * @param line the one-based line, or 0 when not known
   * @param problem what was wrong
   * @param cause the parser's exception, if any
   */
  public ImportException(
      String file,
      String record,
      long line,
      String problem,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(
        file
            + (line > 0 ? ":" + line : "")
            + (record.isEmpty() ? "" : " (record " + record + ")")
            + ": "
            + problem,
        cause);
    this.file = file;
    this.record = record;
    this.line = line;
  }

  /** The file's name. */
  public String file() {
    return file;
  }

  /** The record being read; empty when the problem comes before the first record. */
  public String record() {
    return record;
  }

  /** The one-based line; 0 when not known. */
  public long line() {
    return line;
  }
}
