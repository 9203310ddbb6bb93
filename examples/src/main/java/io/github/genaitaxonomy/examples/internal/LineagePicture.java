package io.github.genaitaxonomy.examples.internal;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableValueGraph;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageRelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's lineage as a layered graph: models and techniques that others are built from on
 * the left, the models derived from them to the right, each edge a curve labelled with its
 * relation and pointing at what the model came from.
 *
 * <pre>{@code
 * String svg = LineagePicture.render(Edition.ALL.catalog());
 * }</pre>
 *
 * <p>The layout is a small Sugiyama: a node's layer is the length of its longest path to a base;
 * between two layers a column holds the edge labels, and an edge that spans several layers passes
 * through a slot of its own in every column on its way, so no edge crosses a box and no label
 * overlaps another. Orders are improved by barycentre sweeps, and vertical positions are the least
 * squares fit to the neighbours that keeps order and spacing (pool adjacent violators). Models
 * without any lineage are listed below the graph. Each model is one {@code <rect class="model">}.
 */
public final class LineagePicture {
  private static final double MARGIN = 20;
  private static final double MIN_WIDTH = 720;
  private static final double COLUMN_GAP = 34;
  private static final double SLOT_GAP = 10;
  private static final double MIN_NODE = 100;
  private static final double MAX_NODE = 180;
  private static final double DUMMY_HEIGHT = 4;
  private static final double PART_GAP = 28;

  private LineagePicture() {}

  /** What occupies a slot in a column: a node, an edge's label, or an edge passing through. */
  private static final class Item {
    final int rank;
    final double width;
    final double height;
    final String nodeId;
    final Card card;
    final @Nullable LineageRelation relation;
    final List<Item> left = new ArrayList<>();
    final List<Item> right = new ArrayList<>();
    double top;
    double key;

    Item(int rank, double width, double height, String nodeId, Card card,
        @Nullable LineageRelation relation) {
      this.rank = rank;
      this.width = width;
      this.height = height;
      this.nodeId = nodeId;
      this.card = card;
      this.relation = relation;
    }

    double centre() {
      return top + height / 2;
    }

    boolean isNode() {
      return !nodeId.isEmpty();
    }

    boolean isLabel() {
      return nodeId.isEmpty() && card.width() > 0;
    }
  }

  /** One weakly connected part of the graph, laid out on its own columns. */
  private static final class Part {
    final List<List<Item>> ranks;
    double[] columnX = new double[0];
    double[] columnWidth = new double[0];
    double width;
    double height;
    int size;

    Part(int maxRank) {
      this.ranks = emptyRanks(maxRank);
    }

    /** Orders and places the items, then sizes the columns, all relative to the part's corner. */
    void layout() {
      while (!ranks.isEmpty() && ranks.get(ranks.size() - 1).isEmpty()) {
        ranks.remove(ranks.size() - 1);
      }
      order(ranks);
      place(ranks);
      columnX = new double[ranks.size()];
      columnWidth = new double[ranks.size()];
      double x = 0;
      for (int r = 0; r < ranks.size(); r++) {
        double column = r % 2 == 1 ? 24 : 0;
        for (Item item : ranks.get(r)) {
          column = Math.max(column, item.width);
          height = Math.max(height, item.top + item.height);
        }
        columnX[r] = x;
        columnWidth[r] = column;
        x += column + COLUMN_GAP;
      }
      width = x - COLUMN_GAP;
    }

    /** Moves the part so that its corner is at {@code (left, top)}. */
    void moveTo(double left, double top) {
      for (int r = 0; r < columnX.length; r++) {
        columnX[r] += left;
      }
      for (List<Item> rank : ranks) {
        for (Item item : rank) {
          item.top += top;
        }
      }
    }

    double itemX(Item item) {
      return columnX[item.rank] + (columnWidth[item.rank] - item.width) / 2;
    }
  }

