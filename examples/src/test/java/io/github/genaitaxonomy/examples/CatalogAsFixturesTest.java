package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.data.Organizations;
import io.github.genaitaxonomy.data.SurveyModels;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog as test fixtures: {@link ModelRecommender} is tested against the real survey catalog
 * and its constants, and against the survey catalog with models derived from them.
 */
class CatalogAsFixturesTest {

  // The survey's own catalog: real, sourced, and the same in every run.
  private final ModelRecommender survey = new ModelRecommender(Edition.SURVEY_2022.catalog());

  @Test
  void should_recommend_dall_e_2_when_asked_for_text_to_image() {
    assertThat(survey.recommend(Modality.TEXT, Modality.IMAGE))
        .contains(SurveyModels.DALL_E_2)
        .allSatisfy(model -> assertThat(model.signature().outputs()).contains(Modality.IMAGE));
  }

  @Test
  void should_recommend_only_models_that_fit_both_ends_when_asked_for_a_pair() {
    assertThat(survey.recommend(Modality.IMAGE, Modality.TEXT))
        .doesNotContain(SurveyModels.DALL_E_2)
        .allSatisfy(
            model -> {
              assertThat(model.signature().inputs()).anyMatch(m -> m.isA(Modality.IMAGE));
              assertThat(model.signature().outputs()).anyMatch(m -> m.isA(Modality.TEXT));
            });
  }

  @Test
  void should_hold_the_survey_facts_when_a_constant_is_used_as_a_fixture() {
    // The constants are plain values: assert on them like any other.
    assertThat(SurveyModels.DALL_E_2)
        .returns("dall-e-2", GenerativeModel::id)
        .returns(ModalitySignature.parse("text->image"), GenerativeModel::signature)
        .returns(List.of(Organizations.OPENAI.id()), GenerativeModel::developers);
    assertThat(SurveyModels.DALL_E_2.surveyCategory()).contains(Category.TEXT_TO_IMAGE);
    assertThat(Edition.SURVEY_2022.catalog().get("dall-e-2")).isSameAs(SurveyModels.DALL_E_2);
  }

  @Test
  void should_rank_open_weights_before_a_waitlist_when_both_fit() {
    // GIVEN: DALL·E 2 as catalogued, and a made-up open variant derived from it
    GenerativeModel openPainter =
        GenerativeModel.builder()
            .from(SurveyModels.DALL_E_2)
            .id("open-painter")
            .name("Open Painter")
            .released(SurveyModels.DALL_E_2.released().minusMonths(6))
            .access(List.of(Access.OPEN_WEIGHTS))
            .build();
    Catalog catalog = surveyWith(openPainter);

    // WHEN
    List<GenerativeModel> recommended =
        new ModelRecommender(catalog).recommend(Modality.TEXT, Modality.IMAGE);

    // THEN: older but open comes first
    assertThat(recommended).containsSubsequence(openPainter, SurveyModels.DALL_E_2);
  }

  @Test
  void should_rank_the_newest_first_when_access_is_the_same() {
    GenerativeModel newer = variant("dall-e-2-next", YearMonth.of(2023, 1));
    GenerativeModel older = variant("dall-e-2-prev", YearMonth.of(2021, 1));
    Catalog catalog = surveyWith(older, newer);

    assertThat(new ModelRecommender(catalog).recommend(Modality.TEXT, Modality.IMAGE))
        .extracting(GenerativeModel::id)
        .containsSubsequence("dall-e-2-next", "dall-e-2", "dall-e-2-prev");
  }

  @Test
  void should_find_speech_models_when_asked_for_audio() {
    GenerativeModel speaker =
        GenerativeModel.builder()
            .from(SurveyModels.DALL_E_2)
            .id("speaker")
            .name("Speaker")
            .signature(ModalitySignature.parse("text->speech"))
            .build();
    ModelRecommender recommender = new ModelRecommender(surveyWith(speaker));

    assertThat(recommender.recommend(Modality.TEXT, Modality.AUDIO)).contains(speaker);
    assertThat(recommender.recommend(Modality.AUDIO, Modality.TEXT)).doesNotContain(speaker);
    assertThat(recommender.best(Modality.TEXT, Modality.AUDIO)).isPresent();
  }

  private static GenerativeModel variant(String id, YearMonth released) {
    return GenerativeModel.builder().from(SurveyModels.DALL_E_2).id(id).released(released).build();
  }

  /**
   * The survey's catalog with more models: derived from its constants, they keep their lineage and
   * techniques, which the survey's catalog resolves.
   */
  private static Catalog surveyWith(GenerativeModel... models) {
    return Edition.SURVEY_2022.catalog().toBuilder().addModels(models).build();
  }
}
