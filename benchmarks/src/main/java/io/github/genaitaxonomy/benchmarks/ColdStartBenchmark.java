package io.github.genaitaxonomy.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * Cold start: a new JVM that loads the built-in catalog and answers one query ({@link
 * ColdStartMain}), against a new JVM running an empty main ({@link EmptyMain}), both from the same
 * class path on the same JVM binary. The ratio of the two is the figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 20)
public class ColdStartBenchmark {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final String CLASS_PATH = System.getProperty("java.class.path");

  @Benchmark
  public int emptyMain() throws IOException, InterruptedException {
    return run(EmptyMain.class);
  }

  @Benchmark
  public int loadCatalogAndQuery() throws IOException, InterruptedException {
    return run(ColdStartMain.class);
  }

  private static int run(Class<?> main) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(List.of(JAVA, "-cp", CLASS_PATH, main.getName()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int status = process.waitFor();
    if (status != 0) {
      throw new IllegalStateException(main.getName() + " exited with " + status);
    }
    return status;
  }
}
