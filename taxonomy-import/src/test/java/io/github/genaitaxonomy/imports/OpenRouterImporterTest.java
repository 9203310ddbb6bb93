package io.github.genaitaxonomy.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenRouterImporterTest {
  private Path fixture() throws Exception {
    return Path.of(getClass().getResource("/openrouter/models.json").toURI());
  }

  private static GenerativeModel model(Catalog catalog, String id) {
    return catalog.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void should_pin_the_report_counts_when_the_fixture_is_read() throws Exception {
    ImportReport report = OpenRouterImporter.read(fixture()).report();

    assertThat(report.records()).isEqualTo(12);
    assertThat(report.imported()).isEqualTo(0);
    assertThat(report.importedPartially()).isEqualTo(11);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.dangling()).isEmpty();
  }

  @Test
  void should_map_vendor_name_month_modalities_and_url_when_an_entry_is_read() throws Exception {
    Catalog catalog = OpenRouterImporter.read(fixture()).catalog();

    GenerativeModel haiku = model(catalog, "claude-3-5-haiku");
    assertThat(haiku.name()).isEqualTo("Claude 3.5 Haiku");
    assertThat(haiku.aliases()).containsExactly("Anthropic: Claude 3.5 Haiku");
    assertThat(haiku.developers()).containsExactly("anthropic");
    // created 1730678400 is 2024-11-04T00:00:00Z
    assertThat(haiku.released()).isEqualTo(YearMonth.of(2024, 11));
    assertThat(haiku.summary()).contains("OpenRouter listed it in 2024-11");
    assertThat(haiku.signature()).isEqualTo(ModalitySignature.parse("text+image->text"));
    assertThat(haiku.sources())
        .containsExactly(Source.url("https://openrouter.ai/anthropic/claude-3.5-haiku"));
    assertThat(catalog.organizations().stream().filter(o -> o.id().equals("anthropic")))
        .singleElement()
        .satisfies(o -> assertThat(o.name()).isEqualTo("Anthropic"));
  }

  @Test
  void should_read_the_modality_lists_when_the_modality_string_is_null() throws Exception {
    Catalog catalog = OpenRouterImporter.read(fixture()).catalog();

    // architecture.modality is null for this entry; file input is text.
    assertThat(model(catalog, "claude-opus-4").signature())
        .isEqualTo(ModalitySignature.parse("text+image->text"));
  }

  @Test
  void should_skip_an_embedding_model_as_not_generative() throws Exception {
    ImportReport report = OpenRouterImporter.read(fixture()).report();

    assertThat(report.entries())
        .filteredOn(e -> e.outcome() == Outcome.SKIPPED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.record()).isEqualTo("models.json#qwen/qwen3-embedding-8b");
              assertThat(e.reasons().get(0)).startsWith("not generative:");
            });
  }

  @Test
  void should_round_trip_through_taxonomy_json_when_the_import_succeeds() throws Exception {
    ImportResult result = OpenRouterImporter.read(fixture());
    TaxonomyJson json = TaxonomyJson.defaults();

    assertThat(json.read(json.write(result.catalog()))).isEqualTo(result.catalog());
  }

  @Test
  void should_stop_with_file_record_and_line_when_strict() throws Exception {
    assertThatThrownBy(() -> OpenRouterImporter.read(fixture(), ImportMode.STRICT))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.record()).isEqualTo("models.json#qwen/qwen3-embedding-8b");
              assertThat(e.line()).isPositive();
            })
        .hasMessageContaining("not generative:");
  }

  @Test
  void should_refuse_a_file_of_the_wrong_shape(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("list.json"), "[{\"id\": \"openai/gpt-4o\"}]\n");

    assertThatThrownBy(() -> OpenRouterImporter.read(file))
        .isInstanceOfSatisfying(
            ImportException.class, e -> assertThat(e.file()).isEqualTo("list.json"))
        .hasMessageContaining("'data' list");
  }

  @Test
  void should_name_file_and_line_when_the_json_is_malformed(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("cut.json"), "{\"data\": [\n  {\"id\": \"a/b\",\n");

    assertThatThrownBy(() -> OpenRouterImporter.read(file))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void should_name_record_and_line_when_created_is_not_a_number(@TempDir Path dir)
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("m.json"),
            """
            {"data": [
              {
                "id": "openai/gpt-4o",
                "name": "OpenAI: GPT-4o",
                "created": "2024-05-13",
                "architecture": {"modality": "text+image->text"}
              }
            ]}
            """);

    assertThatThrownBy(() -> OpenRouterImporter.read(file))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.file()).isEqualTo("m.json");
              assertThat(e.record()).isEqualTo("m.json#openai/gpt-4o");
              assertThat(e.line()).isEqualTo(5);
            })
        .hasMessageContaining("created must be a number");
  }

  @Test
  void should_refuse_a_created_second_beyond_the_year_9999(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("m.json"),
            """
            {"data": [{"id": "a/b", "created": 9223372036854775807,
              "architecture": {"modality": "text->text"}}]}
            """);

    assertThatThrownBy(() -> OpenRouterImporter.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("created must be seconds from 1970 to 9999");
  }
}
