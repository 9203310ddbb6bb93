package io.github.genaitaxonomy.examples.internal;

import com.google.common.collect.ImmutableList;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Text widths for the pictures, measured with the font metrics of AWT (in headless mode), and line
 * wrapping that never lets a line run past its width.
 *
 * <p>Widths are those of DejaVu Sans, the first face of the pictures' font stack and the widest of
 * the common sans-serif faces (then Verdana, Arial and any sans-serif), plain or bold, with a 5 %
 * margin on top, so a face that renders narrower leaves a little more room, never less. Where
 * DejaVu Sans is not installed, AWT measures with its default sans-serif face.
 *
 * <pre>{@code
 * TextMetrics.width("DALL·E 2", 12, false);            // its width in px, 5 % to spare
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

  private static final double MARGIN = 1.05;

  /** Fonts are measured at this size and scaled, which fractional metrics keep linear. */
  private static final float MEASURED_SIZE = 100;

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  private static final Font PLAIN =
      new Font("DejaVu Sans", Font.PLAIN, 1).deriveFont(MEASURED_SIZE);
  private static final Font BOLD = PLAIN.deriveFont(Font.BOLD);

  private TextMetrics() {}

  /** The width in pixels of {@code text} set in {@code fontSize} px, never less than it renders. */
  public static double width(String text, double fontSize, boolean bold) {
    if (text.isEmpty()) {
      return 0;
    }
    double measured = (bold ? BOLD : PLAIN).getStringBounds(text, CONTEXT).getWidth();
    return measured / MEASURED_SIZE * fontSize * MARGIN;
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
      boolean between =
          i > start
              && i + 1 < text.length()
              && Character.isLetter(text.charAt(i - 1))
              && Character.isLetter(text.charAt(i + 1));
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
