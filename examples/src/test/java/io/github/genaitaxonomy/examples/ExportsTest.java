package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.examples.internal.Exports;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class ExportsTest {

  /** Reads CSV text back with Jackson, one map per row, keyed by the header line. */
  static List<Map<String, String>> readCsv(String csv) {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      return rows.readAll();
    }
  }

  @Test
  void should_print_one_csv_row_per_model_with_the_documented_columns_when_exporting_csv() {
    // GIVEN
    Catalog catalog = Edition.ALL.catalog();

    // WHEN
    TourTest.Run run = TourTest.tour("--export", "csv");

    // THEN
    assertThat(run.status()).isZero();
    assertThat(run.out().lines().findFirst())
        .hasValue(
            "id,name,survey_category,classified_category,inputs,outputs,developers,"
                + "released,parameters,paper");
    List<Map<String, String>> rows = readCsv(run.out());
    assertThat(rows).hasSize(catalog.models().size());
    assertThat(rows)
        .extracting(row -> row.get("id"))
        .containsExactlyElementsOf(catalog.models().ids());
  }

  @Test
  void should_read_back_every_value_when_names_hold_quotes_commas_and_pipes() {
    // GIVEN
    Catalog catalog = TestCatalogs.synthetic(40, 9);
    StringWriter csv = new StringWriter();

    // WHEN
    Exports.csv(catalog, csv);

    // THEN
    List<Map<String, String>> rows = readCsv(csv.toString());
    assertThat(rows).hasSize(catalog.models().size());
    for (int i = 0; i < rows.size(); i++) {
      GenerativeModel model = catalog.models().asList().get(i);
      Map<String, String> row = rows.get(i);
      assertThat(row.keySet()).containsExactlyElementsOf(Exports.CSV_COLUMNS);
      assertThat(row.get("name")).isEqualTo(model.name());
      assertThat(row.get("developers")).isEqualTo(String.join(";", model.developers()));
      assertThat(row.get("released")).isEqualTo(model.released().toString());
      assertThat(row.get("classified_category"))
          .isEqualTo(model.classification().surveyCategory().id());
      assertThat(row.get("parameters"))
          .isEqualTo(model.parameters().map(p -> p.quantity().amount().toPlainString()).orElse(""));
    }
  }

  @Test
  void should_print_one_table_row_per_model_when_exporting_markdown() {
    // GIVEN
    Catalog catalog = Edition.ALL.catalog();

    // WHEN
    TourTest.Run run = TourTest.tour("--export", "markdown");

    // THEN: a header, a separator, then one row per model
    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2 + catalog.models().size());
    assertThat(lines.get(1)).startsWith("|---|");
    assertThat(lines.subList(2, lines.size()))
        .allSatisfy(line -> assertThat(line).startsWith("| ").endsWith(" |"));
  }

  @Test
  void should_keep_nine_cells_per_row_when_a_name_holds_a_pipe() {
    // GIVEN
    Catalog catalog = TestCatalogs.synthetic(12, 4);

    // WHEN
    List<String> rows = Exports.markdown(catalog).lines().skip(2).toList();

    // THEN: unescaped pipes separate the nine cells
    assertThat(rows).hasSize(catalog.models().size());
    assertThat(rows).allSatisfy(row -> assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(11));
  }
}
