package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ModalityPairTest {

  @Test
  void should_parse_its_canonical_form() {
    ModalityPair pair = ModalityPair.parse("text->3d");
    assertThat(pair.input()).isEqualTo(Modality.TEXT);
    assertThat(pair.output()).isEqualTo(Modality.THREE_D);
    assertThat(pair).hasToString("text->3d");
    assertThat(pair.asSignature()).hasToString("text->3d");
  }

  @Test
  void should_reject_more_than_one_input_or_output_with_the_position() {
    assertThatThrownBy(() -> ModalityPair.parse("text+image->text"))
        .isInstanceOfSatisfying(NotationException.class, e -> assertThat(e.position()).isEqualTo(4))
        .hasMessageContaining("exactly one input");
    assertThatThrownBy(() -> ModalityPair.parse("text->text+code"))
        .isInstanceOfSatisfying(
            NotationException.class, e -> assertThat(e.position()).isEqualTo(10))
        .hasMessageContaining("exactly one output");
  }

  @Test
  void should_name_position_zero_when_the_pair_has_no_input() {
    assertThatThrownBy(() -> ModalityPair.parse("->image"))
        .isInstanceOfSatisfying(
            NotationException.class,
            e -> {
              assertThat(e.position()).isZero();
              assertThat(e.token()).isEmpty();
            })
        .hasMessageContaining("exactly one input, found none");
  }

  @Test
  void should_map_to_survey_terms() {
    assertThat(ModalityPair.parse("speech->text").toSurveyTerms())
        .isEqualTo(ModalityPair.parse("audio->text"));
  }

  @Test
  void should_be_equal_when_input_and_output_are_equal() {
    new EqualsTester()
        .addEqualityGroup(
            ModalityPair.of(Modality.TEXT, Modality.IMAGE), ModalityPair.parse("text->image"))
        .addEqualityGroup(ModalityPair.of(Modality.IMAGE, Modality.TEXT))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(ModalityPair.class);
  }
}
