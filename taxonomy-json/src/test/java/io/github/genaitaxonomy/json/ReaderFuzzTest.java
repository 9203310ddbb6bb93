package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.genaitaxonomy.core.Catalog;
import java.io.StringReader;

/**
 * Fuzz targets for the readers. In {@code ./mvnw verify} they replay the committed inputs under
 * {@code src/test/resources/.../ReaderFuzzTestInputs/}; fuzz for real with {@code JAZZER_FUZZ=1}
 * (see docs/reliability.md).
 *
 * <p>Contract: reading returns a catalog that writes and reads back to an equal catalog, or throws
 * {@link CatalogFormatException} with a JSON path and a position. Any other throwable is a bug.
 */
class ReaderFuzzTest {
  private static final TaxonomyJson JSON = TaxonomyJson.defaults();
  private static final TaxonomyJson LENIENT =
      TaxonomyJson.builder().ignoreUnknownKeys(true).build();

  @FuzzTest(maxDuration = "10m")
  void document(@NotNull String text) {
    check(text, false, JSON);
  }

  @FuzzTest(maxDuration = "10m")
  void lenientDocument(@NotNull String text) {
    check(text, false, LENIENT);
  }

  @FuzzTest(maxDuration = "10m")
  void jsonLines(@NotNull String text) {
    check(text, true, JSON);
  }

  private static void check(String text, boolean lines, TaxonomyJson json) {
    Catalog catalog;
    try {
      catalog = lines ? json.readLines(new StringReader(text)) : json.read(text);
    } catch (CatalogFormatException expected) {
      assertThat(expected.jsonPath()).startsWith("$");
      assertThat(expected.line()).isPositive();
      assertThat(expected.column()).isPositive();
      return;
    }
    assertThat(json.read(json.write(catalog))).isEqualTo(catalog);
  }
}
