package io.github.genaitaxonomy.json.internal;

import tools.jackson.core.TokenStreamLocation;

/** A 1-based line and column in the input. */
public record Position(int line, int column) {
  /** The start of the input. */
  public static final Position START = new Position(1, 1);

  /** The position of {@code location}, moved down by {@code lineOffset} lines. */
  public static Position of(TokenStreamLocation location, int lineOffset) {
    return new Position(
        Math.max(1, location.getLineNr()) + lineOffset, Math.max(1, location.getColumnNr()));
  }
}
