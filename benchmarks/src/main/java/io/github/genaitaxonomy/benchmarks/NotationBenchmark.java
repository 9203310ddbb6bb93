package io.github.genaitaxonomy.benchmarks;

import io.github.genaitaxonomy.core.NotationException;
import io.github.genaitaxonomy.core.interop.EcosystemGraphsNotation;
import io.github.genaitaxonomy.core.interop.NotationResult;
import io.github.genaitaxonomy.core.interop.OpenRouterNotation;
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
 * The cost of refusing a catalog value against accepting one, in the same run: {@code read} (a
 * {@link NotationResult}) for an accepted and a refused value, and the throwing {@code parse} for a
 * refused one, the cost bulk reading avoids.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class NotationBenchmark {
  private static final String OR_ACCEPTED = "text+image+file->text";
  private static final String OR_REFUSED = "text+image+file->embeddings";
  private static final String EG_ACCEPTED = "image, text; text";
  private static final String EG_REFUSED = "image, text";

  /** Baseline: an accepted OpenRouter value. */
  @Benchmark
  public NotationResult openRouterAccept() {
    return OpenRouterNotation.read(OR_ACCEPTED);
  }

  /** A refused OpenRouter value, as a result. */
  @Benchmark
  public NotationResult openRouterReject() {
    return OpenRouterNotation.read(OR_REFUSED);
  }

  /** A refused OpenRouter value, thrown. */
  @Benchmark
  public Object openRouterRejectThrown() {
    try {
      return OpenRouterNotation.parse(OR_REFUSED);
    } catch (NotationException e) {
      return e;
    }
  }

  /** Baseline: an accepted Ecosystem Graphs value. */
  @Benchmark
  public NotationResult ecosystemGraphsAccept() {
    return EcosystemGraphsNotation.read(EG_ACCEPTED);
  }

  /** A refused Ecosystem Graphs value (a single list), as a result. */
  @Benchmark
  public NotationResult ecosystemGraphsReject() {
    return EcosystemGraphsNotation.read(EG_REFUSED);
  }

  /** A refused Ecosystem Graphs value, thrown. */
  @Benchmark
  public Object ecosystemGraphsRejectThrown() {
    try {
      return EcosystemGraphsNotation.parse(EG_REFUSED);
    } catch (NotationException e) {
      return e;
    }
  }
}
