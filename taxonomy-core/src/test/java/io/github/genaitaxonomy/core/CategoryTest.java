package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryTest {

  @Test
  void should_list_the_nine_survey_categories_in_section_order() {
    assertThat(Category.survey())
        .extracting(Category::id)
        .containsExactly(
            "text-to-image",
            "text-to-3d",
            "image-to-text",
            "text-to-video",
            "text-to-audio",
            "text-to-text",
            "text-to-code",
            "text-to-science",
            "other");
    assertThat(Category.survey())
        .extracting(c -> c.surveySection().orElseThrow())
        .containsExactly("3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9");
    assertThat(Category.survey()).allMatch(Category::isSurveyCategory);
    assertThat(Category.OTHER.pair()).isEmpty();
    assertThat(Category.TEXT_TO_3D.displayName()).isEqualTo("Text-to-3D");
  }

  @ParameterizedTest
  @CsvSource({
    "text->image, text-to-image, true",
    "text->scientific-text, text-to-science, true",
    "audio->text, audio-to-text, false",
    "video->audio, video-to-audio, false",
    "text->speech, text-to-speech, false",
  })
  void should_name_a_category_for_any_pair(String pair, String id, boolean survey) {
    Category category = Category.of(ModalityPair.parse(pair));
    assertThat(category.id()).isEqualTo(id);
    assertThat(category.isSurveyCategory()).isEqualTo(survey);
    assertThat(Category.fromId(id)).isEqualTo(category);
    assertThat(category.pair()).contains(ModalityPair.parse(pair));
  }

  @Test
  void should_resolve_ids_whose_modalities_contain_dashes() {
    assertThat(Category.fromId("brain-signals-to-speech").pair())
        .contains(ModalityPair.parse("brain-signals->speech"));
    assertThat(Category.fromId("time-series-to-text").pair())
        .contains(ModalityPair.parse("time-series->text"));
  }

  @Test
  void should_name_the_id_when_unknown() {
    assertThatThrownBy(() -> Category.fromId("text-to-smell"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'text-to-smell'")
        .hasMessageContaining("text-to-image");
    assertThat(Category.find("to")).isEmpty();
  }

  @Test
  void should_be_equal_by_value() {
    new EqualsTester()
        .addEqualityGroup(Category.TEXT_TO_IMAGE, Category.of(ModalityPair.parse("text->image")))
        .addEqualityGroup(Category.fromId("audio-to-text"), Category.fromId("audio-to-text"))
        .addEqualityGroup(Category.OTHER)
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Category.class);
  }

  @Test
  void should_find_nothing_at_once_when_the_id_is_a_long_chain_of_to() {
    String chain = "a" + "-to-a".repeat(199_800);
    assertThat(chain).hasSize(999_001);

    long start = System.nanoTime();
    assertThat(Category.find(chain)).isEmpty();
    assertThat(System.nanoTime() - start).isLessThan(500_000_000L);
    assertThatThrownBy(() -> Category.fromId(chain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(999001 characters)");
  }
}
