package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.examples.internal.YearCounts;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class YearCountsTest {
  private static final Catalog CATALOG = Edition.ALL.catalog();

  @Test
  void should_count_each_model_once_in_its_year_when_counting_by_category() {
    // WHEN
    YearCounts counts = YearCounts.of(CATALOG);

    // THEN
    int total =
        counts.byCategory().values().stream()
            .flatMap(byCategory -> byCategory.values().stream())
            .mapToInt(Integer::intValue)
            .sum();
    assertThat(total).isEqualTo(CATALOG.models().size());
    long of2022 = CATALOG.models().stream().filter(m -> m.released().getYear() == 2022).count();
    assertThat(
            Objects.requireNonNull(counts.byCategory().get(2022)).values().stream()
                .mapToInt(Integer::intValue)
                .sum())
        .isEqualTo((int) of2022);
  }

  @Test
  void should_give_an_index_of_one_when_one_organization_made_every_model_of_a_year() {
    // WHEN
    YearCounts counts = YearCounts.of(CATALOG);

    // THEN: each index lies in (0, 1], and is 1 exactly for years with a single lead organization
    counts
        .concentration()
        .forEach(
            (year, index) -> {
              assertThat(index).isGreaterThan(0).isLessThanOrEqualTo(1.0 + 1e-9);
              boolean single =
                  Objects.requireNonNull(counts.byOrganization().get(year)).size() == 1;
              assertThat(Math.abs(index - 1) < 1e-9).as("year %d", year).isEqualTo(single);
            });
  }
}
