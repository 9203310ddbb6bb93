package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.data.Edition;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JSON Lines form: a header line, then one record per line, streamed both ways. */
class JsonLinesTest {
  private static final String HEADER = "{\"format\":\"genai-taxonomy/1\",\"kind\":\"header\"}";
  private static final String OPENAI =
      "{\"type\":\"organization\",\"id\":\"openai\",\"name\":\"OpenAI\",\"kind\":\"company\"}";
  private static final String MODEL =
      "{\"type\":\"model\",\"id\":\"m\",\"name\":\"M\",\"signature\":\"text->text\",\"developers\":[\"openai\"],"
          + "\"released\":\"2022-04\",\"paperAbsentReason\":\"none\",\"sources\":[\"https://example.org/\"],\"summary\":\"S.\"}";

  private final TaxonomyJson json = TaxonomyJson.defaults();

  private String lines(Catalog catalog) {
    StringWriter out = new StringWriter();
    json.writeLines(catalog, out);
    return out.toString();
  }

  private static CatalogFormatException failure(String input) {
    CatalogFormatException e =
        catchThrowableOfType(
            CatalogFormatException.class,
            () -> TaxonomyJson.defaults().readLines(new StringReader(input)));
    assertThat(e).as("expected a CatalogFormatException").isNotNull();
    assertThat(e.column()).isPositive();
    return e;
  }

  @Test
  void should_write_the_header_then_one_record_per_line_in_kind_order() {
    String text = lines(Fixtures.rich());
    String[] lines = text.split("\n", -1);

    assertThat(lines[0]).isEqualTo(HEADER);
    assertThat(text).endsWith("}\n").doesNotContain("\r");
    assertThat(lines).hasSize(1 + 4 + 4 + 6 + 1);
    assertThat(lines[1]).startsWith("{\"type\":\"organization\",\"id\":\"alphabet\",");
    assertThat(lines[5]).startsWith("{\"type\":\"technique\",\"id\":\"transformer\",");
    assertThat(lines[9]).startsWith("{\"type\":\"model\",\"id\":\"gpt-3\",");
    assertThat(lines[15]).isEmpty();
  }

