package io.github.genaitaxonomy.core;

import static io.github.genaitaxonomy.core.Fixtures.model;
import static io.github.genaitaxonomy.core.Fixtures.organization;
import static io.github.genaitaxonomy.core.Fixtures.technique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.graph.ImmutableValueGraph;
import com.google.common.testing.EqualsTester;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private static final Source SOURCE = Fixtures.PAPER_SOURCE;

  private static final Organization ALPHABET = organization("alphabet").build();
  private static final Organization GOOGLE = organization("google").parent("alphabet").build();
  private static final Organization DEEPMIND =
      organization("deepmind").parent("alphabet").country("GB").build();
  private static final Organization OPENAI = organization("openai").build();

  private static final Technique TRANSFORMER = technique("transformer").build();
  private static final Technique DIFFUSION =
      technique("diffusion").kind(TechniqueKind.GENERATIVE_FAMILY).build();
  private static final Technique LATENT_DIFFUSION =
      technique("latent-diffusion")
          .kind(TechniqueKind.GENERATIVE_FAMILY)
          .parent("diffusion")
          .build();

  private static final GenerativeModel GPT_3 =
      model("gpt-3")
          .signature(ModalitySignature.parse("text->text"))
          .released(YearMonth.of(2020, 5))
          .addTechniques("transformer")
          .parameters(Fixtures.parameters(175_000_000_000L))
          .addAccess(Access.API)
          .build();
  private static final GenerativeModel CODEX =
      model("codex")
          .surveyCategory(Category.TEXT_TO_CODE)
          .addTechniques("transformer")
          .addLineage(LineageEdge.of(LineageRelation.FINE_TUNED_FROM, "gpt-3", SOURCE))
          .parameters(Fixtures.parameters(12_000_000_000L))
          .addAccess(Access.API)
          .build();
  private static final GenerativeModel IMAGEN =
      model("imagen")
          .surveyCategory(Category.TEXT_TO_IMAGE)
          .signature(ModalitySignature.parse("text->image"))
          .developers(java.util.List.of("google"))
          .released(YearMonth.of(2022, 5))
          .addTechniques("latent-diffusion")
          .addAccess(Access.CLOSED)
          .build();
  private static final GenerativeModel FLAMINGO =
      model("flamingo")
          .surveyCategory(Category.IMAGE_TO_TEXT)
          .signature(ModalitySignature.parse("text+image+video->text"))
          .developers(java.util.List.of("deepmind"))
          .released(YearMonth.of(2022, 4))
          .addAccess(Access.CLOSED)
          .build();
  private static final GenerativeModel WHISPER =
      model("whisper")
          .surveyCategory(Category.TEXT_TO_AUDIO)
          .signature(ModalitySignature.parse("speech->text"))
          .released(YearMonth.of(2022, 9))
          .addAccess(Access.OPEN_WEIGHTS, Access.CODE)
          .addDiscrepancies(
              Discrepancy.of(
                  DiscrepancyKind.MISFILED_CATEGORY,
                  Claim.of(
                      ClaimAttribute.SURVEY_CATEGORY,
                      "text-to-audio",
                      Source.arxiv("2301.04655"),
                      Confidence.DISPUTED),
                  Claim.of(
                      ClaimAttribute.SURVEY_CATEGORY,
                      "speech-to-text",
                      Source.arxiv("2212.04356"),
                      Confidence.CONFIRMED)))
          .build();

  private static Catalog catalog() {
    return Catalog.builder()
        .addOrganizations(ALPHABET, GOOGLE, DEEPMIND, OPENAI)
        .addTechniques(TRANSFORMER, DIFFUSION, LATENT_DIFFUSION)
        .addModels(GPT_3, CODEX, IMAGEN, FLAMINGO, WHISPER)
        .build();
  }

  @Test
  void should_look_up_entries_by_id_and_suggest_the_nearest_ids_when_unknown() {
    Catalog catalog = catalog();
    assertThat(catalog.get("codex")).isSameAs(CODEX);
    assertThat(catalog.find("codex")).containsSame(CODEX);
    assertThat(catalog.find("codec")).isEmpty();
    assertThat(catalog.organizations().get("deepmind")).isSameAs(DEEPMIND);
    assertThat(catalog.techniques().ids())
        .containsExactly("transformer", "diffusion", "latent-diffusion");
    assertThatThrownBy(() -> catalog.get("codec"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'codec'")
        .hasMessageContaining("nearest known ids: codex");
    assertThatThrownBy(() -> catalog.organizations().get("open-ai"))
        .hasMessageContaining("organization id 'open-ai'")
        .hasMessageContaining("openai");
  }

  @Test
  void should_report_every_problem_at_once_when_the_catalog_is_invalid() {
    GenerativeModel broken =
        model("broken")
            .developers(java.util.List.of("open-ai", "nvidia"))
            .addTechniques("transformers")
            .addLineage(LineageEdge.of(LineageRelation.BUILT_ON, "gpt3", SOURCE))
            .build();
    assertThatThrownBy(
            () ->
                Catalog.builder()
                    .addOrganizations(OPENAI, organization("meta").parent("facebook").build())
                    .addTechniques(TRANSFORMER, technique("lstm").parent("rnn").build())
                    .addModels(GPT_3, broken, model("openai").build())
                    .build())
        .isInstanceOfSatisfying(
            CatalogValidationException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::toString)
                  .containsExactly(
                      "openai.id: duplicate id: this model reuses the id of an organization",
                      "meta.parent: unknown organization 'facebook'",
                      "lstm.parent: unknown technique 'rnn'",
                      "broken.developers[0]: unknown organization 'open-ai'; nearest known: openai",
                      "broken.developers[1]: unknown organization 'nvidia'",
                      "broken.techniques[0]: unknown technique 'transformers'; nearest known: transformer",
                      "broken.lineage[0].target: unknown model or technique 'gpt3'; nearest known: gpt-3, lstm");
              assertThat(e).hasMessageStartingWith("Invalid catalog: 7 problems");
            });
  }

  @Test
  void should_reject_cycles_in_lineage_and_parents() {
    GenerativeModel a =
        model("a").addLineage(LineageEdge.of(LineageRelation.FINE_TUNED_FROM, "b", SOURCE)).build();
    GenerativeModel b =
        model("b").addLineage(LineageEdge.of(LineageRelation.DISTILLED_FROM, "a", SOURCE)).build();
    assertThatThrownBy(
            () ->
                Catalog.builder()
                    .addOrganizations(
                        OPENAI,
                        organization("x").parent("y").build(),
                        organization("y").parent("x").build())
                    .addTechniques(
                        technique("t").parent("t2").build(), technique("t2").parent("t").build())
                    .addModels(a, b)
                    .build())
        .isInstanceOfSatisfying(
            CatalogValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::toString)
                    .containsExactly(
                        "x.parent: cycle in organization parents: x -> y -> x",
                        "t.parent: cycle in technique parents: t -> t2 -> t",
                        "a.lineage: cycle in model lineage: a -> b -> a"));
  }

  @Test
  void should_answer_queries_in_catalog_order() {
    Catalog catalog = catalog();
    assertThat(catalog.query().ids())
        .containsExactly("gpt-3", "codex", "imagen", "flamingo", "whisper");
    assertThat(catalog.query().surveyCategory(Category.TEXT_TO_CODE).ids())
        .containsExactly("codex");
    assertThat(catalog.query().classifiedAs(Category.OTHER).ids()).containsExactly("whisper");
    assertThat(catalog.query().input(Modality.IMAGE).ids()).containsExactly("flamingo");
    assertThat(catalog.query().input(Modality.AUDIO).ids()).containsExactly("whisper");
    assertThat(catalog.query().output(Modality.TEXT).ids())
        .containsExactly("gpt-3", "codex", "flamingo", "whisper");
    assertThat(catalog.query().developer("openai").output(Modality.CODE).ids())
        .containsExactly("codex");
    assertThat(catalog.query().developer("alphabet").ids()).isEmpty();
    assertThat(catalog.query().developerWithin("alphabet").ids())
        .containsExactly("imagen", "flamingo");
    assertThat(catalog.query().technique("diffusion").ids()).containsExactly("imagen");
    assertThat(catalog.query().access(Access.API).ids()).containsExactly("gpt-3", "codex");
    assertThat(catalog.query().parametersBetween(1, 100_000_000_000L).ids())
        .containsExactly("codex");
    assertThat(catalog.query().releasedBetween(YearMonth.of(2022, 1), YearMonth.of(2022, 5)).ids())
        .containsExactly("imagen", "flamingo");
    assertThat(catalog.query().matching(m -> m.name().endsWith("x")).count()).isEqualTo(1);
    assertThat(catalog.query().developer("openai").access(Access.API))
        .hasToString("models where developer=openai and access=api");
    assertThatThrownBy(() -> catalog.query().parametersBetween(2, 1))
        .hasMessageContaining("min 2 is greater than max 1");
    assertThatThrownBy(
            () -> catalog.query().releasedBetween(YearMonth.of(2023, 1), YearMonth.of(2022, 1)))
        .hasMessageContaining("after");
  }

  @Test
  void should_count_models_by_category_organization_and_month() {
    CatalogStatistics stats = catalog().statistics();
    assertThat(stats.modelCount()).isEqualTo(5);
    assertThat(stats.modelsOutsideSurvey()).isEqualTo(1);
    assertThat(stats.modelsBySurveyCategory())
        .hasSize(9)
        .containsEntry(Category.TEXT_TO_CODE, 1)
        .containsEntry(Category.TEXT_TO_3D, 0);
    assertThat(stats.modelsBySurveyCategory().keySet())
        .containsExactlyElementsOf(Category.survey());
    assertThat(stats.modelsByOrganization())
        .containsExactly(
            java.util.Map.entry("openai", 3),
            java.util.Map.entry("deepmind", 1),
            java.util.Map.entry("google", 1));
    assertThat(stats.modelsByMonth().firstKey()).isEqualTo(YearMonth.of(2020, 5));
    assertThat(stats.modelsByMonth()).containsEntry(YearMonth.of(2021, 7), 1).hasSize(5);
  }

  @Test
  void should_expose_lineage_as_a_graph_and_discrepancies_by_model() {
    Catalog catalog = catalog();
    ImmutableValueGraph<String, LineageRelation> lineage = catalog.lineage();
    assertThat(lineage.isDirected()).isTrue();
    assertThat(lineage.nodes()).contains("gpt-3", "codex", "whisper");
    assertThat(lineage.edgeValue("codex", "gpt-3")).contains(LineageRelation.FINE_TUNED_FROM);
    assertThat(lineage.predecessors("gpt-3")).containsExactly("codex");
    assertThat(catalog.discrepancies().keySet()).containsExactly("whisper");
  }

  @Test
  void should_merge_equal_entries_and_reject_conflicting_ones_in_a_union() {
    Catalog first = catalog();
    Catalog second =
        Catalog.builder()
            .addOrganizations(OPENAI)
            .addTechniques(TRANSFORMER)
            .addModels(GPT_3)
            .build();
    assertThat(Catalog.union(first, second)).isEqualTo(first);
    Catalog conflicting =
        Catalog.builder()
            .addOrganizations(OPENAI)
            .addModels(model("gpt-3").name("GPT three").build())
            .build();
    assertThatThrownBy(() -> Catalog.union(first, conflicting))
        .isInstanceOfSatisfying(
            CatalogValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::attribute).containsExactly("id"));
    assertThat(Catalog.union()).isEqualTo(Catalog.empty());
  }

  @Test
  void should_be_equal_when_entries_are_equal_in_order() {
    new EqualsTester()
        .addEqualityGroup(catalog(), catalog(), catalog().toBuilder().build())
        .addEqualityGroup(Catalog.empty(), Catalog.builder().build())
        .addEqualityGroup(Catalog.builder().addOrganizations(OPENAI).build())
        .testEquals();
    assertThat(catalog()).hasToString("Catalog{organizations=4, techniques=3, models=5}");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void should_reject_null_entries_with_a_named_exception() {
    assertThatThrownBy(() -> Catalog.builder().addModels((GenerativeModel) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Catalog.builder().addModels(java.util.Arrays.asList(GPT_3, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("model");
  }
}
