package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.data.Edition;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The output is pinned by committed golden files in {@code src/test/resources/golden}.
 *
 * <p>When a change of output is intended (new data, a format change), regenerate them with {@code
 * ./mvnw -pl taxonomy-json verify -Dgolden.update=true}, review the diff, and commit it.
 */
class GoldenFileTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("catalog-2022.json", Edition.SURVEY_2022.catalog()),
        Arguments.of("catalog-2023.json", Edition.SUPPLEMENT_2023.catalog()),
        Arguments.of("catalog-all.json", Edition.ALL.catalog()),
        Arguments.of("catalog-rich.json", Fixtures.rich()));
  }

  static Stream<Arguments> lines() {
    return Stream.of(Arguments.of("catalog-rich.jsonl", Fixtures.rich()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void should_match_the_golden_file_when_a_catalog_is_written(String file, Catalog catalog)
      throws IOException {
    check(file, TaxonomyJson.defaults().write(catalog));

    assertThat(TaxonomyJson.defaults().read(GOLDEN.resolve(file))).isEqualTo(catalog);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void should_match_the_golden_file_when_a_catalog_is_written_as_json_lines(
      String file, Catalog catalog) throws IOException {
    StringWriter out = new StringWriter();
    TaxonomyJson.defaults().writeLines(catalog, out);

    check(file, out.toString());

    assertThat(TaxonomyJson.defaults().readLines(GOLDEN.resolve(file))).isEqualTo(catalog);
  }

  private static void check(String file, String actual) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s; regenerate with -Dgolden.update=true", golden).exists();
    assertThat(Files.readString(golden, StandardCharsets.UTF_8))
        .as("output differs from %s; if intended, regenerate with -Dgolden.update=true", golden)
        .isEqualTo(actual);
  }
}
