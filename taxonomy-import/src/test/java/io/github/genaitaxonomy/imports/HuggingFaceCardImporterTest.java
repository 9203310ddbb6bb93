package io.github.genaitaxonomy.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HuggingFaceCardImporterTest {
  /**
   * Release months of the fixture's models: Llama 2 (arXiv 2307.09288) and Mistral 7B as the
   * curated catalog records them; whisper-large-v3 2023-11 (openai/whisper discussion 1762, the
   * model card's checkpoint list); SDXL 1.0 2023-07 (Stability AI's launch, 2023-07-26).
   */
  private static final Map<String, YearMonth> RELEASED =
      Map.of(
          "meta-llama/Llama-2-7b-hf", YearMonth.of(2023, 7),
          "mistralai/Mistral-7B-v0.1", YearMonth.of(2023, 9),
          "openai/whisper-large-v3", YearMonth.of(2023, 11),
          "stabilityai/stable-diffusion-xl-base-1.0", YearMonth.of(2023, 7));

  private static Path fixture() throws Exception {
    return Path.of(HuggingFaceCardImporterTest.class.getResource("/hf-cards").toURI());
  }

  @Test
  void should_report_every_card_of_the_fixture_when_months_are_given() throws Exception {
    ImportResult result = HuggingFaceCardImporter.read(fixture(), ImportMode.LENIENT, RELEASED);
    ImportReport report = result.report();

    assertThat(report.records()).isEqualTo(11);
    assertThat(report.imported()).isZero();
    assertThat(report.importedPartially()).isEqualTo(4);
    assertThat(report.skipped()).isEqualTo(7);
    assertThat(report.dangling()).isEmpty();
    assertThat(result.catalog().models())
        .extracting(GenerativeModel::name)
        .containsExactlyInAnyOrder(
            "meta-llama/Llama-2-7b-hf",
            "mistralai/Mistral-7B-v0.1",
            "openai/whisper-large-v3",
            "stabilityai/stable-diffusion-xl-base-1.0");
    assertThat(reasons(report, "sentence-transformers/all-MiniLM-L6-v2"))
        .startsWith("not generative:");
    assertThat(reasons(report, "google-bert/bert-base-uncased"))
        .startsWith("unclassified: no pipeline_tag");
    assertThat(reasons(report, "TheBloke/Llama-2-7B-GGUF")).startsWith("no release month");
  }

  @Test
  void should_read_crlf_lines_and_a_byte_order_mark() throws Exception {
    Catalog catalog =
        HuggingFaceCardImporter.read(fixture(), ImportMode.LENIENT, RELEASED).catalog();

    assertThat(catalog.models())
        .filteredOn(m -> m.name().equals("openai/whisper-large-v3"))
        .singleElement()
        .satisfies(
            m -> assertThat(m.signature()).isEqualTo(ModalitySignature.parse("speech->text")));
    assertThat(catalog.models())
        .filteredOn(m -> m.name().equals("mistralai/Mistral-7B-v0.1"))
        .singleElement()
        .satisfies(m -> assertThat(m.released()).isEqualTo(YearMonth.of(2023, 9)));
  }

  @Test
  void should_skip_every_card_without_a_release_month() throws Exception {
    ImportReport report = HuggingFaceCardImporter.read(fixture()).report();

    assertThat(report.records()).isEqualTo(11);
    assertThat(report.skipped()).isEqualTo(11);
  }

  @Test
  void should_survive_a_json_round_trip() throws Exception {
    Catalog catalog =
        HuggingFaceCardImporter.read(fixture(), ImportMode.LENIENT, RELEASED).catalog();

    TaxonomyJson json = TaxonomyJson.defaults();

    assertThat(catalog.models()).hasSize(4);
    assertThat(json.read(json.write(catalog))).isEqualTo(catalog);
  }

  @Test
  void should_map_base_model_relations_and_report_the_others(@TempDir Path dir) throws IOException {
    card(dir, "acme--base", "pipeline_tag: text-generation\n");
    card(
        dir,
        "acme--tuned",
        "pipeline_tag: text-generation\nbase_model: acme/base\nbase_model_relation: finetune\n");
    card(
        dir,
        "acme--small",
        "pipeline_tag: text-generation\nbase_model:\n- acme/base\nbase_model_relation: quantized\n");
    card(
        dir,
        "acme--lora",
        "pipeline_tag: text-generation\nbase_model: acme/base\nbase_model_relation: adapter\n");
    card(
        dir,
        "acme--merged",
        "pipeline_tag: text-generation\nbase_model: [acme/base, acme/tuned]\nbase_model_relation: merge\n");
    card(
        dir,
        "acme--orphan",
        "pipeline_tag: text-generation\nbase_model: elsewhere/model\nbase_model_relation: finetune\n");
    Map<String, YearMonth> months =
        Map.of(
            "acme/base", YearMonth.of(2024, 1),
            "acme/tuned", YearMonth.of(2024, 2),
            "acme/small", YearMonth.of(2024, 2),
            "acme/lora", YearMonth.of(2024, 2),
            "acme/merged", YearMonth.of(2024, 3),
            "acme/orphan", YearMonth.of(2024, 3));

    ImportResult result = HuggingFaceCardImporter.read(dir, ImportMode.LENIENT, months);

    assertThat(relationOf(result.catalog(), "acme/tuned"))
        .isEqualTo(LineageRelation.FINE_TUNED_FROM);
    assertThat(relationOf(result.catalog(), "acme/small")).isEqualTo(LineageRelation.VARIANT_OF);
    assertThat(relationOf(result.catalog(), "acme/lora")).isEqualTo(LineageRelation.BUILT_ON);
    assertThat(reasons(result.report(), "acme/merged")).contains("'merge' has no lineage relation");
    assertThat(result.report().dangling()).containsExactly("acme/orphan -> elsewhere/model");
  }

  @Test
  void should_skip_a_card_without_front_matter(@TempDir Path dir) throws IOException {
    Path card = Files.createDirectories(dir.resolve("acme--plain")).resolve("README.md");
    Files.writeString(card, "# A card\n---\nno metadata\n");

    ImportReport report = HuggingFaceCardImporter.read(card).report();

    assertThat(reasons(report, "acme/plain")).startsWith("no front matter");
  }

  @Test
  void should_name_the_file_line_of_a_yaml_error(@TempDir Path dir) throws IOException {
    Path card = card(dir, "acme--broken", "license: mit\npipeline_tag: [text-generation\n");

    assertThatThrownBy(() -> HuggingFaceCardImporter.read(card))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.file()).endsWith("README.md");
              assertThat(e.record()).isEqualTo("acme/broken");
              assertThat(e.line()).isBetween(3L, 4L);
            });
  }

  @Test
  void should_name_the_line_of_a_field_with_the_wrong_type(@TempDir Path dir) throws IOException {
    Path card = card(dir, "acme--typed", "license: mit\npipeline_tag:\n  task: text-generation\n");

    assertThatThrownBy(() -> HuggingFaceCardImporter.read(card))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.record()).isEqualTo("acme/typed");
              assertThat(e.line()).isEqualTo(3L);
              assertThat(e.getMessage()).contains("pipeline_tag");
            });
  }

  @Test
  void should_reject_front_matter_that_is_never_closed_or_not_a_mapping(@TempDir Path dir)
      throws IOException {
    Path open = Files.createDirectories(dir.resolve("acme--open")).resolve("README.md");
    Files.writeString(open, "---\nlicense: mit\n");
    Path list = card(dir, "acme--list", "- license\n- mit\n");

    assertThatThrownBy(() -> HuggingFaceCardImporter.read(open))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("never closed");
    assertThatThrownBy(() -> HuggingFaceCardImporter.read(list))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("not a YAML mapping");
  }

  @Test
  void should_stop_at_the_first_skipped_card_in_strict_mode() throws Exception {
    Path fixture = fixture();
    assertThatThrownBy(() -> HuggingFaceCardImporter.read(fixture, ImportMode.STRICT, RELEASED))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("README.md");
  }

  private static Path card(Path dir, String folder, String yaml) throws IOException {
    Path card = Files.createDirectories(dir.resolve(folder)).resolve("README.md");
    return Files.writeString(card, "---\n" + yaml + "---\n\n# Card\n");
  }

  private static LineageRelation relationOf(Catalog catalog, String name) {
    return catalog.models().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow()
        .lineage()
        .get(0)
        .relation();
  }

  private static String reasons(ImportReport report, String record) {
    return report.entries().stream()
        .filter(e -> e.record().equals(record))
        .findFirst()
        .orElseThrow()
        .reasons()
        .toString()
        .replaceAll("^\\[|\\]$", "");
  }
}
