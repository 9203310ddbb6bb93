package io.github.genaitaxonomy.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The ratios of {@link JsonBenchmark} in thread CPU time, with the five operations interleaved
 * round by round in one JVM, for machines too loaded for wall-clock ratios to hold: run with {@code
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * io.github.genaitaxonomy.benchmarks.JsonCpuRatio}.
 */
public final class JsonCpuRatio {
  private static final int WARMUP_ROUNDS = 2;
  private static final int ROUNDS = 6;

  private JsonCpuRatio() {}

  /** Prints CPU milliseconds per operation and the ratios, for the built-in and 10,000 models. */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String catalog : new String[] {"builtin", "10000"}) {
      JsonBenchmark benchmark = new JsonBenchmark();
      benchmark.catalog = catalog;
      benchmark.setUp();
      int reps = "builtin".equals(catalog) ? 400 : 6;
      long[] cpu = new long[5];
      for (int round = 0; round < ROUNDS; round++) {
        for (int k = 0; k < cpu.length; k++) {
          long start = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < reps; i++) {
            run(benchmark, k);
          }
          if (round >= WARMUP_ROUNDS) {
            cpu[k] += threads.getCurrentThreadCpuTime() - start;
          }
        }
      }
      double ops = (double) (ROUNDS - WARMUP_ROUNDS) * reps;
      System.out.printf(
          Locale.ROOT,
          "%s: CPU ms/op readOurs %.2f readBaseline %.2f readFloor %.2f writeOurs %.2f"
              + " writeBaseline %.2f | read ours/baseline %.1f, ours/floor %.1f;"
              + " write ours/baseline %.2f%n",
          catalog,
          cpu[0] / ops / 1e6,
          cpu[1] / ops / 1e6,
          cpu[2] / ops / 1e6,
          cpu[3] / ops / 1e6,
          cpu[4] / ops / 1e6,
          (double) cpu[0] / cpu[1],
          (double) cpu[0] / cpu[2],
          (double) cpu[3] / cpu[4]);
    }
  }

  private static Object run(JsonBenchmark benchmark, int operation) {
    return switch (operation) {
      case 0 -> benchmark.readOurs();
      case 1 -> benchmark.readBaseline();
      case 2 -> benchmark.readFloor();
      case 3 -> benchmark.writeOurs();
      default -> benchmark.writeBaseline();
    };
  }
}
