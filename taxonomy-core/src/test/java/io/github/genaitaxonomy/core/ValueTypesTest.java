package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Equality, null handling and invariants of the small value types. */
class ValueTypesTest {
  private static final Source ARXIV = Source.arxiv("2204.06125");
  private static final Source SEED = Source.seed("001_16f3bec8d293b44f.txt");

  private static NullPointerTester nullTester() {
    return new NullPointerTester()
        .setDefault(Source.class, ARXIV)
        .setDefault(Quantity.class, Quantity.of(1, Unit.PARAMETERS))
        .setDefault(
            Claim.class, Claim.of(ClaimAttribute.DEVELOPERS, "x", ARXIV, Confidence.CONFIRMED))
        .setDefault(ArxivId.class, ArxivId.of("2204.06125"))
        .setDefault(String.class, "text")
        .setDefault(BigDecimal.class, BigDecimal.ONE);
  }

  @Test
  void should_accept_only_well_formed_arxiv_ids() {
    assertThat(ArxivId.of("2204.06125").url()).isEqualTo("https://arxiv.org/abs/2204.06125");
    assertThat(ArxivId.isValid("2204.06125v3")).isTrue();
    assertThat(ArxivId.isValid("1706.03762")).isTrue();
    assertThat(ArxivId.isValid("hep-th/9901001")).isTrue();
    assertThat(ArxivId.isValid("2213.06125")).as("month 13").isFalse();
    assertThat(ArxivId.isValid("2204.6125")).isFalse();
    assertThat(ArxivId.isValid("arXiv:2204.06125")).isFalse();
    assertThatThrownBy(() -> ArxivId.of("2204.612"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ArxivId.value")
        .hasMessageContaining("'2204.612'");
    new EqualsTester()
        .addEqualityGroup(ArxivId.of("2204.06125"), ArxivId.of("2204.06125"))
        .addEqualityGroup(ArxivId.of("2204.06126"))
        .testEquals();
    nullTester().testAllPublicStaticMethods(ArxivId.class);
    assertThat(ArxivId.of("2201.00001")).isLessThan(ArxivId.of("2301.00001"));
  }

  @Test
  void should_parse_every_source_form_back_to_an_equal_value() {
    for (Source source :
        new Source[] {
          ARXIV,
          SEED,
          Source.url("https://openai.com/blog/chatgpt"),
          Source.doi("10.1162/neco.1997.9.8.1735")
        }) {
      assertThat(Source.parse(source.toString())).isEqualTo(source);
    }
    assertThat(ARXIV).hasToString("arxiv:2204.06125");
    assertThat(SEED.isSeed()).isTrue();
    assertThat(ARXIV.isSeed()).isFalse();
  }

  @Test
  void should_name_the_attribute_when_a_source_is_invalid() {
    assertThatThrownBy(() -> Source.seed("seed.txt"))
        .hasMessageContaining("Source.reference of a seed");
    assertThatThrownBy(() -> Source.url("ftp://x.org/a"))
        .hasMessageContaining("Source.reference of a URL");
    assertThatThrownBy(() -> Source.url("https://a b"))
        .hasMessageContaining("Source.reference of a URL");
    assertThatThrownBy(() -> Source.doi("11.1/x"))
        .hasMessageContaining("Source.reference of a DOI");
    assertThatThrownBy(() -> Source.arxiv("x"))
        .hasMessageContaining("Source.reference of an arXiv source");
    assertThatThrownBy(() -> Source.parse("arxiv:22:204.06125"))
        .as("found by fuzzing: the message named ArxivId, not the Source being parsed")
        .hasMessageContaining("Source.reference of an arXiv source")
        .hasMessageContaining("'22:204.06125'");
    assertThatThrownBy(() -> Source.parse("somewhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'somewhere'");
    new EqualsTester()
        .addEqualityGroup(ARXIV, Source.parse("arxiv:2204.06125"))
        .addEqualityGroup(SEED)
        .testEquals();
    nullTester().testAllPublicStaticMethods(Source.class);
  }

  @Test
  void should_require_a_primary_source_and_title_for_a_paper() {
    assertThatThrownBy(() -> Paper.of("Title", SEED)).hasMessageContaining("Paper.source");
    assertThatThrownBy(() -> Paper.arxiv("2204.06125", "  ")).hasMessageContaining("Paper.title");
    new EqualsTester()
        .addEqualityGroup(Paper.arxiv("2204.06125", "A"), Paper.of("A", ARXIV))
        .addEqualityGroup(Paper.arxiv("2204.06125", "B"))
        .testEquals();
    nullTester().testAllPublicStaticMethods(Paper.class);
  }

  @Test
  void should_normalise_quantities_so_equal_amounts_are_equal() {
    Quantity a = Quantity.of(new BigDecimal("1.50"), Unit.TIMES);
    Quantity b = Quantity.of("1.5", Unit.TIMES);
    assertThat(a).isEqualTo(b).hasToString("1.5 times");
    assertThat(Quantity.of("680000", Unit.HOURS)).hasToString("680000 hours");
    assertThat(Quantity.of("1.56e12", Unit.WORDS))
        .isEqualTo(Quantity.of(1_560_000_000_000L, Unit.WORDS));
    assertThat(Quantity.of(2, Unit.HOURS)).isLessThan(Quantity.of(3, Unit.HOURS));
    assertThatThrownBy(() -> Quantity.of(-1, Unit.HOURS)).hasMessageContaining("Quantity.amount");
    assertThatThrownBy(() -> Quantity.of("many", Unit.HOURS))
        .hasMessageContaining("Quantity.amount");
    assertThatThrownBy(() -> Quantity.of("1e999999999", Unit.HOURS))
        .hasMessageContaining("Quantity.amount must have at most 30 digits before");
    assertThatThrownBy(() -> Quantity.of("1e-13", Unit.HOURS))
        .hasMessageContaining("Quantity.amount must have at most 12 digits after");
    assertThat(Quantity.of("1e29", Unit.TOKENS).amount().precision()).isEqualTo(30);
    assertThat(Quantity.of("1.000000000000000000000", Unit.TOKENS))
        .isEqualTo(Quantity.of(1, Unit.TOKENS));
    assertThatThrownBy(() -> Quantity.of(1, Unit.HOURS).compareTo(Quantity.of(1, Unit.BYTES)))
        .hasMessageContaining("hours");
    new EqualsTester()
        .addEqualityGroup(a, b)
        .addEqualityGroup(Quantity.of("1.5", Unit.PERCENT))
        .addEqualityGroup(Quantity.of(2, Unit.TIMES))
        .testEquals();
    nullTester().testAllPublicStaticMethods(Quantity.class);
  }

  @Test
  void should_default_a_measurement_to_confirmed_and_check_its_text() {
    Measurement hours = Measurement.of("labelled audio", Quantity.of(680_000, Unit.HOURS), ARXIV);
    assertThat(hours.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThatThrownBy(() -> Measurement.of(" ", Quantity.of(1, Unit.HOURS), ARXIV))
        .hasMessageContaining("Measurement.subject");
    assertThatThrownBy(() -> Measurement.builder().from(hours).note("").build())
        .hasMessageContaining("Measurement.note");
    new EqualsTester()
        .addEqualityGroup(hours, Measurement.builder().from(hours).build())
        .addEqualityGroup(
            Measurement.builder().from(hours).confidence(Confidence.SECONDARY).build())
        .addEqualityGroup(Measurement.builder().from(hours).source(SEED).build())
        .testEquals();
    nullTester().testAllPublicStaticMethods(Measurement.class);
    nullTester().testAllPublicInstanceMethods(Measurement.builder());
  }

  @Test
  void should_name_the_attribute_when_a_claim_is_invalid() {
    Claim claim = Claim.of(ClaimAttribute.DEVELOPERS, "OpenAI", ARXIV, Confidence.DISPUTED);
    assertThatThrownBy(() -> Claim.of(ClaimAttribute.DEVELOPERS, "", ARXIV, Confidence.CONFIRMED))
        .hasMessageContaining("Claim.value");
    new EqualsTester()
        .addEqualityGroup(claim, Claim.builder().from(claim).build())
        .addEqualityGroup(Claim.builder().from(claim).note("Table 1").build())
        .testEquals();
    nullTester().testAllPublicStaticMethods(Claim.class);
  }

  @Test
  void should_require_a_discrepancy_to_compare_one_attribute_with_different_values() {
    Claim survey = Claim.of(ClaimAttribute.DEVELOPERS, "OpenAI", SEED, Confidence.DISPUTED);
    Claim truth =
        Claim.of(
            ClaimAttribute.DEVELOPERS, "KAUST", Source.arxiv("2102.10407"), Confidence.CONFIRMED);
    Discrepancy discrepancy = Discrepancy.of(DiscrepancyKind.WRONG_ORGANIZATION, survey, truth);
    assertThat(discrepancy.claimed()).isEqualTo(survey);
    assertThatThrownBy(
            () ->
                Discrepancy.of(
                    DiscrepancyKind.WRONG_DATE,
                    survey,
                    Claim.of(ClaimAttribute.RELEASED, "2021-02", ARXIV, Confidence.CONFIRMED)))
        .hasMessageContaining("Discrepancy.actual")
        .hasMessageContaining("'developers'");
    assertThatThrownBy(
            () ->
                Discrepancy.of(
                    DiscrepancyKind.WRONG_ORGANIZATION,
                    survey,
                    Claim.of(ClaimAttribute.DEVELOPERS, "OpenAI", ARXIV, Confidence.CONFIRMED)))
        .hasMessageContaining("Discrepancy.actual must differ");
    new EqualsTester()
        .addEqualityGroup(
            discrepancy, Discrepancy.of(DiscrepancyKind.WRONG_ORGANIZATION, survey, truth))
        .addEqualityGroup(Discrepancy.of(DiscrepancyKind.OTHER, survey, truth))
        .testEquals();
    nullTester().testAllPublicStaticMethods(Discrepancy.class);
  }

  @Test
  void should_name_the_attribute_when_a_lineage_edge_is_invalid() {
    LineageEdge edge = LineageEdge.of(LineageRelation.FINE_TUNED_FROM, "gpt-3", ARXIV);
    assertThatThrownBy(() -> LineageEdge.of(LineageRelation.BUILT_ON, "GPT 3", ARXIV))
        .hasMessageContaining("LineageEdge.target")
        .hasMessageContaining("'GPT 3'");
    new EqualsTester()
        .addEqualityGroup(edge, LineageEdge.builder().from(edge).build())
        .addEqualityGroup(LineageEdge.builder().from(edge).note("12B").build())
        .addEqualityGroup(LineageEdge.of(LineageRelation.BUILT_ON, "gpt-3", ARXIV))
        .testEquals();
    nullTester().testAllPublicStaticMethods(LineageEdge.class);
  }

  @Test
  void should_name_the_attribute_when_an_organization_is_invalid() {
    Organization openAi = Fixtures.organization("openai").build();
    assertThatThrownBy(() -> Fixtures.organization("Open AI").build())
        .hasMessageContaining("Organization.id");
    assertThatThrownBy(() -> Fixtures.organization("x").name("").build())
        .hasMessageContaining("Organization.name");
    assertThatThrownBy(() -> Fixtures.organization("x").country("USA").build())
        .hasMessageContaining("Organization.country")
        .hasMessageContaining("'USA'");
    assertThatThrownBy(() -> Fixtures.organization("x").parent("x").build())
        .hasMessageContaining("Organization.parent");
    assertThatThrownBy(() -> Fixtures.organization("x").parent("Bad").build())
        .hasMessageContaining("Organization.parent");
    assertThatThrownBy(() -> Organization.builder().id("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("kind");
    new EqualsTester()
        .addEqualityGroup(openAi, Fixtures.organization("openai").build())
        .addEqualityGroup(Fixtures.organization("openai").parent("microsoft").build())
        .testEquals();
    nullTester().testAllPublicInstanceMethods(Organization.builder());
  }

  @Test
  void should_name_the_attribute_when_a_technique_is_invalid() {
    Technique lstm = Fixtures.technique("lstm").parent("rnn").year(Year.of(1997)).build();
    assertThatThrownBy(() -> Fixtures.technique("LSTM").build())
        .hasMessageContaining("Technique.id");
    assertThatThrownBy(() -> Fixtures.technique("x").name(" x").build())
        .hasMessageContaining("Technique.name");
    assertThatThrownBy(() -> Fixtures.technique("x").parent("x").build())
        .hasMessageContaining("Technique.parent");
    assertThatThrownBy(() -> Fixtures.technique("x").summary("").build())
        .hasMessageContaining("Technique.summary");
    new EqualsTester()
        .addEqualityGroup(lstm, Technique.builder().from(lstm).build())
        .addEqualityGroup(Fixtures.technique("lstm").build())
        .testEquals();
    nullTester().testAllPublicInstanceMethods(Technique.builder());
  }

  @Test
  void should_list_every_violation_in_the_exception_message() {
    CatalogValidationException e =
        new CatalogValidationException(
            java.util.List.of(
                Violation.of("a", "id", "bad"), Violation.of("b", "parent", "worse")));
    assertThat(e.violations()).hasSize(2);
    assertThat(e)
        .hasMessageContaining("2 problems")
        .hasMessageContaining("a.id: bad")
        .hasMessageContaining("b.parent: worse");
    assertThatThrownBy(() -> new CatalogValidationException(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    new EqualsTester()
        .addEqualityGroup(Violation.of("a", "id", "bad"), Violation.of("a", "id", "bad"))
        .addEqualityGroup(Violation.of("a", "id", "worse"))
        .testEquals();
  }
}
