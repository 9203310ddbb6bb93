package io.github.genaitaxonomy.examples.internal;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableValueGraph;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageRelation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The catalog's lineage as a layered graph laid out by Eclipse ELK: what models were built from on
 * the left, the models derived from them to the right, each edge routed orthogonally with its
 * relation as a label on the edge and in the edge's line style.
 *
 * <pre>{@code
 * String svg = LineagePicture.render(Edition.ALL.catalog());
 * }</pre>
 *
 * <p>An edge runs from what a model came from to the model and ends in an arrowhead at the model,
 * so a base with many derived models sends out many lines but takes no arrowheads. Models without
 * any lineage are listed below the graph. Each model is one {@code <rect class="model">}.
 */
public final class LineagePicture {
  private static final double MARGIN = 20;
  private static final double MIN_WIDTH = 720;
  private static final double MIN_NODE = 100;
  private static final double MAX_NODE = 180;
  private static final double SLOT_GAP = 10;
  private static final double SAMPLE = 36;

  static {
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private LineagePicture() {}

  /** An edge as ELK laid it out, with the card of its label. */
  private record Edge(String from, String to, LineageRelation relation, ElkEdge elk, Card label) {}

  /** The picture as a standalone SVG document. */
  public static String render(Catalog catalog) {
    Facts facts = new Facts(catalog);
    Palette palette = Palette.of(facts);
    ImmutableValueGraph<String, LineageRelation> graph = catalog.lineage();

    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 2.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
    root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 28.0);

    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    Map<String, Card> cards = new LinkedHashMap<>();
    for (String node : graph.nodes()) {
      if (graph.degree(node) > 0) {
        Card card = nodeCard(node, facts);
        ElkNode elk = ElkGraphUtil.createNode(root);
        elk.setIdentifier(node);
        elk.setDimensions(card.width(), card.height());
        nodes.put(node, elk);
        cards.put(node, card);
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (EndpointPair<String> pair : graph.edges()) {
      LineageRelation relation = graph.edgeValue(pair).orElseThrow();
      // A lineage edge points from the derived model to its base; drawn from the base.
      ElkEdge elk =
          ElkGraphUtil.createSimpleEdge(
              Objects.requireNonNull(nodes.get(pair.target())),
              Objects.requireNonNull(nodes.get(pair.source())));
      Card label = labelCard(relation);
      ElkLabel elkLabel = ElkGraphUtil.createLabel(relation.id(), elk);
      elkLabel.setDimensions(label.width(), label.height());
      elkLabel.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      edges.add(new Edge(pair.target(), pair.source(), relation, elk, label));
    }
    if (!nodes.isEmpty()) {
      new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    }
    double width = Math.max(MIN_WIDTH, root.getWidth() + 2 * MARGIN);
    double inner = width - 2 * MARGIN;

    Heading heading =
        new Heading(
            "Lineage",
            "What each model was built from: "
                + TaxonomyPicture.count(graph.edges().size(), "edge")
                + " between "
                + TaxonomyPicture.count(nodes.size(), "node")
                + ". Each line runs from what a model came from to the model; its style and"
                + " label name the relation. Colour: lead organization.",
            inner);
    double graphTop = MARGIN + heading.height();
    double graphBottom = graphTop + (nodes.isEmpty() ? 0 : root.getHeight());

    // Models with no lineage at all, in rows below the graph.
    List<GenerativeModel> isolated =
        catalog.models().stream().filter(m -> graph.degree(m.id()) == 0).toList();
    double isolatedTop = graphBottom + (nodes.isEmpty() ? 0 : 24);
    List<double[]> isolatedAt = new ArrayList<>();
    List<Card> isolatedCards = new ArrayList<>();
    double isolatedBottom = isolatedTop;
    if (!isolated.isEmpty()) {
      double rowTop = isolatedTop + 22;
      double rowX = MARGIN;
      double rowHeight = 0;
      for (GenerativeModel model : isolated) {
        Card card = modelCard(model, facts);
        if (rowX > MARGIN && rowX + card.width() > width - MARGIN) {
          rowX = MARGIN;
          rowTop += rowHeight + SLOT_GAP;
          rowHeight = 0;
        }
        isolatedCards.add(card);
        isolatedAt.add(new double[] {rowX, rowTop});
        rowX += card.width() + SLOT_GAP;
        rowHeight = Math.max(rowHeight, card.height());
      }
      isolatedBottom = rowTop + rowHeight;
    }

    Legend legend = Legend.organizations(facts, palette, inner);
    double relationsTop = isolatedBottom + 20;
    double legendTop = relationsTop + (edges.isEmpty() ? 0 : relationRows(inner) * 20 + 28);
    double height = legendTop + legend.height() + MARGIN;

    Svg svg =
        new Svg(
            width,
            height,
            "Lineage",
            "Models and the models and techniques they were built from, as a layered graph.");
    svg.open("defs");
    svg.open(
        "marker",
        "id",
        "arrow",
        "viewBox",
        "0 0 10 10",
        "refX",
        "10",
        "refY",
        "5",
        "markerWidth",
        "6",
        "markerHeight",
        "6",
        "orient",
        "auto");
    svg.empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", "#37474f");
    svg.close();
    svg.close();
    heading.draw(svg, MARGIN, MARGIN);

    svg.open("g", "class", "edges");
    for (Edge edge : edges) {
      drawEdge(svg, edge, MARGIN, graphTop);
    }
    svg.close();
    svg.open("g", "class", "nodes");
    for (Map.Entry<String, ElkNode> entry : nodes.entrySet()) {
      ElkNode elk = entry.getValue();
      drawNode(
          svg,
          entry.getKey(),
          Objects.requireNonNull(cards.get(entry.getKey())),
          MARGIN + elk.getX(),
          graphTop + elk.getY(),
          catalog,
          palette);
    }
    for (Edge edge : edges) {
      ElkLabel label = edge.elk().getLabels().get(0);
      edge.label()
          .draw(
              svg,
              MARGIN + label.getX(),
              graphTop + label.getY(),
              "edge-label",
              "#ffffff",
              "none",
              false,
              "data-relation",
              edge.relation().id());
    }
    svg.close();
    if (!isolated.isEmpty()) {
      svg.open("g", "class", "isolated");
      svg.text(
          MARGIN,
          TextMetrics.baseline(isolatedTop, 12),
          12,
          true,
          "start",
          "#222222",
          "No recorded lineage (" + TaxonomyPicture.count(isolated.size(), "model") + ")");
      for (int i = 0; i < isolated.size(); i++) {
        GenerativeModel model = isolated.get(i);
        String lead = Facts.lead(model);
        isolatedCards
            .get(i)
            .draw(
                svg,
                isolatedAt.get(i)[0],
                isolatedAt.get(i)[1],
                "model",
                palette.fill(lead),
                palette.stroke(lead),
                false,
                "data-id",
                model.id());
      }
      svg.close();
    }
    if (!edges.isEmpty()) {
      drawRelations(svg, MARGIN, relationsTop, inner);
    }
    legend.draw(svg, MARGIN, legendTop);
    return svg.finish();
  }

  /** The dash pattern that tells a relation apart from the others, or empty for a solid line. */
  static String dashes(LineageRelation relation) {
    return switch (relation) {
      case BUILT_ON -> "";
      case FINE_TUNED_FROM -> "6 3";
      case SUCCESSOR_OF -> "1.5 3";
      case DISTILLED_FROM -> "8 3 1.5 3";
      case TRAINED_WITH -> "3 3";
      case VARIANT_OF -> "12 4";
    };
  }

  private static double relationWidth(LineageRelation relation) {
    return SAMPLE + 6 + TextMetrics.width(relation.id(), 12, false) + 20;
  }

  private static int relationRows(double maxWidth) {
    int rows = 1;
    double x = 0;
    for (LineageRelation relation : LineageRelation.values()) {
      double w = relationWidth(relation);
      if (x > 0 && x + w > maxWidth) {
        rows++;
        x = 0;
      }
      x += w;
    }
    return rows;
  }

  /** The legend of line styles: a caption, then a short sample line and a name per relation. */
  private static void drawRelations(Svg svg, double left, double top, double maxWidth) {
    svg.open("g", "class", "relation-legend");
    svg.text(left, top + 14, 12, true, "start", "#222222", "Relation");
    double x = 0;
    double y = top + 20;
    for (LineageRelation relation : LineageRelation.values()) {
      double w = relationWidth(relation);
      if (x > 0 && x + w > maxWidth) {
        y += 20;
        x = 0;
      }
      svg.open("g", "class", "relation-entry", "data-relation", relation.id());
      svg.empty(
          "line",
          "x1",
          Svg.num(left + x),
          "y1",
          Svg.num(y + 9),
          "x2",
          Svg.num(left + x + SAMPLE),
          "y2",
          Svg.num(y + 9),
          "stroke",
          "#37474f",
          "stroke-width",
          "1.5",
          "stroke-dasharray",
          dashes(relation).isEmpty() ? "none" : dashes(relation));
      svg.text(left + x + SAMPLE + 6, y + 14, 12, false, "start", "#222222", relation.id());
      svg.close();
      x += w;
    }
    svg.close();
  }

  private static Card nodeCard(String id, Facts facts) {
    if (facts.catalog().find(id).isPresent()) {
      return modelCard(facts.catalog().get(id), facts);
    }
    String name = facts.nodeName(id);
    String kind = facts.isTechnique(id) ? "technique" : "not in the catalog";
    double width =
        Card.naturalWidth(
            MIN_NODE, MAX_NODE, new Card.Text(name, 12, true), new Card.Text(kind, 10, false));
    return new Card(width).line(name, 12, true, "#111111", 3).line(kind, 10, false, "#555555", 1);
  }

  private static Card modelCard(GenerativeModel model, Facts facts) {
    String detail =
        Facts.dotted(facts.organizationName(Facts.lead(model)), Facts.month(model.released()));
    double width =
        Card.naturalWidth(
            MIN_NODE,
            MAX_NODE,
            new Card.Text(model.name(), 12, true),
            new Card.Text(detail, 10, false));
    return new Card(width)
        .line(model.name(), 12, true, "#111111", 4)
        .line(detail, 10, false, "#333333", 3);
  }

  private static Card labelCard(LineageRelation relation) {
    double width = Card.naturalWidth(0, 1000, new Card.Text(relation.id(), 10, false));
    return new Card(width).line(relation.id(), 10, false, "#37474f", 1);
  }

  private static void drawNode(
      Svg svg, String id, Card card, double x, double y, Catalog catalog, Palette palette) {
    var model = catalog.find(id);
    if (model.isPresent()) {
      String lead = Facts.lead(model.get());
      card.draw(svg, x, y, "model", palette.fill(lead), palette.stroke(lead), false, "data-id", id);
    } else {
      card.draw(svg, x, y, "technique", "#ffffff", "#78909c", false, "data-id", id);
    }
  }

  /** The edge as one path through ELK's bend points, its arrowhead at the derived model. */
  private static void drawEdge(Svg svg, Edge edge, double dx, double dy) {
    StringBuilder d = new StringBuilder();
    for (ElkEdgeSection section : edge.elk().getSections()) {
      d.append(d.length() == 0 ? "M" : " M")
          .append(Svg.num(dx + section.getStartX()))
          .append(',')
          .append(Svg.num(dy + section.getStartY()));
      for (ElkBendPoint bend : section.getBendPoints()) {
        d.append(" L")
            .append(Svg.num(dx + bend.getX()))
            .append(',')
            .append(Svg.num(dy + bend.getY()));
      }
      d.append(" L")
          .append(Svg.num(dx + section.getEndX()))
          .append(',')
          .append(Svg.num(dy + section.getEndY()));
    }
    String dash = dashes(edge.relation());
    svg.empty(
        "path",
        "class",
        "edge",
        "data-source",
        edge.to(),
        "data-target",
        edge.from(),
        "data-relation",
        edge.relation().id(),
        "d",
        d.toString(),
        "fill",
        "none",
        "stroke",
        "#37474f",
        "stroke-width",
        "1.2",
        "stroke-dasharray",
        dash.isEmpty() ? "none" : dash,
        "marker-end",
        "url(#arrow)");
  }
}
