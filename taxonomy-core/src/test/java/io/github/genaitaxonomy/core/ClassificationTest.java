package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "text->image, text-to-image",
    "text->3d, text-to-3d",
    "text+image+video->text, image-to-text",
    "image->text, image-to-text",
    "text->video, text-to-video",
    "text->music, text-to-audio",
    "text->speech, text-to-audio",
    "audio->audio, other",
    "speech->text, other",
    "video->audio, other",
    "brain-signals->text, other",
    "text->text, text-to-text",
    "text->code, text-to-code",
    "text->text+code, text-to-text",
    "text+code->code, text-to-code",
    "text+image->text+image, text-to-image",
    "text+image->video+audio, text-to-video",
    "text+image->text+music, text-to-audio",
    "image->image, other",
    "image->3d, other",
    "text+audio->text, other",
    "text+video->text, image-to-text",
    "text+image->code, text-to-code",
    "text+image->scientific-text, text-to-science",
    "text+image+action->text+action, other",
    "text->scientific-text, text-to-science",
    "text+image->action, other",
    "text->motion, other",
    "text+image->image, text-to-image",
    "->image, other",
  })
  void should_file_a_signature_under_the_survey_category_its_pairs_fit(
      String signature, String category) {
    assertThat(Classification.of(ModalitySignature.parse(signature)).surveyCategory().id())
        .isEqualTo(category);
  }

  @Test
  void should_list_the_exact_category_of_every_pair() {
    Classification flamingo = Classification.of(ModalitySignature.parse("text+image+video->text"));
    assertThat(flamingo.pairCategories())
        .extracting(Category::id)
        .containsExactly("text-to-text", "image-to-text", "video-to-text");
    assertThat(flamingo.exact()).isEmpty();

    Classification whisper = Classification.of(ModalitySignature.parse("speech->text"));
    assertThat(whisper.exact()).map(Category::id).contains("speech-to-text");
  }

  @Test
  void should_be_equal_by_value() {
    new EqualsTester()
        .addEqualityGroup(
            Classification.of(ModalitySignature.parse("text->image")),
            Classification.of(ModalitySignature.parse("text->image")))
        .addEqualityGroup(Classification.of(ModalitySignature.parse("text->text")))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Classification.class);
  }

  @ParameterizedTest
  @CsvSource({
    "speech->text, speech->text, other",
    "text+image->text+image, text->image, text-to-image",
    "text+image+video->text, image->text, image-to-text",
    "text->text+code, text->text, text-to-text",
    "text+image+action->text+action, text->action, other",
  })
  void should_name_the_pair_that_decided_when_a_signature_is_classified(
      String signature, String pair, String category) {
    Classification classification = Classification.of(ModalitySignature.parse(signature));

    assertThat(classification.decidingPair()).contains(ModalityPair.parse(pair));
    assertThat(classification.surveyCategory().id()).isEqualTo(category);
  }

  @Test
  void should_have_no_deciding_pair_when_the_generator_is_unconditional() {
    assertThat(Classification.of(ModalitySignature.parse("->image")).decidingPair()).isEmpty();
  }
}
