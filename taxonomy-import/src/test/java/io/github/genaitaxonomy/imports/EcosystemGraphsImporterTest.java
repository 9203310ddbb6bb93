package io.github.genaitaxonomy.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests of the Ecosystem Graphs importer on excerpts of four asset files of
 * github.com/stanford-crfm/ecosystem-graphs at commit 576655a544c974e91b7ca02e26cf7ba4c8347516
 * ({@code assets/ai21.yaml}, {@code internlm.yaml}, {@code openai.yaml}, {@code shanghai.yaml}):
 * each fixture asset keeps the fields {@code access}, {@code created_date}, {@code dependencies},
 * {@code description}, {@code license}, {@code modality}, {@code name}, {@code organization},
 * {@code size}, {@code type} and {@code url} of the asset of that name, as written there.
 */
class EcosystemGraphsImporterTest {
  private static Path fixture(String name) throws Exception {
    return Path.of(
        EcosystemGraphsImporterTest.class.getResource("/ecosystem-graphs/" + name).toURI());
  }

  private static ImportResult all() throws Exception {
    return EcosystemGraphsImporter.read(
        Path.of(EcosystemGraphsImporterTest.class.getResource("/ecosystem-graphs").toURI()));
  }

  private static GenerativeModel model(Catalog catalog, String id) {
    return catalog.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static ReportEntry entry(ImportReport report, String name) {
    return report.entries().stream()
        .filter(e -> e.record().contains("#" + name + " (line "))
        .findFirst()
        .orElseThrow();
  }

  private static List<Claim> claims(GenerativeModel model, ClaimAttribute attribute) {
    return model.claims().stream().filter(c -> c.attribute() == attribute).toList();
  }

  @ParameterizedTest
  @CsvSource({
    // file, records, imported, partially, skipped, dangling
    "ai21.yaml, 2, 0, 1, 1, 1",
    "internlm.yaml, 1, 1, 0, 0, 0",
    "openai.yaml, 7, 0, 4, 3, 4",
    "shanghai.yaml, 5, 1, 3, 1, 9",
  })
  void should_pin_the_report_counts_when_each_fixture_is_read(
      String file, int records, int imported, int partially, int skipped, int dangling)
      throws Exception {
    ImportReport report = EcosystemGraphsImporter.read(fixture(file)).report();

    assertThat(report.records()).isEqualTo(records);
    assertThat(report.imported()).isEqualTo(imported);
    assertThat(report.importedPartially()).isEqualTo(partially);
    assertThat(report.skipped()).isEqualTo(skipped);
    assertThat(report.dangling()).hasSize(dangling);
  }

  @Test
  void should_add_up_the_files_when_the_directory_is_read() throws Exception {
    ImportReport report = all().report();
    int records = 0;
    int skipped = 0;
    int dangling = 0;
    for (String file : List.of("ai21.yaml", "internlm.yaml", "openai.yaml", "shanghai.yaml")) {
      ImportReport one = EcosystemGraphsImporter.read(fixture(file)).report();
      records += one.records();
      skipped += one.skipped();
      dangling += one.dangling().size();
    }

    assertThat(report.records()).isEqualTo(records).isEqualTo(15);
    assertThat(report.imported() + report.importedPartially() + report.skipped())
        .isEqualTo(report.records());
    assertThat(report.skipped()).isEqualTo(skipped);
    assertThat(report.dangling()).hasSize(dangling);
    assertThat(all().catalog().models()).hasSize(report.imported() + report.importedPartially());
  }

  @Test
  void should_name_file_asset_and_start_line_when_an_entry_is_reported() throws Exception {
    Path file = fixture("openai.yaml");
    List<String> lines = Files.readAllLines(file);
    ReportEntry codex = entry(all().report(), "Codex");
    int line = Integer.parseInt(codex.record().replaceAll(".*\\(line (\\d+)\\)$", "$1"));

    assertThat(codex.record()).startsWith("openai.yaml#Codex (line ");
    assertThat(lines.get(line - 1)).startsWith("- ");
    int end = line;
    while (end < lines.size() && !lines.get(end).startsWith("- ")) {
      end++;
    }
    assertThat(lines.subList(line - 1, end)).contains("  name: Codex");
  }

  @Test
  void should_keep_each_explanation_as_claims_sourced_by_its_markdown_links() throws Exception {
    GenerativeModel gpt3 = model(all().catalog(), "gpt-3");

    List<Claim> access = claims(gpt3, ClaimAttribute.ACCESS);
    assertThat(access)
        .extracting(Claim::source)
        .containsExactly(
            // written "[[OpenAI Blog Post]] (https://...)", with a space
            Source.url("https://openai.com/blog/openai-licenses-gpt-3-technology-to-microsoft/"),
            Source.url("https://beta.openai.com/docs/supported-countries"),
            Source.url("https://openai.com/api/"));
    assertThat(access)
        .allSatisfy(
            c -> {
              assertThat(c.value()).isEqualTo("limited");
              assertThat(c.note().orElseThrow())
                  .startsWith("The GPT-3 model isn't fully released to the public");
            });
    assertThat(claims(gpt3, ClaimAttribute.PARAMETERS))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.value()).isEqualTo("175B parameters (dense)");
              assertThat(c.source())
                  .isEqualTo(Source.url("https://arxiv.org/pdf/2005.14165.pdf#table.caption.7"));
            });
    assertThat(gpt3.parameters().orElseThrow().quantity())
        .isEqualTo(Quantity.of(175_000_000_000L, Unit.PARAMETERS));
  }

  @Test
  void should_source_a_claim_by_the_record_when_the_explanation_has_no_markdown_link()
      throws Exception {
    GenerativeModel instruct = model(all().catalog(), "jurassic-1-instruct");
    Source record = Source.url("https://docs.ai21.com/docs/jurassic-1-instruct-beta");

    // "announced(https://docs.ai21.com/changelog/...)" has no [text] before the link
    assertThat(claims(instruct, ClaimAttribute.RELEASED))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.value()).isEqualTo("2022-12-01");
              assertThat(c.source()).isEqualTo(record);
              assertThat(c.note()).isPresent();
            });
    assertThat(instruct.released()).isEqualTo(YearMonth.of(2022, 12));
  }

  @Test
  void should_keep_the_day_in_a_claim_when_created_date_is_a_bare_date() throws Exception {
    GenerativeModel internlm = model(all().catalog(), "internlm");

    assertThat(internlm.released()).isEqualTo(YearMonth.of(2023, 9));
    assertThat(claims(internlm, ClaimAttribute.RELEASED))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.value()).isEqualTo("2023-09-20");
              assertThat(c.note()).isEmpty();
            });
  }

  @Test
  void should_report_dependencies_by_kind_when_they_name_no_importable_model() throws Exception {
    ImportResult result = all();
    ImportReport report = result.report();

    assertThat(entry(report, "GPT-3").reasons())
        .contains("dependency on the dataset asset 'GPT-3 dataset': only models become lineage");
    assertThat(entry(report, "InstructGPT").reasons())
        .contains("dependency on the application asset 'OpenAI API': only models become lineage");
    assertThat(entry(report, "Jurassic-1 Instruct").reasons())
        .anySatisfy(
            r ->
                assertThat(r)
                    .startsWith("dependency on the model 'Jurassic-1', which is skipped:"));
    assertThat(report.dangling())
        .contains("ai21.yaml#Jurassic-1 Instruct (line 18) -> Jurassic-1 Instruct dataset")
        .noneMatch(d -> d.endsWith("-> Jurassic-1"))
        .noneMatch(d -> d.endsWith("-> GPT-3 dataset") || d.endsWith("-> OpenAI API"));
    assertThat(model(result.catalog(), "codex").lineage())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.relation()).isEqualTo(LineageRelation.BUILT_ON);
              assertThat(e.target()).isEqualTo("gpt-3");
            });
  }

  @Test
  void should_give_distinct_ids_when_names_repeat_across_models_and_organizations()
      throws Exception {
    Catalog catalog = all().catalog();

    // InternLM is a model in internlm.yaml and in shanghai.yaml, and the organization of the first
    assertThat(model(catalog, "internlm").developers()).containsExactly("internlm-org");
    assertThat(model(catalog, "internlm-2").developers()).containsExactly("shanghai-ai-laboratory");
    assertThat(model(catalog, "internvideo2").developers())
        .containsExactly("shanghai-ai-laboratory", "nanjing-university", "zhejiang-university");
  }

  @Test
  void should_map_access_and_license_when_core_has_them_and_report_them_otherwise()
      throws Exception {
    ImportResult result = all();
    Catalog catalog = result.catalog();

    assertThat(model(catalog, "instructgpt").access()).containsExactly(Access.CLOSED);
    assertThat(model(catalog, "internlm").access()).containsExactly(Access.OPEN_WEIGHTS);
    assertThat(model(catalog, "gpt-3").access()).isEmpty();
    assertThat(entry(result.report(), "GPT-3").reasons())
        .anySatisfy(r -> assertThat(r).startsWith("access 'limited':"));
    assertThat(claims(model(catalog, "internlm"), ClaimAttribute.LICENSE))
        .extracting(Claim::value)
        .containsExactly("Apache 2.0");
    // license: unknown states nothing
    assertThat(claims(model(catalog, "gpt-3"), ClaimAttribute.LICENSE)).isEmpty();
  }

  @Test
  void should_leave_parameters_absent_without_a_reason_when_the_size_is_unknown() throws Exception {
    ImportResult result = all();

    assertThat(model(result.catalog(), "dall-e-3").parameters()).isEmpty();
    assertThat(entry(result.report(), "DALL·E 3").reasons()).noneMatch(r -> r.contains("size"));
  }

  @Test
  void should_round_trip_through_taxonomy_json_when_the_import_succeeds() throws Exception {
    Catalog catalog = all().catalog();
    TaxonomyJson json = TaxonomyJson.defaults();

    assertThat(catalog.models()).anySatisfy(m -> assertThat(m.claims()).isNotEmpty());
    assertThat(json.read(json.write(catalog))).isEqualTo(catalog);
  }

  @Test
  void should_stop_with_file_record_and_line_when_strict() throws Exception {
    assertThatThrownBy(() -> EcosystemGraphsImporter.read(fixture("ai21.yaml"), ImportMode.STRICT))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.file()).isEqualTo("ai21.yaml");
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.record()).contains("Jurassic-1");
            });
  }

  @Test
  void should_name_file_and_line_when_the_yaml_is_malformed(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bad.yaml"),
            "- name: BLOOM\n  type: model\n- name: BLOOMZ\n  modality: [text; text\n");

    assertThatThrownBy(() -> EcosystemGraphsImporter.read(file))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.file()).isEqualTo("bad.yaml");
              assertThat(e.record()).isEqualTo("asset 2");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e).hasMessageStartingWith("bad.yaml:4 ").hasMessageNotContaining("\n");
            });
  }

  @Test
  void should_name_the_field_and_its_line_when_a_field_has_the_wrong_type(@TempDir Path dir)
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("wrong.yaml"),
            "- name: BLOOM\n  type: model\n  organization:\n  - BigScience\n");

    assertThatThrownBy(() -> EcosystemGraphsImporter.read(file))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.file()).isEqualTo("wrong.yaml");
              assertThat(e.record()).isEqualTo("BLOOM");
              assertThat(e.line()).isEqualTo(4);
              assertThat(e).hasMessageContaining("field organization must be one value");
            });
  }

  @Test
  void should_name_the_file_when_the_yaml_is_not_a_list(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "name: BLOOM\n");

    assertThatThrownBy(() -> EcosystemGraphsImporter.read(file))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.file()).isEqualTo("bad.yaml");
              assertThat(e.line()).isEqualTo(1);
            });
  }

  @Test
  void should_read_no_record_when_the_file_is_empty(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("empty.yaml"), "---\n");

    assertThat(EcosystemGraphsImporter.read(file).report().records()).isZero();
  }
}
