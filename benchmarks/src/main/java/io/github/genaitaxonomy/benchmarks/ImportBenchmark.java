package io.github.genaitaxonomy.benchmarks;

import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.imports.EpochImporter;
import io.github.genaitaxonomy.imports.ImportMode;
import io.github.genaitaxonomy.imports.ImportResult;
import io.github.genaitaxonomy.imports.ImportSink;
import io.github.genaitaxonomy.imports.ImportSummary;
import io.github.genaitaxonomy.imports.ReportEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * {@link EpochImporter#read(Path)} of a generated Epoch-shaped CSV ({@link EpochCsvFiles}), and the
 * same import streamed to a sink ({@link #epochImporterStream}), against the baseline {@link
 * #plainJackson()}: the same file read by plain Jackson CSV into one Java record per row, nothing
 * validated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ImportBenchmark {
  @Param({"10000", "100000"})
  public int rows;

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private Path file = Path.of("");

  /** One row as a user would read it without this library. */
  record Row(
      String model,
      String domain,
      String organization,
      String publicationDate,
      String link,
      String parameters,
      String confidence,
      String baseModel) {}

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = EpochCsvFiles.write(rows, 42);
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public ImportResult epochImporter() {
    return EpochImporter.read(file);
  }

  /** The same import streamed: every organization, model and report entry goes to a black hole. */
  @Benchmark
  public ImportSummary epochImporterStream(Blackhole hole) {
    return EpochImporter.read(
        file,
        ImportMode.LENIENT,
        new ImportSink() {
          @Override
          public void organization(Organization organization) {
            hole.consume(organization);
          }

          @Override
          public void model(GenerativeModel model) {
            hole.consume(model);
          }

          @Override
          public void dangling(String record, String target) {
            hole.consume(target);
          }

          @Override
          public void entry(ReportEntry entry) {
            hole.consume(entry);
          }
        });
  }

  @Benchmark
  public List<Row> plainJackson() throws IOException {
    List<Row> out = new ArrayList<>();
    try (MappingIterator<String[]> it =
        CSV.readerFor(String[].class).readValues(Files.newInputStream(file))) {
      List<String> header = List.of(it.nextValue());
      int model = header.indexOf("Model");
      int domain = header.indexOf("Domain");
      int organization = header.indexOf("Organization");
      int date = header.indexOf("Publication date");
      int link = header.indexOf("Link");
      int parameters = header.indexOf("Parameters");
      int confidence = header.indexOf("Confidence");
      int base = header.indexOf("Base model");
      while (it.hasNextValue()) {
        String[] c = it.nextValue();
        out.add(
            new Row(
                c[model],
                c[domain],
                c[organization],
                c[date],
                c[link],
                c[parameters],
                c[confidence],
                c[base]));
      }
    }
    return out;
  }
}
