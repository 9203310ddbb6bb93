package io.github.genaitaxonomy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticCatalogsTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 500, 2_000})
  void should_generate_a_valid_catalog_of_the_requested_size(int size) {
    Catalog catalog = SyntheticCatalogs.generate(size, 7L);
    assertThat(catalog.models().size()).isEqualTo(size);
    assertThat(catalog.organizations().size()).isEqualTo(Math.max(8, Math.min(2_000, size / 50)));
    assertThat(catalog.techniques().size()).isEqualTo(48);
    assertThat(catalog.models()).allSatisfy(m -> assertThat(m.sources()).isNotEmpty());
  }

  @Test
  void should_generate_the_same_catalog_for_the_same_seed_and_another_for_another_seed() {
    assertThat(SyntheticCatalogs.generate(300, 1L)).isEqualTo(SyntheticCatalogs.generate(300, 1L));
    assertThat(SyntheticCatalogs.generate(300, 1L))
        .isNotEqualTo(SyntheticCatalogs.generate(300, 2L));
    assertThat(SyntheticCatalogs.models(300, 1L).map(GenerativeModel::id))
        .containsExactlyElementsOf(SyntheticCatalogs.generate(300, 1L).models().ids());
  }

  @Test
  void should_vary_the_fields_like_a_real_catalog() {
    Catalog catalog = SyntheticCatalogs.generate(2_000, 3L);
    assertThat(catalog.lineage().edges()).isNotEmpty();
    assertThat(catalog.query().matching(m -> m.surveyCategory().isPresent()).count())
        .isBetween(300, 700);
    assertThat(catalog.query().matching(m -> m.developers().size() > 1).count()).isPositive();
    assertThat(catalog.discrepancies().size()).isPositive();
    assertThat(catalog.organizations().asList())
        .anySatisfy(o -> assertThat(o.parent()).isPresent());
    assertThat(catalog.techniques().asList()).anySatisfy(t -> assertThat(t.parent()).isPresent());
    assertThat(catalog.models().get("model-1999").summary().split(" "))
        .hasSizeGreaterThanOrEqualTo(30);
  }

  /**
   * Benchmarks compare figures across runs and versions only if the generator makes the same
   * catalog: a change to the generator must change this fingerprint on purpose.
   */
  @Test
  void should_make_exactly_the_pinned_catalog_when_seed_and_size_are_fixed() {
    Catalog catalog = SyntheticCatalogs.generate(400, 42L);
    String dump =
        catalog.organizations().asList()
            + "\n"
            + catalog.techniques().asList()
            + "\n"
            + catalog.models().asList();
    assertThat(com.google.common.hash.Hashing.sha256().hashUnencodedChars(dump).toString())
        .isEqualTo(PINNED);
  }

  private static final String PINNED =
      "b140793bd1a04d73defc4778f705bc8fe677999a4ac7bde5f7a2f0e15e2b6bc0";

  @Test
  void should_reject_a_negative_size() {
    assertThatThrownBy(() -> SyntheticCatalogs.generate(-1, 0L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> SyntheticCatalogs.models(-1, 0L)).hasMessageContaining("-1");
  }
}
