package io.github.genaitaxonomy.core.reconcile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.InvalidAttributeException;
import org.junit.jupiter.api.Test;

class ReconcileValueTypesTest {
  @Test
  void should_compare_by_value_when_trusted_catalogs_are_equal() {
    new EqualsTester()
        .addEqualityGroup(
            TrustedCatalog.of("epoch", 1, Catalog.empty()),
            TrustedCatalog.of("epoch", 1, Catalog.empty()))
        .addEqualityGroup(TrustedCatalog.of("epoch", 2, Catalog.empty()))
        .addEqualityGroup(TrustedCatalog.of("curated", 1, Catalog.empty()))
        .testEquals();
    new NullPointerTester()
        .setDefault(Catalog.class, Catalog.empty())
        .testAllPublicStaticMethods(TrustedCatalog.class);
  }

  @Test
  void should_throw_invalid_attribute_exception_when_a_catalog_name_is_not_kebab_case() {
    assertThatThrownBy(() -> TrustedCatalog.of("Epoch AI", 1, Catalog.empty()))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("TrustedCatalog.name")
        .hasMessageContaining("Epoch AI");
  }

  @Test
  void should_compare_by_value_when_matches_are_equal() {
    Match match =
        ImmutableMatch.builder().entry("sd").catalog("epoch").model("sd-1").key("id:sd").build();
    ProbableMatch probable =
        ImmutableProbableMatch.builder()
            .kind("model")
            .entry("sd")
            .catalog("epoch")
            .id("sd-1")
            .reason("r")
            .build();
    new EqualsTester()
        .addEqualityGroup(match, ImmutableMatch.builder().from(match).build())
        .addEqualityGroup(ImmutableMatch.builder().from(match).key("new").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(probable, ImmutableProbableMatch.builder().from(probable).build())
        .addEqualityGroup(ImmutableProbableMatch.builder().from(probable).reason("s").build())
        .testEquals();
  }
}
