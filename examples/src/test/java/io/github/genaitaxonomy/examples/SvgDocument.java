package io.github.genaitaxonomy.examples;

import io.github.genaitaxonomy.examples.internal.TextMetrics;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** A parsed SVG picture and the geometry of its boxes and texts, measured as the pictures do. */
final class SvgDocument {
  /** An axis-aligned box. */
  record Box(String what, double left, double top, double right, double bottom) {
    boolean overlaps(Box other) {
      double tolerance = 0.05;
      return left < other.right - tolerance
          && other.left < right - tolerance
          && top < other.bottom - tolerance
          && other.top < bottom - tolerance;
    }

    boolean contains(Box other) {
      double tolerance = 0.05;
      return other.left >= left - tolerance
          && other.right <= right + tolerance
          && other.top >= top - tolerance
          && other.bottom <= bottom + tolerance;
    }

    @Override
    public String toString() {
      return what + String.format(" [%.1f,%.1f - %.1f,%.1f]", left, top, right, bottom);
    }
  }

  final Document document;
  final Element root;

  private SvgDocument(Document document) {
    this.document = document;
    this.root = document.getDocumentElement();
  }

  /** Parses the text as XML, failing on anything not well-formed. */
  static SvgDocument parse(String svg)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return new SvgDocument(builder.parse(new InputSource(new StringReader(svg))));
  }

  double width() {
    return Double.parseDouble(root.getAttribute("width"));
  }

  double height() {
    return Double.parseDouble(root.getAttribute("height"));
  }

  /** Every element with the tag name, in document order. */
  List<Element> elements(String tag) {
    return elements(root, tag);
  }

  static List<Element> elements(Element parent, String tag) {
    List<Element> result = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  /** Elements of the tag whose class attribute is exactly {@code cssClass}. */
  List<Element> withClass(String tag, String cssClass) {
    return elements(tag).stream().filter(e -> cssClass.equals(e.getAttribute("class"))).toList();
  }

  /** The box a text takes, measured with the pictures' own conservative metrics. */
  static Box textBox(Element text) {
    double x = Double.parseDouble(text.getAttribute("x"));
    double y = Double.parseDouble(text.getAttribute("y"));
    double size = Double.parseDouble(text.getAttribute("font-size"));
    boolean bold = "bold".equals(text.getAttribute("font-weight"));
    String content = text.getTextContent();
    double width = TextMetrics.width(content, size, bold);
    double left =
        switch (text.getAttribute("text-anchor")) {
          case "middle" -> x - width / 2;
          case "end" -> x - width;
          default -> x;
        };
    return new Box(
        "text '" + content + "'",
        left,
        y - TextMetrics.ASCENT * size,
        left + width,
        y + TextMetrics.DESCENT * size);
  }

  static Box rectBox(Element rect) {
    double x = Double.parseDouble(rect.getAttribute("x"));
    double y = Double.parseDouble(rect.getAttribute("y"));
    return new Box(
        "rect."
            + rect.getAttribute("class")
            + " "
            + rect.getParentNode().getAttributes().getNamedItem("class"),
        x,
        y,
        x + Double.parseDouble(rect.getAttribute("width")),
        y + Double.parseDouble(rect.getAttribute("height")));
  }

  /** The first rect child of a group. */
  static Element firstRect(Element group) {
    for (Node child = group.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getLocalName().equals("rect")) {
        return element;
      }
    }
    throw new AssertionError("group without a rect: " + group.getAttribute("class"));
  }
}
