package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many threads reading one catalog at once see the same answers as one thread alone. */
class CatalogConcurrencyTest {

  private static Catalog catalog() {
    Catalog.Builder builder =
        Catalog.builder().addOrganizations(Fixtures.organization("openai").build());
    for (int i = 0; i < 500; i++) {
      GenerativeModel.Builder model = Fixtures.model("m-" + i);
      model.signature(ModalitySignature.parse(i % 3 == 0 ? "text->image" : "text+image->text"));
      if (i > 0) {
        model.addLineage(
            LineageEdge.of(LineageRelation.FINE_TUNED_FROM, "m-" + (i - 1), Fixtures.PAPER_SOURCE));
      }
      builder.addModels(model.build());
    }
    return builder.build();
  }

  private static String answers(Catalog catalog) {
    return String.join(
        "|",
        catalog.query().output(Modality.IMAGE).ids().toString(),
        catalog.query().input(Modality.IMAGE).developer("openai").ids().toString(),
        catalog.query().classifiedAs(Category.IMAGE_TO_TEXT).ids().toString(),
        catalog.statistics().toString(),
        catalog.lineage().successors("m-250").toString(),
        catalog.get("m-499").toString());
  }

  @Test
  void should_give_every_thread_the_same_answers_when_read_concurrently() throws Exception {
    Catalog catalog = catalog();
    String expected = answers(catalog);
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<List<String>> reader =
            () -> {
              start.await();
              List<String> seen = new ArrayList<>();
              for (int i = 0; i < 50; i++) {
                seen.add(answers(catalog));
              }
              return seen;
            };
        results.add(pool.submit(reader));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).hasSize(50).containsOnly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void should_classify_and_name_categories_consistently_across_threads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int t = 0; t < 64; t++) {
        results.add(
            pool.submit(
                () ->
                    Classification.of(ModalitySignature.parse("text+image+video->text"))
                        + Category.fromId("audio-to-text").displayName()));
      }
      String first = results.get(0).get(60, TimeUnit.SECONDS);
      for (Future<String> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
