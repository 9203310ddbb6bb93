package io.github.genaitaxonomy.core;

import static io.github.genaitaxonomy.core.Fixtures.model;
import static io.github.genaitaxonomy.core.Fixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The catalog's graph walks on long chains, on a thread with the default stack size; its
 * suggestions for unknown ids; and its indices made on first use.
 */
class CatalogGraphsTest {
  private static final Organization OPENAI = organization("openai").build();

  /**
   * Runs {@code work} on a new thread, whose stack has the default size, and returns its result.
   */
  private static <T> T onDefaultStack(Supplier<T> work) throws InterruptedException {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.set(work.get());
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    thread.start();
    thread.join();
    assertThat(failure.get()).as("what the walk threw").isNull();
    return java.util.Objects.requireNonNull(result.get(), "result");
  }

  private static List<GenerativeModel> lineageChain(int length) {
    List<GenerativeModel> models = new ArrayList<>(length);
    models.add(model("m-0").build());
    for (int i = 1; i < length; i++) {
      models.add(
          model("m-" + i)
              .addLineage(
                  LineageEdge.of(
                      LineageRelation.FINE_TUNED_FROM, "m-" + (i - 1), Fixtures.PAPER_SOURCE))
              .build());
    }
    return models;
  }

  @Test
  void should_build_when_a_lineage_chain_holds_a_million_models() throws InterruptedException {
    List<GenerativeModel> chain = lineageChain(1_000_000);

    Catalog catalog =
        onDefaultStack(() -> Catalog.builder().addOrganizations(OPENAI).addModels(chain).build());

    assertThat(catalog.models().size()).isEqualTo(chain.size());
    assertThat(catalog.lineage().edges()).hasSize(chain.size() - 1);
  }

  @Test
  void should_build_and_query_when_organization_parents_chain_100000_deep()
      throws InterruptedException {
    List<Organization> chain = new ArrayList<>();
    chain.add(organization("o-0").build());
    for (int i = 1; i < 100_000; i++) {
      chain.add(organization("o-" + i).parent("o-" + (i - 1)).build());
    }
    GenerativeModel deepest = model("deep").developers(List.of("o-99999")).build();

    List<String> within =
        onDefaultStack(
            () ->
                Catalog.builder()
                    .addOrganizations(chain)
                    .addModels(deepest)
                    .build()
                    .query()
                    .developerWithin("o-0")
                    .ids());

    assertThat(within).containsExactly("deep");
  }

  @Test
  void should_name_the_cycle_briefly_when_100000_models_form_one() throws InterruptedException {
    List<GenerativeModel> models = new ArrayList<>(lineageChain(100_000));
    models.set(
        0,
        model("m-0")
            .addLineage(
                LineageEdge.of(LineageRelation.FINE_TUNED_FROM, "m-99999", Fixtures.PAPER_SOURCE))
            .build());

    CatalogValidationException e =
        onDefaultStack(
            () ->
                catchThrowableOfType(
                    CatalogValidationException.class,
                    () -> Catalog.builder().addOrganizations(OPENAI).addModels(models).build()));

    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).message())
        .startsWith("cycle in model lineage: m-0 -> m-99999 -> m-99998")
        .endsWith(" -> ... (99990 more) -> m-0")
        .hasSizeLessThan(200);
  }

  @Test
  void should_suggest_the_same_near_ids_to_every_model_when_they_name_one_unknown_developer() {
    List<Organization> organizations = new ArrayList<>();
    List<GenerativeModel> models = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      organizations.add(organization("org-" + i).build());
      models.add(model("model-" + i).developers(List.of("org-x1")).build());
    }

    CatalogValidationException e =
        catchThrowableOfType(
            CatalogValidationException.class,
            () -> Catalog.builder().addOrganizations(organizations).addModels(models).build());

    assertThat(e.violations()).hasSize(2_000);
    assertThat(e.violations())
        .extracting(Violation::message)
        .containsOnly("unknown organization 'org-x1'; nearest known: org-1, org-11, org-21");
  }

  @Test
  void should_never_suggest_the_entity_itself_when_its_reference_is_near_its_own_id() {
    Organization self = organization("acme-labs").parent("acme-lab").build();

    CatalogValidationException e =
        catchThrowableOfType(
            CatalogValidationException.class,
            () -> Catalog.builder().addOrganizations(self).build());

    assertThat(e.violations().get(0).message()).isEqualTo("unknown organization 'acme-lab'");
  }

  @Test
  void should_give_one_graph_and_one_answer_when_asked_twice() {
    Catalog catalog = Catalog.builder().addOrganizations(OPENAI).addModels(lineageChain(3)).build();

    assertThat(catalog.lineage()).isSameAs(catalog.lineage());
    assertThat(catalog.query().developer("openai").ids()).containsExactly("m-0", "m-1", "m-2");
  }
}