  /** The picture as a standalone SVG document. */
  public static String render(Catalog catalog) {
    Facts facts = new Facts(catalog);
    Palette palette = Palette.of(facts);
    ImmutableValueGraph<String, LineageRelation> graph = catalog.lineage();

    // Layers: a base is 0, a derived node one more than the highest of what it came from.
    Map<String, Integer> layers = new LinkedHashMap<>();
    for (String node : graph.nodes()) {
      if (graph.degree(node) > 0) {
        layer(node, graph, layers);
      }
    }
    int maxRank = 2 * layers.values().stream().mapToInt(Integer::intValue).max().orElse(0);

    // Each weakly connected part is laid out on its own, so that unrelated families do not
    // interleave; parts are then packed into rows, largest first.
    Map<String, String> partOf = parts(layers.keySet(), graph);
    Map<String, Part> parts = new LinkedHashMap<>();
    for (String node : layers.keySet()) {
      parts.computeIfAbsent(partOf.get(node), k -> new Part(maxRank)).size++;
    }
    Map<String, Item> nodes = new HashMap<>();
    Map<Item, Part> partOfItem = new HashMap<>();
    for (Map.Entry<String, Integer> entry : layers.entrySet()) {
      Item item = nodeItem(entry.getKey(), 2 * entry.getValue(), facts);
      Part part = Objects.requireNonNull(parts.get(partOf.get(entry.getKey())));
      nodes.put(entry.getKey(), item);
      part.ranks.get(item.rank).add(item);
      partOfItem.put(item, part);
    }
    List<List<Item>> chains = new ArrayList<>();
    for (EndpointPair<String> edge : graph.edges()) {
      LineageRelation relation = graph.edgeValue(edge).orElseThrow();
      Item from = Objects.requireNonNull(nodes.get(edge.source()));
      Item to = Objects.requireNonNull(nodes.get(edge.target()));
      Part part = Objects.requireNonNull(partOfItem.get(from));
      List<Item> chain = new ArrayList<>();
      chain.add(from);
      for (int r = from.rank - 1; r > to.rank; r--) {
        Item item = r == from.rank - 1 ? labelItem(r, relation) : dummyItem(r, relation);
        part.ranks.get(r).add(item);
        partOfItem.put(item, part);
        chain.add(item);
      }
      chain.add(to);
      for (int i = 0; i + 1 < chain.size(); i++) {
        chain.get(i).left.add(chain.get(i + 1));
        chain.get(i + 1).right.add(chain.get(i));
      }
      chains.add(chain);
    }
    List<Part> sorted = new ArrayList<>(parts.values());
    sorted.sort(Comparator.comparingInt((Part p) -> -p.size));
    double widest = 0;
    for (Part part : sorted) {
      part.layout();
      widest = Math.max(widest, part.width);
    }
    double width = Math.max(MIN_WIDTH, widest + 2 * MARGIN);
    double inner = width - 2 * MARGIN;

    Heading heading =
        new Heading(
            "Lineage",
            "What each model was built from: "
                + TaxonomyPicture.count(graph.edges().size(), "edge")
                + " between "
                + TaxonomyPicture.count(layers.size(), "node")
                + ". Arrows point from a model to the model or technique it came from; bases on"
                + " the left, derived models to the right. Colour: lead organization.",
            inner);
    double graphTop = MARGIN + heading.height();

    // Shelf packing: parts left to right while they fit, then a new row.
    double shelfX = 0;
    double shelfTop = graphTop;
    double shelfHeight = 0;
    for (Part part : sorted) {
      if (shelfX > 0 && shelfX + part.width > inner) {
        shelfTop += shelfHeight + PART_GAP;
        shelfX = 0;
        shelfHeight = 0;
      }
      part.moveTo(MARGIN + shelfX, shelfTop);
      shelfX += part.width + 2 * COLUMN_GAP;
      shelfHeight = Math.max(shelfHeight, part.height);
    }
    double graphBottom = sorted.isEmpty() ? graphTop : shelfTop + shelfHeight;

    // Models with no lineage at all, in rows below the graph.
    List<GenerativeModel> isolated = catalog.models().stream()
        .filter(m -> graph.degree(m.id()) == 0).toList();
    double isolatedTop = graphBottom + (sorted.isEmpty() ? 0 : 24);
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

    Legend legend = new Legend("Lead organization", inner);
    for (String id : facts.leadOrganizations()) {
      legend.add(id, facts.organizationName(id), palette.fill(id), palette.stroke(id));
    }
    double legendTop = isolatedBottom + 20;
    double height = legendTop + legend.height() + MARGIN;

    Svg svg =
        new Svg(
            width,
            height,
            "Lineage",
            "Models and the models and techniques they were built from, as a layered graph.");
    svg.open("defs");
    for (LineageRelation relation : LineageRelation.values()) {
      svg.open("marker", "id", "arrow-" + relation.id(), "viewBox", "0 0 10 10", "refX", "10",
          "refY", "5", "markerWidth", "7", "markerHeight", "7", "orient", "auto");
      svg.empty("path", "d", "M0,0 L10,5 L0,10 z", "fill", colour(relation));
      svg.close();
    }
    svg.close();
    heading.draw(svg, MARGIN, MARGIN);

    svg.open("g", "class", "edges");
    for (List<Item> chain : chains) {
      drawEdge(svg, chain, Objects.requireNonNull(partOfItem.get(chain.get(0))));
    }
    svg.close();
    svg.open("g", "class", "nodes");
    for (Part part : sorted) {
      for (List<Item> rank : part.ranks) {
        for (Item item : rank) {
          double itemX = part.itemX(item);
          if (item.isNode()) {
            drawNode(svg, item, itemX, catalog, palette);
          } else if (item.isLabel()) {
            LineageRelation relation = Objects.requireNonNull(item.relation);
            item.card.draw(svg, itemX, item.top, "edge-label", "#ffffff", colour(relation),
                false, "data-relation", relation.id());
          }
        }
      }
    }
    svg.close();
    if (!isolated.isEmpty()) {
      svg.open("g", "class", "isolated");
      svg.text(MARGIN, TextMetrics.baseline(isolatedTop, 12), 12, true, "start", "#222222",
          "No recorded lineage (" + TaxonomyPicture.count(isolated.size(), "model") + ")");
      for (int i = 0; i < isolated.size(); i++) {
        GenerativeModel model = isolated.get(i);
        String lead = Facts.lead(model);
        isolatedCards.get(i).draw(svg, isolatedAt.get(i)[0], isolatedAt.get(i)[1], "model",
            palette.fill(lead), palette.stroke(lead), false, "data-id", model.id());
      }
      svg.close();
    }
    legend.draw(svg, MARGIN, legendTop);
    return svg.finish();
  }

