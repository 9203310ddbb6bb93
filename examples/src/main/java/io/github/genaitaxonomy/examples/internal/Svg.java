package io.github.genaitaxonomy.examples.internal;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A standalone SVG document built as a W3C DOM ({@code javax.xml}) and written by the JDK's XML
 * {@link Transformer}, so that every text and attribute value is escaped by the library.
 *
 * <pre>{@code
 * Svg svg = new Svg(200, 100, "Title", "What the picture shows");
 * svg.rect("model", 10, 10, 80, 30, "#eef", "#335", 4);
 * svg.text(16, 28, 12, false, "start", "#000", "DALL·E 2");
 * String xml = svg.finish();
 * }</pre>
 *
 * <p>Coordinates are written with at most one decimal; texts are one line each, with explicit
 * {@code font-size} and {@code font-weight}, so that a test can measure them again. The output is
 * the same bytes for the same calls: the DOM writes attributes in name order, indents by two spaces
 * and ends lines with {@code \n} on every platform. The catalog's texts hold no control character
 * (core rejects them), so every value is one XML 1.0 allows.
 */
public final class Svg {
  private static final String NAMESPACE = "http://www.w3.org/2000/svg";

  private final Document document;
  private final Deque<Element> open = new ArrayDeque<>();

  /** Starts a document of the given size, with a white background. */
  public Svg(double width, double height, String title, String description) {
    try {
      document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML DOM is not available", e);
    }
    Element root = document.createElementNS(NAMESPACE, "svg");
    root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", NAMESPACE);
    document.appendChild(root);
    set(
        root,
        "version",
        "1.1",
        "width",
        num(width),
        "height",
        num(height),
        "viewBox",
        "0 0 " + num(width) + " " + num(height),
        "font-family",
        TextMetrics.FONT_FAMILY);
    open.push(root);
    element("title", title);
    element("desc", description);
    rect("background", 0, 0, width, height, "#ffffff", "none", 0);
  }

  /** Opens an element with attributes given as name, value pairs. */
  public Svg open(String name, String... attributes) {
    open.push(append(name, attributes));
    return this;
  }

  /** Closes the innermost open element. */
  public Svg close() {
    if (open.size() == 1) {
      throw new IllegalStateException("no element is open but the document's root");
    }
    open.pop();
    return this;
  }

  /** An empty element. */
  public Svg empty(String name, String... attributes) {
    append(name, attributes);
    return this;
  }

  /** An element holding only text. */
  public Svg element(String name, String text, String... attributes) {
    append(name, attributes).setTextContent(text);
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
    Element rect = append("rect", more);
    set(
        rect,
        "class",
        cssClass,
        "x",
        num(x),
        "y",
        num(y),
        "width",
        num(width),
        "height",
        num(height),
        "rx",
        num(radius),
        "fill",
        fill,
        "stroke",
        stroke);
    return this;
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
    Element element = append("text", more);
    set(
        element,
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
        fill);
    element.setTextContent(text);
    return this;
  }

  /** The document as XML text. */
  public String finish() {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      transformer.setOutputProperty("{http://xml.apache.org/xalan}line-separator", "\n");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.toString().strip() + "\n";
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write the SVG document", e);
    }
  }

  /** A number with at most one decimal and a dot, whatever the locale. */
  public static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }

  private Element append(String name, String... attributes) {
    Element element = document.createElementNS(NAMESPACE, name);
    set(element, attributes);
    open.element().appendChild(element);
    return element;
  }

  private static void set(Element element, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      element.setAttribute(attributes[i], attributes[i + 1]);
    }
  }
}
