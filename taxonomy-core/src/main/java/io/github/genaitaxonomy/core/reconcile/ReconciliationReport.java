package io.github.genaitaxonomy.core.reconcile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import org.immutables.value.Value;

/**
 * What a reconciliation did: which records matched, which entries merged, which facts conflict and
 * which records look alike but were kept apart.
 *
 * <pre>{@code
 * report.conflicts().get("released");   // ids of models whose catalogs disagree on the month
 * }</pre>
 */
@Value.Immutable
public abstract class ReconciliationReport {
  ReconciliationReport() {}

  /** The catalogs, most trusted first. */
  public abstract ImmutableList<String> catalogs();

  /** Every model of every catalog and the entry it became part of, in processing order. */
  public abstract ImmutableList<Match> matches();

  /** Ids of the reconciled models made from more than one catalog's record. */
  public abstract ImmutableList<String> merged();

  /** Per attribute, the ids of the reconciled models whose catalogs state different values. */
  public abstract ImmutableListMultimap<String, String> conflicts();

  /** Records that look like an entry but were not merged with it. */
  public abstract ImmutableList<ProbableMatch> probableMatches();

  /** Everything else kept or set aside, one line each: differing organizations, techniques. */
  public abstract ImmutableList<String> notes();

  /** The report as lines of text, a summary first. */
  public final ImmutableList<String> lines() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("Catalogs, most trusted first: " + String.join(", ", catalogs()));
    long opened = matches().stream().filter(m -> m.key().equals("new")).count();
    lines.add(
        matches().size()
            + " records matched into "
            + opened
            + " models; "
            + merged().size()
            + " merged from several catalogs");
    for (String attribute : conflicts().keySet()) {
      lines.add(
          "Conflicting "
              + attribute
              + " ("
              + conflicts().get(attribute).size()
              + "): "
              + String.join(", ", conflicts().get(attribute)));
    }
    for (Match match : matches()) {
      if (!match.key().equals("new")) {
        lines.add(
            "Matched "
                + match.model()
                + " ("
                + match.catalog()
                + ") to "
                + match.entry()
                + " by "
                + match.key());
      }
    }
    for (ProbableMatch probable : probableMatches()) {
      lines.add("Probable, not merged: " + probable);
    }
    notes().forEach(n -> lines.add("Note: " + n));
    return lines.build();
  }
}
