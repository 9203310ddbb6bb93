package io.github.genaitaxonomy.imports;

import com.google.common.collect.ImmutableList;

/**
 * The report line of one input record: which record, what became of it, and why.
 *
 * <pre>{@code
 * new ReportEntry("notable_ai_models.csv#3", Outcome.SKIPPED,
 *     ImmutableList.of("Domain 'Games' determines no signature"));
 * }</pre>
 *
 * @param record the record, as {@code <file>#<name or row>}
 * @param outcome what became of it
 * @param reasons why fields were left out or the record was skipped; empty when imported whole
 */
public record ReportEntry(String record, Outcome outcome, ImmutableList<String> reasons) {}
