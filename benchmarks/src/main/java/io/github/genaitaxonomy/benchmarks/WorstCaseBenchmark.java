package io.github.genaitaxonomy.benchmarks;

import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
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
}
