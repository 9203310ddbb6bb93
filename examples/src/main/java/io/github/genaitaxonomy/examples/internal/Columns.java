package io.github.genaitaxonomy.examples.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text layout for a terminal: padding, abbreviating and word wrapping by character count.
 *
 * <pre>{@code
 * Columns.fit("Stable Diffusion", 10);              // "Stable Di…"
 * Columns.wrap("a b c", 3, " ");                    // ["a b", " c"]
 * }</pre>
 */
public final class Columns {
  private Columns() {}

  /** {@code text} padded with spaces or abbreviated with an ellipsis to exactly {@code width}. */
  public static String fit(String text, int width) {
    int length = text.codePointCount(0, text.length());
    if (length <= width) {
      return text + " ".repeat(width - length);
    }
    return text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
  }

  /** {@code text} abbreviated with an ellipsis to at most {@code width}, without padding. */
  public static String cut(String text, int width) {
    return fit(text, width).stripTrailing();
  }

  /**
   * Wraps {@code text} at spaces to lines of at most {@code width} characters, keeping the spacing
   * inside each line; lines after the first start with {@code indent}. A word longer than a line is
   * split.
   */
  public static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    String rest = text.stripTrailing();
    String prefix = "";
    while (rest.length() > Math.max(1, width - prefix.length())) {
      int room = Math.max(1, width - prefix.length());
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= 0 || rest.substring(0, cut).isBlank()) {
        lines.add(prefix + rest.substring(0, room));
        rest = rest.substring(room);
      } else {
        lines.add(prefix + rest.substring(0, cut).stripTrailing());
        rest = rest.substring(cut + 1).stripLeading();
      }
      prefix = indent;
    }
    lines.add(prefix + rest);
    return lines;
  }

  /** A section rule: {@code "── 2. Timeline ─────…"} filling {@code width}. */
  public static String rule(String title, int width) {
    String head = "── " + title + " ";
    return head + "─".repeat(Math.max(0, width - head.length()));
  }
}