  private static List<List<Item>> emptyRanks(int maxRank) {
    List<List<Item>> ranks = new ArrayList<>();
    for (int r = 0; r <= maxRank; r++) {
      ranks.add(new ArrayList<>());
    }
    return ranks;
  }

  /** The weakly connected part of each node, named by one of its nodes (union-find). */
  private static Map<String, String> parts(
      Iterable<String> nodes, ImmutableValueGraph<String, LineageRelation> graph) {
    Map<String, String> parent = new HashMap<>();
    nodes.forEach(n -> parent.put(n, n));
    for (EndpointPair<String> edge : graph.edges()) {
      String a = root(parent, edge.source());
      String b = root(parent, edge.target());
      if (!a.equals(b)) {
        parent.put(b, a);
      }
    }
    Map<String, String> part = new LinkedHashMap<>();
    nodes.forEach(n -> part.put(n, root(parent, n)));
    return part;
  }

  private static String root(Map<String, String> parent, String node) {
    String current = node;
    while (!Objects.requireNonNull(parent.get(current)).equals(current)) {
      current = Objects.requireNonNull(parent.get(current));
    }
    return current;
  }

  private static int layer(
      String node, ImmutableValueGraph<String, LineageRelation> graph, Map<String, Integer> layers) {
    Integer known = layers.get(node);
    if (known != null) {
      return known;
    }
    int layer = 0;
    for (String target : graph.successors(node)) {
      layer = Math.max(layer, layer(target, graph, layers) + 1);
    }
    layers.put(node, layer);
    return layer;
  }

  private static Card modelCard(GenerativeModel model, Facts facts) {
    String detail =
        Facts.dotted(facts.organizationName(Facts.lead(model)), Facts.month(model.released()));
    double width = Card.naturalWidth(MIN_NODE, MAX_NODE,
        new Card.Text(model.name(), 12, true), new Card.Text(detail, 10, false));
    return new Card(width).line(model.name(), 12, true, "#111111", 4)
        .line(detail, 10, false, "#333333", 3);
  }

