package io.github.genaitaxonomy.examples.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small writer of standalone SVG documents: elements, attributes and text, escaped for XML.
 *
 * <pre>{@code
 * Svg svg = new Svg(200, 100, "Title", "What the picture shows");
 * svg.rect("model", 10, 10, 80, 30, "#eef", "#335", 4);
 * svg.text(16, 28, 12, false, "start", "#000", "DALL·E 2");
 * String xml = svg.finish();
 * }</pre>
 *
 * <p>Coordinates are written with at most one decimal; texts are one line each, with explicit
 * {@code font-size} and {@code font-weight}, so that a test can measure them again.
 */
public final class Svg {
  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();
  private final String indentUnit = "  ";

  /** Starts a document of the given size, with a white background. */
  public Svg(double width, double height, String title, String description) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
        .append(" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\" font-family=\"")
        .append(escape(TextMetrics.FONT_FAMILY))
        .append("\">\n");
    open.push("svg");
    element("title", title);
    element("desc", description);
    rect("background", 0, 0, width, height, "#ffffff", "none", 0);
  }

  /** Opens an element with attributes given as name, value pairs. */
  public Svg open(String name, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    out.append(">\n");
    open.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  public Svg close() {
    String name = open.pop();
    indent().append("</").append(name).append(">\n");
    return this;
  }

  /** An empty element. */
  public Svg empty(String name, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    out.append("/>\n");
    return this;
  }

  /** An element holding only text. */
  public Svg element(String name, String text, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    out.append('>').append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  /** A rectangle of the given CSS class; {@code radius} rounds its corners. */
  public Svg rect(
      String cssClass,
      double x,
      double y,
      double width,
      double height,
      String fill,
      String stroke,
      double radius,
      String... more) {
    String[] base = {
      "class", cssClass,
      "x", num(x),
      "y", num(y),
      "width", num(width),
      "height", num(height),
      "rx", num(radius),
      "fill", fill,
      "stroke", stroke
    };
    return empty("rect", concat(base, more));
  }

  /**
   * One line of text with its baseline at {@code y}; {@code anchor} is {@code start}, {@code
   * middle} or {@code end}.
   */
  public Svg text(
      double x,
      double y,
      double fontSize,
      boolean bold,
      String anchor,
      String fill,
      String text,
      String... more) {
    String[] base = {
      "x",
      num(x),
      "y",
      num(y),
      "font-size",
      num(fontSize),
      "font-weight",
      bold ? "bold" : "normal",
      "text-anchor",
      anchor,
      "fill",
      fill
    };
    return element("text", text, concat(base, more));
  }

  /** The document, with every open element closed. */
  public String finish() {
    while (!open.isEmpty()) {
      close();
    }
    return out.toString();
  }

  /** A number with at most one decimal and a dot, whatever the locale. */
  public static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** Escapes the five XML special characters and drops characters XML 1.0 does not allow. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
  }

  private StringBuilder indent() {
    for (int i = 0; i < open.size(); i++) {
      out.append(indentUnit);
    }
    return out;
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
