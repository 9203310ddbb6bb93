package io.github.genaitaxonomy.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.json.CatalogFormatException;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The decoder's scalar readings and messages, one value at a time, at their boundaries. */
class DecoderTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Reads {@code json}, a single value, with {@code read}. */
  private static <T> T read(String json, Function<Decoder, T> read) {
    try (JsonParser p = MAPPER.createParser(json)) {
      p.nextToken();
      return read.apply(new Decoder(p, false, 0));
    }
  }

  private static CatalogFormatException failure(String json, Function<Decoder, ?> read) {
    try (JsonParser p = MAPPER.createParser(json)) {
      p.nextToken();
      Decoder d = new Decoder(p, false, 2);
      return catchThrowableOfType(CatalogFormatException.class, () -> read.apply(d));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2022-01, 2022, 1",
    "2022-09, 2022, 9",
    "2022-10, 2022, 10",
    "2022-12, 2022, 12",
    "0000-01, 0, 1",
    "9999-12, 9999, 12",
  })
  void should_read_the_month_when_it_is_yyyy_mm(String text, int year, int month) {
    assertThat(read("\"" + text + "\"", Decoder::month)).isEqualTo(YearMonth.of(year, month));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-00", "2022-13", "2022-20", "2022-1", "2022-010", "2022/01", "2022--1", "202-01",
        "/022-01", ":022-01", "2/22-01", "2:22-01", "20/2-01", "20:2-01", "202/-01", "202:-01",
        "2022-/1", "2022-:1", "2022-0/", "2022-0:", "2022-1/", "2022-1:", "2022-2 ", "",
      })
  void should_name_the_expected_form_when_a_month_is_not_yyyy_mm(String text) {
    CatalogFormatException e = failure("\"" + text + "\"", Decoder::month);

    assertThat(e).isNotNull();
    assertThat(e.problem())
        .isEqualTo("expected a month 'YYYY-MM' (01 to 12) but was '" + text + "'");
    assertThat(e.line()).as("moved down by the line offset").isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2015, 9999})
  void should_read_the_year_when_it_is_from_0_to_9999(int year) {
    assertThat(read(Integer.toString(year), Decoder::year)).isEqualTo(Year.of(year));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "10000", "2015.5", "2015.0", "3000000000", "\"2015\"", "null"})
  void should_name_the_range_when_a_year_is_not_a_whole_number_from_0_to_9999(String json) {
    CatalogFormatException e = failure(json, Decoder::year);

    assertThat(e).isNotNull();
    assertThat(e.problem())
        .startsWith("expected a year (a whole number from 0 to 9999) but found ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0", "5500000000", "61.70", "1e3", "-2", "123456789012345678901234567890.5"})
  void should_read_the_amount_as_written_when_it_is_a_number(String json) {
    assertThat(read(json, Decoder::amount)).isEqualByComparingTo(new BigDecimal(json));
    assertThat(read(json, Decoder::amount).scale()).isEqualTo(new BigDecimal(json).scale());
  }

  @Test
  void should_name_what_was_found_when_a_value_has_the_wrong_type() {
    List<String> found = new ArrayList<>();
    try (JsonParser p = MAPPER.createParser("[{}, [], \"s\", 1, 1.5, true, false, null]")) {
      Decoder d = new Decoder(p, false, 0);
      found.add(d.found());
      while (p.nextToken() != null) {
        found.add(d.found());
      }
      found.add(d.found());
    }

    assertThat(found)
        .containsExactly(
            "the end of the input",
            "an array",
            "an object",
            "the end of an object",
            "an array",
            "the end of an array",
            "the string 's'",
            "the number 1",
            "the number 1.5",
            "true",
            "false",
            "null",
            "the end of an array",
            "the end of the input");
  }

  @Test
  void should_show_60_characters_and_an_ellipsis_when_a_value_is_longer() {
    String sixty = "x".repeat(60);

    assertThat(Decoder.quote(sixty)).isEqualTo("'" + sixty + "'");
    assertThat(Decoder.quote(sixty + "yz")).isEqualTo("'" + sixty + "...'");
    assertThat(failure("\"" + sixty + "y\"", Decoder::month).problem()).endsWith(sixty + "...'");
  }

  @Test
  void should_say_where_and_what_when_a_string_is_expected_at_the_end_of_the_input() {
    try (JsonParser p = MAPPER.createParser("")) {
      Decoder d = new Decoder(p, false, 4);

      assertThatThrownBy(d::string)
          .isInstanceOfSatisfying(
              CatalogFormatException.class,
              e -> {
                assertThat(e.problem())
                    .isEqualTo("expected a string but found the end of the input");
                assertThat(e.jsonPath()).isEqualTo("$");
                assertThat(e.line()).isEqualTo(5);
              });
      assertThat(d.lineOffset()).isEqualTo(4);
      assertThat(d.ignoresUnknownKeys()).isFalse();
      assertThat(new Decoder(p, true, 0).ignoresUnknownKeys()).isTrue();
    }
  }

  @Test
  void should_name_the_key_when_the_parser_finds_it_repeated() {
    JsonMapper strict =
        JsonMapper.builder(
                JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .build();
    try (JsonParser p = strict.createParser("{\"a\": 1,\n \"a\": 2}")) {
      Decoder d = new Decoder(p, false, 0);

      assertThatThrownBy(
              () -> {
                try {
                  while (p.nextToken() != null) {
                    // read on to the repeated key
                  }
                } catch (JacksonException e) {
                  throw ParserFailures.located(d, e);
                }
              })
          .isInstanceOfSatisfying(
              CatalogFormatException.class,
              e -> {
                assertThat(e.problem()).isEqualTo("duplicate key 'a'");
                assertThat(e.jsonPath()).isEqualTo("$.a");
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.column()).as("the key, not the colon after it").isEqualTo(2);
              });
    }
  }

  @Test
  void should_reject_an_empty_list_only_when_one_is_required() {
    Function<Decoder, List<Modality>> optional = d -> Choice.MODALITY.distinct(d, false);
    Function<Decoder, List<Modality>> required = d -> Choice.MODALITY.distinct(d, true);

    assertThat(read("[]", optional)).isEmpty();
    assertThat(read("[\"text\", \"image\"]", required))
        .containsExactly(Modality.TEXT, Modality.IMAGE);
    assertThat(failure("[]", required).problem())
        .isEqualTo("expected at least one modality but the array is empty");
    assertThat(failure("\"text\"", required).problem())
        .isEqualTo("expected an array of modality ids but found the string 'text'");
  }
}
