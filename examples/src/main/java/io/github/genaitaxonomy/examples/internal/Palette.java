package io.github.genaitaxonomy.examples.internal;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.GenerativeModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fill and stroke colours for organizations (or any other keys), in the order they are first asked
 * for: Paul Tol's light qualitative scheme, its eight colours for the first eight keys and its pale
 * grey for every key after them and for an unknown maker.
 *
 * <pre>{@code
 * Palette palette = Palette.of(facts);
 * palette.fill("openai");       // "#77aadd"
 * palette.stroke("openai");     // a darker shade of the same hue
 * palette.hasOwnColour("w");    // false: a ninth organization is drawn in pale grey
 * }</pre>
 *
 * <p>The scheme stays apart for colour-blind readers only up to its eight colours; hues added past
 * them would not. So the pictures give their own colour only to the eight organizations they show
 * most, draw every other one in one neutral grey, and name the organization as text on every box:
 * the colour helps, the text says.
 */
public final class Palette {
  /** How many keys get a colour of their own. */
  public static final int SAFE_COLOURS = 8;

  /** The eight colours of the scheme, in its order. */
  private static final ImmutableList<String> SCHEME =
      ImmutableList.of(
          "#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33", "#aaaa00");

  /** The scheme's pale grey: every key past the eighth, and an unknown maker. */
  public static final String OTHER = "#dddddd";

  private final Map<String, String> fills = new LinkedHashMap<>();

  /**
   * A palette whose own colours go to the lead organizations with most models, in catalog order
   * among equals, so that an organization has the same colour in every picture of one catalog.
   */
  public static Palette of(Facts facts) {
    Map<String, Integer> leads = new LinkedHashMap<>();
    for (GenerativeModel model : facts.catalog().models()) {
      String lead = Facts.lead(model);
      if (!lead.equals(Facts.UNKNOWN)) {
        leads.merge(lead, 1, Integer::sum);
      }
    }
    Palette palette = new Palette();
    leads.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> palette.fill(e.getKey()));
    return palette;
  }

  /** Every fill a palette gives: the eight colours, then {@link #OTHER}. */
  public static ImmutableList<String> colours() {
    return ImmutableList.<String>builder().addAll(SCHEME).add(OTHER).build();
  }

  /** The fill colour of {@code key}, assigning the next colour on first use. */
  public String fill(String key) {
    if (key.equals(Facts.UNKNOWN)) {
      return OTHER;
    }
    return fills.computeIfAbsent(
        key, k -> fills.size() < SCHEME.size() ? SCHEME.get(fills.size()) : OTHER);
  }

  /** Whether {@code key} has a colour of its own rather than {@link #OTHER}. */
  public boolean hasOwnColour(String key) {
    return !fill(key).equals(OTHER);
  }

  /** A darker shade of {@link #fill}, for borders. */
  public String stroke(String key) {
    String fill = fill(key);
    int r = Integer.parseInt(fill.substring(1, 3), 16);
    int g = Integer.parseInt(fill.substring(3, 5), 16);
    int b = Integer.parseInt(fill.substring(5, 7), 16);
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round(r * 0.55),
        Math.round(g * 0.55),
        Math.round(b * 0.55));
  }
}