  private static Item nodeItem(String id, int rank, Facts facts) {
    Card card;
    if (facts.catalog().find(id).isPresent()) {
      card = modelCard(facts.catalog().get(id), facts);
    } else {
      String name = facts.nodeName(id);
      String kind = facts.isTechnique(id) ? "technique" : "not in the catalog";
      double width = Card.naturalWidth(MIN_NODE, MAX_NODE,
          new Card.Text(name, 12, true), new Card.Text(kind, 10, false));
      card = new Card(width).line(name, 12, true, "#111111", 3)
          .line(kind, 10, false, "#555555", 1);
    }
    return new Item(rank, card.width(), card.height(), id, card, null);
  }

  private static Item labelItem(int rank, LineageRelation relation) {
    double width = Card.naturalWidth(0, 1000, new Card.Text(relation.id(), 10, false));
    Card card = new Card(width).line(relation.id(), 10, false, colour(relation), 1);
    return new Item(rank, width, card.height(), "", card, relation);
  }

  private static Item dummyItem(int rank, LineageRelation relation) {
    return new Item(rank, 0, DUMMY_HEIGHT, "", new Card(0), relation);
  }

  private static String colour(LineageRelation relation) {
    return switch (relation) {
      case FINE_TUNED_FROM -> "#1565c0";
      case BUILT_ON -> "#2e7d32";
      case SUCCESSOR_OF -> "#6a1b9a";
      case DISTILLED_FROM -> "#e65100";
      case TRAINED_WITH -> "#c62828";
      case VARIANT_OF -> "#00838f";
    };
  }

  /** Barycentre sweeps, left to right then right to left, to reduce crossings. */
  private static void order(List<List<Item>> ranks) {
    for (int sweep = 0; sweep < 8; sweep++) {
      for (int r = 1; r < ranks.size(); r++) {
        sortBy(ranks.get(r), ranks.get(r - 1), true);
      }
      for (int r = ranks.size() - 2; r >= 0; r--) {
        sortBy(ranks.get(r), ranks.get(r + 1), false);
      }
    }
  }

  private static void sortBy(List<Item> rank, List<Item> neighbours, boolean useLeft) {
    Map<Item, Integer> position = new HashMap<>();
    for (int i = 0; i < neighbours.size(); i++) {
      position.put(neighbours.get(i), i);
    }
    for (int i = 0; i < rank.size(); i++) {
      Item item = rank.get(i);
      List<Item> linked = useLeft ? item.left : item.right;
      item.key = linked.isEmpty()
          ? i * (double) neighbours.size() / Math.max(1, rank.size())
          : linked.stream().mapToInt(position::get).average().orElse(i);
    }
    rank.sort(Comparator.comparingDouble(item -> item.key));
  }

  /** Vertical positions: each item near its neighbours, in order, never overlapping. */
  private static void place(List<List<Item>> ranks) {
    for (List<Item> rank : ranks) {
      double top = 0;
      for (Item item : rank) {
        item.top = top;
        top += item.height + SLOT_GAP;
      }
    }
    for (int sweep = 0; sweep < 24; sweep++) {
      boolean forward = sweep % 2 == 0;
      for (int i = 0; i < ranks.size(); i++) {
        List<Item> rank = ranks.get(forward ? i : ranks.size() - 1 - i);
        double[] desired = new double[rank.size()];
        for (int j = 0; j < rank.size(); j++) {
          Item item = rank.get(j);
          List<Item> linked = new ArrayList<>(item.left);
          linked.addAll(item.right);
          double centre = linked.isEmpty()
              ? item.centre()
              : linked.stream().mapToDouble(Item::centre).average().orElse(item.centre());
          desired[j] = centre - item.height / 2;
        }
        fit(rank, desired);
      }
    }
    double min = Double.MAX_VALUE;
    for (List<Item> rank : ranks) {
      for (Item item : rank) {
        min = Math.min(min, item.top);
      }
    }
    for (List<Item> rank : ranks) {
      for (Item item : rank) {
        item.top -= min;
      }
    }
  }

