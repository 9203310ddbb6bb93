package io.github.genaitaxonomy.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Access;
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

class ModelsDevImporterTest {
  private Path fixture() throws Exception {
    return Path.of(getClass().getResource("/models-dev").toURI());
  }

  private static GenerativeModel model(Catalog catalog, String name) {
    return catalog.models().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void should_pin_the_report_counts_when_the_fixture_is_read() throws Exception {
    ImportReport report = ModelsDevImporter.read(fixture()).report();

    // 9 model files; the two Claude Haiku 3.5 files are one record.
    assertThat(report.records()).isEqualTo(8);
    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.importedPartially()).isEqualTo(5);
    assertThat(report.skipped()).isEqualTo(1);
    assertThat(report.dangling()).isEmpty();
  }

  @Test
  void should_make_one_model_with_a_source_per_provider_when_providers_serve_the_same_model()
      throws Exception {
    Catalog catalog = ModelsDevImporter.read(fixture()).catalog();

    GenerativeModel haiku = model(catalog, "Claude Haiku 3.5");
    assertThat(haiku.sources())
        .containsExactly(
            Source.catalog(
                "models-dev",
                "anthropic/models/claude-3-5-haiku-20241022.toml",
                "Claude Haiku 3.5"),
            Source.catalog(
                "models-dev",
                "amazon-bedrock/models/anthropic.claude-3-5-haiku-20241022-v1:0.toml",
                "Claude Haiku 3.5"));
    // Bedrock serves it without images; the lab's own file lists them.
    assertThat(haiku.signature()).isEqualTo(ModalitySignature.parse("text+image->text"));
    assertThat(haiku.released()).isEqualTo(YearMonth.of(2024, 10));
    assertThat(haiku.developers()).containsExactly("anthropic");
    assertThat(catalog.organizations().stream().filter(o -> o.id().equals("anthropic")))
        .singleElement()
        .satisfies(o -> assertThat(o.name()).isEqualTo("Anthropic"));
  }

  @Test
  void should_name_the_developer_only_when_a_provider_files_the_model_under_a_vendor()
      throws Exception {
    Catalog catalog = ModelsDevImporter.read(fixture()).catalog();

    assertThat(model(catalog, "GPT OSS 120B").developers()).containsExactly("openai");
    assertThat(model(catalog, "GPT OSS 120B").access())
        .containsExactly(Access.API, Access.OPEN_WEIGHTS);
    assertThat(model(catalog, "Qwen3 32B").developers()).containsExactly("qwen");
    assertThat(model(catalog, "DeepSeek Reasoner").developers()).isEmpty();
    assertThat(model(catalog, "DeepSeek Reasoner").summary())
        .contains("models.dev names no developer");
  }

  @Test
  void should_read_a_month_only_release_date_and_image_output() throws Exception {
    Catalog catalog = ModelsDevImporter.read(fixture()).catalog();

    assertThat(model(catalog, "Whisper").released()).isEqualTo(YearMonth.of(2023, 2));
    assertThat(model(catalog, "Whisper").signature())
        .isEqualTo(ModalitySignature.parse("audio->text"));
    assertThat(model(catalog, "gpt-image-1").signature())
        .isEqualTo(ModalitySignature.parse("text+image->image"));
  }

  @Test
  void should_skip_an_embedding_model_as_not_generative() throws Exception {
    ImportReport report = ModelsDevImporter.read(fixture()).report();

    assertThat(report.entries())
        .filteredOn(e -> e.outcome() == Outcome.SKIPPED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.record()).isEqualTo("openai/models/text-embedding-ada-002.toml");
              assertThat(e.reasons().get(0)).startsWith("not generative:");
            });
  }

  @Test
  void should_report_the_limits_and_knowledge_left_out() throws Exception {
    ImportReport report = ModelsDevImporter.read(fixture()).report();

    assertThat(report.entries())
        .filteredOn(e -> e.record().startsWith("anthropic/models/claude-3-5-haiku"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.reasons())
                    .anySatisfy(r -> assertThat(r).startsWith("knowledge '2024-07-31'"))
                    .anySatisfy(r -> assertThat(r).startsWith("limit.context")));
  }

  @Test
  void should_read_one_provider_directory_and_one_model_file() throws Exception {
    assertThat(ModelsDevImporter.read(fixture().resolve("providers/groq")).report().records())
        .isEqualTo(2);
    ImportResult one =
        ModelsDevImporter.read(fixture().resolve("providers/openai/models/gpt-4o.toml"));
    assertThat(one.catalog().models())
        .singleElement()
        .satisfies(m -> assertThat(m.id()).isEqualTo("gpt-4o"));
  }

  @Test
  void should_round_trip_through_taxonomy_json_when_the_import_succeeds() throws Exception {
    ImportResult result = ModelsDevImporter.read(fixture());
    TaxonomyJson json = TaxonomyJson.defaults();

    assertThat(json.read(json.write(result.catalog()))).isEqualTo(result.catalog());
  }

  @Test
  void should_stop_at_the_embedding_model_when_strict() throws Exception {
    assertThatThrownBy(() -> ModelsDevImporter.read(fixture(), ImportMode.STRICT))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("text-embedding-ada-002.toml")
        .hasMessageContaining("not generative:");
  }

  @Test
  void should_name_file_and_line_when_the_toml_is_malformed(@TempDir Path dir) throws IOException {
    Path models = Files.createDirectories(dir.resolve("providers/acme/models"));
    Files.writeString(models.resolve("bad.toml"), "name = \"A\"\nrelease_date = \n");

    assertThatThrownBy(() -> ModelsDevImporter.read(dir))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.file()).isEqualTo("acme/models/bad.toml");
              assertThat(e.line()).isEqualTo(2);
            })
        .hasMessageContaining("malformed TOML");
  }

  @Test
  void should_name_the_file_and_field_when_a_field_has_the_wrong_type(@TempDir Path dir)
      throws IOException {
    Path models = Files.createDirectories(dir.resolve("providers/acme/models"));
    Files.writeString(
        models.resolve("m.toml"),
        """
        name = "A"
        release_date = "2024-01-01"

        [modalities]
        input = "text"
        output = ["text"]
        """);

    assertThatThrownBy(() -> ModelsDevImporter.read(dir))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.file()).isEqualTo("acme/models/m.toml");
              assertThat(e.record()).isEqualTo("acme/models/m.toml");
              // Jackson's TOML parser locates no value, so the line is 0: not known.
              assertThat(e.line()).isZero();
            })
        .hasMessageContaining("modalities.input must be a list of strings");
  }

  @Test
  void should_refuse_a_file_that_is_not_toml(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("models.json"), "{\"data\": []}\n");

    assertThatThrownBy(() -> ModelsDevImporter.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("models.json");
  }

  @Test
  void should_skip_a_release_date_without_a_month(@TempDir Path dir) throws IOException {
    Path models = Files.createDirectories(dir.resolve("providers/acme/models"));
    Files.writeString(
        models.resolve("m.toml"),
        """
        name = "A"
        release_date = "2024"

        [modalities]
        input = ["text"]
        output = ["text"]
        """);

    ImportReport report = ModelsDevImporter.read(dir).report();

    assertThat(report.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.reasons().get(0)).startsWith("no release_date with a month"));
  }
}
