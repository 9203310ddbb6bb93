package io.github.genaitaxonomy.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.genaitaxonomy.core.InvalidAttributeException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConcentrationTest {
  @Test
  void should_compute_shares_hhi_and_coverage_by_hand_when_weights_are_uneven() {
    // 5, 3, 1, 1 of 10: shares 0.5, 0.3, 0.1, 0.1; HHI 0.25 + 0.09 + 0.01 + 0.01 = 0.36;
    // 0.5 + 0.3 = 0.8 reaches 80 % with two organizations.
    Concentration c = Concentration.of(Map.of("a", 5.0, "b", 3.0, "c", 1.0, "d", 1.0));

    assertThat(c.organizations()).isEqualTo(4);
    assertThat(c.top1Share()).isCloseTo(0.5, within(1e-12));
    assertThat(c.top6Share()).isCloseTo(1.0, within(1e-12));
    assertThat(c.hhi()).isCloseTo(0.36, within(1e-12));
    assertThat(c.orgsFor80Percent()).isEqualTo(2);
    assertThat(c.ranking()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void should_count_six_only_in_top6_when_there_are_seven_equal_organizations() {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String id : new String[] {"a", "b", "c", "d", "e", "f", "g"}) {
      weights.put(id, 1.0);
    }
    Concentration c = Concentration.of(weights);

    assertThat(c.top6Share()).isCloseTo(6.0 / 7, within(1e-12));
    assertThat(c.hhi()).isCloseTo(1.0 / 7, within(1e-12));
    // 5/7 = 0.714 < 0.8 <= 6/7
    assertThat(c.orgsFor80Percent()).isEqualTo(6);
  }

  @Test
  void should_give_zeros_when_there_is_no_weight() {
    Concentration c = Concentration.of(Map.of("a", 0.0));

    assertThat(c.organizations()).isZero();
    assertThat(c.hhi()).isZero();
    assertThat(c.orgsFor80Percent()).isZero();
  }

  @Test
  void should_throw_invalid_attribute_exception_when_a_weight_is_negative() {
    assertThatThrownBy(() -> Concentration.of(Map.of("a", -1.0)))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("Concentration.weights")
        .hasMessageContaining("'a'");
  }
}
