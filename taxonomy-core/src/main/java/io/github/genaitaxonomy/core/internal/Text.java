package io.github.genaitaxonomy.core.internal;

import io.github.genaitaxonomy.core.InvalidAttributeException;

/**
 * The one rule for free text in the value types (names, aliases, titles, summaries, notes), and the
 * one way to quote a bad value in a message.
 *
 * <p>Text is accepted when it
 *
 * <ul>
 *   <li>has no control character other than tab, line feed and carriage return (so no NUL, no
 *       U+007F, no C1 control);
 *   <li>has no lone surrogate (every UTF-16 high surrogate is followed by a low one);
 *   <li>is not blank once whitespace and format characters (U+200B, U+202E, U+FEFF, ...) are set
 *       aside;
 *   <li>neither starts nor ends with whitespace.
 * </ul>
 *
 * <p>Every value is checked in one pass over its characters.
 */
public final class Text {
  /** The most characters of an input value that a message quotes. */
  public static final int MAX_QUOTED = 80;

  /** The longest name or alias accepted, in characters; checked before the name is read. */
  public static final int MAX_NAME_LENGTH = 200;

  private Text() {}

  /**
   * Returns {@code name} when it has at most {@link #MAX_NAME_LENGTH} characters and is acceptable
   * text.
   *
   * @throws InvalidAttributeException naming the type, the attribute and the first problem
   */
  public static String checkName(String name, String type, String attribute) {
    if (name.length() > MAX_NAME_LENGTH) {
      throw invalid(
          type,
          attribute,
          "must have at most " + MAX_NAME_LENGTH + " characters but was " + quote(name));
    }
    return check(name, type, attribute);
  }

  /**
   * {@code value} in single quotes, cut to its first {@value #MAX_QUOTED} characters (never inside
   * a surrogate pair) with its length when longer: {@code 'abc…' (1000000 characters)}.
   */
  public static String quote(String value) {
    if (value.length() <= MAX_QUOTED) {
      return "'" + value + "'";
    }
    int end = MAX_QUOTED;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return "'" + value.substring(0, end) + "\u2026' (" + value.length() + " characters)";
  }

  /**
   * Returns {@code value} when it is acceptable text (see the class comment).
   *
   * @throws InvalidAttributeException naming the type, the attribute and the first problem
   */
  public static String check(String value, String type, String attribute) {
    int length = value.length();
    // Most text is printable ASCII (U+0020 to U+007E) that starts with a visible character: one
    // comparison a character skips that run, and the loop below checks the rest.
    int i = 0;
    if (length > 0 && value.charAt(0) != ' ') {
      while (i < length && (char) (value.charAt(i) - ' ') < '\u007F' - ' ') {
        i++;
      }
    }
    boolean visible = i > 0;
    for (; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        // ASCII, the common case, without the Unicode tables: a control character is below U+0020
        // or U+007F; any other character but the space is visible.
        if (c < 0x20 || c == 0x7F) {
          if (c != '\t' && c != '\n' && c != '\r') {
            throw controlCharacter(type, attribute, c, i);
          }
        } else if (c != ' ') {
          visible = true;
        }
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == length || !Character.isLowSurrogate(value.charAt(i + 1))) {
          throw invalid(
              type, attribute, "must not have a lone surrogate but has one at index " + i);
        }
        i++;
        visible = true;
        continue;
      }
      if (Character.isLowSurrogate(c)) {
        throw invalid(type, attribute, "must not have a lone surrogate but has one at index " + i);
      }
      int category = Character.getType(c);
      if (category == Character.CONTROL) {
        throw controlCharacter(type, attribute, c, i);
      }
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && category != Character.FORMAT
          && category != Character.CONTROL) {
        visible = true;
      }
    }
    if (!visible) {
      throw new InvalidAttributeException(
          type,
          attribute,
          type + "." + attribute + " must not be blank (whitespace and format characters only)");
    }
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(length - 1))) {
      throw invalid(
          type, attribute, "must not start or end with whitespace but was " + quote(value));
    }
    return value;
  }

  private static InvalidAttributeException controlCharacter(
      String type, String attribute, char c, int index) {
    return invalid(
        type,
        attribute,
        String.format(
            "must not have a control character but has U+%04X at index %d", (int) c, index));
  }

  private static InvalidAttributeException invalid(String type, String attribute, String problem) {
    return new InvalidAttributeException(type, attribute, type + "." + attribute + " " + problem);
  }
}
