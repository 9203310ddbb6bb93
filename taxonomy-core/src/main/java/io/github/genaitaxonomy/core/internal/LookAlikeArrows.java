package io.github.genaitaxonomy.core.internal;

import io.github.genaitaxonomy.core.NotationException;
import java.util.Optional;

/**
 * Finds what a writer probably meant as the arrow {@code ->} in text that has none: {@code =>},
 * Unicode arrows, a dash or minus sign before {@code >}, a full-width {@code ＞}, a {@code ;}
 * between the sides, or a category id such as {@code text-to-image}.
 *
 * <pre>{@code
 * LookAlikeArrows.find("arrow", "text=>image");   // position 4, token "=>", "write '->', not '=>'"
 * }</pre>
 *
 * <p>One pass per look-alike over the text, so the work is linear in its length.
 */
public final class LookAlikeArrows {
  /** Each look-alike, as it is written. */
  private static final String[] LOOK_ALIKES = {
    "=>", // equals sign and greater-than
    "\u21D2", // ⇒ rightwards double arrow
    "\u27F6", // ⟶ long rightwards arrow
    "\u2192", // → rightwards arrow
    "\u2794", // ➔ heavy wide-headed rightwards arrow
    "\u2014>", // —> em dash
    "\u2013>", // –> en dash
    "\u2212>", // −> minus sign
    "\u2010>", // ‐> hyphen
    "-\uFF1E", // -＞ full-width greater-than
    "\uFF0D\uFF1E", // －＞ full-width hyphen-minus and greater-than
    "\uFF0D>", // －> full-width hyphen-minus
  };

  private static final String CATEGORY_SEPARATOR = "-to-";
  private static final char SEMICOLON = ';';

  private LookAlikeArrows() {}

  /**
   * The error for the first look-alike arrow in {@code text}, at its position and with a hint;
   * empty when there is none. Call it only for text without {@code ->}.
   *
   * @param notation the notation's name in the error
   */
  public static Optional<NotationException> find(String notation, String text) {
    int best = -1;
    String token = "";
    for (String lookAlike : LOOK_ALIKES) {
      int at = indexBefore(text, lookAlike, best);
      if (at >= 0) {
        best = at;
        token = lookAlike;
      }
    }
    if (best >= 0) {
      return Optional.of(
          new NotationException(notation, text, best, token, "write '->', not '" + token + "'"));
    }
    int semicolon = text.indexOf(SEMICOLON);
    if (semicolon >= 0) {
      return Optional.of(
          new NotationException(
              notation,
              text,
              semicolon,
              String.valueOf(SEMICOLON),
              "write '->' between inputs and outputs, not ';'"));
    }
    int to = text.indexOf(CATEGORY_SEPARATOR);
    if (to >= 0) {
      String meant =
          text.substring(0, to) + "->" + text.substring(to + CATEGORY_SEPARATOR.length());
      return Optional.of(
          new NotationException(
              notation,
              text,
              to,
              CATEGORY_SEPARATOR,
              "write '->' between inputs and outputs, as in "
                  + Text.quote(meant)
                  + "; '-to-' spells a category id"));
    }
    return Optional.empty();
  }

  /** The first index of {@code needle} in {@code text} before {@code limit} (any when negative). */
  private static int indexBefore(String text, String needle, int limit) {
    int at = text.indexOf(needle);
    return at >= 0 && (limit < 0 || at < limit) ? at : -1;
  }
}
