package io.github.genaitaxonomy.examples.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A box of wrapped text lines, measured before it is drawn so that layouts can place it.
 *
 * <pre>{@code
 * Card card = new Card(160)
 *     .line("DALL·E 2", 12, true, "#111", 2)
 *     .line("OpenAI · 2022-04", 10, false, "#333", 2);
 * card.height();
 * card.draw(svg, 10, 20, "model", "#8dd3c7", "#4d746d", false, "data-id", "dall-e-2");
 * }</pre>
 */
public final class Card {
  /** Space between the box's border and its text, left and right. */
  public static final double PAD_X = 6;

  /** Space between the box's border and its text, top and bottom. */
  public static final double PAD_Y = 5;

  private record Line(String text, double size, boolean bold, String colour) {}

  private final double width;
  private final List<Line> lines = new ArrayList<>();

  /** A card {@code width} px wide. */
  public Card(double width) {
    this.width = width;
  }

  /** The width a card needs to show each text on one line, kept within {@code [min, max]}. */
  public static double naturalWidth(double min, double max, Text... texts) {
    double widest = 0;
    for (Text text : texts) {
      widest = Math.max(widest, TextMetrics.width(text.text(), text.size(), text.bold()));
    }
    return Math.max(min, Math.min(max, Math.ceil(widest + 2 * PAD_X)));
  }

  /** A text and the font it is set in, to measure. */
  public record Text(String text, double size, boolean bold) {}

  /** Adds {@code text}, wrapped to the card's inner width in at most {@code maxLines} lines. */
  public Card line(String text, double size, boolean bold, String colour, int maxLines) {
    for (String line : TextMetrics.wrap(text, innerWidth(), size, bold, maxLines)) {
      lines.add(new Line(line, size, bold, colour));
    }
    return this;
  }

  /** The width inside the padding. */
  public double innerWidth() {
    return width - 2 * PAD_X;
  }

  /** The card's width. */
  public double width() {
    return width;
  }

  /** The card's height. */
  public double height() {
    double height = 2 * PAD_Y;
    for (Line line : lines) {
      height += TextMetrics.lineHeight(line.size());
    }
    return height;
  }

  /**
   * Draws the card with its top left corner at {@code (x, y)}: a group of the class {@code card}
   * holding a rectangle of {@code boxClass} and one text per line. {@code attributes} go on the
   * group.
   */
  public void draw(
      Svg svg,
      double x,
      double y,
      String boxClass,
      String fill,
      String stroke,
      boolean dashed,
      String... attributes) {
    draw(svg, x, y, height(), boxClass, fill, stroke, dashed, attributes);
  }

  /**
   * Draws the card as {@link #draw(Svg, double, double, String, String, String, boolean,
   * String...)} does, in a box {@code boxHeight} px high, at least {@link #height()}.
   */
  public void draw(
      Svg svg,
      double x,
      double y,
      double boxHeight,
      String boxClass,
      String fill,
      String stroke,
      boolean dashed,
      String... attributes) {
    String[] group = new String[attributes.length + 2];
    group[0] = "class";
    group[1] = "card";
    System.arraycopy(attributes, 0, group, 2, attributes.length);
    svg.open("g", group);
    if (dashed) {
      svg.rect(boxClass, x, y, width, boxHeight, fill, stroke, 4, "stroke-dasharray", "5 3");
    } else {
      svg.rect(boxClass, x, y, width, boxHeight, fill, stroke, 4);
    }
    double top = y + PAD_Y;
    for (Line line : lines) {
      svg.text(
          x + PAD_X,
          TextMetrics.baseline(top, line.size()),
          line.size(),
          line.bold(),
          "start",
          line.colour(),
          line.text());
      top += TextMetrics.lineHeight(line.size());
    }
    svg.close();
  }
}
