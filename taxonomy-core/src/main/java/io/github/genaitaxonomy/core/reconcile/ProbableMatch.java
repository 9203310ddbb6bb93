package io.github.genaitaxonomy.core.reconcile;

import org.immutables.value.Value;

/**
 * Two entries that look like the same model or organization but were not merged, because no
 * documented key says so.
 *
 * <pre>{@code
 * // organization, google-deepmind (epoch) ~ deepmind: one name contains the other
 * }</pre>
 */
@Value.Immutable
public abstract class ProbableMatch {
  ProbableMatch() {}

  /** {@code model} or {@code organization}. */
  public abstract String kind();

  /** Id of the entry in the reconciled catalog. */
  public abstract String entry();

  /** Name of the catalog the other record comes from. */
  public abstract String catalog();

  /** Id of the other record in that catalog. */
  public abstract String id();

  /** Why they look alike. */
  public abstract String reason();

  /** {@code organization google-deepmind (epoch) ~ deepmind: one name contains the other}. */
  @Override
  public String toString() {
    return kind() + " " + id() + " (" + catalog() + ") ~ " + entry() + ": " + reason();
  }
}
