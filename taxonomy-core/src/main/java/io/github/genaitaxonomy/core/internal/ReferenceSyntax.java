package io.github.genaitaxonomy.core.internal;

/**
 * The character-level grammars of source references: arXiv ids, DOIs, seed file names and records
 * of other catalogs, each checked in one pass over the text without a regular expression (they are
 * checked for every source a catalog holds, also while the built-in catalog initialises).
 *
 * <p>Each method accepts exactly the language of the expression in its comment; a test compares
 * them with those expressions. Digits and letters are ASCII only.
 *
 * <pre>{@code
 * ReferenceSyntax.isArxivId("2204.06125");          // true
 * ReferenceSyntax.isDoi("10.1162/neco.1997.9.8.1735");   // true
 * }</pre>
 */
public final class ReferenceSyntax {
  private ReferenceSyntax() {}

  /**
   * Whether {@code text} is a new-style arXiv id, {@code (1[5-9]|[2-9][0-9])MM\.[0-9]{5}} from
   * January 2015 or {@code (0[7-9]|1[0-4])MM\.[0-9]{4}} from April 2007 to 2014, or an old-style
   * one, {@code [a-z]+(-[a-z]+)*(\.[A-Z]{2})?/[0-9]{2}MM[0-9]{3}}; MM is {@code 0[1-9]|1[0-2]};
   * either with an optional version {@code v[1-9][0-9]*}.
   */
  public static boolean isArxivId(String text) {
    return isNewStyleArxivId(text) || isOldStyleArxivId(text);
  }

  private static boolean isNewStyleArxivId(String text) {
    int length = text.length();
    if (length < 9 || text.charAt(4) != '.') {
      return false;
    }
    char y0 = text.charAt(0);
    char y1 = text.charAt(1);
    if (!isDigit(y0) || !isDigit(y1) || !isMonth(text, 2)) {
      return false;
    }
    int year = (y0 - '0') * 10 + (y1 - '0');
    int digits;
    if (year >= 15) {
      digits = 5;
    } else if (year >= 7) {
      digits = 4;
    } else {
      return false;
    }
    int end = 5 + digits;
    return length >= end && allDigits(text, 5, end) && isVersion(text, end);
  }

