package io.github.genaitaxonomy.examples.internal;

import com.google.common.collect.ImmutableList;

/**
 * The title and subtitle at the top of a picture, wrapped to its width.
 *
 * <pre>{@code
 * Heading heading = new Heading("Release timeline", "1 model, by month", 760);
 * heading.draw(svg, 20, 20);   // then continue at 20 + heading.height()
 * }</pre>
 */
public final class Heading {
  private static final double TITLE = 18;
  private static final double SUBTITLE = 12;
  private static final double AFTER = 14;

  private final ImmutableList<String> title;
  private final ImmutableList<String> subtitle;

  /** A heading no wider than {@code width}. */
  public Heading(String title, String subtitle, double width) {
    this.title = TextMetrics.wrap(title, width, TITLE, true, 2);
    this.subtitle = TextMetrics.wrap(subtitle, width, SUBTITLE, false, 4);
  }

  /** The height taken, space below included. */
  public double height() {
    return title.size() * TextMetrics.lineHeight(TITLE)
        + subtitle.size() * TextMetrics.lineHeight(SUBTITLE)
        + AFTER;
  }

  /** Draws the heading with its top left corner at {@code (x, y)}. */
  public void draw(Svg svg, double x, double y) {
    svg.open("g", "class", "heading");
    double top = y;
    for (String line : title) {
      svg.text(x, TextMetrics.baseline(top, TITLE), TITLE, true, "start", "#111111", line);
      top += TextMetrics.lineHeight(TITLE);
    }
    for (String line : subtitle) {
      svg.text(x, TextMetrics.baseline(top, SUBTITLE), SUBTITLE, false, "start", "#444444", line);
      top += TextMetrics.lineHeight(SUBTITLE);
    }
    svg.close();
  }
}
