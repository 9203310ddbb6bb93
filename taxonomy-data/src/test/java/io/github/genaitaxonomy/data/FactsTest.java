package io.github.genaitaxonomy.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The small factories the holders are written with set the confidence their names promise. */
class FactsTest {
  private static final Source PAPER = Source.arxiv("2212.04356");

  @Test
  void should_dispute_what_the_survey_and_seeds_claim() {
    assertThat(Facts.survey(ClaimAttribute.DEVELOPERS, "OpenAI", "§3.3"))
        .satisfies(c -> assertThat(c.source()).isEqualTo(Facts.SURVEY))
        .satisfies(c -> assertThat(c.confidence()).isEqualTo(Confidence.DISPUTED))
        .satisfies(c -> assertThat(c.note()).contains("§3.3"));
    assertThat(Facts.seed(Facts.SEED_000, ClaimAttribute.RELEASED, "2022", "para 2"))
        .satisfies(c -> assertThat(c.source()).isEqualTo(Facts.SEED_000))
        .satisfies(c -> assertThat(c.confidence()).isEqualTo(Confidence.DISPUTED))
        .satisfies(c -> assertThat(c.value()).isEqualTo("2022"));
  }

  @Test
  void should_confirm_actual_claims_unless_they_are_secondary() {
    assertThat(Facts.actual(ClaimAttribute.RELEASED, "2021-05", PAPER).confidence())
        .isEqualTo(Confidence.CONFIRMED);
    assertThat(Facts.actual(ClaimAttribute.RELEASED, "2021-05", PAPER, "blog").note())
        .contains("blog");
    assertThat(Facts.actual(ClaimAttribute.RELEASED, "2021-05", PAPER, "blog").confidence())
        .isEqualTo(Confidence.CONFIRMED);
    assertThat(
            Facts.actualSecondary(ClaimAttribute.RELEASED, "2021-05", PAPER, "press").confidence())
        .isEqualTo(Confidence.SECONDARY);
    assertThat(
            Facts.discrepancy(
                    DiscrepancyKind.WRONG_DATE,
                    Facts.survey(ClaimAttribute.RELEASED, "2022", "§1"),
                    Facts.actual(ClaimAttribute.RELEASED, "2021-05", PAPER))
                .kind())
        .isEqualTo(DiscrepancyKind.WRONG_DATE);
  }

  @Test
  void should_build_measurements_with_the_named_confidence() {
    Quantity hours = Facts.q("680000", Unit.HOURS);
    assertThat(hours).isEqualTo(Quantity.of(680_000, Unit.HOURS));
    assertThat(Facts.params("1.5e9").amount()).isEqualByComparingTo(new BigDecimal("1500000000"));
    assertThat(Facts.params("1.5e9").unit()).isEqualTo(Unit.PARAMETERS);
    assertThat(Facts.confirmed("audio", hours, PAPER).confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(Facts.confirmed("audio", hours, PAPER, "weakly labelled").note())
        .contains("weakly labelled");
    assertThat(Facts.secondary("audio", hours, Facts.SEED_000, "seed only").confidence())
        .isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void should_build_lineage_edges_with_and_without_notes() {
    assertThat(Facts.edge(LineageRelation.FINE_TUNED_FROM, "gpt-3", PAPER).target())
        .isEqualTo("gpt-3");
    assertThat(Facts.edge(LineageRelation.BUILT_ON, "clip", PAPER, "image encoder").note())
        .contains("image encoder");
  }

  @Test
  void should_print_editions_by_id() {
    assertThat(Edition.SURVEY_2022).hasToString("survey-2022");
    assertThat(Edition.ALL.id()).isEqualTo("all");
  }
}
