package io.github.genaitaxonomy.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Collections2;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.InvalidAttributeException;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReconcilerTest {
  private static final Source CURATED = Source.arxiv("2112.10752");
  private static final Source OTHER = Source.url("https://example.org/models");

  private static Organization org(String id, String name) {
    Organization.Builder b = Organization.builder();
    return b.id(id).name(name).kind(OrganizationKind.COMPANY).addSources(CURATED).build();
  }

  private static GenerativeModel.Builder model(
      String id, String name, YearMonth released, Source source, String... developers) {
    GenerativeModel.Builder b = GenerativeModel.builder();
    b.id(id)
        .name(name)
        .signature(ModalitySignature.parse("text->image"))
        .addDevelopers(developers)
        .released(released)
        .paperAbsentReason("no paper")
        .addSources(source)
        .summary("A model.");
    return b;
  }

  private static Measurement parameters(long count, Source source) {
    return Measurement.of("parameters", Quantity.of(count, Unit.PARAMETERS), source);
  }

  /** The curated side: two organizations, two models, one built on the other. */
  private static Catalog curated() {
    return Catalog.builder()
        .addOrganizations(org("deepmind", "DeepMind"), org("compvis", "CompVis"))
        .addModels(
            model(
                    "latent-diffusion",
                    "Latent Diffusion",
                    YearMonth.of(2021, 12),
                    CURATED,
                    "compvis")
                .build(),
            model("stable-diffusion", "Stable Diffusion", YearMonth.of(2022, 8), CURATED, "compvis")
                .paper(Paper.arxiv("2112.10752", "High-Resolution Image Synthesis"))
                .paperAbsentReason(java.util.Optional.empty())
                .parameters(parameters(860_000_000L, CURATED))
                .addLineage(LineageEdge.of(LineageRelation.BUILT_ON, "latent-diffusion", CURATED))
                .build())
        .build();
  }

  /** An import that names the same model otherwise, with another month and parameter count. */
  private static Catalog imported() {
    return Catalog.builder()
        .addOrganizations(
            org("google-deepmind", "Google DeepMind"),
            org("compvis", "CompVis"),
            org("ucl", "University College London"))
        .addModels(
            model("sd", "stable-diffusion (LDM)", YearMonth.of(2022, 4), OTHER, "compvis", "ucl")
                .paper(Paper.arxiv("2112.10752", "High-Resolution Image Synthesis"))
                .paperAbsentReason(java.util.Optional.empty())
                .parameters(parameters(1_450_000_000L, OTHER))
                .build(),
            model("dall-e", "DALL·E", YearMonth.of(2021, 1), OTHER, "google-deepmind").build())
        .build();
  }

  @Test
  void should_return_the_same_catalog_when_a_catalog_is_reconciled_with_itself() {
    Reconciliation r =
        Reconciler.reconcile(
            TrustedCatalog.of("a", 1, curated()), TrustedCatalog.of("b", 1, curated()));

    assertThat(r.catalog()).isEqualTo(curated());
    assertThat(r.report().conflicts().isEmpty()).isTrue();
    assertThat(r.report().merged()).containsExactly("latent-diffusion", "stable-diffusion");
  }

  @Test
  void should_keep_the_trusted_value_and_record_the_other_when_sources_disagree() {
    Reconciliation r =
        Reconciler.reconcile(
            TrustedCatalog.of("imported", 1, imported()),
            TrustedCatalog.of("curated", 2, curated()));
    GenerativeModel sd = r.catalog().get("stable-diffusion");

    assertThat(sd.released()).isEqualTo(YearMonth.of(2022, 8));
    assertThat(sd.name()).isEqualTo("Stable Diffusion");
    assertThat(sd.aliases()).containsExactly("stable-diffusion (LDM)");
    assertThat(sd.developers()).containsExactly("compvis", "ucl");
    assertThat(sd.sources()).containsExactly(CURATED, OTHER);
    assertThat(sd.discrepancies())
        .filteredOn(d -> d.kind() == DiscrepancyKind.SOURCES_DISAGREE)
        .extracting(d -> d.claimed().attribute().id())
        .containsExactly("name", "released", "parameters");
    Discrepancy released =
        sd.discrepancies().stream()
            .filter(d -> d.claimed().attribute() == ClaimAttribute.RELEASED)
            .findFirst()
            .orElseThrow();
    assertThat(released.claimed())
        .extracting(Claim::value, Claim::source, Claim::confidence)
        .containsExactly("2022-04", OTHER, Confidence.DISPUTED);
    assertThat(released.actual())
        .extracting(Claim::value, Claim::source, Claim::confidence)
        .containsExactly("2022-08", CURATED, Confidence.CONFIRMED);
    assertThat(r.report().conflicts().get("released")).containsExactly("stable-diffusion");
    assertThat(r.report().conflicts().get("parameters")).containsExactly("stable-diffusion");
  }

  @Test
  void should_match_by_arxiv_id_when_ids_and_names_differ() {
    Reconciliation r =
        Reconciler.reconcile(
            TrustedCatalog.of("curated", 2, curated()),
            TrustedCatalog.of("imported", 1, imported()));

    assertThat(r.report().matches())
        .filteredOn(m -> m.model().equals("sd"))
        .extracting(Match::entry, Match::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("stable-diffusion", "arxiv:2112.10752"));
    assertThat(r.catalog().models().asList())
        .extracting(GenerativeModel::id)
        .containsExactly("latent-diffusion", "stable-diffusion", "dall-e");
  }

  @Test
  void should_report_a_probable_match_and_not_merge_when_an_organization_name_contains_another() {
    Reconciliation r =
        Reconciler.reconcile(
            TrustedCatalog.of("curated", 2, curated()),
            TrustedCatalog.of("imported", 1, imported()));

    assertThat(r.catalog().organizations().find("google-deepmind")).isPresent();
    assertThat(r.catalog().organizations().find("deepmind")).isPresent();
    assertThat(r.report().probableMatches())
        .extracting(ProbableMatch::toString)
        .contains(
            "organization google-deepmind (imported) ~ deepmind: one name contains the other");
  }

  @Test
  void should_report_a_probable_match_when_names_differ_only_by_version() {
    Catalog versioned =
        Catalog.builder()
            .addOrganizations(org("compvis", "CompVis"))
            .addModels(
                model("sd-v1-5", "Stable Diffusion v1.5", YearMonth.of(2022, 10), OTHER, "compvis")
                    .build())
            .build();
    Reconciliation r =
        Reconciler.reconcile(
            TrustedCatalog.of("curated", 2, curated()), TrustedCatalog.of("other", 1, versioned));

    assertThat(r.catalog().find("sd-v1-5")).isPresent();
    assertThat(r.report().probableMatches())
        .extracting(ProbableMatch::toString)
        .containsExactly("model sd-v1-5 (other) ~ stable-diffusion: equal names without version");
  }

  static Stream<List<TrustedCatalog>> equalTrustOrders() {
    List<TrustedCatalog> catalogs =
        List.of(
            TrustedCatalog.of("curated", 1, curated()),
            TrustedCatalog.of("imported", 1, imported()),
            TrustedCatalog.of(
                "third",
                1,
                Catalog.builder()
                    .addOrganizations(org("compvis", "CompVis"))
                    .addModels(
                        model(
                                "stable-diffusion",
                                "Stable Diffusion",
                                YearMonth.of(2022, 9),
                                OTHER,
                                "compvis")
                            .build())
                    .build()));
    return Collections2.permutations(catalogs).stream().map(ArrayList::new);
  }

  @ParameterizedTest
  @MethodSource("equalTrustOrders")
  void should_give_the_same_result_when_catalogs_of_equal_trust_come_in_any_order(
      List<TrustedCatalog> order) {
    Reconciliation expected = Reconciler.reconcile(equalTrustOrders().findFirst().orElseThrow());

    Reconciliation actual = Reconciler.reconcile(order);

    assertThat(actual).isEqualTo(expected);
    assertThat(actual.catalog().get("stable-diffusion").released())
        .isEqualTo(YearMonth.of(2022, 8));
  }

  @Test
  void should_throw_invalid_attribute_exception_when_two_catalogs_share_a_name() {
    assertThatThrownBy(
            () ->
                Reconciler.reconcile(
                    TrustedCatalog.of("a", 1, curated()), TrustedCatalog.of("a", 2, imported())))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("TrustedCatalog.name")
        .hasMessageContaining("'a'");
  }
}
