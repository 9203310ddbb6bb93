package io.github.genaitaxonomy.core.analytics;

import static io.github.genaitaxonomy.core.analytics.AnalyticsFixtures.model;
import static io.github.genaitaxonomy.core.analytics.AnalyticsFixtures.org;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyClaimsTest {
  private static Catalog catalog(String extraDeveloper, YearMonth extraMonth) {
    List<GenerativeModel> models = new ArrayList<>();
    int i = 0;
    for (String developer : SurveyClaims.SIX) {
      models.add(
          model("m" + i++, "text->image", YearMonth.of(2022, 3), developer)
              .surveyCategory(Category.TEXT_TO_IMAGE)
              .build());
    }
    models.add(
        model("extra", "text->text", extraMonth, extraDeveloper)
            .surveyCategory(Category.TEXT_TO_TEXT)
            .build());
    models.add(model("outside", "text->text", YearMonth.of(2019, 1), "kaust").build());
    return Catalog.builder()
        .addOrganizations(
            org("alphabet", ""),
            org("google", "alphabet"),
            org("deepmind", "alphabet"),
            org("openai", ""),
            org("meta", ""),
            org("runway", ""),
            org("nvidia", ""),
            org("kaust", ""))
        .addModels(models)
        .build();
  }

  @Test
  void should_hold_when_the_survey_models_come_from_the_six_and_from_2022() {
    List<SurveyClaim> claims = SurveyClaims.test(catalog("openai", YearMonth.of(2022, 11)));

    assertThat(claims)
        .extracting(SurveyClaim::id)
        .containsExactly("six-organisations", "six-organisations-rolled-up", "all-from-2022");
    assertThat(claims.get(0).holds()).isTrue();
    assertThat(claims.get(2).holds()).isTrue();
    assertThat(claims.get(2).fact()).startsWith("7 of the survey's 7 models");
  }

  @Test
  void should_not_hold_when_a_survey_model_has_a_seventh_developer() {
    SurveyClaim claim = SurveyClaims.test(catalog("kaust", YearMonth.of(2022, 11))).get(0);

    assertThat(claim.holds()).isFalse();
    assertThat(claim.fact()).startsWith("7 organisations").contains("beyond the named: Org kaust");
  }

  @Test
  void should_count_google_and_deepmind_once_when_rolled_up_to_alphabet() {
    SurveyClaim claim = SurveyClaims.test(catalog("openai", YearMonth.of(2022, 11))).get(1);

    assertThat(claim.holds()).isFalse();
    assertThat(claim.fact()).startsWith("5 organisations").contains("the six named become 5");
  }

  @Test
  void should_list_the_models_outside_2022_when_one_was_released_earlier() {
    SurveyClaim claim = SurveyClaims.test(catalog("openai", YearMonth.of(2021, 5))).get(2);

    assertThat(claim.holds()).isFalse();
    assertThat(claim.fact())
        .isEqualTo(
            "6 of the survey's 7 models were released in 2022; not in 2022: Model extra (2021-05)");
  }
}
