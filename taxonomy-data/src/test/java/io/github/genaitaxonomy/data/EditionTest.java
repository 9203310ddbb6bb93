package io.github.genaitaxonomy.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EditionTest {

  @ParameterizedTest
  @EnumSource(Edition.class)
  void should_resolve_every_reference_inside_the_edition_when_it_is_built(Edition edition) {
    // GIVEN: building the edition did not throw
    Catalog catalog = edition.catalog();
    // THEN
    List<String> dangling = new ArrayList<>();
    for (Organization organization : catalog.organizations()) {
      organization
          .parent()
          .filter(p -> !catalog.organizations().contains(p))
          .ifPresent(p -> dangling.add(organization.id() + " parent " + p));
    }
    for (Technique technique : catalog.techniques()) {
      technique
          .parent()
          .filter(p -> !catalog.techniques().contains(p))
          .ifPresent(p -> dangling.add(technique.id() + " parent " + p));
    }
    for (GenerativeModel model : catalog.models()) {
      model.developers().stream()
          .filter(d -> !catalog.organizations().contains(d))
          .forEach(d -> dangling.add(model.id() + " developer " + d));
      model.techniques().stream()
          .filter(t -> !catalog.techniques().contains(t))
          .forEach(t -> dangling.add(model.id() + " technique " + t));
      model.lineage().stream()
          .map(LineageEdge::target)
          .filter(t -> !catalog.models().contains(t) && !catalog.techniques().contains(t))
          .forEach(t -> dangling.add(model.id() + " lineage " + t));
    }
    assertThat(dangling).isEmpty();
  }

  @Test
  void should_hold_the_survey_and_base_models_but_no_2023_model_when_edition_is_survey_2022() {
    Catalog survey = Edition.SURVEY_2022.catalog();
    assertThat(survey.models().asList())
        .containsAll(Registry.SURVEY_MODELS)
        .containsAll(Registry.BASE_MODELS)
        .doesNotContainAnyElementsOf(Registry.MODELS_2023);
    assertThat(survey.models().size())
        .isEqualTo(Registry.SURVEY_MODELS.size() + Registry.BASE_MODELS.size());
    // the closure: techniques of the seed-003 tree that no 2022 model uses stay out
    assertThat(survey.techniques().contains("lstm")).isFalse();
    assertThat(survey.techniques().contains("qlora")).isFalse();
    assertThat(survey.organizations().contains("mistral-ai")).isFalse();
    // parent chains are pulled in
    assertThat(survey.organizations().ids()).contains("alphabet", "google", "google-research");
    assertThat(survey.techniques().ids()).contains("deep-generative-model", "attention-mechanism");
  }

  @Test
  void should_pull_in_the_2022_entries_it_builds_on_when_edition_is_supplement_2023() {
    Catalog supplement = Edition.SUPPLEMENT_2023.catalog();
    assertThat(supplement.models().asList()).containsAll(Registry.MODELS_2023);
    assertThat(supplement.models().ids())
        .contains("stable-diffusion", "chatgpt", "gpt-3-5", "clip", "latent-diffusion", "gpt-3")
        .doesNotContain("imagen", "whisper", "alphatensor");
    assertThat(supplement.techniques().ids()).contains("qlora", "lora", "dpo", "rlhf");
  }

  @Test
  void should_contain_the_notable_2023_models_when_edition_is_supplement_2023() {
    Catalog supplement = Edition.SUPPLEMENT_2023.catalog();
    assertThat(supplement.models().ids())
        .contains(
            "pythia",
            "llama-2",
            "guanaco",
            "bloomberggpt",
            "zephyr-7b",
            "mistral-7b",
            "mixtral-8x7b",
            "phi-1",
            "phi-1-5",
            "phi-2",
            "orca-2",
            "segment-anything",
            "emu-video");
    assertThat(supplement.get("guanaco").lineage())
        .anySatisfy(
            e -> {
              assertThat(e.relation()).isEqualTo(LineageRelation.TRAINED_WITH);
              assertThat(e.target()).isEqualTo("qlora");
            });
    assertThat(supplement.get("zephyr-7b").lineage())
        .extracting(LineageEdge::target)
        .contains("mistral-7b", "dpo");
    assertThat(supplement.find("qlora")).isEmpty();
    assertThat(supplement.find("dpo")).isEmpty();
  }

  @Test
  void should_resolve_the_2023_lineage_into_2022_entries_when_edition_is_all() {
    Catalog all = Edition.ALL.catalog();
    Set<String> entries2022 =
        Registry.SURVEY_MODELS.stream().map(GenerativeModel::id).collect(Collectors.toSet());
    Registry.BASE_MODELS.forEach(m -> entries2022.add(m.id()));
    Set<String> edges =
        Registry.MODELS_2023.stream()
            .flatMap(m -> m.lineage().stream().map(e -> m.id() + "->" + e.target()))
            .filter(e -> entries2022.contains(e.substring(e.indexOf("->") + 2)))
            .collect(Collectors.toSet());
    assertThat(edges)
        .containsExactlyInAnyOrder(
            "video-ldm->stable-diffusion",
            "alpaca->gpt-3-5",
            "phi-1->gpt-3-5",
            "zephyr-7b->chatgpt",
            "segment-anything->clip");
    for (String edge : edges) {
      String from = edge.substring(0, edge.indexOf("->"));
      String to = edge.substring(edge.indexOf("->") + 2);
      assertThat(all.lineage().hasEdgeConnecting(from, to)).as(edge).isTrue();
      assertThat(all.get(to)).isSameAs(Registry.model(to));
    }
  }

  @Test
  void should_hold_every_constant_when_edition_is_all() {
    Catalog all = Edition.ALL.catalog();
    assertThat(all.organizations().asList())
        .containsExactlyInAnyOrderElementsOf(Registry.ORGANIZATIONS);
    assertThat(all.techniques().asList()).containsExactlyInAnyOrderElementsOf(Registry.TECHNIQUES);
    assertThat(all.models().asList()).containsExactlyInAnyOrderElementsOf(Holders.models());
  }

  @Test
  void should_hold_its_holders_and_stay_within_all_when_an_edition_is_built() {
    assertThat(counts(Edition.ALL))
        .containsExactly(
            Registry.ORGANIZATIONS.size(), Registry.TECHNIQUES.size(), Holders.models().size());
    assertThat(Edition.SURVEY_2022.catalog().models().asList())
        .containsAll(Registry.SURVEY_MODELS)
        .containsAll(Registry.BASE_MODELS);
    assertThat(Edition.SUPPLEMENT_2023.catalog().models().asList())
        .containsAll(Registry.MODELS_2023);
    for (Edition edition : List.of(Edition.SURVEY_2022, Edition.SUPPLEMENT_2023)) {
      List<Integer> sizes = counts(edition);
      List<Integer> all = counts(Edition.ALL);
      for (int i = 0; i < sizes.size(); i++) {
        assertThat(sizes.get(i)).as(edition + " " + i).isPositive().isLessThanOrEqualTo(all.get(i));
      }
    }
  }

  @Test
  void should_return_the_same_catalog_when_an_edition_is_asked_twice() {
    assertThat(Edition.ALL.catalog()).isSameAs(Edition.ALL.catalog());
    assertThat(Edition.SURVEY_2022.id()).isEqualTo("survey-2022");
  }

  private static List<Integer> counts(Edition edition) {
    Catalog catalog = edition.catalog();
    return List.of(
        catalog.organizations().size(), catalog.techniques().size(), catalog.models().size());
  }
}
