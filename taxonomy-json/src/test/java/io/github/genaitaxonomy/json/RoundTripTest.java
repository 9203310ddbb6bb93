package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.data.Edition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writing then reading gives an equal catalog, and writing is deterministic. */
class RoundTripTest {
  private final TaxonomyJson json = TaxonomyJson.defaults();

  @Test
  void should_read_an_equal_catalog_when_every_attribute_is_used() {
    Catalog rich = Fixtures.rich();

    Catalog back = json.read(json.write(rich));

    assertThat(back).isEqualTo(rich);
    assertThat(back.models().asList())
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(rich.models().asList());
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void should_read_an_equal_catalog_when_an_edition_is_written(Edition edition) {
    Catalog catalog = edition.catalog();

    Catalog back = json.read(json.write(catalog));

    assertThat(back).isEqualTo(catalog);
    assertThat(back.organizations().asList()).isEqualTo(catalog.organizations().asList());
    assertThat(back.techniques().asList()).isEqualTo(catalog.techniques().asList());
    assertThat(back.models().asList()).isEqualTo(catalog.models().asList());
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void should_write_the_same_bytes_when_an_edition_is_written_read_and_written_again(
      Edition edition) {
    String first = json.write(edition.catalog());

    assertThat(json.write(edition.catalog())).isEqualTo(first);
    assertThat(json.write(json.read(first))).isEqualTo(first);
  }

  @Test
  void should_write_the_same_bytes_when_written_twice_or_after_a_round_trip() {
    String first = json.write(Fixtures.rich());

    assertThat(json.write(Fixtures.rich())).isEqualTo(first);
    assertThat(json.write(json.read(first))).isEqualTo(first);
  }

  @Test
  void should_write_the_same_bytes_when_equal_catalogs_hold_sets_in_other_orders() {
    Catalog rich = Fixtures.rich();
    GenerativeModel dallE = rich.get("dall-e-2");
    GenerativeModel reordered =
        GenerativeModel.builder()
            .from(dallE)
            .access(java.util.List.of(Access.API, Access.WAITLIST))
            .build();
    Catalog other =
        Catalog.builder()
            .addOrganizations(rich.organizations())
            .addTechniques(rich.techniques())
            .addModels(
                rich.models().stream().map(m -> m.id().equals("dall-e-2") ? reordered : m).toList())
            .build();

    assertThat(other).isEqualTo(rich);
    assertThat(json.write(other)).isEqualTo(json.write(rich));
  }

  @Test
  void should_write_the_same_bytes_when_writing_to_a_string_writer_stream_or_file(@TempDir Path dir)
      throws Exception {
    Catalog rich = Fixtures.rich();
    String text = json.write(rich);
    StringWriter writer = new StringWriter();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    Path file = dir.resolve("catalog.json");

    json.write(rich, writer);
    json.write(rich, stream);
    json.write(rich, file);

    assertThat(writer.toString()).isEqualTo(text);
    assertThat(stream.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readAllBytes(file)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void should_read_equal_catalogs_when_reading_a_string_reader_stream_or_file(@TempDir Path dir)
      throws Exception {
    Catalog rich = Fixtures.rich();
    String text = json.write(rich);
    Path file = dir.resolve("catalog.json");
    Files.writeString(file, text);

    assertThat(json.read(new StringReader(text))).isEqualTo(rich);
    assertThat(json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(rich);
    assertThat(json.read(file)).isEqualTo(rich);
  }

  @Test
  void should_use_two_space_indent_lf_line_ends_and_a_final_newline_when_writing() {
    String text = json.write(Fixtures.rich());

    assertThat(text)
        .startsWith(
            "{\n  \"format\": \"genai-taxonomy/1\",\n  \"organizations\": [\n    {\n      \"id\": ")
        .endsWith("\n  ]\n}\n")
        .doesNotContain("\r")
        .doesNotContain("\t")
        .contains("\"url\": \"https://example.org/report.pdf\"");
  }

  @Test
  void should_write_empty_arrays_when_the_catalog_is_empty() {
    String text = json.write(Catalog.empty());

    assertThat(text)
        .isEqualTo(
            """
            {
              "format": "genai-taxonomy/1",
              "organizations": [],
              "techniques": [],
              "models": []
            }
            """);
    assertThat(json.read(text)).isEqualTo(Catalog.empty());
  }

  @Test
  void should_omit_absent_optionals_and_empty_lists_when_writing() {
    String text = json.write(Fixtures.rich());

    assertThat(text)
        .contains(
            "{\n      \"id\": \"openai\",\n      \"name\": \"OpenAI\",\n      \"kind\": \"company\"\n    }")
        .contains(
            "{\n      \"id\": \"diffusion\",\n      \"name\": \"Diffusion\",\n      \"kind\": \"generative-family\"\n    }");
  }

  @Test
  void should_write_amounts_as_plain_decimals_when_they_have_exponents() {
    String text = json.write(Fixtures.rich());

    assertThat(text)
        .contains("\"amount\": 5500000000,")
        .contains("\"amount\": 715100000000,")
        .contains("\"amount\": 61.7,")
        .contains("\"amount\": 0.000125,")
        .doesNotContainPattern("\"amount\": [0-9.]+[eE]");
  }

  @Test
  void should_write_enum_ids_and_sets_in_declaration_order_when_writing() {
    String text = json.write(Fixtures.rich());

    assertThat(text)
        .contains("\"access\": [\n        \"api\",\n        \"waitlist\"\n      ]")
        .contains("\"signature\": \"text+image+video->text+action\"")
        .contains("\"category\": \"speech-to-text\"")
        .contains("\"kind\": \"research-lab\"");
  }

  @Test
  void should_read_the_signature_alone_when_inputs_and_outputs_are_absent() {
    String text =
        json.write(Fixtures.rich())
            .replace(
                "      \"inputs\": [\n        \"speech\"\n      ],\n      \"outputs\": [\n        \"text\"\n      ],\n",
                "");

    Catalog back = json.read(text);

    assertThat(back.get("speech-reader").signature().toString()).isEqualTo("speech->text");
  }

  @Test
  void should_read_inputs_and_outputs_alone_when_the_signature_is_absent() {
    String text =
        json.write(Fixtures.rich()).replace("      \"signature\": \"speech->text\",\n", "");

    Catalog back = json.read(text);

    assertThat(back).isEqualTo(Fixtures.rich());
  }

  @Test
  void should_read_keys_in_any_order_when_format_comes_first() {
    String text =
        "{\"format\": \"genai-taxonomy/1\", \"models\": [], \"techniques\": [], \"organizations\": []}";

    assertThat(json.read(text)).isEqualTo(Catalog.empty());
  }

  @Test
  void should_keep_exact_decimals_when_amounts_have_many_digits() {
    String text =
        json.write(Fixtures.rich()).replace("\"amount\": 61.7,", "\"amount\": 61.700000000001,");

    Catalog back = json.read(text);

    assertThat(back.get("dall-e-2").results().get(0).quantity().amount())
        .isEqualByComparingTo("61.700000000001");
  }

  @Test
  void should_refuse_to_write_when_a_month_is_beyond_year_9999() {
    Catalog rich = Fixtures.rich();
    GenerativeModel future =
        GenerativeModel.builder()
            .from(rich.get("gpt-3"))
            .released(java.time.YearMonth.of(10_000, 1))
            .build();
    Catalog catalog =
        Catalog.builder()
            .addOrganizations(rich.organizations())
            .addTechniques(rich.techniques())
            .addModels(future)
            .build();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.write(catalog))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("years 0 to 9999");
  }
}