  /**
   * Sets each item's top as close as it can to {@code desired} in the least squares sense while
   * keeping the order and {@link #SLOT_GAP} between items: isotonic regression by pooling
   * adjacent violators, on the tops less the space the items before need.
   */
  private static void fit(List<Item> rank, double[] desired) {
    int n = rank.size();
    double[] offset = new double[n];
    for (int i = 1; i < n; i++) {
      offset[i] = offset[i - 1] + rank.get(i - 1).height + SLOT_GAP;
    }
    double[] blockValue = new double[n];
    int[] blockSize = new int[n];
    int blocks = 0;
    for (int i = 0; i < n; i++) {
      blockValue[blocks] = desired[i] - offset[i];
      blockSize[blocks] = 1;
      blocks++;
      while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1]) {
        int size = blockSize[blocks - 2] + blockSize[blocks - 1];
        blockValue[blocks - 2] = (blockValue[blocks - 2] * blockSize[blocks - 2]
            + blockValue[blocks - 1] * blockSize[blocks - 1]) / size;
        blockSize[blocks - 2] = size;
        blocks--;
      }
    }
    int i = 0;
    for (int b = 0; b < blocks; b++) {
      for (int k = 0; k < blockSize[b]; k++, i++) {
        rank.get(i).top = blockValue[b] + offset[i];
      }
    }
  }

  private static void drawNode(Svg svg, Item item, double x, Catalog catalog, Palette palette) {
    var model = catalog.find(item.nodeId);
    if (model.isPresent()) {
      String lead = Facts.lead(model.get());
      item.card.draw(svg, x, item.top, "model", palette.fill(lead), palette.stroke(lead), false,
          "data-id", item.nodeId);
    } else {
      item.card.draw(svg, x, item.top, "technique", "#eceff1", "#78909c", false,
          "data-id", item.nodeId);
    }
  }

  /**
   * Where on its left ({@code leftSide}) or right side a node meets the link to {@code neighbour}:
   * the links of one side spread over the middle of the box in the order of their other ends, so
   * that arrows do not all meet in one point.
   */
  private static double port(Item node, Item neighbour, boolean leftSide) {
    List<Item> links = new ArrayList<>(leftSide ? node.left : node.right);
    if (links.size() < 2) {
      return node.centre();
    }
    links.sort(Comparator.comparingDouble(Item::centre));
    double inset = Math.min(8, node.height / 4);
    double span = node.height - 2 * inset;
    return node.top + inset + span * (links.indexOf(neighbour) + 0.5) / links.size();
  }

  /**
   * The edge as one path: out of the derived node's left side, across each gap as a curve, along
   * each column it passes (behind its label), into the right side of what it came from.
   */
  private static void drawEdge(Svg svg, List<Item> chain, Part part) {
    double[] columnX = part.columnX;
    double[] columnWidth = part.columnWidth;
    Item from = chain.get(0);
    Item to = chain.get(chain.size() - 1);
    LineageRelation relation = Objects.requireNonNull(chain.get(1).relation);
    StringBuilder d = new StringBuilder();
    double fromLeft = columnX[from.rank] + (columnWidth[from.rank] - from.width) / 2;
    double y = port(from, chain.get(1), true);
    d.append("M").append(Svg.num(fromLeft)).append(',').append(Svg.num(y))
        .append(" H").append(Svg.num(columnX[from.rank]));
    for (int i = 1; i < chain.size(); i++) {
      Item item = chain.get(i);
      double gapLeft = columnX[item.rank] + columnWidth[item.rank];
      double gapRight = columnX[item.rank + 1];
      double middle = (gapLeft + gapRight) / 2;
      double next = item == to ? port(to, chain.get(i - 1), false) : item.centre();
      d.append(" C").append(Svg.num(middle)).append(',').append(Svg.num(y))
          .append(' ').append(Svg.num(middle)).append(',').append(Svg.num(next))
          .append(' ').append(Svg.num(gapLeft)).append(',').append(Svg.num(next));
      if (item == to) {
        // A zero-length last segment would leave the arrowhead without a direction.
        double toRight = columnX[to.rank] + (columnWidth[to.rank] + to.width) / 2;
        if (gapLeft - toRight > 0.05) {
          d.append(" H").append(Svg.num(toRight));
        }
      } else {
        d.append(" H").append(Svg.num(columnX[item.rank]));
      }
      y = next;
    }
    svg.empty("path", "class", "edge", "data-source", from.nodeId, "data-target", to.nodeId,
        "data-relation", relation.id(), "d", d.toString(), "fill", "none",
        "stroke", colour(relation), "stroke-width", "1.5",
        "marker-end", "url(#arrow-" + relation.id() + ")");
  }
}
