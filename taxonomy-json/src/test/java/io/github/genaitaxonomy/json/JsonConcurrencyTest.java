package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.data.Edition;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many threads sharing one {@link TaxonomyJson} and one Jackson mapper with the module, writing and
 * reading at once, get what one thread alone gets.
 */
class JsonConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 8;

  /** One round of work: every way in and out, summarised as text to compare. */
  private static String round(TaxonomyJson json, JsonMapper mapper, Catalog catalog) {
    String document = json.write(catalog);
    StringWriter lines = new StringWriter();
    json.writeLines(catalog, lines);
    Catalog fromText = json.read(document);
    Catalog fromBytes =
        json.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    Catalog fromLines = json.readLines(new StringReader(lines.toString()));
    String models = mapper.writeValueAsString(catalog.models().asList());
    List<GenerativeModel> modelsBack =
        mapper.readValue(models, new TypeReference<List<GenerativeModel>>() {});
    String equal =
        "text="
            + fromText.equals(catalog)
            + " bytes="
            + fromBytes.equals(catalog)
            + " lines="
            + fromLines.equals(catalog)
            + " mapper="
            + modelsBack.equals(catalog.models().asList());
    return String.join("\n---\n", equal, document, lines.toString(), models);
  }

  @Test
  void should_give_every_thread_the_same_bytes_and_catalogs_when_one_reader_and_mapper_are_shared()
      throws Exception {
    TaxonomyJson json = TaxonomyJson.defaults();
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Catalog catalog = Edition.ALL.catalog();
    String expected = round(json, mapper, catalog);
    assertThat(expected).startsWith("text=true bytes=true lines=true mapper=true\n");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<String>> worker =
            () -> {
              start.await();
              List<String> seen = new ArrayList<>();
              for (int i = 0; i < ROUNDS; i++) {
                seen.add(round(json, mapper, catalog));
              }
              return seen;
            };
        results.add(pool.submit(worker));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get(120, TimeUnit.SECONDS)).hasSize(ROUNDS).containsOnly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
