package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityParserTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "7B parameters (dense)|7000000000 parameters",
        "4.3B parameters|4300000000 parameters",
        "1.2T tokens|1200000000000 tokens",
        "570 GB|570000000000 bytes",
        "175 billion|175000000000 parameters",
        "1,000,000 images|1000000 images",
        "13B|13000000000 parameters",
        "1 parameter|1 parameters",
      })
  void should_read_the_size_when_it_is_in_the_grammar(String text, String expected) {
    assertThat(QuantityParser.parse(text, Unit.PARAMETERS))
        .hasValueSatisfying(q -> assertThat(q.toString()).isEqualTo(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown", "Unknown", "", "  ", "n/a", "-"})
  void should_be_empty_when_the_text_says_the_size_is_unknown(String text) {
    assertThat(QuantityParser.parse(text, Unit.PARAMETERS)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"about 7B", "7 zillion", "7B lemons", "7B, 13B", "7GB tokens", "1e9"})
  void should_raise_a_notation_exception_when_the_text_is_outside_the_grammar(String text) {
    assertThatThrownBy(() -> QuantityParser.parse(text, Unit.PARAMETERS))
        .isInstanceOf(NotationException.class)
        .hasMessageContaining("quantity")
        .hasMessageContaining(text);
  }

  @org.junit.jupiter.api.Test
  void should_name_the_position_when_the_unit_is_unknown() {
    assertThatThrownBy(() -> QuantityParser.parse("7B lemons", Unit.PARAMETERS))
        .isInstanceOfSatisfying(
            NotationException.class, e -> assertThat(e.position()).isEqualTo(3));
  }
}
