package io.github.genaitaxonomy.data;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Unit;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SurveyModelsTest {

  /** Models whose signature spans several categories and which the survey files under "other". */
  private static final Set<String> FILED_UNDER_OTHER_BY_CHOICE = Set.of("gato", "chatbcg");

  @Test
  void should_file_exactly_the_survey_models_when_grouping_by_survey_category() {
    Map<Category, List<String>> expected = new LinkedHashMap<>();
    expected.put(Category.TEXT_TO_IMAGE, List.of("dall-e-2", "imagen", "stable-diffusion", "muse"));
    expected.put(Category.TEXT_TO_3D, List.of("dreamfusion", "magic3d"));
    expected.put(Category.IMAGE_TO_TEXT, List.of("flamingo", "visualgpt"));
    expected.put(Category.TEXT_TO_VIDEO, List.of("phenaki", "soundify"));
    expected.put(Category.TEXT_TO_AUDIO, List.of("audiolm", "jukebox", "whisper"));
    expected.put(Category.TEXT_TO_TEXT, List.of("chatgpt", "lamda", "peer", "speech-from-brain"));
    expected.put(Category.TEXT_TO_CODE, List.of("codex", "alphacode"));
    expected.put(Category.TEXT_TO_SCIENCE, List.of("galactica", "minerva"));
    expected.put(
        Category.OTHER, List.of("alphatensor", "gato", "human-motion-diffusion-model", "chatbcg"));

    Map<Category, List<String>> actual = new LinkedHashMap<>();
    for (Category category : Category.survey()) {
      actual.put(
          category,
          Edition.ALL.catalog().query().surveyCategory(category).list().stream()
              .map(GenerativeModel::id)
              .collect(toList()));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(SurveyModels.POINT_E.surveyCategory()).isEmpty();
    assertThat(SurveyModels.PHYSDIFF.surveyCategory()).isEmpty();
    assertThat(Registry.BASE_MODELS).allMatch(m -> m.surveyCategory().isEmpty());
    assertThat(Registry.MODELS_2023).allMatch(m -> m.surveyCategory().isEmpty());
  }

  @Test
  void should_release_in_the_expected_window_when_the_model_is_a_survey_or_2023_model() {
    YearMonth from = YearMonth.of(2017, 1);
    YearMonth to = YearMonth.of(2024, 6);
    Stream.concat(Registry.SURVEY_MODELS.stream(), Registry.MODELS_2023.stream())
        .forEach(m -> assertThat(m.released()).as(m.id()).isBetween(from, to));
    Registry.BASE_MODELS.forEach(
        m -> assertThat(m.released()).as(m.id()).isBetween(YearMonth.of(1990, 1), to));
    Registry.MODELS_2023.stream()
        .filter(m -> !m.id().equals("switch-transformer"))
        .forEach(m -> assertThat(m.released().getYear()).as(m.id()).isEqualTo(2023));
  }

  @Test
  void should_agree_with_the_core_classification_when_a_discrepancy_says_misfiled() {
    for (GenerativeModel model : Registry.SURVEY_MODELS) {
      for (Discrepancy d : kind(model, DiscrepancyKind.MISFILED_CATEGORY)) {
        Category filed = model.surveyCategory().orElseThrow();
        assertThat(d.claimed().value()).as(model.id()).isEqualTo(filed.id());
        assertThat(model.classification().surveyCategory()).as(model.id()).isNotEqualTo(filed);
        assertThat(d.actual().value())
            .as(model.id())
            .startsWith(model.classification().surveyCategory().id())
            .contains(model.signature().toString());
      }
    }
  }

  @Test
  void should_record_a_misfiling_when_the_classification_differs_from_the_survey_category() {
    for (GenerativeModel model : Registry.SURVEY_MODELS) {
      Optional<Category> filed = model.surveyCategory();
      if (filed.isEmpty() || model.classification().surveyCategory().equals(filed.get())) {
        continue;
      }
      if (FILED_UNDER_OTHER_BY_CHOICE.contains(model.id())) {
        assertThat(filed).contains(Category.OTHER);
        assertThat(model.classification().pairCategories()).hasSizeGreaterThan(1);
      } else {
        assertThat(kind(model, DiscrepancyKind.MISFILED_CATEGORY)).as(model.id()).hasSize(1);
      }
    }
    assertThat(SurveyModels.WHISPER.classification().surveyCategory()).isEqualTo(Category.OTHER);
    assertThat(SurveyModels.FLAMINGO.classification().surveyCategory())
        .isEqualTo(Category.IMAGE_TO_TEXT);
  }

  @Test
  void should_record_the_early_release_when_a_survey_model_predates_2022() {
    for (GenerativeModel model : Registry.SURVEY_MODELS) {
      if (model.surveyCategory().isPresent() && model.released().getYear() < 2022) {
        assertThat(kind(model, DiscrepancyKind.RELEASED_BEFORE_2022)).as(model.id()).hasSize(1);
      } else {
        assertThat(kind(model, DiscrepancyKind.RELEASED_BEFORE_2022)).as(model.id()).isEmpty();
      }
    }
    assertThat(kind(SurveyModels.MUSE, DiscrepancyKind.WRONG_DATE)).hasSize(1);
  }

  @Test
  void should_count_the_discrepancies_per_kind_when_grouping_the_survey_errors() {
    Map<DiscrepancyKind, Long> onModels =
        Registry.SURVEY_MODELS.stream()
            .flatMap(m -> m.discrepancies().stream())
            .collect(groupingBy(Discrepancy::kind, counting()));
    assertThat(onModels)
        .containsOnly(
            entry(DiscrepancyKind.WRONG_ORGANIZATION, 5L),
            entry(DiscrepancyKind.MISFILED_CATEGORY, 4L),
            entry(DiscrepancyKind.RELEASED_BEFORE_2022, 5L),
            entry(DiscrepancyKind.WRONG_DATE, 1L),
            entry(DiscrepancyKind.ACCESS_CLAIM, 7L),
            entry(DiscrepancyKind.SEED_ERROR, 7L),
            entry(DiscrepancyKind.OTHER, 9L));
    Map<DiscrepancyKind, Long> surveyWide =
        Registry.SURVEY_WIDE_DISCREPANCIES.stream()
            .collect(groupingBy(Discrepancy::kind, counting()));
    assertThat(surveyWide)
        .containsOnly(
            entry(DiscrepancyKind.OTHER, 2L),
            entry(DiscrepancyKind.RELEASED_BEFORE_2022, 1L),
            entry(DiscrepancyKind.SEED_ERROR, 1L));
    assertThat(Registry.BASE_MODELS).allMatch(m -> m.discrepancies().isEmpty());
  }

  @Test
  void should_count_the_seed_004_errors_when_grouping_the_2023_discrepancies() {
    Map<DiscrepancyKind, Long> counts =
        Registry.MODELS_2023.stream()
            .flatMap(m -> m.discrepancies().stream())
            .collect(groupingBy(Discrepancy::kind, counting()));
    assertThat(counts)
        .containsOnly(
            entry(DiscrepancyKind.WRONG_FIGURE, 3L), entry(DiscrepancyKind.SEED_ERROR, 7L));
    Registry.MODELS_2023.stream()
        .flatMap(m -> m.discrepancies().stream())
        .forEach(d -> assertThat(d.claimed().source()).isEqualTo(Facts.SEED_004));
  }

  @Test
  void should_credit_the_true_makers_when_the_survey_misattributes_a_model() {
    assertThat(SurveyModels.VISUALGPT.developers())
        .containsExactly("kaust", "carnegie-mellon-university", "nanyang-technological-university");
    assertThat(kind(SurveyModels.VISUALGPT, DiscrepancyKind.WRONG_ORGANIZATION))
        .singleElement()
        .satisfies(d -> assertThat(d.claimed().value()).isEqualTo("OpenAI"));
    assertThat(SurveyModels.STABLE_DIFFUSION.developers())
        .containsExactly("compvis", "runway", "stability-ai");
    assertThat(SurveyModels.SOUNDIFY.developers())
        .containsExactly("carnegie-mellon-university", "runway");
  }

  @Test
  void should_record_the_seed_figures_when_a_seed_quotes_a_number() {
    assertThat(measurement(SurveyModels.WHISPER.trainingData(), Unit.HOURS))
        .satisfies(m -> confirmed(m, "680000", Unit.HOURS));
    assertThat(measurement(SurveyModels.ALPHACODE.trainingData(), Unit.BYTES))
        .satisfies(m -> confirmed(m, "715100000000", Unit.BYTES));
    assertThat(SurveyModels.LAMDA.parameters())
        .hasValueSatisfying(m -> confirmed(m, "137000000000", Unit.PARAMETERS));
    assertThat(measurement(SurveyModels.LAMDA.trainingData(), Unit.WORDS))
        .satisfies(m -> confirmed(m, "1560000000000", Unit.WORDS));
    assertThat(measurement(SurveyModels.MAGIC3D.results(), Unit.PERCENT))
        .satisfies(m -> confirmed(m, "61.7", Unit.PERCENT));
    assertThat(measurement(SurveyModels.MAGIC3D.results(), Unit.MINUTES))
        .satisfies(m -> confirmed(m, "40", Unit.MINUTES));
    assertThat(measurement(SurveyModels.AUDIOLM.results(), Unit.PERCENT))
        .satisfies(
            m -> {
              assertThat(m.quantity()).isEqualTo(Quantity.of("51.2", Unit.PERCENT));
              assertThat(m.confidence()).isEqualTo(Confidence.SECONDARY);
              assertThat(m.source()).isEqualTo(Facts.SEED_001);
            });
    assertThat(SurveyModels.MUSE.parameters())
        .hasValueSatisfying(m -> confirmed(m, "3000000000", Unit.PARAMETERS));
    assertThat(SurveyModels.MUSE.results())
        .filteredOn(m -> m.quantity().unit() == Unit.PARAMETERS)
        .singleElement()
        .satisfies(m -> confirmed(m, "900000000", Unit.PARAMETERS));
    assertThat(SurveyModels.MUSE.results())
        .filteredOn(m -> m.quantity().unit() == Unit.TIMES)
        .extracting(m -> m.quantity().amount(), Measurement::confidence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(new BigDecimal("3"), Confidence.SECONDARY),
            org.assertj.core.groups.Tuple.tuple(new BigDecimal("10"), Confidence.SECONDARY));
  }

  private static List<Discrepancy> kind(GenerativeModel model, DiscrepancyKind kind) {
    return model.discrepancies().stream().filter(d -> d.kind() == kind).toList();
  }

  private static Measurement measurement(List<Measurement> measurements, Unit unit) {
    List<Measurement> matching =
        measurements.stream().filter(m -> m.quantity().unit() == unit).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private static void confirmed(Measurement m, String amount, Unit unit) {
    assertThat(m.quantity()).isEqualTo(Quantity.of(amount, unit));
    assertThat(m.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(m.source().isSeed()).isFalse();
  }
}
