package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.reconcile.Reconciler;
import io.github.genaitaxonomy.core.reconcile.Reconciliation;
import io.github.genaitaxonomy.core.reconcile.TrustedCatalog;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code tour --reconcile FILE...}: the built-in catalog reconciled with imported files.
 *
 * <pre>{@code
 * Reconciling.report(Edition.ALL.catalog(), List.of(Path.of("epoch.json")), writer);
 * }</pre>
 *
 * <p>The built-in catalog is trusted most, then each file in the order given. A file is named in
 * the report by its file name without extension, in kebab case ({@code epoch-2024.json} gives
 * {@code epoch-2024}), or {@code file-N} when that leaves nothing; a repeated name gets {@code -N}
 * added.
 */
public final class Reconciling {
  /** Name of the built-in catalog in the report. */
  public static final String BUILT_IN = "built-in";

  private Reconciling() {}

  /** Reconciles and writes the report, one line each, then the counts of the result. */
  public static void report(Catalog catalog, List<Path> files, Writer writer) throws IOException {
    Reconciliation reconciliation = reconcile(catalog, files);
    for (String line : reconciliation.report().lines()) {
      writer.write(line);
      writer.write(System.lineSeparator());
    }
    writer.write("Result: " + reconciliation.catalog() + System.lineSeparator());
  }

  /** The reconciliation of the catalog with the files. */
  public static Reconciliation reconcile(Catalog catalog, List<Path> files) {
    List<TrustedCatalog> inputs = new ArrayList<>();
    inputs.add(TrustedCatalog.of(BUILT_IN, files.size() + 1, catalog));
    Set<String> names = new HashSet<>(Set.of(BUILT_IN));
    for (int i = 0; i < files.size(); i++) {
      Catalog imported = TaxonomyJson.defaults().read(files.get(i));
      String name = name(files.get(i), i + 1);
      if (!names.add(name)) {
        name = name + "-" + (i + 1);
        names.add(name);
      }
      inputs.add(TrustedCatalog.of(name, files.size() - i, imported));
    }
    return Reconciler.reconcile(inputs);
  }

  private static String name(Path file, int position) {
    Path fileName = file.getFileName();
    String base = fileName == null ? "" : fileName.toString().replaceFirst("\\.[^.]*$", "");
    String kebab =
        base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return kebab.isEmpty() || kebab.equals(BUILT_IN) ? "file-" + position : kebab;
  }
}
