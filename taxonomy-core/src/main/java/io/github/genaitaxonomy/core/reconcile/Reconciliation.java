package io.github.genaitaxonomy.core.reconcile;

import io.github.genaitaxonomy.core.Catalog;
import org.immutables.value.Value;

/**
 * The result of reconciling catalogs: one validated catalog and the report of how it was made.
 *
 * <pre>{@code
 * Reconciliation r = Reconciler.reconcile(curated, epoch);
 * r.catalog().get("stable-diffusion").discrepancies();   // where the catalogs disagree
 * r.report().lines();                                    // the report as text
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Reconciliation {
  Reconciliation() {}

  /** The reconciled catalog. */
  @Value.Parameter
  public abstract Catalog catalog();

  /** How it was made. */
  @Value.Parameter
  public abstract ReconciliationReport report();

  static Reconciliation of(Catalog catalog, ReconciliationReport report) {
    return ImmutableReconciliation.of(catalog, report);
  }
}