  private static boolean isOldStyleArxivId(String text) {
    int length = text.length();
    int i = 0;
    // [a-z]+(-[a-z]+)*
    boolean afterDash = true;
    while (i < length) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        afterDash = false;
      } else if (c == '-' && !afterDash) {
        afterDash = true;
      } else {
        break;
      }
      i++;
    }
    if (i == 0 || afterDash) {
      return false;
    }
    // (\.[A-Z]{2})?
    if (i < length && text.charAt(i) == '.') {
      if (i + 3 > length || !isUpper(text.charAt(i + 1)) || !isUpper(text.charAt(i + 2))) {
        return false;
      }
      i += 3;
    }
    // /[0-9]{2}MM[0-9]{3}
    if (i + 8 > length || text.charAt(i) != '/') {
      return false;
    }
    return allDigits(text, i + 1, i + 3)
        && isMonth(text, i + 3)
        && allDigits(text, i + 5, i + 8)
        && isVersion(text, i + 8);
  }

  /** Whether {@code text} from {@code from} is empty or {@code v[1-9][0-9]*}. */
  private static boolean isVersion(String text, int from) {
    if (from == text.length()) {
      return true;
    }
    return text.charAt(from) == 'v'
        && from + 1 < text.length()
        && text.charAt(from + 1) >= '1'
        && text.charAt(from + 1) <= '9'
        && allDigits(text, from + 2, text.length());
  }

  /** Whether the two characters at {@code at} are {@code 0[1-9]|1[0-2]}. */
  private static boolean isMonth(String text, int at) {
    char tens = text.charAt(at);
    char ones = text.charAt(at + 1);
    return tens == '0' ? ones >= '1' && ones <= '9' : tens == '1' && ones >= '0' && ones <= '2';
  }

  /** Whether {@code text} is a seed file name, {@code [0-9]{3}_[0-9a-f]{16}\.txt}. */
  public static boolean isSeedFileName(String text) {
    if (text.length() != 24 || text.charAt(3) != '_' || !text.endsWith(".txt")) {
      return false;
    }
    if (!allDigits(text, 0, 3)) {
      return false;
    }
    for (int i = 4; i < 20; i++) {
      char c = text.charAt(i);
      if (!isDigit(c) && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} is a DOI, {@code 10\.[0-9]{4,9}/\S+}, where {@code \S} is any character
   * but space, tab, line feed, U+000B, form feed and carriage return.
   */
  public static boolean isDoi(String text) {
    int length = text.length();
    if (length < 3 || text.charAt(0) != '1' || text.charAt(1) != '0' || text.charAt(2) != '.') {
      return false;
    }
    int i = 3;
    while (i < length && isDigit(text.charAt(i))) {
      i++;
    }
    int digits = i - 3;
    if (digits < 4 || digits > 9 || i == length || text.charAt(i) != '/' || i + 1 == length) {
      return false;
    }
    for (int j = i + 1; j < length; j++) {
      if (isSpace(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} is a record of another catalog, {@code
   * [a-z0-9]+(-[a-z0-9]+)*:[^\s#]+#[^\p{Cntrl}]+}: a kebab-case catalog id, a file without
   * whitespace or {@code #}, and a record without control characters (U+0000 to U+001F, U+007F).
   */
  public static boolean isCatalogReference(String text) {
    int colon = text.indexOf(':');
    if (colon < 0 || !isKebabCase(text, colon)) {
      return false;
    }
    int length = text.length();
    int i = colon + 1;
    while (i < length && text.charAt(i) != '#') {
      if (isSpace(text.charAt(i))) {
        return false;
      }
      i++;
    }
    if (i == colon + 1 || i == length || i + 1 == length) {
      return false;
    }
    for (int j = i + 1; j < length; j++) {
      char c = text.charAt(j);
      if (c < 0x20 || c == 0x7F) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} is a web address of the plain form nearly every source has, {@code
   * https?://H(:P)?([/]X*)?([?]Y*)?(#Y*)?}, which {@code java.net.URI} also reads as an absolute
   * http(s) URL with a host, no user information and a port from 1 to 65535: H is labels of ASCII
   * letters, digits and inner hyphens joined by single dots, the last starting with a letter; P is
   * up to five digits; X is a letter, digit, one of {@code -_.!~*'();:@&=+$,/} or a {@code %} with
   * two hex digits, and Y is X or {@code ?}.
   *
   * <p>{@code false} says only that the text is not of this form: it may still be a valid URL, for
   * the full parse to decide.
   */
  public static boolean isPlainWebUrl(String text) {
    int length = text.length();
    int i;
    if (text.startsWith("https://")) {
      i = 8;
    } else if (text.startsWith("http://")) {
      i = 7;
    } else {
      return false;
    }
    int lastLabel;
    do {
      lastLabel = i;
      while (i < length && (isAlphanumeric(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (i == lastLabel || text.charAt(lastLabel) == '-' || text.charAt(i - 1) == '-') {
        return false;
      }
    } while (i < length && text.charAt(i) == '.' && ++i < length);
    if (!isLetter(text.charAt(lastLabel)) || text.charAt(i - 1) == '.') {
      return false;
    }
    if (i < length && text.charAt(i) == ':') {
      int start = ++i;
      int port = 0;
      while (i < length && isDigit(text.charAt(i)) && i - start < 5) {
        port = port * 10 + text.charAt(i++) - '0';
      }
      if (port < 1 || port > 65_535) {
        return false;
      }
    }
    // The authority ends at the path, the query, the fragment or the end.
    if (i < length && "/?#".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    boolean fragment = false;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= length || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
          return false;
        }
        i += 3;
        continue;
      }
      if (c == '#') {
        if (fragment) {
          return false;
        }
        fragment = true;
      } else if (c != '?' && !isAlphanumeric(c) && "-_.!~*'();:@&=+$,/".indexOf(c) < 0) {
        return false;
      }
      i++;
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return isDigit(c) || isLetter(c);
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Whether the first {@code end} characters are {@code [a-z0-9]+(-[a-z0-9]+)*}. */
  private static boolean isKebabCase(String text, int end) {
    boolean afterDash = true;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (afterDash) {
          return false;
        }
        afterDash = true;
      } else if (isDigit(c) || (c >= 'a' && c <= 'z')) {
        afterDash = false;
      } else {
        return false;
      }
    }
    return !afterDash;
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** {@code \s} of a regular expression: space, tab, line feed, U+000B, form feed, return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
