package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Input beyond the documented limits fails early with a format error, not a crash. */
class LimitsTest {
  private static final String VALID = BadInputTest.VALID;

  private static CatalogFormatException failure(TaxonomyJson json, String input) {
    CatalogFormatException e =
        catchThrowableOfType(CatalogFormatException.class, () -> json.read(input));
    assertThat(e).as("expected a CatalogFormatException").isNotNull();
    assertThat(e.line()).isPositive();
    assertThat(e.column()).isPositive();
    return e;
  }

  @Test
  void should_state_the_documented_limits_when_constants_are_read() {
    assertThat(TaxonomyJson.MAX_NESTING_DEPTH).isEqualTo(64);
    assertThat(TaxonomyJson.MAX_STRING_LENGTH).isEqualTo(1_000_000);
    assertThat(TaxonomyJson.MAX_NAME_LENGTH).isEqualTo(1_000);
    assertThat(TaxonomyJson.MAX_NUMBER_LENGTH).isEqualTo(100);
    assertThat(TaxonomyJson.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(64L * 1024 * 1024);
    assertThat(TaxonomyJson.defaults().maxDocumentLength()).isEqualTo(64L * 1024 * 1024);
  }

  @Test
  void should_fail_with_a_limit_error_when_nesting_is_deeper_than_64() {
    // Lenient, so that the parser, not the format, meets the deep value first.
    TaxonomyJson lenient = TaxonomyJson.builder().ignoreUnknownKeys(true).build();
    String deep = "[".repeat(70) + "]".repeat(70);
    String input =
        VALID.replace("\"techniques\": [\n", "\"deep\": " + deep + ",\n  \"techniques\": [\n");

    CatalogFormatException e = failure(lenient, input);

    assertThat(e.problem())
        .startsWith("input limit exceeded: ")
        .contains("nesting depth")
        .contains("64");
    assertThat(e.jsonPath()).startsWith("$.deep");
  }

  @Test
  void should_read_the_document_when_nesting_is_within_the_limit() {
    TaxonomyJson lenient = TaxonomyJson.builder().ignoreUnknownKeys(true).build();
    String deep = "[".repeat(60) + "]".repeat(60);
    String input =
        VALID.replace("\"techniques\": [\n", "\"deep\": " + deep + ",\n  \"techniques\": [\n");

    assertThat(lenient.read(input).models().ids()).containsExactly("dall-e-2");
  }

  @Test
  void should_fail_with_a_limit_error_when_a_string_is_longer_than_a_million_characters() {
    String input = VALID.replace("\"Text to image.\"", "\"" + "x".repeat(1_000_001) + "\"");

    CatalogFormatException e = failure(TaxonomyJson.defaults(), input);

    assertThat(e.problem()).startsWith("input limit exceeded: ").contains("1000000");
    assertThat(e.jsonPath()).isEqualTo("$.models[0].summary");
  }

  @Test
  void should_read_a_string_of_a_million_characters_when_it_is_at_the_limit() {
    String input = VALID.replace("\"Text to image.\"", "\"" + "x".repeat(1_000_000) + "\"");

    assertThat(TaxonomyJson.defaults().read(input).get("dall-e-2").summary()).hasSize(1_000_000);
  }

  @Test
  void should_fail_with_a_limit_error_when_a_number_is_longer_than_100_characters() {
    String input = VALID.replace("\"amount\": 650000000", "\"amount\": 1." + "0".repeat(100));

    CatalogFormatException e = failure(TaxonomyJson.defaults(), input);

    assertThat(e.problem()).startsWith("input limit exceeded: ").contains("100");
  }

  @Test
  void should_fail_with_a_limit_error_when_a_key_is_longer_than_1000_characters() {
    String input =
        VALID.replace(
            "\"summary\": \"Text to image.\"",
            "\"summary\": \"x\", \"" + "k".repeat(1001) + "\": 1");

    CatalogFormatException e =
        failure(TaxonomyJson.builder().ignoreUnknownKeys(true).build(), input);

    assertThat(e.problem()).startsWith("input limit exceeded: ").contains("1000");
  }

  @Test
  void should_fail_with_a_limit_error_when_the_document_is_longer_than_configured() {
    TaxonomyJson small = TaxonomyJson.builder().maxDocumentLength(1_000).build();
    assertThat(VALID.length()).isGreaterThan(1_000);

    CatalogFormatException fromString = failure(small, VALID);
    CatalogFormatException fromReader =
        catchThrowableOfType(
            CatalogFormatException.class, () -> small.read(new StringReader(VALID)));
    CatalogFormatException fromStream =
        catchThrowableOfType(
            CatalogFormatException.class,
            () -> small.read(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8))));

    assertThat(fromString.problem()).startsWith("input limit exceeded: ").contains("1000");
    assertThat(fromReader).isNotNull();
    assertThat(fromReader.problem()).startsWith("input limit exceeded: ");
    assertThat(fromStream).isNotNull();
    assertThat(fromStream.problem()).startsWith("input limit exceeded: ");
  }

  @Test
  void should_read_the_document_when_it_fits_the_configured_length() {
    TaxonomyJson fits = TaxonomyJson.builder().maxDocumentLength(VALID.length()).build();

    assertThat(fits.read(VALID).models().ids()).containsExactly("dall-e-2");
  }

  @Test
  void should_reject_the_setting_when_the_maximum_document_length_is_not_positive() {
    assertThatThrownBy(() -> TaxonomyJson.builder().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDocumentLength must be positive");
  }
}
