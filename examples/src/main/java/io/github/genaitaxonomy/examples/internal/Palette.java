package io.github.genaitaxonomy.examples.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fill and stroke colours for organizations, in the order they are first asked for: the eight
 * colours of Paul Tol's light qualitative scheme, which stay apart for colour-blind readers, then
 * further hues a golden angle apart, so any number of organizations gets a colour and dark text
 * stays readable on every fill.
 *
 * <pre>{@code
 * Palette palette = new Palette();
 * palette.fill("openai");     // "#77aadd"
 * palette.stroke("openai");   // a darker shade of the same hue
 * }</pre>
 */
public final class Palette {
  /** How many organizations get a colour of the colour-blind-safe scheme. */
  public static final int SAFE_COLOURS = 8;

  private static final String[] BASE = {
    "#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33", "#aaaa00"
  };

  /** The fill of models whose maker is unknown: a neutral grey no organization gets. */
  private static final String UNKNOWN_FILL = "#eeeeee";

  private final Map<String, String> fills = new LinkedHashMap<>();

  /**
   * A palette that gives the organizations with models their colours, those with most models first,
   * so that an organization has the same colour in every picture of one catalog and the most
   * distinct colours go to the organizations seen most.
   */
  public static Palette of(Facts facts) {
    Palette palette = new Palette();
    facts.catalog().statistics().modelsByOrganization().keySet().forEach(palette::fill);
    return palette;
  }

  /** The fill colour of {@code key}, assigning the next colour on first use. */
  public String fill(String key) {
    if (key.equals(Facts.UNKNOWN)) {
      return UNKNOWN_FILL;
    }
    return fills.computeIfAbsent(key, k -> colour(fills.size()));
  }

  /** A darker shade of {@link #fill}, for borders. */
  public String stroke(String key) {
    String fill = fill(key);
    int r = Integer.parseInt(fill.substring(1, 3), 16);
    int g = Integer.parseInt(fill.substring(3, 5), 16);
    int b = Integer.parseInt(fill.substring(5, 7), 16);
    return hex(r * 0.55, g * 0.55, b * 0.55);
  }

  private static String colour(int index) {
    if (index < BASE.length) {
      return BASE[index];
    }
    double hue = (index * 137.508) % 360;
    return hsl(hue, 0.60, 0.80);
  }

  private static String hsl(double hue, double saturation, double lightness) {
    double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
    double second = chroma * (1 - Math.abs((hue / 60) % 2 - 1));
    double m = lightness - chroma / 2;
    // Red, green and blue for each sixth of the hue circle.
    double[][] sextants = {
      {chroma, second, 0},
      {second, chroma, 0},
      {0, chroma, second},
      {0, second, chroma},
      {second, 0, chroma},
      {chroma, 0, second}
    };
    double[] rgb = sextants[Math.min(5, (int) (hue / 60))];
    return hex((rgb[0] + m) * 255, (rgb[1] + m) * 255, (rgb[2] + m) * 255);
  }

  private static String hex(double r, double g, double b) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(r), Math.round(g), Math.round(b));
  }
}
