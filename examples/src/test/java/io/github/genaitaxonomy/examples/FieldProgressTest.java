package io.github.genaitaxonomy.examples;

import static io.github.genaitaxonomy.examples.TourTest.tour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.reconcile.Match;
import io.github.genaitaxonomy.core.reconcile.Reconciler;
import io.github.genaitaxonomy.core.reconcile.Reconciliation;
import io.github.genaitaxonomy.core.reconcile.TrustedCatalog;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.examples.TourTest.Run;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The field's figures in the tour, and the built-in catalog reconciled with imports. */
class FieldProgressTest {
  private static Reconciliation reconciled() {
    return Reconciler.reconcile(
        TrustedCatalog.of("built-in", 3, Edition.ALL.catalog()),
        TrustedCatalog.of("epoch", 2, ImportedFixtures.epoch()),
        TrustedCatalog.of("ecosystem-graphs", 1, ImportedFixtures.ecosystemGraphs()));
  }

  @Test
  void should_keep_the_curated_facts_and_add_the_imported_authors_when_reconciling_imports() {
    Reconciliation r = reconciled();
    Catalog catalog = r.catalog();

    // one more: Epoch's LDM row, whose arXiv id two curated models share, stays apart
    assertThat(catalog.models().size()).isEqualTo(Edition.ALL.catalog().models().size() + 1);
    assertThat(catalog.get("phenaki").developers())
        .containsExactly("google-brain", "university-college-london");
    assertThat(catalog.get("bloomberggpt").developers())
        .containsExactly("bloomberg", "johns-hopkins-university");
    assertThat(r.report().conflicts().get("bloomberggpt")).isEmpty();
    assertThat(catalog.organizations().find("deepmind")).isPresent();
    assertThat(catalog.organizations().find("google-deepmind")).isPresent();
  }

  @Test
  void should_keep_the_epoch_ldm_row_apart_when_its_arxiv_id_names_two_curated_models() {
    Reconciliation r = reconciled();

    // Stable Diffusion and the Latent Diffusion Model both cite arXiv 2112.10752
    assertThat(r.report().matches())
        .filteredOn(m -> m.catalog().equals("epoch"))
        .extracting(Match::model, Match::entry)
        .contains(
            tuple("stable-diffusion-ldm-kl-8-g", "stable-diffusion-ldm-kl-8-g"),
            tuple("dall-e-2", "dall-e-2"));
    // the curated model keeps its own facts: nothing of the Epoch row is merged into it
    assertThat(r.catalog().get("latent-diffusion"))
        .isEqualTo(Edition.ALL.catalog().get("latent-diffusion"));
    assertThat(r.report().probableMatches().toString()).contains("stable-diffusion-ldm-kl-8-g");
  }

  @Test
  void should_record_the_ecosystem_graphs_parameter_count_as_disputed_when_it_differs() {
    GenerativeModel sd = reconciled().catalog().get("stable-diffusion");

    Discrepancy parameters =
        sd.discrepancies().stream()
            .filter(d -> d.kind() == DiscrepancyKind.SOURCES_DISAGREE)
            .filter(d -> d.claimed().attribute() == ClaimAttribute.PARAMETERS)
            .findFirst()
            .orElseThrow();
    assertThat(parameters.claimed().value()).isEqualTo("890000000");
    assertThat(parameters.actual().value()).isEqualTo("860000000");
    assertThat(sd.developers()).containsExactly("compvis", "runway", "stability-ai");
  }

  @Test
  void should_print_the_report_when_run_with_reconcile_files(@TempDir Path dir) throws IOException {
    Path epoch = dir.resolve("epoch.json");
    Path graphs = dir.resolve("ecosystem-graphs.json");
    TaxonomyJson.defaults().write(ImportedFixtures.epoch(), epoch);
    TaxonomyJson.defaults().write(ImportedFixtures.ecosystemGraphs(), graphs);

    Run run = tour("--reconcile", epoch.toString(), graphs.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Catalogs, most trusted first: built-in, epoch, ecosystem-graphs")
        .contains("Conflicting parameters");
  }

  @Test
  void should_print_counts_concentration_and_claims_when_exporting_analytics() {
    Run run = tour("--export", "analytics");

    assertThat(run.status()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("models").asInt()).isEqualTo(Edition.ALL.catalog().models().size());
    assertThat(json.get("countingRule").asString()).isEqualTo("fractional");
    assertThat(json.get("byYear").get("2022").get("text-to-image").asInt()).isPositive();
    assertThat(json.get("byQuarter").has("2022-Q3")).isTrue();
    JsonNode c2022 = json.get("concentration").get("2022");
    assertThat(c2022.get("top1Share").asDouble()).isBetween(0.0, 1.0);
    assertThat(c2022.get("hhi").asDouble()).isBetween(0.0, c2022.get("top1Share").asDouble());
    assertThat(c2022.get("orgsFor80Percent").asInt())
        .isBetween(1, c2022.get("organizations").asInt());
    assertThat(json.get("surveyClaims")).hasSize(3);
    assertThat(json.get("surveyClaims").get(0).get("holds").isBoolean()).isTrue();
  }

  @Test
  void should_test_the_survey_claims_when_touring_the_survey_edition() {
    Run run = tour("--edition", "survey-2022");

    assertThat(run.out())
        .contains("6. How the field moved")
        .contains("claim: all models are from 2022")
        .contains("LaMDA (2021-05)")
        .contains("Muse (2023-01)");
    run.out().lines().forEach(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }
}
