package io.github.genaitaxonomy.imports;

import com.google.common.collect.ImmutableList;

/**
 * One entry per input record read, and the references that resolved to nothing.
 *
 * <p>{@code imported() + importedPartially() + skipped() == records()} always holds.
 *
 * <pre>{@code
 * report.records();   // 12
 * report.skipped();   // 2
 * }</pre>
 *
 * @param entries one entry per record read, in reading order
 * @param dangling the references that resolve to no record of the import, as {@code record ->
 *     target}
 */
public record ImportReport(ImmutableList<ReportEntry> entries, ImmutableList<String> dangling) {

  /** How many records were read. */
  public int records() {
    return entries.size();
  }

  /** How many records were imported whole. */
  public int imported() {
    return count(Outcome.IMPORTED);
  }

  /** How many records were imported with fields left out. */
  public int importedPartially() {
    return count(Outcome.IMPORTED_PARTIALLY);
  }

  /** How many records were skipped. */
  public int skipped() {
    return count(Outcome.SKIPPED);
  }

  /** The counts of this report. */
  public ImportSummary summary() {
    return new ImportSummary(
        records(), imported(), importedPartially(), skipped(), dangling.size());
  }

  private int count(Outcome outcome) {
    return (int) entries.stream().filter(e -> e.outcome() == outcome).count();
  }
}