  @Test
  void should_read_an_equal_catalog_when_the_rich_catalog_is_written_as_lines() {
    assertThat(json.readLines(new StringReader(lines(Fixtures.rich())))).isEqualTo(Fixtures.rich());
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void should_read_an_equal_catalog_when_an_edition_is_written_as_lines(Edition edition) {
    String text = lines(edition.catalog());

    assertThat(json.readLines(new StringReader(text))).isEqualTo(edition.catalog());
    assertThat(lines(json.readLines(new StringReader(text)))).isEqualTo(text);
  }

  @Test
  void should_write_and_read_the_same_catalog_when_a_file_is_used(@TempDir Path dir) {
    Path file = dir.resolve("catalog.jsonl");

    json.writeLines(Fixtures.rich(), file);

    assertThat(json.readLines(file)).isEqualTo(Fixtures.rich());
  }

  @Test
  void should_stream_ten_thousand_models_when_written_and_read_one_record_at_a_time(
      @TempDir Path dir) throws Exception {
    // GIVEN
    Catalog catalog = Fixtures.generated(10_000);
    Path file = dir.resolve("big.jsonl");

    // WHEN
    try (JsonLinesWriter out =
        json.linesWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      catalog.organizations().forEach(out::write);
      catalog.techniques().forEach(out::write);
      catalog.models().forEach(out::write);
    }

    // THEN
    int organizations = 0;
    int techniques = 0;
    int models = 0;
    int expectedLine = 2;
    try (JsonLinesReader in =
        json.linesReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      while (in.hasNext()) {
        JsonLinesRecord record = in.next();
        assertThat(record.line()).isEqualTo(expectedLine++);
        if (record instanceof JsonLinesRecord.OrganizationRecord o) {
          assertThat(o.organization())
              .isEqualTo(catalog.organizations().asList().get(organizations++));
        } else if (record instanceof JsonLinesRecord.TechniqueRecord t) {
          assertThat(t.technique()).isEqualTo(catalog.techniques().asList().get(techniques++));
        } else if (record instanceof JsonLinesRecord.ModelRecord m) {
          GenerativeModel expected = catalog.models().asList().get(models++);
          assertThat(m.model()).isEqualTo(expected);
          assertThat(m.id()).isEqualTo(expected.id());
          assertThat(m.type()).isEqualTo("model");
        }
      }
      assertThatThrownBy(in::next).isInstanceOf(NoSuchElementException.class);
    }
    assertThat(organizations).isEqualTo(200);
    assertThat(techniques).isEqualTo(1);
    assertThat(models).isEqualTo(10_000);
    assertThat(Files.readAllLines(file)).hasSize(1 + 200 + 1 + 10_000);
    assertThat(json.readLines(file)).isEqualTo(catalog);
  }

  @Test
  void should_read_records_lazily_when_the_input_is_longer_than_what_was_consumed() {
    StringBuilder text = new StringBuilder(HEADER).append('\n').append(OPENAI).append('\n');
    text.append(MODEL).append('\n').append("not json at all\n");

    try (JsonLinesReader in = json.linesReader(new StringReader(text.toString()))) {
      assertThat(in.next().id()).isEqualTo("openai");
      assertThat(in.next().id()).isEqualTo("m");
      CatalogFormatException e = catchThrowableOfType(CatalogFormatException.class, in::hasNext);
      assertThat(e.line()).isEqualTo(4);
      assertThat(in.hasNext()).isFalse();
    }
  }

  @Test
  void should_close_the_reader_and_writer_when_the_streams_are_closed() {
    boolean[] closed = {false, false};
    StringReader reader =
        new StringReader(HEADER + "\n") {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    StringWriter writer =
        new StringWriter() {
          @Override
          public void close() {
            closed[1] = true;
          }
        };

    json.linesReader(reader).close();
    json.linesWriter(writer).close();

    assertThat(closed).containsExactly(true, true);
    assertThat(writer.toString()).isEqualTo(HEADER + "\n");
  }

  @Test
  void should_accept_crlf_line_ends_and_type_anywhere_when_reading() {
    String text =
        HEADER
            + "\r\n"
            + "{\"id\":\"openai\",\"name\":\"OpenAI\",\"type\":\"organization\",\"kind\":\"company\"}\r\n"
            + MODEL
            + "\r\n";

    Catalog catalog = json.readLines(new StringReader(text));

    assertThat(catalog.organizations().ids()).containsExactly("openai");
    assertThat(catalog.models().ids()).containsExactly("m");
  }

  @Test
  void should_read_the_last_record_when_the_final_newline_is_missing() {
    Catalog catalog = json.readLines(new StringReader(HEADER + "\n" + OPENAI));

    assertThat(catalog.organizations().ids()).containsExactly("openai");
  }

  @Test
  void should_refuse_an_organization_when_written_after_a_model() {
    Catalog rich = Fixtures.rich();
    JsonLinesWriter out = json.linesWriter(new StringWriter());
    out.write(rich.get("gpt-3"));

    assertThatThrownBy(() -> out.write(rich.organizations().get("openai")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before the first model record");
    assertThatThrownBy(() -> out.write(rich.techniques().get("transformer")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void should_fail_at_the_line_when_the_input_is_empty() {
    CatalogFormatException e = failure("");

    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).startsWith("empty input: expected the header line");
  }

  @Test
  void should_fail_at_line_one_when_the_header_is_wrong() {
    CatalogFormatException kind =
        failure("{\"format\":\"genai-taxonomy/1\",\"kind\":\"records\"}\n");
    CatalogFormatException format =
        failure("{\"format\":\"genai-taxonomy/0\",\"kind\":\"header\"}\n");
    CatalogFormatException record = failure(OPENAI + "\n");

    assertThat(kind.line()).isEqualTo(1);
    assertThat(kind.jsonPath()).isEqualTo("$.kind");
    assertThat(kind.problem()).contains("expected the header line");
    assertThat(format.jsonPath()).isEqualTo("$.format");
    assertThat(format.problem()).contains("unsupported format 'genai-taxonomy/0'");
    assertThat(record.jsonPath()).isEqualTo("$.type");
    assertThat(record.problem()).startsWith("unknown key 'type' in a JSON Lines header");
  }

  @Test
  void should_fail_at_the_line_of_the_file_when_a_record_is_bad() {
    String text = HEADER + "\n" + OPENAI + "\n" + MODEL.replace("2022-04", "2022-13") + "\n";

    CatalogFormatException e = failure(text);

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(MODEL.indexOf("\"2022-04\"") + 1);
    assertThat(e.jsonPath()).isEqualTo("$.released");
    assertThat(e.getMessage()).startsWith("$.released (line 3, column ");
  }

  @Test
  void should_fail_at_the_line_when_a_line_is_blank() {
    CatalogFormatException e = failure(HEADER + "\n\n" + OPENAI + "\n");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).startsWith("blank line");
  }

  @Test
  void should_fail_at_the_line_when_a_line_holds_two_values() {
    CatalogFormatException e = failure(HEADER + "\n" + OPENAI + " {}\n");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).startsWith("trailing content on the line");
  }

  @Test
  void should_fail_at_the_line_when_a_record_spans_lines() {
    CatalogFormatException e =
        failure(HEADER + "\n{\"type\":\"organization\",\n\"id\":\"openai\"}\n");

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).startsWith("malformed JSON");
  }

  @Test
  void should_fail_at_the_line_when_the_type_is_missing_or_unknown() {
    CatalogFormatException missing = failure(HEADER + "\n{\"id\":\"openai\"}\n");
    CatalogFormatException unknown =
        failure(HEADER + "\n" + OPENAI.replace("organization", "person") + "\n");
    CatalogFormatException array = failure(HEADER + "\n[]\n");

    assertThat(missing.line()).isEqualTo(2);
    assertThat(missing.problem()).startsWith("missing required key 'type' in a record");
    assertThat(unknown.jsonPath()).isEqualTo("$.type");
    assertThat(unknown.problem()).startsWith("unknown record type 'person'");
    assertThat(array.problem()).startsWith("expected a record (a JSON object) but found an array");
  }

  @Test
  void should_fail_at_the_line_when_an_organization_follows_a_model() {
    CatalogFormatException e =
        failure(
            HEADER
                + "\n"
                + OPENAI
                + "\n"
                + MODEL
                + "\n"
                + OPENAI.replace("openai", "other")
                + "\n");

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.jsonPath()).isEqualTo("$.type");
    assertThat(e.problem())
        .isEqualTo(
            "an organization record must come before the model records, the first of which is on line 3");
  }

  @Test
  void should_fail_at_the_line_of_the_second_record_when_an_id_repeats() {
    CatalogFormatException e = failure(HEADER + "\n" + OPENAI + "\n" + OPENAI + "\n");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.jsonPath()).isEqualTo("$.id");
    assertThat(e.problem())
        .isEqualTo(
            "duplicate id 'openai': the organization reuses the id of the organization on line 2");
  }

  @Test
  void should_fail_at_the_reference_when_a_developer_is_dangling() {
    CatalogFormatException e =
        failure(
            HEADER + "\n" + OPENAI + "\n" + MODEL.replace("[\"openai\"]", "[\"open-ai\"]") + "\n");

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(MODEL.indexOf("\"openai\"") + 1);
    assertThat(e.jsonPath()).isEqualTo("$.developers[0]");
    assertThat(e.problem()).startsWith("unknown organization 'open-ai'");
  }

  @Test
  void should_fail_at_the_line_when_it_is_longer_than_the_maximum() {
    TaxonomyJson small = TaxonomyJson.builder().maxDocumentLength(100).build();
    String text = HEADER + "\n" + OPENAI + "\n" + MODEL + "\n";

    CatalogFormatException e =
        catchThrowableOfType(
            CatalogFormatException.class,
            () -> small.linesReader(new StringReader(text)).forEachRemaining(r -> {}));

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem())
        .isEqualTo("input limit exceeded: the line is longer than 100 characters");
  }

  @Test
  void should_fail_at_the_line_past_the_total_when_read_whole_and_longer_than_the_maximum() {
    String text = HEADER + "\n" + OPENAI + "\n";
    TaxonomyJson small = TaxonomyJson.builder().maxDocumentLength(text.length() - 1).build();

    CatalogFormatException e =
        catchThrowableOfType(
            CatalogFormatException.class, () -> small.readLines(new StringReader(text)));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem())
        .startsWith(
            "input limit exceeded: the input is longer than "
                + (text.length() - 1)
                + " characters");
    assertThat(
            TaxonomyJson.builder()
                .maxDocumentLength(text.length())
                .build()
                .readLines(new StringReader(text))
                .organizations()
                .ids())
        .containsExactly("openai");
  }

  @Test
  void should_hold_every_line_when_written_through_a_buffered_writer(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("rich.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      json.writeLines(Fixtures.rich(), out);
    }
    List<String> read = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      in.lines().forEach(read::add);
    }

    assertThat(String.join("\n", read) + "\n").isEqualTo(lines(Fixtures.rich()));
  }
}
