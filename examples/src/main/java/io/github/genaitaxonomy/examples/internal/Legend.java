package io.github.genaitaxonomy.examples.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A legend of organizations: a caption, then a colour swatch and a name per entry, flowing into
 * rows no wider than the picture.
 *
 * <pre>{@code
 * Legend legend = Legend.organizations(facts, palette, 800);
 * double height = legend.height();
 * legend.draw(svg, 20, 400);
 * }</pre>
 *
 * <p>Each entry is a group {@code <g class="legend-entry" data-organization="...">}; the one grey
 * entry for every organization without a colour of its own, and for models whose maker is unknown,
 * has the class {@code legend-other}.
 */
public final class Legend {
  private static final double SIZE = 12;
  private static final double SWATCH = 12;
  private static final double GAP = 6;
  private static final double SPACING = 20;
  private static final double ROW = 20;

  /** The id of the entry that stands for every organization drawn in {@link Palette#OTHER}. */
  private static final String OTHER = "(other)";

  private record Entry(String id, String name, String fill, String stroke) {}

  private final String caption;
  private final double maxWidth;
  private final List<Entry> entries = new ArrayList<>();

  /** A legend titled {@code caption}, at most {@code maxWidth} px wide. */
  public Legend(String caption, double maxWidth) {
    this.caption = caption;
    this.maxWidth = maxWidth;
  }

  /**
   * The legend of lead organizations: one entry per organization with a colour of its own, those
   * with most models first, then one {@link Palette#OTHER} entry for all the others.
   */
  public static Legend organizations(Facts facts, Palette palette, double maxWidth) {
    Legend legend = new Legend("Lead organization", maxWidth);
    List<String> own = new ArrayList<>();
    boolean others = false;
    boolean unknown = false;
    for (String id : facts.leadOrganizations()) {
      if (id.equals(Facts.UNKNOWN)) {
        unknown = true;
      } else if (palette.hasOwnColour(id)) {
        own.add(id);
      } else {
        others = true;
      }
    }
    own.sort(Comparator.comparing(palette::fill, Comparator.comparing(Palette.colours()::indexOf)));
    for (String id : own) {
      legend.add(id, facts.organizationName(id), palette.fill(id), palette.stroke(id));
    }
    if (others || unknown) {
      String name =
          others && unknown
              ? "Any other organization, or maker unknown (named on each box)"
              : others ? "Any other organization (named on each box)" : "Maker unknown";
      legend.add(OTHER, name, Palette.OTHER, palette.stroke(Facts.UNKNOWN));
    }
    return legend;
  }

  /** Adds an entry. */
  public Legend add(String id, String name, String fill, String stroke) {
    entries.add(new Entry(id, name, fill, stroke));
    return this;
  }

  /** The height the legend takes, caption included. */
  public double height() {
    return ROW + rows(null, 0, 0) * ROW;
  }

  /** Draws the legend with its top left corner at {@code (x, y)}. */
  public void draw(Svg svg, double x, double y) {
    svg.open("g", "class", "legend");
    svg.text(x, y + 14, SIZE, true, "start", "#222222", caption);
    rows(svg, x, y + ROW);
    svg.close();
  }

  /** Lays out the entries and draws them when {@code svg} is given; returns the row count. */
  private int rows(@Nullable Svg svg, double left, double top) {
    if (entries.isEmpty()) {
      return 0;
    }
    double maxName = maxWidth - SWATCH - GAP;
    double x = 0;
    int row = 0;
    for (Entry entry : entries) {
      String name = TextMetrics.abbreviate(entry.name(), maxName, SIZE, false);
      double width = SWATCH + GAP + TextMetrics.width(name, SIZE, false);
      if (x > 0 && x + width > maxWidth) {
        row++;
        x = 0;
      }
      if (svg != null) {
        double y = top + row * ROW;
        // The grey entry stands for many organizations: it has a class of its own.
        if (entry.id().equals(OTHER)) {
          svg.open("g", "class", "legend-other");
        } else {
          svg.open("g", "class", "legend-entry", "data-organization", entry.id());
        }
        svg.rect("swatch", left + x, y + 3, SWATCH, SWATCH, entry.fill(), entry.stroke(), 2);
        svg.text(left + x + SWATCH + GAP, y + 14, SIZE, false, "start", "#222222", name);
        svg.close();
      }
      x += width + SPACING;
    }
    return row + 1;
  }
}
