package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The survey's Figure 1 drawn from a catalog: the nine categories as columns, each model as a box
 * coloured by its lead organization, and a legend of those organizations.
 *
 * <pre>{@code
 * String svg = TaxonomyPicture.render(Edition.ALL.catalog());
 * }</pre>
 *
 * <p>Models the survey does not cover stand under the category their signature falls in, with a
 * dashed border. Each model is one {@code <rect class="model">}.
 */
public final class TaxonomyPicture {
  private static final double MARGIN = 20;
  private static final double GAP = 12;
  private static final double MIN_COLUMN = 118;
  private static final double MAX_COLUMN = 170;
  private static final double MIN_WIDTH = 720;
  private static final double MIN_STACK = 480;
  private static final String HEADER_FILL = "#37474f";

  private TaxonomyPicture() {}

  /** The picture as a standalone SVG document. */
  public static String render(Catalog catalog) {
    Facts facts = new Facts(catalog);
    Palette palette = Palette.of(facts);

    List<Column> columns = new ArrayList<>();
    for (Category category : Category.survey()) {
      List<GenerativeModel> models =
          catalog.models().stream().filter(m -> Facts.placement(m).equals(category)).toList();
      columns.add(new Column(category, models, facts));
    }
    // A category far taller than the others spreads over sub-columns, down to about the height
    // of the second tallest.
    double[] stacks = columns.stream().mapToDouble(Column::stackHeight).sorted().toArray();
    double target = Math.max(MIN_STACK, stacks.length > 1 ? stacks[stacks.length - 2] : 0);
    double headerHeight = 0;
    for (Column column : columns) {
      if (column.stackHeight() > target * 1.25) {
        column.splitTo(target);
      }
      headerHeight = Math.max(headerHeight, column.header.height());
    }
    double columnsWidth =
        columns.stream().mapToDouble(Column::width).sum() + GAP * (columns.size() - 1);
    double width = Math.max(MIN_WIDTH, columnsWidth + 2 * MARGIN);
    double inner = width - 2 * MARGIN;

    long outside = catalog.models().stream().filter(Facts::placedBySignature).count();
    Heading heading =
        new Heading(
            "Generative AI models by category",
            "The nine categories of the survey arXiv 2301.04655 (its Figure 1), with "
                + count(catalog.models().size(), "model")
                + (outside > 0 ? ", " + outside + " of them not in the survey" : "")
                + ". Colour: lead organization.",
            inner);
    Legend legend = Legend.organizations(facts, palette, inner);
    List<String> note =
        outside > 0
            ? TextMetrics.wrap(
                "Dashed border: a model the survey does not cover, placed by its modalities.",
                inner,
                11,
                false,
                3)
            : List.of();

    double columnsTop = MARGIN + heading.height();
    double columnsBottom = columnsTop;
    for (Column column : columns) {
      columnsBottom = Math.max(columnsBottom, columnsTop + headerHeight + column.bodyHeight());
    }
    double legendTop = columnsBottom + 20;
    double noteTop = legendTop + legend.height() + (note.isEmpty() ? 0 : 6);
    double height = noteTop + note.size() * TextMetrics.lineHeight(11) + MARGIN;

    Svg svg =
        new Svg(
            width,
            height,
            "Generative AI models by category",
            "The survey's nine categories as columns; each model a box coloured by its lead"
                + " organization.");
    heading.draw(svg, MARGIN, MARGIN);
    double x = MARGIN;
    for (Column column : columns) {
      column.draw(svg, x, columnsTop, headerHeight, palette);
      x += column.width() + GAP;
    }
    legend.draw(svg, MARGIN, legendTop);
    double top = noteTop;
    for (String line : note) {
      svg.text(
          MARGIN,
          TextMetrics.baseline(top, 11),
          11,
          false,
          "start",
          "#444444",
          line,
          "class",
          "note");
      top += TextMetrics.lineHeight(11);
    }
    return svg.finish();
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * One category: its header and its models' cards, in one or more sub-columns under one header
   * when it holds far more models than the others.
   */
  private static final class Column {
    private static final double SPACING = 8;

    final Category category;
    final List<GenerativeModel> models;
    final double cardWidth;
    final List<Card> cards = new ArrayList<>();
    final String name;
    final String section;
    int split = 1;
    Card header;

    Column(Category category, List<GenerativeModel> models, Facts facts) {
      this.category = category;
      this.models = models;
      this.name = category.displayName();
      this.section =
          "§"
              + category.surveySection().orElse("")
              + " · "
              + (models.isEmpty() ? "no model" : count(models.size(), "model"));
      List<Card.Text> texts = new ArrayList<>();
      texts.add(new Card.Text(name, 13, true));
      texts.add(new Card.Text(section, 11, false));
      for (GenerativeModel model : models) {
        texts.add(new Card.Text(model.name(), 12, true));
        texts.add(new Card.Text(detail(model, facts), 10, false));
      }
      this.cardWidth = Card.naturalWidth(MIN_COLUMN, MAX_COLUMN, texts.toArray(Card.Text[]::new));
      for (GenerativeModel model : models) {
        cards.add(
            new Card(cardWidth)
                .line(model.name(), 12, true, "#111111", 4)
                .line(detail(model, facts), 10, false, "#333333", 3));
      }
      this.header = header();
    }

    static String detail(GenerativeModel model, Facts facts) {
      int others = Math.max(0, model.developers().size() - 1);
      return Facts.dotted(
          facts.organizationName(Facts.lead(model)) + (others > 0 ? " +" + others : ""),
          Facts.month(model.released()));
    }

    private Card header() {
      return new Card(width())
          .line(name, 13, true, "#ffffff", 2)
          .line(section, 11, false, "#ffffff", 2);
    }

    double width() {
      return split * cardWidth + (split - 1) * SPACING;
    }

    /** The height of the cards stacked in one sub-column. */
    double stackHeight() {
      return cards.stream().mapToDouble(c -> c.height() + SPACING).sum();
    }

    /** Spreads the cards over enough sub-columns that none is much taller than {@code target}. */
    void splitTo(double target) {
      split = Math.max(1, (int) Math.ceil(stackHeight() / target));
      header = header();
    }

    /** Which sub-column each card goes to: in order, each about an equal share of the height. */
    private int[] subColumns() {
      int[] column = new int[cards.size()];
      double share = stackHeight() / split;
      double filled = 0;
      int current = 0;
      for (int i = 0; i < cards.size(); i++) {
        double height = cards.get(i).height() + SPACING;
        if (current < split - 1 && filled > 0 && filled + height / 2 > share) {
          current++;
          filled = 0;
        }
        column[i] = current;
        filled += height;
      }
      return column;
    }

    double bodyHeight() {
      if (cards.isEmpty()) {
        return SPACING + TextMetrics.lineHeight(11);
      }
      int[] column = subColumns();
      double[] heights = new double[split];
      for (int i = 0; i < cards.size(); i++) {
        heights[column[i]] += cards.get(i).height() + SPACING;
      }
      return Arrays.stream(heights).max().orElse(0);
    }

    void draw(Svg svg, double x, double y, double headerHeight, Palette palette) {
      svg.open("g", "class", "category", "data-category", category.id());
      header.draw(svg, x, y, headerHeight, "category", HEADER_FILL, HEADER_FILL, false);
      double[] tops = new double[split];
      Arrays.fill(tops, y + headerHeight + SPACING);
      if (cards.isEmpty()) {
        svg.text(
            x + Card.PAD_X,
            TextMetrics.baseline(tops[0], 11),
            11,
            false,
            "start",
            "#666666",
            "no model",
            "font-style",
            "italic");
      }
      int[] column = subColumns();
      for (int i = 0; i < cards.size(); i++) {
        GenerativeModel model = models.get(i);
        String lead = Facts.lead(model);
        double left = x + column[i] * (cardWidth + SPACING);
        cards
            .get(i)
            .draw(
                svg,
                left,
                tops[column[i]],
                "model",
                palette.fill(lead),
                palette.stroke(lead),
                Facts.placedBySignature(model),
                "data-id",
                model.id());
        tops[column[i]] += cards.get(i).height() + SPACING;
      }
      svg.close();
    }
  }
}
