package io.github.genaitaxonomy.imports;

import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;

/**
 * Where a streaming import puts what it imports, as it goes: every organization first, then each
 * model followed by its record's report entry, in reading order. What a sink is given is final and
 * valid together: every developer a model names was given before it, and every lineage target is a
 * model given to the same sink, with no cycle.
 *
 * <p>A sink that writes JSON Lines holds one record at a time:
 *
 * <pre>{@code
 * try (JsonLinesWriter out = TaxonomyJson.defaults().linesWriter(Files.newBufferedWriter(path))) {
 *   ImportSummary summary = EpochImporter.read(csv, ImportMode.LENIENT, new ImportSink() {
 *     public void organization(Organization o) { out.write(o); }
 *     public void model(GenerativeModel m) { out.write(m); }
 *     public void dangling(String record, String target) {}
 *     public void entry(ReportEntry e) {}
 *   });
 * }
 * }</pre>
 *
 * <p>An exception a method throws stops the import and reaches the caller unchanged.
 */
public interface ImportSink {
  /** An organization that an imported model names as a developer. */
  void organization(Organization organization);

  /** An imported model. */
  void model(GenerativeModel model);

  /**
   * A lineage target of {@code record} that resolves to no imported model, given before the
   * record's {@link #entry}.
   */
  void dangling(String record, String target);

  /** The report line of one record read, imported or not, after its model if it has one. */
  void entry(ReportEntry entry);
}
