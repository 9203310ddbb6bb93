package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.examples.internal.TourText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TourTest {

  /** What one run printed, and its exit status. */
  record Run(int status, String out, String err) {}

  static Run tour(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Tour.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void should_print_every_section_within_100_columns_when_run_without_arguments() {
    // WHEN
    Run run = tour();

    // THEN
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(
            "1. The nine categories",
            "2. Timeline",
            "3. Models per organization",
            "4. Lineage",
            "5. Where the survey and the primary sources disagree",
            "7. The seed articles");
    assertThat(run.out())
        .contains(
            "seed:000_e7843f9ae806c1d0.txt  2022 生成模型进展有多快", "QbitAI (量子位) · zh · 2023-01-29");
    for (Category category : Category.survey()) {
      assertThat(run.out()).contains(category.displayName() + " (§");
    }
    for (var model : Edition.ALL.catalog().models()) {
      assertThat(run.out()).contains(model.name());
    }
    assertThat(run.out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void should_keep_lines_within_100_columns_when_names_are_long() {
    // GIVEN
    Catalog catalog = TestCatalogs.synthetic(80, 3);
    StringWriter text = new StringWriter();

    // WHEN
    TourText.print(catalog, "synthetic", new PrintWriter(text));

    // THEN
    assertThat(text.toString().lines())
        .hasSizeGreaterThan(80)
        .allSatisfy(
            line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(100));
    assertThat(text.toString()).contains("wrong-organization", "fine-tuned-from──>");
  }

  @Test
  void should_exit_0_and_list_every_option_when_asked_for_help() {
    // WHEN
    Run run = tour("--help");

    // THEN
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("Usage: tour")
        .contains(
            "--export=FORMAT",
            "json, jsonl, csv, markdown",
            "--picture=PICTURE",
            "taxonomy, timeline, organizations,",
            "lineage, years, concentration, overview",
            "--mermaid=GRAPH",
            "--dot=GRAPH",
            "--site=DIR",
            "--output=FILE",
            "--edition=EDITION");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--frobnicate", "extra", "--export=yaml", "--picture"})
  void should_exit_2_with_usage_on_stderr_when_an_argument_is_wrong(String argument) {
    // WHEN
    Run run = tour(argument);

    // THEN
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Usage: tour");
  }

  @Test
  void should_exit_2_when_asked_for_two_outputs_at_once() {
    Run run = tour("--export", "csv", "--dot", "lineage");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @ParameterizedTest
  @ValueSource(strings = {"taxonomy", "timeline", "organizations", "lineage"})
  void should_write_a_well_formed_picture_when_given_an_output_file(
      String picture, @TempDir Path folder) throws Exception {
    // GIVEN
    Path file = folder.resolve("deep/er/" + picture + ".svg");

    // WHEN
    Run run = tour("--picture", picture, "--output", file.toString());

    // THEN
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Wrote the " + picture + " picture to");
    SvgDocument svg = SvgDocument.parse(Files.readString(file));
    assertThat(svg.withClass("rect", "model")).hasSize(Edition.ALL.catalog().models().size());
  }

  @Test
  void should_print_a_picture_when_given_no_output_file() {
    Run run = tour("--picture", "taxonomy");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("<?xml").contains("<svg").endsWith("</svg>\n");
  }

  @Test
  void should_accept_any_case_when_naming_a_format_or_an_edition() {
    Run run = tour("--mermaid", "TAXONOMY", "--edition", "survey-2022");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("flowchart LR");
  }

  @Test
  void should_exit_1_with_a_message_when_the_output_cannot_be_written(@TempDir Path folder)
      throws Exception {
    // GIVEN: a file where a folder should be
    Path blocker = Files.writeString(folder.resolve("blocker"), "x");

    // WHEN
    Run run = tour("--export", "csv", "--output", blocker.resolve("models.csv").toString());

    // THEN
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("tour: cannot write");
  }
}
