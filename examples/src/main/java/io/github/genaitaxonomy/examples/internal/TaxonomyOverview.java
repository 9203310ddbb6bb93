package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A compact overview of the taxonomy, readable at the width of a README column: the nine categories
 * as a grid of boxes, each with its section, its model count and its first models. {@link
 * TaxonomyPicture} draws every model.
 *
 * <pre>{@code
 * String svg = TaxonomyOverview.render(Edition.ALL.catalog());
 * }</pre>
 */
public final class TaxonomyOverview {
  private static final double WIDTH = 720;
  private static final double MARGIN = 20;
  private static final double GAP = 12;
  private static final int COLUMNS = 3;
  private static final int LEADING = 4;

  private TaxonomyOverview() {}

  /** The picture as a standalone SVG document. */
  public static String render(Catalog catalog) {
    double inner = WIDTH - 2 * MARGIN;
    double boxWidth = (inner - GAP * (COLUMNS - 1)) / COLUMNS;
    List<Card> cards = new ArrayList<>();
    for (Category category : Category.survey()) {
      List<GenerativeModel> models =
          catalog.models().stream().filter(m -> Facts.placement(m).equals(category)).toList();
      String section = category.surveySection().map(s -> "§" + s + " · ").orElse("");
      Card card =
          new Card(boxWidth)
              .line(category.displayName(), 14, true, "#111111", 1)
              .line(
                  section + TaxonomyPicture.count(models.size(), "model"), 11, false, "#333333", 1);
      if (!models.isEmpty()) {
        String leading =
            models.stream()
                .limit(LEADING)
                .map(GenerativeModel::name)
                .collect(Collectors.joining(", "));
        card.line(leading + (models.size() > LEADING ? ", …" : ""), 11, false, "#333333", 3);
      }
      cards.add(card);
    }
    Heading heading =
        new Heading(
            "Generative AI models by category",
            "The nine categories of the survey arXiv 2301.04655 with "
                + TaxonomyPicture.count(catalog.models().size(), "model")
                + " and the first models of each; the full picture shows every model.",
            inner);
    List<Double> rowHeights = new ArrayList<>();
    for (int i = 0; i < cards.size(); i += COLUMNS) {
      double height = 0;
      for (Card card : cards.subList(i, Math.min(cards.size(), i + COLUMNS))) {
        height = Math.max(height, card.height());
      }
      rowHeights.add(height);
    }
    double top = MARGIN + heading.height();
    double height =
        top
            + rowHeights.stream().mapToDouble(Double::doubleValue).sum()
            + GAP * Math.max(0, rowHeights.size() - 1)
            + MARGIN;

    Svg svg =
        new Svg(
            WIDTH,
            height,
            "Generative AI models by category",
            "The survey's nine categories with their model counts and first models.");
    heading.draw(svg, MARGIN, MARGIN);
    svg.open("g", "class", "categories");
    double y = top;
    for (int i = 0; i < cards.size(); i++) {
      int row = i / COLUMNS;
      double x = MARGIN + (i % COLUMNS) * (boxWidth + GAP);
      cards
          .get(i)
          .draw(
              svg,
              x,
              y,
              rowHeights.get(row),
              "category",
              "#eceff1",
              "#78909c",
              false,
              "data-category",
              Category.survey().get(i).id());
      if (i % COLUMNS == COLUMNS - 1) {
        y += rowHeights.get(row) + GAP;
      }
    }
    svg.close();
    return svg.finish();
  }
}
