package io.github.genaitaxonomy.benchmarks;

import io.github.genaitaxonomy.imports.EpochImporter;
import io.github.genaitaxonomy.imports.ImportReport;
import io.github.genaitaxonomy.imports.ImportResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports a generated Epoch-shaped CSV of {@code args[0]} rows (default 1,000,000) with {@link
 * EpochImporter#read(Path)} and prints the peak heap: the sum of the heap pools' peak usage, and
 * the live heap after a full collection with the catalog still reachable (what the catalog costs).
 * Run in its own JVM with the {@code -Xmx} to test, as docs/performance.md shows.
 */
public final class ImportHeapMain {
  private ImportHeapMain() {}

  /**
   * @param args the number of rows (optional)
   */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = EpochCsvFiles.write(rows, 42);
    try {
      long size = Files.size(file);
      System.gc();
      long before = liveHeap();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      long start = System.nanoTime();
      ImportResult result = EpochImporter.read(file);
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.gc();
      long live = liveHeap() - before;
      ImportReport report = result.report();
      System.out.printf(
          Locale.ROOT,
          "epoch import: %d rows, file %.1f MB, %d models, %d dangling, %d ms;"
              + " peak heap (sum of pool peaks) %.1f MB, catalog live %.1f MB (%.0f bytes per"
              + " model), max heap %.0f MB%n",
          rows,
          size / 1e6,
          result.catalog().models().size(),
          report.dangling().size(),
          millis,
          peak / 1e6,
          live / 1e6,
          (double) live / Math.max(1, result.catalog().models().size()),
          Runtime.getRuntime().maxMemory() / 1e6);
    } finally {
      Files.delete(file);
    }
  }

  private static long liveHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
