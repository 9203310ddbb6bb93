package io.github.genaitaxonomy.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelNamesTest {
  @ParameterizedTest
  @CsvSource({
    "DALL·E 2, dalle2",
    "dall-e 2, dalle2",
    "DALL-E 2, dalle2",
    "Stable_Diffusion, stablediffusion",
    "ＧＰＴ-3, gpt3"
  })
  void should_fold_case_punctuation_and_width_when_normalizing(String name, String expected) {
    assertThat(ModelNames.normalize(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "Stable Diffusion v1.5, stablediffusion",
    "Stable Diffusion 1.4, stablediffusion",
    "DALL·E 2, dalle",
    "GPT-3, gpt",
    "Imagen, imagen"
  })
  void should_drop_a_trailing_version_when_asked_for_the_name_without_version(
      String name, String expected) {
    assertThat(ModelNames.withoutVersion(name)).isEqualTo(expected);
  }
}
