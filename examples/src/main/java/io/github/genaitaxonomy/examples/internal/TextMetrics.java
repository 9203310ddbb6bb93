package io.github.genaitaxonomy.examples.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Conservative text widths for the pictures, and line wrapping that never lets a line run past its
 * width.
 *
 * <p>Widths follow the advance widths of DejaVu Sans, the widest of the common sans-serif faces (the
 * pictures ask for it first, then Verdana, Arial and any sans-serif), with every character at
 * least 0.6 em (7.2 px at 12 px) and a 5 % margin on top; bold adds 18 %. A font that renders
 * narrower leaves a little more room, never less. Characters outside ASCII count as 1 em.
 *
 * <pre>{@code
 * TextMetrics.width("DALL·E 2", 12, false);            // about 76 px
 * TextMetrics.wrap("Stable Diffusion", 70, 12, false, 2) // [Stable, Diffusion]
 * }</pre>
 */
public final class TextMetrics {
  /** The font stack of every picture; {@link #width} measures for its first, widest face. */
  public static final String FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";

  /** Ascent of a line of text above its baseline, in em. */
  public static final double ASCENT = 0.80;

  /** Descent below the baseline, in em. */
  public static final double DESCENT = 0.25;

  /** The ellipsis that ends an abbreviated line. */
  public static final String ELLIPSIS = "…";

  private static final double UNITS = 2048;
  private static final double FLOOR = 0.6 * UNITS;
  private static final double MARGIN = 1.05;
  private static final double BOLD = 1.18;

  /** DejaVu Sans advance widths of ASCII 32..126 in units of 1/2048 em. */
  private static final int[] ASCII = {
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, // sp-/
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716,
    1087, // 0-?
    2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532,
    1612, // @-O
    1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716,
    1024, // P-_
    1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298,
    1253, // `-o
    1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716 // p-~
  };

  private TextMetrics() {}

  /** The width in pixels of {@code text} set in {@code fontSize} px, never less than it renders. */
  public static double width(String text, double fontSize, boolean bold) {
    double units = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      units += Math.max(FLOOR, advance(c));
      i += Character.charCount(c);
    }
    return units / UNITS * fontSize * MARGIN * (bold ? BOLD : 1);
  }

  private static double advance(int c) {
    if (c >= 32 && c <= 126) {
      return ASCII[c - 32];
    }
    if (c == 0xA0 || c == 0xA7 || c == 0xB7) {
      return FLOOR; // no-break space, § and ·, common in the pictures' labels
    }
    return UNITS; // anything else, accented letters included: a full em
  }

  /** The height of one line of text: ascent plus descent plus a little leading. */
  public static double lineHeight(double fontSize) {
    return fontSize * 1.25;
  }

  /** The baseline of a line of {@code size} px text whose line box starts at {@code top}. */
  public static double baseline(double top, double size) {
    double ink = (ASCENT + DESCENT) * size;
    return top + (lineHeight(size) - ink) / 2 + ASCENT * size;
  }

  /**
   * Breaks {@code text} into at most {@code maxLines} lines no wider than {@code maxWidth}. Lines
   * break at spaces and after hyphens and slashes; a word too long for a line is split; when the
   * text needs more lines, the last one ends in an ellipsis.
   */
  public static ImmutableList<String> wrap(
      String text, double maxWidth, double fontSize, boolean bold, int maxLines) {
    if (maxLines < 1) {
      throw new IllegalArgumentException("maxLines must be at least 1 but was " + maxLines);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String token : tokens(text.strip())) {
      String candidate = line + token;
      if (width(candidate.stripTrailing(), fontSize, bold) <= maxWidth) {
        line.append(token);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString().strip());
        line.setLength(0);
      }
      String rest = token;
      while (width(rest.stripTrailing(), fontSize, bold) > maxWidth) {
        int fit = fitting(rest, maxWidth, fontSize, bold);
        int hyphen = rest.lastIndexOf('-', fit - 1);
        if (hyphen > 0) {
          fit = hyphen + 1; // prefer "Autoregressive-" "54" to "Autoregressiv" "e-54"
        }
        lines.add(rest.substring(0, fit));
        rest = rest.substring(fit);
      }
      line.append(rest);
    }
    if (line.toString().strip().length() > 0 || lines.isEmpty()) {
      lines.add(line.toString().strip());
    }
    if (lines.size() <= maxLines) {
      return ImmutableList.copyOf(lines);
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
    String last = String.join(" ", lines.subList(maxLines - 1, lines.size()));
    kept.add(abbreviate(last, maxWidth, fontSize, bold));
    return ImmutableList.copyOf(kept);
  }

  /** {@code text}, or as much of it as fits in {@code maxWidth} followed by an ellipsis. */
  public static String abbreviate(String text, double maxWidth, double fontSize, boolean bold) {
    if (width(text, fontSize, bold) <= maxWidth) {
      return text;
    }
    int end = text.length();
    while (end > 0
        && width(text.substring(0, end).stripTrailing() + ELLIPSIS, fontSize, bold) > maxWidth) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * Tokens that keep their trailing break character: "Text-to-" "Image", "Stable " "Diffusion". A
   * hyphen or slash breaks only between letters, so "2022-04" stays whole.
   */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean between = i > start && i + 1 < text.length()
          && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
      if (c == ' ' || ((c == '-' || c == '/') && between)) {
        tokens.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /** How many chars of {@code text} fit in {@code maxWidth}; at least one code point. */
  private static int fitting(String text, double maxWidth, double fontSize, boolean bold) {
    int end = text.offsetByCodePoints(0, 1);
    while (end < text.length()) {
      int next = text.offsetByCodePoints(end, 1);
      if (width(text.substring(0, next), fontSize, bold) > maxWidth) {
        break;
      }
      end = next;
    }
    return end;
  }
}
