package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The survey's Figure 3 drawn from a catalog: one card per organization with its models, the
 * organizations with most models first.
 *
 * <pre>{@code
 * String svg = OrganizationPicture.render(Edition.ALL.catalog());
 * }</pre>
 *
 * <p>A model is drawn once, as a {@code <rect class="model">} in its lead organization's card; the
 * cards of its other developers name it among their co-developed models. Each card's header is the
 * organization's {@code legend-entry}.
 */
public final class OrganizationPicture {
  private static final double MARGIN = 20;
  private static final double CARD = 250;
  private static final double GAP = 16;
  private static final double INSET = 8;
  private static final double MIN_WIDTH = 720;
  private static final int MAX_COLUMNS = 4;

  private OrganizationPicture() {}

  /** The picture as a standalone SVG document. */
  public static String render(Catalog catalog) {
    Facts facts = new Facts(catalog);
    Palette palette = Palette.of(facts);
    List<String> organizations =
        new ArrayList<>(catalog.statistics().modelsByOrganization().keySet());
    int named = organizations.size();
    if (!facts.unknownMaker().isEmpty()) {
      organizations.add(Facts.UNKNOWN);
    }

    int columns =
        Math.max(1, Math.min(MAX_COLUMNS, (int) Math.ceil(Math.sqrt(organizations.size()))));
    double width = Math.max(MIN_WIDTH, 2 * MARGIN + columns * CARD + (columns - 1) * GAP);
    double inner = width - 2 * MARGIN;
    Heading heading =
        new Heading(
            "Models by organization",
            "Who built the catalog's "
                + TaxonomyPicture.count(catalog.models().size(), "model")
                + " (after Figure 3 of arXiv 2301.04655): "
                + TaxonomyPicture.count(named, "organization")
                + ", most models first. A model stands in its lead organization's card.",
            inner);

    List<OrganizationCard> cards = new ArrayList<>();
    for (String id : organizations) {
      cards.add(new OrganizationCard(id, catalog, facts));
    }
    double[] bottoms = new double[columns];
    double top = MARGIN + heading.height();
    Arrays.fill(bottoms, top);
    for (OrganizationCard card : cards) {
      int shortest = 0;
      for (int c = 1; c < columns; c++) {
        if (bottoms[c] < bottoms[shortest] - 0.5) {
          shortest = c;
        }
      }
      card.x = MARGIN + shortest * (CARD + GAP);
      card.y = bottoms[shortest];
      bottoms[shortest] += card.height() + GAP;
    }
    double height = top;
    for (double bottom : bottoms) {
      height = Math.max(height, bottom);
    }
    height += MARGIN;

    Svg svg =
        new Svg(
            width,
            height,
            "Models by organization",
            "One card per organization with the models it led and co-developed.");
    heading.draw(svg, MARGIN, MARGIN);
    for (OrganizationCard card : cards) {
      card.draw(svg, palette);
    }
    return svg.finish();
  }

  /** An organization's card: header, led models, co-developed models. */
  private static final class OrganizationCard {
    final String id;
    final Card header;
    final List<GenerativeModel> led;
    final List<Card> ledCards = new ArrayList<>();
    final List<String> coDeveloped;
    double x;
    double y;

    OrganizationCard(String id, Catalog catalog, Facts facts) {
      this.id = id;
      List<GenerativeModel> all =
          id.equals(Facts.UNKNOWN) ? facts.unknownMaker() : catalog.query().developer(id).list();
      this.led = all.stream().filter(m -> Facts.lead(m).equals(id)).toList();
      List<GenerativeModel> others = all.stream().filter(m -> !Facts.lead(m).equals(id)).toList();
      this.header =
          new Card(CARD)
              .line(facts.organizationName(id), 13, true, "#111111", 3)
              .line(
                  describe(catalog.organizations().find(id), facts, all.size()),
                  10,
                  false,
                  "#333333",
                  3);
      double modelWidth = CARD - 2 * INSET;
      for (GenerativeModel model : led) {
        Card card =
            new Card(modelWidth)
                .line(model.name(), 12, true, "#111111", 4)
                .line(
                    Facts.dotted(
                        Facts.month(model.released()), Facts.placement(model).displayName()),
                    10,
                    false,
                    "#333333",
                    2);
        if (model.developers().size() > 1) {
          String with =
              model.developers().stream()
                  .skip(1)
                  .map(facts::organizationName)
                  .collect(Collectors.joining(", "));
          card.line("with " + with, 10, false, "#333333", 6);
        }
        ledCards.add(card);
      }
      this.coDeveloped =
          others.isEmpty()
              ? List.of()
              : TextMetrics.wrap(
                  "Co-developed: "
                      + others.stream()
                          .map(
                              m ->
                                  m.name()
                                      + " (led by "
                                      + facts.organizationName(Facts.lead(m))
                                      + ")")
                          .collect(Collectors.joining(", ")),
                  modelWidth,
                  10,
                  false,
                  6);
    }

    static String describe(Optional<Organization> organization, Facts facts, int models) {
      StringBuilder text = new StringBuilder();
      organization.ifPresent(
          o -> {
            text.append(o.kind().id().replace('-', ' '));
            o.country().ifPresent(c -> text.append(" · ").append(c));
            o.parent().ifPresent(p -> text.append(" · part of ").append(facts.organizationName(p)));
            text.append(" · ");
          });
      return text.append(TaxonomyPicture.count(models, "model")).toString();
    }

    double height() {
      double height = header.height() + INSET;
      for (Card card : ledCards) {
        height += card.height() + INSET;
      }
      height += coDeveloped.size() * TextMetrics.lineHeight(10);
      return height + (coDeveloped.isEmpty() ? 0 : INSET);
    }

    void draw(Svg svg, Palette palette) {
      svg.open("g", "class", "organization", "data-organization", id);
      svg.rect("organization", x, y, CARD, height(), "#fafafa", palette.stroke(id), 6);
      svg.open(
          "g",
          "class",
          id.equals(Facts.UNKNOWN) ? "legend-unknown" : "legend-entry",
          "data-organization",
          id);
      header.draw(svg, x, y, "organization-header", palette.fill(id), palette.stroke(id), false);
      svg.close();
      double top = y + header.height() + INSET;
      for (int i = 0; i < ledCards.size(); i++) {
        GenerativeModel model = led.get(i);
        ledCards
            .get(i)
            .draw(
                svg,
                x + INSET,
                top,
                "model",
                palette.fill(id),
                palette.stroke(id),
                false,
                "data-id",
                model.id());
        top += ledCards.get(i).height() + INSET;
      }
      for (String line : coDeveloped) {
        svg.text(
            x + INSET,
            TextMetrics.baseline(top, 10),
            10,
            false,
            "start",
            "#333333",
            line,
            "class",
            "co-developed");
        top += TextMetrics.lineHeight(10);
      }
      svg.close();
    }
  }
}
