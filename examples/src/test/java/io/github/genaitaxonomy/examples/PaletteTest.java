package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.examples.internal.Facts;
import io.github.genaitaxonomy.examples.internal.Palette;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {
  /** Least CIELAB distance (CIE76) between two fills; about 2.3 is the smallest visible step. */
  private static final double MIN_DISTANCE = 12;

  /** Least WCAG contrast ratio of the card text colour on a fill (AAA for normal text). */
  private static final double MIN_TEXT_CONTRAST = 7;

  private static List<String> safeFills() {
    Palette palette = new Palette();
    List<String> fills = new ArrayList<>();
    for (int i = 0; i < Palette.SAFE_COLOURS; i++) {
      fills.add(palette.fill("organization-" + i));
    }
    fills.add(palette.fill(Facts.UNKNOWN));
    return fills;
  }

  @Test
  void should_keep_every_two_fills_apart_when_the_safe_colours_are_compared() {
    List<String> fills = safeFills();
    List<String> close = new ArrayList<>();
    for (int i = 0; i < fills.size(); i++) {
      for (int j = i + 1; j < fills.size(); j++) {
        double distance = distance(lab(fills.get(i)), lab(fills.get(j)));
        if (distance < MIN_DISTANCE) {
          close.add(fills.get(i) + " and " + fills.get(j) + ": " + distance);
        }
      }
    }
    assertThat(fills).doesNotHaveDuplicates();
    assertThat(close).isEmpty();
  }

  @Test
  void should_keep_dark_text_readable_when_it_is_set_on_any_fill() {
    for (String fill : safeFills()) {
      double ratio = (luminance(fill) + 0.05) / (luminance("#111111") + 0.05);
      assertThat(ratio)
          .as("contrast of #111111 on %s", fill)
          .isGreaterThanOrEqualTo(MIN_TEXT_CONTRAST);
    }
  }

  private static double channel(String hex, int at) {
    double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static double luminance(String hex) {
    return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
  }

  private static double[] lab(String hex) {
    double r = channel(hex, 1);
    double g = channel(hex, 3);
    double b = channel(hex, 5);
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
  }

  private static double f(double t) {
    return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
  }

  private static double distance(double[] a, double[] b) {
    return Math.sqrt(
        Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
  }
}
