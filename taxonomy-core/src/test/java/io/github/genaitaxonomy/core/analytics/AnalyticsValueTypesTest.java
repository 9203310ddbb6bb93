package io.github.genaitaxonomy.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnalyticsValueTypesTest {
  @Test
  void should_compare_by_value_when_concentrations_are_equal() {
    new EqualsTester()
        .addEqualityGroup(
            Concentration.of(Map.of("a", 1.0, "b", 1.0)),
            Concentration.of(Map.of("b", 2.0, "a", 2.0)))
        .addEqualityGroup(Concentration.of(Map.of("a", 1.0)))
        .testEquals();
  }

  @ParameterizedTest
  @EnumSource(CountingRule.class)
  void should_find_the_rule_again_when_looked_up_by_its_id(CountingRule rule) {
    assertThat(CountingRule.fromId(rule.id())).isSameAs(rule);
    assertThat(rule).hasToString(rule.id());
  }

  @Test
  void should_name_the_allowed_ids_when_a_counting_rule_id_is_unknown() {
    assertThatThrownBy(() -> CountingRule.fromId("half"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("half")
        .hasMessageContaining("fractional");
  }
}
