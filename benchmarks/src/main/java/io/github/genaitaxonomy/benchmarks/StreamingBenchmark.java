package io.github.genaitaxonomy.benchmarks;

import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.json.JsonLinesReader;
import io.github.genaitaxonomy.json.JsonLinesWriter;
import io.github.genaitaxonomy.json.TaxonomyJson;
import io.github.genaitaxonomy.testing.SyntheticCatalogs;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines streaming of a file of generated models, in a JVM limited to 128 MB of heap: how long
 * one full read takes (throughput = file size / time) and the peak heap, printed at the end of the
 * trial; against a bare token scan of the same file ({@link #scanTokens()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx128m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class StreamingBenchmark {
  @Param({"1000000"})
  public int models;

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private final TaxonomyJson json = TaxonomyJson.defaults();
  private Path file = Path.of("");

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = Files.createTempFile("genai-taxonomy-", ".jsonl");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonLinesWriter writer = json.linesWriter(out)) {
      for (Organization organization : SyntheticCatalogs.organizations(models)) {
        writer.write(organization);
      }
      for (Technique technique : SyntheticCatalogs.techniques()) {
        writer.write(technique);
      }
      SyntheticCatalogs.models(models, 42L).forEach(writer::write);
    }
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** Streams every record of the file, holding one at a time. */
  @Benchmark
  public long readAll() {
    long records = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonLinesReader reader = json.linesReader(in)) {
      while (reader.hasNext()) {
        reader.next();
        records++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /**
   * The floor: the same file through a bare token scan of Jackson's parser (no decoding, no
   * values), from the same kind of reader.
   */
  @Benchmark
  public long scanTokens() {
    long tokens = 0;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = PLAIN.createParser(in)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  @TearDown(Level.Trial)
  public void report() throws IOException {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nstreaming: file %.1f MB, %d models, peak heap (sum of pool peaks) %.1f MB, max heap %.0f MB%n",
        Files.size(file) / 1e6,
        models,
        peak / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
    Files.deleteIfExists(file);
  }
}
