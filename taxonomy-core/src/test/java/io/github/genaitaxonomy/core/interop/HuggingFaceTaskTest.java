package io.github.genaitaxonomy.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.ModalitySignature;
import org.junit.jupiter.api.Test;

class HuggingFaceTaskTest {

  private static HuggingFaceTask.Builder textToImage() {
    HuggingFaceTask.Builder builder = HuggingFaceTask.builder();
    builder
        .tag("text-to-image")
        .huggingFaceName("Text-to-Image")
        .huggingFaceModality("cv")
        .generative(true)
        .signature(ModalitySignature.parse("text->image"))
        .note("A generated image.");
    return builder;
  }

  @Test
  void should_classify_its_signature_when_it_has_one() {
    assertThat(textToImage().build().classification())
        .hasValueSatisfying(c -> assertThat(c.surveyCategory()).isEqualTo(Category.TEXT_TO_IMAGE));
    assertThat(textToImage().signature(java.util.Optional.empty()).build().classification())
        .isEmpty();
  }

  @Test
  void should_name_type_and_attribute_when_an_invariant_fails() {
    assertThatThrownBy(() -> textToImage().generative(false).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "HuggingFaceTask.signature must be absent when generative is false, but was"
                + " 'text->image' for tag 'text-to-image'");
    assertThatThrownBy(() -> textToImage().tag("Text To Image").build())
        .hasMessageContaining("HuggingFaceTask.tag must be kebab-case");
    assertThatThrownBy(() -> textToImage().huggingFaceModality("CV").build())
        .hasMessageContaining("HuggingFaceTask.huggingFaceModality must be kebab-case");
    assertThatThrownBy(() -> textToImage().huggingFaceName(" ").build())
        .hasMessageContaining("HuggingFaceTask.huggingFaceName must not be blank");
    assertThatThrownBy(() -> textToImage().note("").build())
        .hasMessageContaining("HuggingFaceTask.note must not be blank");
  }

  @Test
  void should_be_equal_when_every_attribute_is_equal() {
    new EqualsTester()
        .addEqualityGroup(
            textToImage().build(), textToImage().build(), HuggingFaceTasks.get("text-to-image"))
        .addEqualityGroup(textToImage().tag("text-to-picture").build())
        .addEqualityGroup(textToImage().huggingFaceName("Text to Image").build())
        .addEqualityGroup(textToImage().huggingFaceModality("multimodal").build())
        .addEqualityGroup(textToImage().signature(ModalitySignature.parse("text->video")).build())
        .addEqualityGroup(textToImage().signature(java.util.Optional.empty()).build())
        .addEqualityGroup(
            textToImage().generative(false).signature(java.util.Optional.empty()).build())
        .addEqualityGroup(textToImage().note("Another note.").build())
        .testEquals();
  }

  @Test
  void should_reject_nulls_when_a_public_method_is_given_null() {
    new NullPointerTester().testAllPublicStaticMethods(HuggingFaceTask.class);
    new NullPointerTester().testAllPublicInstanceMethods(textToImage().build());
    new NullPointerTester().testAllPublicInstanceMethods(textToImage());
  }
}
