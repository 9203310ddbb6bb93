package io.github.genaitaxonomy.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.SourceKind;
import io.github.genaitaxonomy.core.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SourcesTest {

  private static final Set<Source> SURVEY_SEEDS =
      Set.of(Facts.SEED_000, Facts.SEED_001, Facts.SEED_002);

  @Test
  void should_cite_sources_and_a_paper_or_its_absence_when_the_entry_is_a_model() {
    for (GenerativeModel model : Holders.models()) {
      assertThat(model.sources()).as(model.id()).isNotEmpty();
      assertThat(model.paper().isPresent())
          .as(model.id())
          .isNotEqualTo(model.paperAbsentReason().isPresent());
      model.paper().ifPresent(p -> assertThat(p.source().isSeed()).as(model.id()).isFalse());
      assertThat(model.sources()).as(model.id()).anyMatch(s -> !s.isSeed());
    }
  }

  @Test
  void should_name_a_developer_unless_no_source_names_the_maker() {
    for (GenerativeModel model : Holders.models()) {
      if (model.developers().isEmpty()) {
        assertThat(model.id()).as("models whose maker is unknown").isEqualTo("chatbcg");
        assertThat(model.summary()).as(model.id()).contains("maker").contains("unknown");
      }
    }
    assertThat(Holders.constants(Organizations.class, Organization.class))
        .extracting(Organization::name)
        .as("no stand-in organizations")
        .noneMatch(name -> name.contains("unknown"));
  }

  @Test
  void should_cite_the_seeds_that_discuss_the_model_when_the_model_comes_from_a_seed() {
    for (GenerativeModel model : Registry.SURVEY_MODELS) {
      assertThat(model.sources()).as(model.id()).anyMatch(SURVEY_SEEDS::contains);
    }
    Set<String> notInSeed004 = Set.of("mistral-7b-instruct", "emu", "musiclm");
    for (GenerativeModel model : Registry.MODELS_2023) {
      assertThat(model.sources().contains(Facts.SEED_004))
          .as(model.id())
          .isEqualTo(!notInSeed004.contains(model.id()));
    }
  }

  @Test
  void should_mark_the_number_secondary_when_its_only_support_is_a_seed_or_a_third_party() {
    for (GenerativeModel model : Holders.models()) {
      for (Measurement m : measurements(model)) {
        if (m.source().isSeed()) {
          assertThat(m.confidence())
              .as(model.id() + ": " + m.subject())
              .isEqualTo(Confidence.SECONDARY);
        }
        if (m.confidence() != Confidence.CONFIRMED) {
          assertThat(m.note()).as(model.id() + ": " + m.subject()).isPresent();
        }
        assertThat(m.confidence()).isNotEqualTo(Confidence.DISPUTED);
      }
    }
  }

  @Test
  void should_dispute_the_claim_and_source_the_truth_when_recording_a_discrepancy() {
    List<Discrepancy> all = new ArrayList<>(Registry.SURVEY_WIDE_DISCREPANCIES);
    Holders.models().forEach(m -> all.addAll(m.discrepancies()));
    assertThat(all).isNotEmpty();
    for (Discrepancy d : all) {
      Claim claimed = d.claimed();
      assertThat(claimed.confidence()).isEqualTo(Confidence.DISPUTED);
      assertThat(claimed.source().equals(Facts.SURVEY) || claimed.source().isSeed())
          .as(claimed.toString())
          .isTrue();
      assertThat(claimed.note()).as(claimed.toString()).isPresent();
      assertThat(d.actual().confidence()).isIn(Confidence.CONFIRMED, Confidence.SECONDARY);
      assertThat(d.actual().source()).isNotEqualTo(claimed.source());
      if (d.actual().confidence() == Confidence.SECONDARY) {
        assertThat(d.actual().note()).as(d.actual().toString()).isPresent();
      }
    }
  }

  @Test
  void should_source_every_lineage_edge_outside_the_seeds_when_recording_lineage() {
    Holders.models().stream()
        .flatMap(m -> m.lineage().stream())
        .forEach(e -> assertThat(e.source().isSeed()).as(e.toString()).isFalse());
  }

  @Test
  void should_source_every_organization_but_alphabet_when_listing_organizations() {
    for (Organization organization : Registry.ORGANIZATIONS) {
      if (organization.id().equals("alphabet")) {
        assertThat(organization.sources()).isEmpty();
      } else {
        assertThat(organization.sources()).as(organization.id()).isNotEmpty();
      }
      organization.country().ifPresent(c -> assertThat(c).matches("[A-Z]{2}"));
    }
  }

  @Test
  void should_summarise_every_technique_and_cite_a_primary_reference_when_one_is_given() {
    for (Technique technique : Registry.TECHNIQUES) {
      assertThat(technique.summary()).as(technique.id()).isPresent();
      technique
          .reference()
          .ifPresent(
              r ->
                  assertThat(r.kind())
                      .as(technique.id())
                      .isIn(SourceKind.ARXIV, SourceKind.DOI, SourceKind.URL));
    }
  }

  private static List<Measurement> measurements(GenerativeModel model) {
    return Stream.of(
            model.parameters().stream(), model.trainingData().stream(), model.results().stream())
        .flatMap(s -> s)
        .toList();
  }
}
