package io.github.genaitaxonomy.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** The key tables of the format, JSON paths, and the month form the encoder writes. */
class KeysAndPathsTest {

  @Test
  void should_mark_required_keys_by_their_bang_when_keys_are_declared() {
    Keys keys = Keys.of("a thing", "id!", "note", "name!");

    assertThat(keys.what()).isEqualTo("a thing");
    assertThat(keys.names()).containsExactly("id", "note", "name");
    assertThat(keys.required()).containsExactly("id", "name");
    assertThat(keys.indexOf("id")).isZero();
    assertThat(keys.indexOf("name")).isEqualTo(2);
    assertThat(keys.indexOf("name!")).isEqualTo(-1);
    assertThat(keys.contains("note")).isTrue();
    assertThat(keys.contains("type")).isFalse();
    assertThat(keys.keyOf("note")).isEqualTo("note");
  }

  @Test
  void should_match_keys_by_content_when_the_name_is_not_the_declared_instance() {
    Keys keys = Keys.of("a thing", "id!", "note", "a-long-key-of-more-than-sixteen-bytes");

    assertThat(keys.indexOf(new String(new char[] {'n', 'o', 't', 'e'}))).isEqualTo(1);
    assertThat(keys.indexOf("a-long-key-of-more-than-sixteen-" + "bytes".trim())).isEqualTo(2);
    assertThat(keys.indexOf("Note")).isEqualTo(-1);
    assertThat(keys.indexOf("")).isEqualTo(-1);
  }

  @Test
  void should_give_each_key_its_position_when_the_parser_matches_it() {
    Keys keys = Keys.of("a thing", "id!", "note", "a-long-key-of-more-than-sixteen-bytes");
    String json = "{\"a-long-key-of-more-than-sixteen-bytes\":1,\"note\":2,\"id\":3,\"x\":4}";
    // From bytes, as the catalog is read: the parser matches the key's bytes, not a string.
    try (JsonParser p =
        JsonMapper.builder().build().createParser(json.getBytes(StandardCharsets.UTF_8))) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      List<Integer> matched = new ArrayList<>();
      for (int i = p.nextNameMatch(keys.matcher()); i != -1; i = p.nextNameMatch(keys.matcher())) {
        matched.add(i);
        p.nextToken();
      }
      assertThat(matched).containsExactly(2, 1, 0, -2);
    }
  }

  @Test
  void should_add_an_optional_key_when_plus_is_called() {
    Keys keys = Keys.of("a thing", "id!").plus("type");

    assertThat(keys.what()).isEqualTo("a thing");
    assertThat(keys.names()).containsExactly("id", "type");
    assertThat(keys.required()).containsExactly("id");
    assertThat(keys.indexOf("type")).isEqualTo(1);
  }

  @Test
  void should_map_a_renamed_attribute_to_its_key_when_a_model_is_read() {
    Keys model = EntityFields.MODEL.keys();
    Keys record = EntityFields.MODEL.recordKeys();

    assertThat(model.keyOf("surveyCategory")).isEqualTo("category");
    assertThat(record.keyOf("surveyCategory")).isEqualTo("category");
    assertThat(record.indexOf("type")).isEqualTo(model.names().size());
  }

  @Test
  void should_hold_any_number_of_keys_when_more_than_a_long_has_bits() {
    String[] specs = new String[100];
    for (int i = 0; i < specs.length; i++) {
      specs[i] = "k" + i + (i % 2 == 0 ? "!" : "");
    }

    Keys keys = Keys.of("many", specs);

    assertThat(keys.names()).hasSize(100);
    assertThat(keys.required()).hasSize(50).contains("k98");
    assertThat(keys.indexOf("k99")).isEqualTo(99);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a | .a",
        "z | .z",
        "A | .A",
        "Z | .Z",
        "_ | ._",
        "a0 | .a0",
        "a9 | .a9",
        "a_Z | .a_Z",
        "0a | ['0a']",
        "9 | ['9']",
        "@ | ['@']",
        "[ | ['[']",
        "` | ['`']",
        "{ | ['{']",
        "a/ | ['a/']",
        "a: | ['a:']",
        "a-b | ['a-b']",
        "na me | ['na me']",
        "it's | ['it\\'s']",
        "a\\b | ['a\\\\b']",
      })
  void should_write_a_member_in_dot_or_bracket_form(String name, String member) {
    assertThat(JsonPaths.member(name)).isEqualTo(member);
  }

  @Test
  void should_write_brackets_when_a_member_name_is_empty() {
    assertThat(JsonPaths.member("")).isEqualTo("['']");
  }

  @Test
  void should_give_the_path_of_every_value_when_a_document_is_walked() {
    List<String> paths = new ArrayList<>();
    JsonMapper mapper = JsonMapper.builder().build();
    try (JsonParser p = mapper.createParser("{\"a\": [{\"b c\": 1}, [2]], \"d\": {}}")) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isScalarValue() || t.isStructStart()) {
          paths.add(JsonPaths.of(p.streamReadContext()));
        }
      }
    }

    assertThat(paths)
        .containsExactly("$", "$.a", "$.a[0]", "$.a[0]['b c']", "$.a[1]", "$.a[1][0]", "$.d");
    assertThat(JsonPaths.of(null)).isEqualTo("$");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2022, 9999})
  void should_write_the_month_when_its_year_fits_the_format(int year) {
    assertThat(Encoder.month(YearMonth.of(year, 4))).isEqualTo(String.format("%04d-04", year));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10000})
  void should_refuse_a_month_when_its_year_does_not_fit_the_format(int year) {
    assertThatThrownBy(() -> Encoder.month(YearMonth.of(year, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "The genai-taxonomy/1 format holds months of the years 0 to 9999, not ");
  }
}
