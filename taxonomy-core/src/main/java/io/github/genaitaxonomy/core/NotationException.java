package io.github.genaitaxonomy.core;

import io.github.genaitaxonomy.core.internal.Text;

/**
 * The one exception a notation parser throws for text it cannot read: names the notation, the
 * zero-based position in the text, the offending token and what was expected. The message quotes at
 * most the first 80 characters of the token and of the text, with their length when longer; {@link
 * #input()} and {@link #token()} keep them whole.
 *
 * <pre>{@code
 * try {
 *   ModalitySignature.parse("text->imag");
 * } catch (NotationException e) {
 *   e.position();  // 6
 *   e.token();     // "imag"
 * }
 * }</pre>
 */
public final class NotationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String notation;
  private final String input;
  private final int position;
  private final String token;
  private final String problem;

  /**
   * @param notation the notation's name, such as {@code "arrow"}
   * @param input the whole text being parsed
   * @param position zero-based index of the offending token in {@code input}
   * @param token the offending token; empty when something is missing at {@code position}
   * @param problem what was wrong and what was expected
   */
  public NotationException(
      String notation, String input, int position, String token, String problem) {
    super(
        "Invalid "
            + notation
            + " notation at position "
            + position
            + (token.isEmpty() ? "" : " (" + Text.quote(token) + ")")
            + ": "
            + problem
            + " in "
            + Text.quote(input));
    this.notation = notation;
    this.input = input;
    this.position = position;
    this.token = token;
    this.problem = problem;
  }

  /** The notation's name, such as {@code arrow} or {@code ecosystem-graphs}. */
  public String notation() {
    return notation;
  }

  /** The whole text that failed to parse. */
  public String input() {
    return input;
  }

  /** Zero-based index of the offending token in {@link #input()}. */
  public int position() {
    return position;
  }

  /** The offending token, or the empty string when something is missing. */
  public String token() {
    return token;
  }

  /** What was wrong and what was expected, without the position and the quoted text. */
  public String problem() {
    return problem;
  }
}
