package io.github.genaitaxonomy.benchmarks;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.json.TaxonomyJson;
import io.github.genaitaxonomy.testing.SyntheticCatalogs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing genai-taxonomy/1 documents through our API, against the same bytes read and
 * written by plain Jackson into plain records ({@link PlainRecords}, the baseline) and against a
 * bare token scan with Jackson's streaming parser (the floor).
 *
 * <p>{@code catalog=builtin} is {@link Edition#ALL}; {@code catalog=10000} is a synthetic catalog
 * of 10,000 models.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class JsonBenchmark {
  @Param({"builtin", "10000"})
  public String catalog = "builtin";

  private final TaxonomyJson json = TaxonomyJson.defaults();
  private final JsonMapper plain = JsonMapper.builder().build();
  private Catalog value = Catalog.empty();
  private PlainRecords.Document records =
      new PlainRecords.Document("", java.util.List.of(), java.util.List.of(), java.util.List.of());
  private byte[] bytes = new byte[0];

  @Setup(Level.Trial)
  public void setUp() {
    value =
        "builtin".equals(catalog)
            ? Edition.ALL.catalog()
            : SyntheticCatalogs.generate(Integer.parseInt(catalog), 42L);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(value, out);
    bytes = out.toByteArray();
    records = plain.readValue(bytes, PlainRecords.Document.class);
    if (!json.read(new ByteArrayInputStream(bytes)).equals(value)) {
      throw new IllegalStateException("round trip changed the catalog");
    }
  }

  @Benchmark
  public Catalog readOurs() {
    return json.read(new ByteArrayInputStream(bytes));
  }

  @Benchmark
  public PlainRecords.Document readBaseline() {
    return plain.readValue(bytes, PlainRecords.Document.class);
  }

  @Benchmark
  public long readFloor() {
    long tokens = 0;
    try (JsonParser parser = plain.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }

  @Benchmark
  public int writeOurs() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    json.write(value, out);
    return out.size();
  }

  @Benchmark
  public int writeBaseline() {
    return plain.writerWithDefaultPrettyPrinter().writeValueAsBytes(records).length;
  }
}
