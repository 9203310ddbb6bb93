package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModalitySignatureTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text->image",
        "text+image+video->text",
        "brain-signals->speech",
        "text+action->action",
        "text->3d",
        "image->text+code",
        "->image"
      })
  void should_parse_back_to_an_equal_value_when_the_text_is_canonical(String text) {
    ModalitySignature signature = ModalitySignature.parse(text);
    assertThat(signature).hasToString(text);
    assertThat(ModalitySignature.parse(signature.toString())).isEqualTo(signature);
  }

  @Test
  void should_order_modalities_canonically_when_given_in_another_order() {
    ModalitySignature signature =
        ModalitySignature.of(
            List.of(Modality.VIDEO, Modality.TEXT, Modality.IMAGE), List.of(Modality.TEXT));
    assertThat(signature).hasToString("text+image+video->text");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|0|''|empty",
        "text|4|''|missing '->'",
        "text->|6|''|at least one output",
        "text->imag|6|imag|unknown modality",
        "Text->image|0|Text|lower case",
        "text+text->image|5|text|duplicate input",
        "text->image+image|12|image|duplicate output",
        "text ->image|0|'text '|whitespace",
        "text+->image|5|''|expected a modality id",
        "text->image->video|11|->|more than one",
      })
  void should_name_position_and_token_when_the_text_is_malformed(
      String text, int position, String token, String problem) {
    assertThatThrownBy(() -> ModalitySignature.parse(text))
        .isInstanceOfSatisfying(
            NotationException.class,
            e -> {
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.token()).isEqualTo(token);
              assertThat(e.notation()).isEqualTo("arrow");
              assertThat(e.input()).isEqualTo(text);
              assertThat(e)
                  .hasMessageContaining(problem)
                  .hasMessageContaining("position " + position);
            });
  }

  @Test
  void should_name_the_attribute_when_there_is_no_output() {
    assertThatThrownBy(() -> ModalitySignature.builder().addInputs(Modality.TEXT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ModalitySignature.outputs");
    assertThat(ModalitySignature.builder().addOutputs(Modality.IMAGE).build())
        .as("an unconditional generator has no inputs")
        .hasToString("->image");
  }

  @Test
  void should_list_pairs_and_expose_a_single_pair() {
    ModalitySignature flamingo = ModalitySignature.parse("text+image->text");
    assertThat(flamingo.pairs())
        .extracting(Object::toString)
        .containsExactly("text->text", "image->text");
    assertThat(flamingo.asPair()).isEmpty();
    assertThat(ModalitySignature.parse("text->image").asPair())
        .contains(ModalityPair.of(Modality.TEXT, Modality.IMAGE));
  }

  @Test
  void should_be_equal_when_inputs_and_outputs_are_equal() {
    new EqualsTester()
        .addEqualityGroup(
            ModalitySignature.parse("text+image->text"),
            ModalitySignature.of(List.of(Modality.IMAGE, Modality.TEXT), List.of(Modality.TEXT)))
        .addEqualityGroup(ModalitySignature.parse("text->text"))
        .addEqualityGroup(ModalitySignature.parse("text->text+image"))
        .testEquals();
  }

  @Test
  void should_reject_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(ModalitySignature.class);
    new NullPointerTester().testAllPublicInstanceMethods(ModalitySignature.parse("text->text"));
  }
}
