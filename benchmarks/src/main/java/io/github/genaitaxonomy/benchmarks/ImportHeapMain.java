package io.github.genaitaxonomy.benchmarks;

import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.imports.EpochImporter;
import io.github.genaitaxonomy.imports.ImportMode;
import io.github.genaitaxonomy.imports.ImportResult;
import io.github.genaitaxonomy.imports.ImportSink;
import io.github.genaitaxonomy.imports.ImportSummary;
import io.github.genaitaxonomy.imports.ReportEntry;
import io.github.genaitaxonomy.json.JsonLinesWriter;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports a generated Epoch-shaped CSV of {@code args[0]} rows (default 1,000,000) and prints the
 * time and the peak heap (the sum of the heap pools' peak usage). With {@code args[1]} {@code
 * stream} (the default) the rows stream through {@link EpochImporter#read(Path, ImportMode,
 * ImportSink)} into a JSON Lines file; with {@code memory} {@link EpochImporter#read(Path)} builds
 * the catalog, and the live heap after a full collection with the catalog still reachable is
 * printed too. Run in its own JVM with the {@code -Xmx} to test, as docs/performance.md shows.
 */
public final class ImportHeapMain {
  private ImportHeapMain() {}

  /**
   * @param args the number of rows and {@code stream} or {@code memory} (both optional)
   */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    boolean stream = args.length < 2 || args[1].equals("stream");
    Path file = EpochCsvFiles.write(rows, 42);
    Path jsonl = Files.createTempFile("epoch-import-", ".jsonl");
    try {
      long size = Files.size(file);
      System.gc();
      long before = liveHeap();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      long start = System.nanoTime();
      ImportSummary summary;
      ImportResult held = null;
      if (stream) {
        try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
            JsonLinesWriter out = TaxonomyJson.defaults().linesWriter(w)) {
          summary = EpochImporter.read(file, ImportMode.LENIENT, new LinesSink(out));
        }
      } else {
        ImportResult result = EpochImporter.read(file);
        summary = result.report().summary();
        held = result;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.gc();
      long live = liveHeap() - before;
      int models =
          held == null
              ? summary.imported() + summary.importedPartially()
              : held.catalog().models().size();
      System.out.printf(
          Locale.ROOT,
          "epoch import (%s): %d rows, file %.1f MB, %d models, %d skipped, %d dangling, %d ms;"
              + " peak heap (sum of pool peaks) %.1f MB; live after %.1f MB (%.0f bytes per"
              + " model); JSON Lines %.1f MB; max heap %.0f MB%n",
          stream ? "stream" : "memory",
          rows,
          size / 1e6,
          models,
          summary.skipped(),
          summary.dangling(),
          millis,
          peak / 1e6,
          live / 1e6,
          (double) live / Math.max(1, models),
          Files.size(jsonl) / 1e6,
          Runtime.getRuntime().maxMemory() / 1e6);
    } finally {
      Files.delete(file);
      Files.delete(jsonl);
    }
  }

  /** Writes what the import gives as JSON Lines; the report entries are only counted. */
  private record LinesSink(JsonLinesWriter out) implements ImportSink {
    @Override
    public void organization(Organization organization) {
      out.write(organization);
    }

    @Override
    public void model(GenerativeModel model) {
      out.write(model);
    }

    @Override
    public void dangling(String record, String target) {}

    @Override
    public void entry(ReportEntry entry) {}
  }

  private static long liveHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
