package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.genaitaxonomy.core.Catalog;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSON Lines at the edges: lines as long as the limit and one longer, line ends of both kinds,
 * input arriving in chunks of any size, and what may follow a header or record on its line.
 */
class JsonLinesBoundariesTest {
  private static final Catalog RICH = Fixtures.rich();
  private static final String HEADER = "{\"format\":\"genai-taxonomy/1\",\"kind\":\"header\"}";
  private static final String OPENAI =
      "{\"type\":\"organization\",\"id\":\"openai\",\"name\":\"OpenAI\",\"kind\":\"company\"}";

  private static String lines(Catalog catalog) {
    StringWriter out = new StringWriter();
    TaxonomyJson.defaults().writeLines(catalog, out);
    return out.toString();
  }

  /** A reader that gives at most {@code chunk} characters a read, as slow streams do. */
  private static Reader chunked(String text, int chunk) {
    return new StringReader(text) {
      @Override
      public int read(char[] buffer, int offset, int length) throws java.io.IOException {
        return super.read(buffer, offset, Math.min(length, chunk));
      }
    };
  }

  private static CatalogFormatException failure(TaxonomyJson json, Reader in) {
    CatalogFormatException e =
        catchThrowableOfType(CatalogFormatException.class, () -> json.readLines(in));
    assertThat(e).as("expected a CatalogFormatException").isNotNull();
    return e;
  }

  /** The ids of the records, read one at a time: the line limit without the total of readLines. */
  private static List<String> streamed(TaxonomyJson json, Reader in) {
    List<String> ids = new ArrayList<>();
    try (JsonLinesReader records = json.linesReader(in)) {
      records.forEachRemaining(r -> ids.add(r.type() + " " + r.id()));
    }
    return ids;
  }

  private static CatalogFormatException streamingFailure(TaxonomyJson json, Reader in) {
    CatalogFormatException e =
        catchThrowableOfType(CatalogFormatException.class, () -> streamed(json, in));
    assertThat(e).as("expected a CatalogFormatException").isNotNull();
    return e;
  }

  static Stream<Arguments> layouts() {
    return Stream.of("\n", "\r\n")
        .flatMap(
            end ->
                Stream.of(1, 2, 3, 7, 64, 8192, 1 << 16)
                    .map(chunk -> Arguments.of(end.equals("\n") ? "LF" : "CRLF", chunk)));
  }

  @ParameterizedTest(name = "{0}, {1} characters a read")
  @MethodSource("layouts")
  void should_accept_lines_as_long_as_the_limit_and_refuse_one_character_more(
      String ends, int chunk) {
    String lf = lines(RICH);
    String text = ends.equals("LF") ? lf : lf.replace("\n", "\r\n");
    String[] lines = lf.split("\n");
    String longest =
        Arrays.stream(lines).max(Comparator.comparingInt(String::length)).orElseThrow();
    int longestLine = Arrays.asList(lines).indexOf(longest) + 1;
    TaxonomyJson fits = TaxonomyJson.builder().maxDocumentLength(longest.length()).build();
    TaxonomyJson tooSmall = TaxonomyJson.builder().maxDocumentLength(longest.length() - 1).build();

    assertThat(streamed(fits, chunked(text, chunk)))
        .isEqualTo(streamed(TaxonomyJson.defaults(), new StringReader(lf)))
        .hasSize(lines.length - 1);
    CatalogFormatException e = streamingFailure(tooSmall, chunked(text, chunk));
    assertThat(e.problem())
        .isEqualTo(
            "input limit exceeded: the line is longer than "
                + (longest.length() - 1)
                + " characters");
    assertThat(e.line()).isEqualTo(longestLine);
    assertThat(e.column()).isEqualTo(longest.length());
  }

  @ParameterizedTest(name = "{0} characters a read")
  @ValueSource(ints = {1, 5, 8192})
  void should_read_the_last_line_when_it_has_no_line_end(int chunk) {
    String text = HEADER + "\r\n" + OPENAI;
    TaxonomyJson fits = TaxonomyJson.builder().maxDocumentLength(OPENAI.length()).build();

    assertThat(streamed(fits, chunked(text, chunk))).containsExactly("organization openai");
    assertThat(streamed(fits, chunked(text + "\r", chunk))).containsExactly("organization openai");
  }

  @ParameterizedTest(name = "{0} characters a read")
  @ValueSource(ints = {1, 5, 8192})
  void should_count_lines_when_input_arrives_in_chunks(int chunk) {
    String text =
        HEADER
            + "\n"
            + OPENAI
            + "\n"
            + OPENAI.replace("\"openai\"", "\"x\"").replace("company", "firm")
            + "\n";

    CatalogFormatException e = failure(TaxonomyJson.defaults(), chunked(text, chunk));

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.jsonPath()).isEqualTo("$.kind");
  }

  @ParameterizedTest(name = "{0} characters a read")
  @ValueSource(ints = {1, 2, 8192})
  void should_fail_at_the_blank_line_when_input_arrives_in_chunks(int chunk) {
    CatalogFormatException e =
        failure(TaxonomyJson.defaults(), chunked(HEADER + "\n\n" + OPENAI + "\n", chunk));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("blank line: expected a record (a JSON object)");
  }

  @Test
  void should_give_type_id_and_line_when_records_are_read_one_at_a_time() {
    List<String> seen = new ArrayList<>();
    try (JsonLinesReader records =
        TaxonomyJson.defaults().linesReader(new StringReader(lines(RICH)))) {
      while (records.hasNext()) {
        JsonLinesRecord record = records.next();
        seen.add(record.type() + " " + record.id() + " " + record.line());
      }
    }

    assertThat(seen)
        .hasSize(14)
        .startsWith("organization alphabet 2", "organization deepmind 3")
        .contains("technique transformer 6", "model gpt-3 10");
  }

  static Stream<Arguments> afterValues() {
    String records = HEADER + "\n" + OPENAI + "\n";
    String longNumber = "1".repeat(TaxonomyJson.MAX_NUMBER_LENGTH + 1);
    return Stream.of(
        Arguments.of("header, then garbage", HEADER + " x\n", 1, "trailing content on the line: "),
        Arguments.of(
            "header, then a value",
            HEADER + " 1\n",
            1,
            "trailing content on the line: one JSON object per line, but found the number 1"),
        Arguments.of(
            "header, then a long number",
            HEADER + " " + longNumber + "\n",
            1,
            "input limit exceeded"),
        Arguments.of(
            "record, then garbage",
            records + OPENAI.replace("openai", "x") + " x\n",
            3,
            "trailing content on the line: "),
        Arguments.of(
            "record, then a long number",
            records + OPENAI.replace("openai", "x") + " " + longNumber + "\n",
            3,
            "input limit exceeded"),
        Arguments.of(
            "header without kind",
            "{\"format\":\"genai-taxonomy/1\"}\n",
            1,
            "missing required key 'kind' in a JSON Lines header"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("afterValues")
  void should_fail_at_the_line_when_a_header_or_record_is_incomplete_or_followed_by_more(
      String name, String text, int line, String problem) {
    CatalogFormatException e = failure(TaxonomyJson.defaults(), new StringReader(text));

    assertThat(e.line()).as(name).isEqualTo(line);
    assertThat(e.problem()).as(name).startsWith(problem);
  }
}
