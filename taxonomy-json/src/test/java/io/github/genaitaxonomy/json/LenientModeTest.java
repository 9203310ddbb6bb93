package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Catalog;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Lenient reading skips unknown keys, and nothing else. */
class LenientModeTest {
  private static final TaxonomyJson LENIENT =
      TaxonomyJson.builder().ignoreUnknownKeys(true).build();

  /** The valid document with unknown keys at every level, some holding nested values. */
  private static final String WITH_UNKNOWN_KEYS =
      BadInputTest.VALID
          .replace(
              "\"techniques\": [\n",
              "\"generator\": {\"name\": \"x\", \"v\": [1, 2, {\"a\": null}]},\n  \"techniques\": [\n")
          .replace("\"country\": \"US\"", "\"country\": \"US\", \"founded\": 2015")
          .replace("\"year\": 2015", "\"year\": 2015, \"aka\": [\"DPM\"]")
          .replace(
              "\"summary\": \"Text to image.\"",
              "\"summary\": \"Text to image.\", \"color\": \"red\"")
          .replace("\"confidence\": \"estimate\"}", "\"confidence\": \"estimate\", \"extra\": {}}")
          .replace("\"title\": \"Hierarchical", "\"pages\": 27, \"title\": \"Hierarchical")
          .replace("\"value\": \"Google\",", "\"value\": \"Google\", \"page\": 3,");

  @Test
  void should_be_strict_when_built_by_default() {
    assertThat(TaxonomyJson.defaults().ignoresUnknownKeys()).isFalse();
    assertThat(TaxonomyJson.builder().build().ignoresUnknownKeys()).isFalse();
    assertThat(LENIENT.ignoresUnknownKeys()).isTrue();
  }

  @Test
  void should_skip_unknown_keys_at_every_level_when_lenient() {
    Catalog strictValid = TaxonomyJson.defaults().read(BadInputTest.VALID);

    Catalog lenient = LENIENT.read(WITH_UNKNOWN_KEYS);

    assertThat(lenient).isEqualTo(strictValid);
  }

  @Test
  void should_reject_the_first_unknown_key_when_strict() {
    assertThatThrownBy(() -> TaxonomyJson.defaults().read(WITH_UNKNOWN_KEYS))
        .isInstanceOfSatisfying(
            CatalogFormatException.class,
            e -> {
              assertThat(e.jsonPath()).isEqualTo("$.organizations[0].founded");
              assertThat(e.problem()).startsWith("unknown key 'founded' in an organization");
            });
  }

  @Test
  void should_still_reject_unknown_ids_when_lenient() {
    String input = WITH_UNKNOWN_KEYS.replace("\"inputs\": [\"text\"]", "\"inputs\": [\"txt\"]");

    assertThatThrownBy(() -> LENIENT.read(input))
        .isInstanceOfSatisfying(
            CatalogFormatException.class,
            e -> assertThat(e.jsonPath()).isEqualTo("$.models[0].inputs[0]"));
  }

  @Test
  void should_still_reject_duplicate_keys_when_lenient() {
    String input =
        WITH_UNKNOWN_KEYS.replace("\"color\": \"red\"", "\"color\": \"red\", \"color\": \"blue\"");

    assertThatThrownBy(() -> LENIENT.read(input))
        .isInstanceOfSatisfying(
            CatalogFormatException.class,
            e -> assertThat(e.problem()).startsWith("duplicate key 'color'"));
  }

  @Test
  void should_still_reject_missing_keys_and_wrong_format_when_lenient() {
    String missing = WITH_UNKNOWN_KEYS.replace("      \"released\": \"2022-04\",\n", "");
    String format = WITH_UNKNOWN_KEYS.replace("genai-taxonomy/1", "genai-taxonomy/9");

    assertThatThrownBy(() -> LENIENT.read(missing)).isInstanceOf(CatalogFormatException.class);
    assertThatThrownBy(() -> LENIENT.read(format))
        .isInstanceOfSatisfying(
            CatalogFormatException.class, e -> assertThat(e.jsonPath()).isEqualTo("$.format"));
  }

  @Test
  void should_skip_unknown_keys_in_records_and_header_when_lenient() {
    String lines =
        """
        {"format":"genai-taxonomy/1","kind":"header","generator":"x"}
        {"type":"organization","id":"openai","name":"OpenAI","kind":"company","x":[1]}
        """;

    Catalog catalog = LENIENT.readLines(new StringReader(lines));

    assertThat(catalog.organizations().ids()).containsExactly("openai");
    assertThatThrownBy(() -> TaxonomyJson.defaults().readLines(new StringReader(lines)))
        .isInstanceOfSatisfying(
            CatalogFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.jsonPath()).isEqualTo("$.generator");
            });
  }
}
