package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.examples.SvgDocument.Box;
import io.github.genaitaxonomy.examples.internal.Facts;
import io.github.genaitaxonomy.examples.internal.LineagePicture;
import io.github.genaitaxonomy.examples.internal.OrganizationPicture;
import io.github.genaitaxonomy.examples.internal.Palette;
import io.github.genaitaxonomy.examples.internal.TaxonomyPicture;
import io.github.genaitaxonomy.examples.internal.TimelinePicture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

class PicturesTest {
  private static final Path OUT = Path.of("target", "pictures");

  /** A picture and how to draw it. */
  record Picture(String name, Function<Catalog, String> renderer) {
    static final Picture TAXONOMY = new Picture("taxonomy", TaxonomyPicture::render);
    static final Picture TIMELINE = new Picture("timeline", TimelinePicture::render);
    static final Picture ORGANIZATIONS = new Picture("organizations", OrganizationPicture::render);
    static final Picture LINEAGE = new Picture("lineage", LineagePicture::render);

    static List<Picture> all() {
      return List.of(TAXONOMY, TIMELINE, ORGANIZATIONS, LINEAGE);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> pictures() {
    List<Arguments> arguments = new ArrayList<>();
    for (Picture picture : Picture.all()) {
      arguments.add(Arguments.of(picture, "all", Edition.ALL.catalog()));
      arguments.add(Arguments.of(picture, "empty", Catalog.empty()));
      arguments.add(Arguments.of(picture, "synthetic-7", TestCatalogs.synthetic(7, 2)));
      arguments.add(Arguments.of(picture, "synthetic-80", TestCatalogs.synthetic(80, 1)));
    }
    return arguments.stream();
  }

  private static SvgDocument render(Picture picture, String name, Catalog catalog)
      throws Exception {
    String svg = picture.renderer.apply(catalog);
    Files.createDirectories(OUT);
    Files.writeString(
        OUT.resolve(name + "-" + picture.name() + ".svg"), svg, StandardCharsets.UTF_8);
    return SvgDocument.parse(svg);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("pictures")
  void should_draw_exactly_one_model_box_per_model_when_rendering_a_catalog(
      Picture picture, String name, Catalog catalog) throws Exception {
    // WHEN
    SvgDocument svg = render(picture, name, catalog);

    // THEN
    List<String> boxes =
        svg.withClass("rect", "model").stream()
            .map(rect -> ((Element) rect.getParentNode()).getAttribute("data-id"))
            .toList();
    assertThat(boxes).containsExactlyInAnyOrderElementsOf(catalog.models().ids());
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("pictures")
  void should_list_each_coloured_organization_once_and_the_rest_in_one_grey_entry_when_it_appears(
      Picture picture, String name, Catalog catalog) throws Exception {
    // GIVEN: the organization chart heads a card per developer; the others colour by lead
    // developer, and only the organizations with a colour of their own have an entry each
    Palette palette = Palette.of(new Facts(catalog));
    Set<String> expected = new LinkedHashSet<>();
    boolean unknownMaker = false;
    boolean grey = false;
    for (GenerativeModel model : catalog.models()) {
      if (model.developers().isEmpty()) {
        unknownMaker = true;
      } else if (picture.equals(Picture.ORGANIZATIONS)) {
        expected.addAll(model.developers());
      } else if (palette.hasOwnColour(model.developers().get(0))) {
        expected.add(model.developers().get(0));
      } else {
        grey = true;
      }
    }

    // WHEN
    SvgDocument svg = render(picture, name, catalog);

    // THEN
    List<String> legend =
        svg.withClass("g", "legend-entry").stream()
            .map(entry -> entry.getAttribute("data-organization"))
            .toList();
    assertThat(legend).containsExactlyInAnyOrderElementsOf(expected);
    if (picture.equals(Picture.ORGANIZATIONS)) {
      assertThat(svg.withClass("g", "legend-unknown")).hasSize(unknownMaker ? 1 : 0);
    } else {
      assertThat(svg.withClass("g", "legend-other")).hasSize(grey || unknownMaker ? 1 : 0);
    }
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("pictures")
  void should_keep_every_label_inside_its_box_and_clear_of_other_labels_when_rendering(
      Picture picture, String name, Catalog catalog) throws Exception {
    // WHEN
    SvgDocument svg = render(picture, name, catalog);

    // THEN: texts do not overlap one another
    List<Box> texts = svg.elements("text").stream().map(SvgDocument::textBox).toList();
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        if (texts.get(i).overlaps(texts.get(j))) {
          overlaps.add(texts.get(i) + " overlaps " + texts.get(j));
        }
      }
    }
    assertThat(overlaps).isEmpty();

    // AND: every text of a card or an organization stays inside its box
    List<String> outside = new ArrayList<>();
    for (Element group : svg.elements("g")) {
      String cssClass = group.getAttribute("class");
      if (!cssClass.equals("card") && !cssClass.equals("organization")) {
        continue;
      }
      Box box = SvgDocument.rectBox(SvgDocument.firstRect(group));
      for (Element text : SvgDocument.elements(group, "text")) {
        Box textBox = SvgDocument.textBox(text);
        if (!box.contains(textBox)) {
          outside.add(textBox + " outside " + box);
        }
      }
    }
    assertThat(outside).isEmpty();

    // AND: boxes do not overlap one another, and everything is inside the picture
    List<Box> boxes = new ArrayList<>();
    for (Element group : svg.withClass("g", "card")) {
      boxes.add(SvgDocument.rectBox(SvgDocument.firstRect(group)));
    }
    List<String> boxOverlaps = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        if (boxes.get(i).overlaps(boxes.get(j))) {
          boxOverlaps.add(boxes.get(i) + " overlaps " + boxes.get(j));
        }
      }
    }
    assertThat(boxOverlaps).isEmpty();
    Box page = new Box("picture", 0, 0, svg.width(), svg.height());
    assertThat(Stream.concat(texts.stream(), boxes.stream()).filter(b -> !page.contains(b)))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("pictures")
  void should_write_the_same_bytes_when_rendering_twice(
      Picture picture, String name, Catalog catalog) {
    assertThat(picture.renderer.apply(catalog)).isEqualTo(picture.renderer.apply(catalog));
  }
}
