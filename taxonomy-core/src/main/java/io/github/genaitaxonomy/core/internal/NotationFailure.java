package io.github.genaitaxonomy.core.internal;

import io.github.genaitaxonomy.core.NotationException;

/**
 * A notation parser's failure while it reads, before it is reported: carries what a {@link
 * NotationException} states, without a stack trace, so that bulk reading can turn it into a result
 * as cheaply as an accepted value. Never leaves the library: the throwing {@code parse} methods
 * turn it into a {@link NotationException}, the result-returning ones into a result.
 */
public final class NotationFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure, as a bulk reader tells them apart. */
  public enum Kind {
    /** The text breaks the notation's grammar. */
    MALFORMED,
    /** The text states a known output that is not content (embeddings, labels). */
    NOT_GENERATIVE,
    /** The text states no modalities at all ({@code unknown}, empty). */
    NO_DATA,
    /** The text lists modalities without saying which are inputs and which outputs. */
    DIRECTION_UNKNOWN
  }

  /** The kind. */
  public final Kind kind;

  /** The notation's name. */
  public final String notation;

  /** The whole text. */
  public final String input;

  /** Zero-based position of the offending token. */
  public final int position;

  /** The offending token; empty when something is missing. */
  public final String token;

  /** What was wrong. */
  public final String problem;

  /** A failure of the given kind. */
  public NotationFailure(
      Kind kind, String notation, String input, int position, String token, String problem) {
    super(problem, null, false, false);
    this.kind = kind;
    this.notation = notation;
    this.input = input;
    this.position = position;
    this.token = token;
    this.problem = problem;
  }

  /** A malformed-text failure. */
  public NotationFailure(
      String notation, String input, int position, String token, String problem) {
    this(Kind.MALFORMED, notation, input, position, token, problem);
  }

  /** The exception the throwing {@code parse} methods report. */
  public NotationException toException() {
    return new NotationException(notation, input, position, token, problem);
  }
}
