package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.examples.internal.ChartPicture;
import io.github.genaitaxonomy.examples.internal.LineagePicture;
import io.github.genaitaxonomy.examples.internal.Mermaid;
import io.github.genaitaxonomy.examples.internal.OrganizationPicture;
import io.github.genaitaxonomy.examples.internal.TaxonomyOverview;
import io.github.genaitaxonomy.examples.internal.TaxonomyPicture;
import io.github.genaitaxonomy.examples.internal.TimelinePicture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed pictures in {@code docs/} and the README's Mermaid block are what the code draws
 * from the catalog. Run with {@code -Dpictures.update} to write them again instead of comparing:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am verify -Dinvoker.skip -Dtest=GoldenPicturesTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dpictures.update
 * }</pre>
 */
class GoldenPicturesTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern MERMAID_BLOCK =
      Pattern.compile("(```mermaid\\n)(.*?)(```\\n)", Pattern.DOTALL);
  private static final boolean UPDATE = System.getProperty("pictures.update") != null;

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("taxonomy.svg", (Function<Catalog, String>) TaxonomyPicture::render),
        Arguments.of("taxonomy-overview.svg",
            (Function<Catalog, String>) TaxonomyOverview::render),
        Arguments.of("timeline.svg", (Function<Catalog, String>) TimelinePicture::render),
        Arguments.of("organizations.svg", (Function<Catalog, String>) OrganizationPicture::render),
        Arguments.of("lineage.svg", (Function<Catalog, String>) LineagePicture::render),
        Arguments.of("years.svg", (Function<Catalog, String>) ChartPicture::modelsPerCategory),
        Arguments.of("concentration.svg", (Function<Catalog, String>) ChartPicture::concentration),
        Arguments.of("taxonomy.mmd", (Function<Catalog, String>) Mermaid::taxonomy));
  }

  @ParameterizedTest(name = "docs/{0}")
  @MethodSource("files")
  void should_match_what_the_code_draws_when_a_committed_picture_is_read(
      String file, Function<Catalog, String> draw) throws IOException {
    // GIVEN
    String drawn = draw.apply(Edition.ALL.catalog());
    Path committed = DOCS.resolve(file);
    if (UPDATE) {
      Files.writeString(committed, drawn, StandardCharsets.UTF_8);
    }

    // THEN
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("docs/%s differs from what the code draws; regenerate it (see docs/examples.md)", file)
        .isEqualTo(drawn);
  }

  @Test
  void should_hold_the_taxonomy_flowchart_when_the_readme_mermaid_block_is_read()
      throws IOException {
    // GIVEN
    String drawn = Mermaid.taxonomy(Edition.ALL.catalog());
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block = MERMAID_BLOCK.matcher(readme);
    assertThat(block.find()).as("README.md has a mermaid block").isTrue();
    if (UPDATE) {
      readme = readme.substring(0, block.start(2)) + drawn + readme.substring(block.end(2));
      Files.writeString(README, readme, StandardCharsets.UTF_8);
      block = MERMAID_BLOCK.matcher(readme);
      assertThat(block.find()).isTrue();
    }

    // THEN
    assertThat(block.group(2))
        .as("README.md's mermaid block differs from what the code draws; regenerate it")
        .isEqualTo(drawn);
  }
}
