package io.github.genaitaxonomy.imports;

/**
 * The counts of a streaming import, whose records went to an {@link ImportSink}.
 *
 * <p>{@code imported + importedPartially + skipped == records} always holds.
 *
 * <pre>{@code
 * ImportSummary summary = EpochImporter.read(csv, ImportMode.LENIENT, sink);
 * summary.skipped();
 * }</pre>
 *
 * @param records how many records were read
 * @param imported how many were imported whole
 * @param importedPartially how many were imported with fields left out
 * @param skipped how many were skipped
 * @param dangling how many lineage references resolved to no imported model
 */
public record ImportSummary(
    int records, int imported, int importedPartially, int skipped, int dangling) {}
