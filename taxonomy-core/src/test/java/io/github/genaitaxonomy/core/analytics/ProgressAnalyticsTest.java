package io.github.genaitaxonomy.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ProgressAnalyticsTest {
  private static <K, V> V at(Map<K, V> map, K key) {
    return Objects.requireNonNull(map.get(key), "no value for " + key);
  }

  private final Catalog catalog = AnalyticsFixtures.catalog();

  @Test
  void should_count_models_per_year_by_true_category_when_survey_filing_is_absent() {
    ProgressAnalytics analytics = ProgressAnalytics.of(catalog);

    assertThat(analytics.modelCount()).isEqualTo(5);
    assertThat(analytics.modelsByYear().get(2021))
        .containsExactly(entry(Category.TEXT_TO_IMAGE, 2));
    assertThat(analytics.modelsByYear().get(2022))
        .containsExactly(entry(Category.TEXT_TO_IMAGE, 1), entry(Category.TEXT_TO_TEXT, 2));
  }

  @Test
  void should_key_quarters_as_year_and_quarter_when_counting_by_quarter() {
    ProgressAnalytics analytics = ProgressAnalytics.of(catalog);

    assertThat(analytics.modelsByQuarter().keySet())
        .containsExactly("2021-Q1", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3");
    assertThat(analytics.modelsByQuarter().get("2022-Q3"))
        .containsExactly(entry(Category.TEXT_TO_IMAGE, 1));
  }

  @Test
  void should_name_first_and_latest_model_of_each_category_when_asked() {
    ProgressAnalytics analytics = ProgressAnalytics.of(catalog);

    assertThat(at(analytics.firstModels(), Category.TEXT_TO_IMAGE).id()).isEqualTo("a");
    assertThat(at(analytics.latestModels(), Category.TEXT_TO_IMAGE).id()).isEqualTo("e");
    assertThat(at(analytics.firstModels(), Category.TEXT_TO_TEXT).id()).isEqualTo("c");
    assertThat(at(analytics.latestModels(), Category.TEXT_TO_TEXT).id()).isEqualTo("d");
  }

  @Test
  void should_split_a_shared_model_in_halves_when_counting_fractionally() {
    // 2022: c = alpha 1/2 + beta 1/2, d = alpha-lab 1, e = gamma 1; total 3.
    // shares: alpha-lab 1/3, gamma 1/3, alpha 1/6, beta 1/6.
    Concentration c =
        at(
            ProgressAnalytics.of(catalog, CountingRule.FRACTIONAL, false).concentrationByYear(),
            2022);

    assertThat(c.organizations()).isEqualTo(4);
    assertThat(c.top1Share()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(c.hhi()).isCloseTo(2.0 / 9 + 2.0 / 36, within(1e-12));
    // 1/3 + 1/3 + 1/6 = 5/6 >= 0.8
    assertThat(c.orgsFor80Percent()).isEqualTo(3);
    assertThat(c.ranking()).containsExactly("alpha-lab", "gamma", "alpha", "beta");
  }

  @Test
  void should_credit_only_the_first_developer_when_counting_lead_developers() {
    // 2022: c = alpha, d = alpha-lab, e = gamma: three equal thirds.
    Concentration c =
        at(
            ProgressAnalytics.of(catalog, CountingRule.LEAD_DEVELOPER, false).concentrationByYear(),
            2022);

    assertThat(c.organizations()).isEqualTo(3);
    assertThat(c.hhi()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void should_merge_units_into_their_parent_when_rolling_up() {
    // 2022 rolled up: c = alpha 1/2 + beta 1/2, d = alpha 1, e = gamma 1:
    // alpha 1.5/3 = 0.5, gamma 1/3, beta 1/6.
    Concentration c =
        at(
            ProgressAnalytics.of(catalog, CountingRule.FRACTIONAL, true).concentrationByYear(),
            2022);

    assertThat(c.ranking()).containsExactly("alpha", "gamma", "beta");
    assertThat(c.top1Share()).isCloseTo(0.5, within(1e-12));
    assertThat(c.hhi()).isCloseTo(0.25 + 1.0 / 9 + 1.0 / 36, within(1e-12));
  }

  @Test
  void should_count_each_kind_of_access_when_a_model_has_several() {
    ProgressAnalytics analytics = ProgressAnalytics.of(catalog);

    assertThat(analytics.accessByYear().get(2021))
        .containsOnly(entry(Access.OPEN_WEIGHTS, 1), entry(Access.API, 1));
    assertThat(analytics.accessByYear().get(2022))
        .containsOnly(entry(Access.API, 1), entry(Access.CODE, 1), entry(Access.CLOSED, 1));
  }

  @Test
  void should_measure_the_longest_model_chain_when_computing_lineage_depth() {
    ProgressAnalytics analytics = ProgressAnalytics.of(catalog);

    assertThat(analytics.lineageDepth())
        .containsOnly(entry("a", 0), entry("b", 0), entry("c", 1), entry("d", 2), entry("e", 1));
    assertThat(analytics.mostDerivedBaseModels()).containsExactly(entry("a", 2), entry("c", 1));
  }

  @Test
  void should_take_the_middle_or_the_mean_of_the_two_middles_when_computing_medians() {
    ProgressAnalytics analytics = ProgressAnalytics.of(catalog);

    // 2021 text-to-image: 1000 and 3000 -> 2000; 2022 text-to-image: 5000.
    assertThat(at(at(analytics.medianParameters(), 2021), Category.TEXT_TO_IMAGE))
        .isEqualByComparingTo(new BigDecimal(2000));
    assertThat(analytics.medianParameters().get(2022)).containsOnlyKeys(Category.TEXT_TO_IMAGE);
    assertThat(at(at(analytics.medianParameters(), 2022), Category.TEXT_TO_IMAGE))
        .isEqualByComparingTo(new BigDecimal(5000));
  }
}
