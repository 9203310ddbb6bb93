package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.examples.internal.ChartPicture;
import io.github.genaitaxonomy.examples.internal.Facts;
import io.github.genaitaxonomy.examples.internal.LineagePicture;
import io.github.genaitaxonomy.examples.internal.OrganizationPicture;
import io.github.genaitaxonomy.examples.internal.Palette;
import io.github.genaitaxonomy.examples.internal.TaxonomyOverview;
import io.github.genaitaxonomy.examples.internal.TaxonomyPicture;
import io.github.genaitaxonomy.examples.internal.TimelinePicture;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PaletteTest {
  /** Least CIELAB distance (CIE76) between two fills; about 2.3 is the smallest visible step. */
  private static final double MIN_DISTANCE = 12;

  /** Least WCAG contrast ratio of any text on what it is drawn on (AA for normal text). */
  private static final double MIN_TEXT_CONTRAST = 4.5;

  private static final Pattern RGB = Pattern.compile("fill: ?rgb\\((\\d+),(\\d+),(\\d+)\\)");

  static Stream<Arguments> pictures() {
    List<Function<Catalog, String>> renderers =
        List.of(
            TaxonomyPicture::render,
            TimelinePicture::render,
            OrganizationPicture::render,
            LineagePicture::render,
            TaxonomyOverview::render);
    List<String> names = List.of("taxonomy", "timeline", "organizations", "lineage", "overview");
    List<Arguments> arguments = new ArrayList<>();
    for (int i = 0; i < renderers.size(); i++) {
      arguments.add(Arguments.of(names.get(i), "all", renderers.get(i), Edition.ALL.catalog()));
      arguments.add(
          Arguments.of(
              names.get(i), "synthetic-80", renderers.get(i), TestCatalogs.synthetic(80, 1)));
    }
    return arguments.stream();
  }

  @Test
  void should_keep_every_two_colours_apart_when_the_palettes_colours_are_compared() {
    List<String> colours = Palette.colours();
    List<String> close = new ArrayList<>();
    for (int i = 0; i < colours.size(); i++) {
      for (int j = i + 1; j < colours.size(); j++) {
        double distance = distance(lab(colours.get(i)), lab(colours.get(j)));
        if (distance < MIN_DISTANCE) {
          close.add(colours.get(i) + " and " + colours.get(j) + ": " + distance);
        }
      }
    }
    assertThat(colours).hasSize(Palette.SAFE_COLOURS + 1).doesNotHaveDuplicates();
    assertThat(close).isEmpty();
  }

  @Test
  void should_draw_every_organization_past_the_eighth_in_grey_when_thirty_are_coloured() {
    // GIVEN
    Palette palette = new Palette();

    // WHEN
    List<String> fills = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      fills.add(palette.fill("organization-" + i));
    }

    // THEN
    assertThat(fills.subList(0, Palette.SAFE_COLOURS)).doesNotHaveDuplicates();
    assertThat(fills.subList(Palette.SAFE_COLOURS, fills.size())).containsOnly(Palette.OTHER);
    assertThat(palette.fill(Facts.UNKNOWN)).isEqualTo(Palette.OTHER);
    assertThat(Palette.colours()).containsAll(fills);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("pictures")
  void should_fill_organizations_only_with_the_palettes_colours_when_a_picture_is_drawn(
      String picture, String catalogName, Function<Catalog, String> renderer, Catalog catalog)
      throws Exception {
    // WHEN
    SvgDocument svg = SvgDocument.parse(renderer.apply(catalog));

    // THEN
    Set<String> fills = new LinkedHashSet<>();
    for (String cssClass : List.of("model", "swatch", "organization-header")) {
      svg.withClass("rect", cssClass).forEach(rect -> fills.add(rect.getAttribute("fill")));
    }
    assertThat(Palette.colours()).containsAll(fills);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("pictures")
  void should_keep_every_text_readable_on_what_it_is_drawn_on_when_a_picture_is_drawn(
      String picture, String catalogName, Function<Catalog, String> renderer, Catalog catalog)
      throws Exception {
    // WHEN
    SvgDocument svg = SvgDocument.parse(renderer.apply(catalog));

    // THEN
    Set<String> unreadable = new LinkedHashSet<>();
    for (Element text : svg.elements("text")) {
      String colour = text.getAttribute("fill");
      String background = background(text);
      double ratio = contrast(colour, background);
      if (ratio < MIN_TEXT_CONTRAST) {
        unreadable.add(String.format(Locale.ROOT, "%s on %s: %.2f", colour, background, ratio));
      }
    }
    assertThat(unreadable).isEmpty();
  }

  @Test
  void should_colour_the_categories_with_the_palettes_colours_when_the_year_chart_is_drawn() {
    // WHEN
    String svg = ChartPicture.modelsPerCategory(Edition.ALL.catalog());

    // THEN: every colour that is not a grey is one of the palette's, and "Other" is its grey
    Set<String> colours = new LinkedHashSet<>();
    Matcher matcher = RGB.matcher(svg);
    while (matcher.find()) {
      colours.add(
          String.format(
              Locale.ROOT,
              "#%02x%02x%02x",
              Integer.parseInt(matcher.group(1)),
              Integer.parseInt(matcher.group(2)),
              Integer.parseInt(matcher.group(3))));
    }
    List<String> hues = colours.stream().filter(c -> !isGrey(c)).toList();
    assertThat(hues).isNotEmpty();
    assertThat(Palette.colours()).containsAll(hues);
    assertThat(colours).contains(Palette.OTHER);
  }

  /** The fill of the card or organization box a text stands in, else the white background. */
  private static String background(Element text) {
    for (Node node = text.getParentNode(); node instanceof Element; node = node.getParentNode()) {
      Element group = (Element) node;
      String cssClass = group.getAttribute("class");
      if (cssClass.equals("card") || cssClass.equals("organization")) {
        return SvgDocument.firstRect(group).getAttribute("fill");
      }
    }
    return "#ffffff";
  }

  private static boolean isGrey(String hex) {
    return hex.substring(1, 3).equals(hex.substring(3, 5))
        && hex.substring(3, 5).equals(hex.substring(5, 7));
  }

  private static double contrast(String a, String b) {
    double x = luminance(a);
    double y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
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
