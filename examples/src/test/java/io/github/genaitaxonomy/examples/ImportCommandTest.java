package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportCommandTest {
  private static final Path ECOSYSTEM_GRAPHS =
      Path.of("../taxonomy-import/src/test/resources/ecosystem-graphs/openai.yaml");
  private static final Path EPOCH =
      Path.of("../taxonomy-import/src/test/resources/epoch/notable_ai_models.csv");
  private static final Path HF_CARDS = Path.of("../taxonomy-import/src/test/resources/hf-cards");

  @Test
  void should_write_the_catalog_and_the_report_when_the_input_is_read(@TempDir Path dir)
      throws Exception {
    Path output = dir.resolve("catalog.json");
    Path report = dir.resolve("report.json");

    TourTest.Run run =
        TourTest.tour(
            "import",
            "--format",
            "ecosystem-graphs",
            "--input",
            ECOSYSTEM_GRAPHS.toString(),
            "--output",
            output.toString(),
            "--report",
            report.toString());

    assertThat(run.status()).isZero();
    Catalog catalog = TaxonomyJson.defaults().read(output);
    JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
    assertThat(json.path("records").asInt()).isEqualTo(7);
    assertThat(
            json.path("imported").asInt()
                + json.path("imported_partially").asInt()
                + json.path("skipped").asInt())
        .isEqualTo(7);
    int danglingTargets = 0;
    for (JsonNode entry : json.path("entries")) {
      danglingTargets += entry.path("dangling").size();
    }
    assertThat(json.path("dangling").asInt()).isEqualTo(danglingTargets);
    assertThat(json.path("entries").get(0).has("record")).isTrue();
    assertThat(json.path("entries").get(0).has("outcome")).isTrue();
    assertThat(json.path("entries").get(0).has("reason")).isTrue();
    assertThat(catalog.models()).hasSize(7 - json.path("skipped").asInt());
  }

  @Test
  void should_stream_the_same_catalog_as_json_lines_when_the_output_ends_in_jsonl(@TempDir Path dir)
      throws Exception {
    Path json = dir.resolve("catalog.json");
    Path lines = dir.resolve("catalog.jsonl");

    TourTest.Run whole =
        TourTest.tour(
            "import",
            "--format",
            "epoch",
            "--input",
            EPOCH.toString(),
            "--output",
            json.toString());
    TourTest.Run streamed =
        TourTest.tour(
            "import",
            "--format",
            "epoch",
            "--input",
            EPOCH.toString(),
            "--output",
            lines.toString());

    assertThat(whole.status()).isZero();
    assertThat(streamed.status()).isZero();
    Catalog expected = TaxonomyJson.defaults().read(json);
    assertThat(expected.models()).isNotEmpty();
    assertThat(TaxonomyJson.defaults().readLines(lines)).isEqualTo(expected);
  }

  @Test
  void should_print_the_catalog_and_exit_0_when_every_card_is_skipped() {
    TourTest.Run run =
        TourTest.tour("import", "--format", "hf-cards", "--input", HF_CARDS.toString());

    assertThat(run.status()).isZero();
    assertThat(TaxonomyJson.defaults().read(run.out()).models()).isEmpty();
  }

  @Test
  void should_exit_2_with_one_line_when_the_input_cannot_be_read(@TempDir Path dir)
      throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: BLOOM\n");

    TourTest.Run run =
        TourTest.tour("import", "--format", "ecosystem-graphs", "--input", bad.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).contains("bad.yaml").doesNotContain("\n");
  }

  @Test
  void should_exit_2_on_a_usage_error() {
    assertThat(TourTest.tour("import", "--format", "nonsense", "--input", "x").status())
        .isEqualTo(2);
    assertThat(TourTest.tour("import", "--format", "epoch").status()).isEqualTo(2);
    assertThat(TourTest.tour("import", "--format", "epoch", "--input", "no/such/file").status())
        .isEqualTo(2);
  }
}
