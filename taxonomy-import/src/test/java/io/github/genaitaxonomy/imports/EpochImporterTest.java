package io.github.genaitaxonomy.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpochImporterTest {
  private static Path fixture() throws URISyntaxException {
    return Path.of(EpochImporterTest.class.getResource("/epoch/notable_ai_models.csv").toURI());
  }

  @Test
  void should_count_every_row_when_the_file_has_a_bom_crlf_and_a_ragged_row() throws Exception {
    ImportReport report = EpochImporter.read(fixture()).report();

    assertThat(report.records()).isEqualTo(12);
    assertThat(report.imported() + report.importedPartially()).isEqualTo(8);
    assertThat(report.skipped()).isEqualTo(4);
    assertThat(report.entries())
        .filteredOn(e -> e.record().endsWith("#Ragged row"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.reasons())
                    .containsExactly("line 13 has 4 cells but the header has 15"));
  }

  @Test
  void should_skip_as_unclassified_when_domain_and_task_determine_no_signature() throws Exception {
    ImportReport report = EpochImporter.read(fixture()).report();

    assertThat(report.entries())
        .filteredOn(e -> e.record().endsWith("#Whisper"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(Outcome.SKIPPED);
              assertThat(e.reasons().get(0)).startsWith("unclassified:");
            });
  }

  @Test
  void should_resolve_base_models_and_report_dangling_ones_when_rows_name_them() throws Exception {
    ImportResult result = EpochImporter.read(fixture());

    assertThat(result.catalog().get("codex").lineage())
        .singleElement()
        .satisfies(edge -> assertThat(edge.target()).isEqualTo("gpt-3-175b-davinci"));
    assertThat(result.report().dangling())
        .containsExactly("notable_ai_models.csv#Alpaca 7B -> LLaMA-7B");
  }

  @Test
  void should_give_each_developer_its_kind_when_categorization_has_several_values()
      throws Exception {
    ImportResult result = EpochImporter.read(fixture());

    assertThat(result.catalog().organizations())
        .extracting(o -> o.id() + "=" + o.kind())
        .contains(
            "runway=" + OrganizationKind.COMPANY,
            "ludwig-maximilians-universitat-munchen=" + OrganizationKind.UNIVERSITY);
  }

  @Test
  void should_give_each_developer_its_country_code_when_the_country_cell_has_several_values()
      throws Exception {
    ImportResult result = EpochImporter.read(fixture());

    assertThat(result.catalog().organizations())
        .extracting(o -> o.id() + "=" + o.country().orElse("none"))
        .contains("runway=US", "ludwig-maximilians-universitat-munchen=DE", "openai=US");
    assertThat(result.report().entries())
        .flatExtracting(ReportEntry::reasons)
        .noneMatch(r -> r.startsWith("Country"));
  }

  @Test
  void should_leave_out_a_country_it_cannot_name_and_say_so(@TempDir Path dir) throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("notable.csv"),
            """
            Model,Domain,Organization,Publication date,Country (from Organization)
            M,Image generation,EleutherAI,2022-08-22,Multinational
            """);

    ImportResult result = EpochImporter.read(csv);

    assertThat(result.catalog().organizations().asList().get(0).country()).isEmpty();
    assertThat(result.report().entries().get(0).reasons())
        .contains(
            "Country (from Organization) 'Multinational' of EleutherAI: no ISO 3166 country of"
                + " that name");
  }

  @Test
  void should_round_trip_through_taxonomy_json_when_the_import_succeeds() throws Exception {
    ImportResult result = EpochImporter.read(fixture());
    TaxonomyJson json = TaxonomyJson.defaults();

    assertThat(json.read(json.write(result.catalog()))).isEqualTo(result.catalog());
  }

  @Test
  void should_name_the_file_when_the_header_has_no_model_column(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("other.csv"), "Name,Domain\nGPT-3,Language\n");

    assertThatThrownBy(() -> EpochImporter.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("other.csv")
        .hasMessageContaining("'Model'");
  }

  @Test
  void should_stop_at_the_first_row_it_would_skip_when_the_mode_is_strict() throws Exception {
    assertThatThrownBy(() -> EpochImporter.read(fixture(), ImportMode.STRICT))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.file()).isEqualTo("notable_ai_models.csv");
              assertThat(e.record()).isNotEmpty();
              assertThat(e.line()).isPositive();
            });
  }
}
