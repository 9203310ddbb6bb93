package io.github.genaitaxonomy.benchmarks;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The slowest generated worst cases of core (999,000 characters each), against a baseline in the
 * same run: accepting a valid model whose summary has 999,000 letters.
 *
 * <p>Each worst case returns the exception it is rejected with, so that the rejection is measured
 * whole, message included.
 *
 * <p>The catalog-sized worst case, a document of 4,000 organizations and 4,000 models whose
 * developers are 4,000 distinct unknown ids, each close to many known ones, has its own baseline:
 * the same document with every developer known.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class WorstCaseBenchmark {
  private static final int SIZE = 999_000;
  private static final String LETTERS = "a".repeat(SIZE);
  private static final String FORMAT_ONLY = "\u200b".repeat(SIZE);
  private static final String LONG_URL = "https://example.com/" + " ".repeat(SIZE);
  private static final String LOOK_ALIKE = "text" + "=".repeat(SIZE) + ">image";
  private static final String VALID_DOCUMENT = document("org-");
  private static final String DANGLING_DOCUMENT = document("dev-");

  /** 4,000 organizations {@code org-i} and 4,000 models, each developed by {@code <prefix>i}. */
  private static String document(String developerPrefix) {
    StringBuilder organizations = new StringBuilder();
    StringBuilder models = new StringBuilder();
    for (int i = 0; i < 4_000; i++) {
      organizations
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"org-")
          .append(i)
          .append("\",\"name\":\"O\",\"kind\":\"company\"}");
      models
          .append(i == 0 ? "" : ",\n")
          .append("{\"id\":\"m-")
          .append(i)
          .append("\",\"name\":\"M\",\"signature\":\"text->text\",\"developers\":[\"")
          .append(developerPrefix)
          .append(i)
          .append("\"],\"released\":\"2022-04\",\"paperAbsentReason\":\"n\",")
          .append("\"sources\":[\"https://e.org/\"],\"summary\":\"S.\"}");
    }
    return "{\"format\": \"genai-taxonomy/1\", \"organizations\": ["
        + organizations
        + "], \"techniques\": [], \"models\": [\n"
        + models
        + "]}";
  }

  private static GenerativeModel model(String summary) {
    return GenerativeModel.builder()
        .id("m")
        .name("M")
        .signature(ModalitySignature.parse("text->image"))
        .released(YearMonth.of(2022, 4))
        .paperAbsentReason("none")
        .addSources(Source.arxiv("2204.06125"))
        .summary(summary)
        .build();
  }

  private static Object rejection(Runnable action) {
    try {
      action.run();
      throw new AssertionError("accepted");
    } catch (IllegalArgumentException expected) {
      return expected;
    }
  }

  /** Baseline: a valid model with a 999,000-letter summary. */
  @Benchmark
  public GenerativeModel baselineAcceptLongSummary() {
    return model(LETTERS);
  }

  @Benchmark
  public Object rejectFormatOnlySummary() {
    return rejection(() -> model(FORMAT_ONLY));
  }

  @Benchmark
  public Object rejectLongBadUrl() {
    return rejection(() -> Source.parse(LONG_URL));
  }

  @Benchmark
  public Object rejectLookAlikeArrow() {
    return rejection(() -> ModalitySignature.parse(LOOK_ALIKE));
  }

  @Benchmark
  public Object rejectLongId() {
    return rejection(
        () -> Organization.builder().id(LETTERS).name("N").kind(OrganizationKind.COMPANY).build());
  }

  /** Baseline of the next: the 0.85 MB document of 4,000 models, every developer known. */
  @Benchmark
  public Catalog baselineReadValidDocument() {
    return TaxonomyJson.defaults().read(VALID_DOCUMENT);
  }

  /** The same document with 4,000 distinct unknown developers, each close to many known ids. */
  @Benchmark
  public Object rejectDanglingReferences() {
    return rejection(() -> TaxonomyJson.defaults().read(DANGLING_DOCUMENT));
  }
}
