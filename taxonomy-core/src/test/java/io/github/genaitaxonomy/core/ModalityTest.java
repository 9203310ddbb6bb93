package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.internal.Ids;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModalityTest {

  @ParameterizedTest
  @EnumSource(Modality.class)
  void should_find_each_modality_by_its_kebab_case_id(Modality modality) {
    assertThat(Ids.isKebabCase(modality.id())).isTrue();
    assertThat(Modality.fromId(modality.id())).isSameAs(modality);
    assertThat(modality).hasToString(modality.id());
  }

  @Test
  void should_cover_the_modalities_the_taxonomy_needs() {
    assertThat(Modality.ids())
        .contains(
            "text",
            "image",
            "video",
            "audio",
            "speech",
            "music",
            "3d",
            "code",
            "scientific-text",
            "motion",
            "action",
            "algorithm",
            "brain-signals");
    assertThat(Modality.ids()).doesNotHaveDuplicates().hasSize(Modality.values().length);
  }

  @Test
  void should_name_the_id_and_list_allowed_ids_when_the_id_is_unknown() {
    assertThatThrownBy(() -> Modality.fromId("smell"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'smell'")
        .hasMessageContaining("text, image, video");
    assertThat(Modality.find("Text")).isEmpty();
  }

  @Test
  void should_treat_speech_and_music_as_audio_in_survey_terms() {
    assertThat(Modality.SPEECH.broader()).contains(Modality.AUDIO);
    assertThat(Modality.MUSIC.surveyModality()).isEqualTo(Modality.AUDIO);
    assertThat(Modality.CODE.surveyModality()).isEqualTo(Modality.CODE);
    assertThat(Modality.CODE.isA(Modality.TEXT)).isTrue();
    assertThat(Modality.TEXT.isA(Modality.CODE)).isFalse();
    assertThat(Modality.TEXT.broader()).isEmpty();
  }

  @Test
  void should_have_a_display_name_for_every_modality() {
    assertThat(Arrays.stream(Modality.values()).map(Modality::displayName))
        .allSatisfy(name -> assertThat(name).isNotBlank())
        .doesNotHaveDuplicates();
  }
}
