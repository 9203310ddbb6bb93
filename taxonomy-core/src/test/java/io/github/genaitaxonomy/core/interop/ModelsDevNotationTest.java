package io.github.genaitaxonomy.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.NotationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsDevNotationTest {

  @Test
  void should_read_pdf_as_text_when_it_is_among_the_inputs() {
    assertThat(ModelsDevNotation.parse(List.of("text", "image", "pdf"), List.of("text")))
        .isEqualTo(ModalitySignature.parse("text+image->text"));
  }

  @Test
  void should_file_an_image_generator_under_text_to_image_when_it_also_lists_text_output() {
    assertThat(
            ModelsDevNotation.classify(List.of("text", "image"), List.of("text", "image"))
                .surveyCategory())
        .isEqualTo(Category.TEXT_TO_IMAGE);
  }

  @Test
  void should_report_no_data_when_a_list_is_empty() {
    NotationResult result = ModelsDevNotation.read(List.of("text"), List.of());
    assertThat(result.kind()).isEqualTo(NotationResult.Kind.NO_DATA);
    assertThat(result.signature()).isEmpty();
    assertThatThrownBy(() -> ModelsDevNotation.parse(List.of(), List.of("text")))
        .isInstanceOf(NotationException.class)
        .hasMessageContaining("the input list is empty");
  }

  @Test
  void should_name_position_and_token_when_a_token_is_unknown() {
    NotationResult result = ModelsDevNotation.read(List.of("text", "pdf"), List.of("text", "tex"));
    assertThat(result.kind()).isEqualTo(NotationResult.Kind.MALFORMED);
    assertThat(result.input())
        .isEqualTo("input = [\"text\", \"pdf\"], output = [\"text\", \"tex\"]");
    assertThat(result.token()).isEqualTo("tex");
    assertThat(result.input().startsWith("tex\"]", result.position())).isTrue();
    assertThatThrownBy(() -> ModelsDevNotation.parse(List.of("Text"), List.of("text")))
        .isInstanceOfSatisfying(
            NotationException.class,
            e -> {
              assertThat(e.position()).isEqualTo(10);
              assertThat(e.token()).isEqualTo("Text");
              assertThat(e.problem()).startsWith("unknown models.dev modality");
            });
  }

  @Test
  void should_refuse_a_repeated_token_when_a_list_holds_it_twice() {
    NotationResult result = ModelsDevNotation.read(List.of("text", "text"), List.of("text"));
    assertThat(result.kind()).isEqualTo(NotationResult.Kind.MALFORMED);
    assertThat(result.position()).isEqualTo(18);
    assertThat(result.problem()).isEqualTo("duplicate input modality");
  }

  @Test
  void should_tell_the_kinds_apart_when_values_are_read_without_throwing() {
    assertThat(EcosystemGraphsNotation.read("text (English)").kind())
        .isEqualTo(NotationResult.Kind.DIRECTION_UNKNOWN);
    assertThat(EcosystemGraphsNotation.read("code").kind())
        .isEqualTo(NotationResult.Kind.DIRECTION_UNKNOWN);
    assertThat(EcosystemGraphsNotation.read("unknown").kind())
        .isEqualTo(NotationResult.Kind.NO_DATA);
    assertThat(EcosystemGraphsNotation.read("").kind()).isEqualTo(NotationResult.Kind.NO_DATA);
    assertThat(EcosystemGraphsNotation.read("text; depth maps").kind())
        .isEqualTo(NotationResult.Kind.NOT_GENERATIVE);
    assertThat(EcosystemGraphsNotation.read("text; code (Python)").signature())
        .contains(ModalitySignature.parse("text->code"));
    assertThat(OpenRouterNotation.read("text->rerank").kind())
        .isEqualTo(NotationResult.Kind.NOT_GENERATIVE);
    assertThat(OpenRouterNotation.read("").kind()).isEqualTo(NotationResult.Kind.NO_DATA);
    assertThat(OpenRouterNotation.read("text+pdf->text").signature())
        .contains(ModalitySignature.parse("text->text"));
    NotationResult malformed = OpenRouterNotation.read("text->imag");
    assertThat(malformed.kind()).isEqualTo(NotationResult.Kind.MALFORMED);
    assertThat(malformed.position()).isEqualTo(6);
    assertThat(malformed.token()).isEqualTo("imag");
  }

  @Test
  void should_be_equal_when_all_attributes_are() {
    new EqualsTester()
        .addEqualityGroup(
            OpenRouterNotation.read("text->text"), OpenRouterNotation.read("text->text"))
        .addEqualityGroup(OpenRouterNotation.read("text->image"))
        .addEqualityGroup(OpenRouterNotation.read("text->imag"))
        .testEquals();
  }
}
