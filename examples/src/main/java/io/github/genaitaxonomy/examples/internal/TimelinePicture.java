package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The survey's Figure 2 drawn from a catalog: a calendar of releases, one row per half year with
 * its six months on an axis, each model a box under the month it came out, coloured by lead
 * organization.
 *
 * <pre>{@code
 * String svg = TimelinePicture.render(Edition.ALL.catalog());
 * }</pre>
 *
 * <p>Every month has the same width, so distances in time are true within a row; half years without
 * a release fold into one thin row, so a catalog that spans decades stays compact. Each model is
 * one {@code <rect class="model">}.
 */
public final class TimelinePicture {
  private static final double MARGIN = 20;
  private static final double YEAR = 14;
  private static final double SMALL = 10;
  private static final double CARD = 132;
  private static final double SLOT = CARD + 8;
  private static final int MONTHS = 6;
  private static final double STACK_GAP = 6;
  private static final double ROW_GAP = 18;

  private TimelinePicture() {}

  /** The picture as a standalone SVG document. */
  public static String render(Catalog catalog) {
    Facts facts = new Facts(catalog);
    Palette palette = Palette.of(facts);

    TreeMap<YearMonth, List<GenerativeModel>> byMonth = new TreeMap<>();
    catalog
        .models()
        .forEach(m -> byMonth.computeIfAbsent(m.released(), k -> new ArrayList<>()).add(m));

    double labelWidth =
        Math.ceil(
                Math.max(
                    TextMetrics.width("0000", YEAR, true),
                    TextMetrics.width("Jan–Jun", SMALL, false)))
            + 14;
    double axisLeft = MARGIN + labelWidth;
    double width = axisLeft + MONTHS * SLOT + MARGIN;
    double inner = width - 2 * MARGIN;
    String span =
        byMonth.isEmpty()
            ? "no model"
            : TaxonomyPicture.count(catalog.models().size(), "model")
                + " released from "
                + month(byMonth.firstKey())
                + " to "
                + month(byMonth.lastKey());
    Heading heading =
        new Heading(
            "Release timeline",
            "When each model was first made public (after Figure 2 of arXiv 2301.04655): "
                + span
                + ". One row per half year, one column per month. Colour: lead"
                + " organization.",
            inner);

    List<Row> rows = new ArrayList<>();
    double y = MARGIN + heading.height();
    if (!byMonth.isEmpty()) {
      YearMonth last = byMonth.lastKey();
      for (YearMonth start = halfOf(byMonth.firstKey());
          !start.isAfter(last);
          start = start.plusMonths(MONTHS)) {
        if (!hasRelease(byMonth, start)) {
          // Fold this and the following empty half years into one thin row.
          YearMonth end = start;
          while (!end.plusMonths(MONTHS).isAfter(last)
              && !hasRelease(byMonth, end.plusMonths(MONTHS))) {
            end = end.plusMonths(MONTHS);
          }
          Row gap = new Row(start, end.plusMonths(MONTHS - 1), y);
          gap.bottom = y + TextMetrics.lineHeight(SMALL);
          rows.add(gap);
          y = gap.bottom + ROW_GAP;
          start = end;
          continue;
        }
        Row row = new Row(start, start.plusMonths(MONTHS - 1), y);
        for (int m = 0; m < MONTHS; m++) {
          double top = y + axisOffset() + 8;
          for (GenerativeModel model : byMonth.getOrDefault(start.plusMonths(m), List.of())) {
            Card card =
                new Card(CARD)
                    .line(model.name(), 12, true, "#111111", 4)
                    .line(facts.organizationName(Facts.lead(model)), 10, false, "#333333", 2);
            row.cards.add(new Placed(model, card, axisLeft + m * SLOT + 4, top));
            top += card.height() + STACK_GAP;
            row.bottom = Math.max(row.bottom, top - STACK_GAP);
          }
        }
        rows.add(row);
        y = row.bottom + ROW_GAP;
      }
    }

    Legend legend = Legend.organizations(facts, palette, inner);
    double legendTop = y + 4;
    double height = legendTop + legend.height() + MARGIN;

    Svg svg =
        new Svg(
            width,
            height,
            "Release timeline",
            "Models by release month: one row per half year, one column per month, coloured by"
                + " lead organization.");
    heading.draw(svg, MARGIN, MARGIN);
    for (Row row : rows) {
      svg.open(
          "g",
          "class",
          "period",
          "data-from",
          row.first.toString(),
          "data-to",
          row.last.toString());
      if (row.cards.isEmpty()) {
        svg.text(
            MARGIN,
            TextMetrics.baseline(row.top, SMALL),
            SMALL,
            false,
            "start",
            "#546e7a",
            "No release from " + month(row.first) + " to " + month(row.last) + ".",
            "font-style",
            "italic");
        svg.close();
        continue;
      }
      double axisY = row.top + axisOffset();
      svg.text(
          MARGIN,
          TextMetrics.baseline(row.top, YEAR),
          YEAR,
          true,
          "start",
          "#37474f",
          Integer.toString(row.first.getYear()));
      svg.text(
          MARGIN,
          TextMetrics.baseline(row.top + TextMetrics.lineHeight(YEAR), SMALL),
          SMALL,
          false,
          "start",
          "#546e7a",
          shortMonth(row.first) + "–" + shortMonth(row.last));
      svg.empty(
          "line",
          "class",
          "axis",
          "x1",
          Svg.num(axisLeft),
          "y1",
          Svg.num(axisY),
          "x2",
          Svg.num(axisLeft + MONTHS * SLOT - 8),
          "y2",
          Svg.num(axisY),
          "stroke",
          "#90a4ae",
          "stroke-width",
          "2");
      for (int m = 0; m < MONTHS; m++) {
        double x = axisLeft + m * SLOT + 4;
        svg.empty(
            "line",
            "class",
            "tick",
            "x1",
            Svg.num(x),
            "y1",
            Svg.num(axisY - 4),
            "x2",
            Svg.num(x),
            "y2",
            Svg.num(axisY + 4),
            "stroke",
            "#90a4ae");
        svg.text(
            x,
            TextMetrics.baseline(row.top + 2, SMALL),
            SMALL,
            false,
            "start",
            "#546e7a",
            shortMonth(row.first.plusMonths(m)));
      }
      for (Placed placed : row.cards) {
        String lead = Facts.lead(placed.model());
        placed
            .card()
            .draw(
                svg,
                placed.x(),
                placed.y(),
                "model",
                palette.fill(lead),
                palette.stroke(lead),
                Facts.placedBySignature(placed.model()),
                "data-id",
                placed.model().id(),
                "data-month",
                placed.model().released().toString());
      }
      svg.close();
    }
    legend.draw(svg, MARGIN, legendTop);
    return svg.finish();
  }

  /** Where the axis runs below a row's top: under the month names. */
  private static double axisOffset() {
    return 2 + TextMetrics.lineHeight(SMALL) + 6;
  }

  /** January or July of the month's year: the start of its half. */
  private static YearMonth halfOf(YearMonth month) {
    return YearMonth.of(month.getYear(), month.getMonthValue() <= 6 ? 1 : 7);
  }

  private static boolean hasRelease(NavigableMap<YearMonth, ?> byMonth, YearMonth start) {
    return !byMonth.subMap(start, true, start.plusMonths(MONTHS - 1), true).isEmpty();
  }

  private static String shortMonth(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  private static String month(YearMonth month) {
    return shortMonth(month) + " " + month.getYear();
  }

  private record Placed(GenerativeModel model, Card card, double x, double y) {}

  /** A half year of releases, or a run of half years without one. */
  private static final class Row {
    final YearMonth first;
    final YearMonth last;
    final double top;
    final List<Placed> cards = new ArrayList<>();
    double bottom;

    Row(YearMonth first, YearMonth last, double top) {
      this.first = first;
      this.last = last;
      this.top = top;
      this.bottom = top + TextMetrics.lineHeight(YEAR) + TextMetrics.lineHeight(SMALL);
    }
  }
}
