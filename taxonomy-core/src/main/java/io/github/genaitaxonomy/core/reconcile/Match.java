package io.github.genaitaxonomy.core.reconcile;

import org.immutables.value.Value;

/**
 * One model of one catalog, and the reconciled entry it became part of.
 *
 * <pre>{@code
 * report.matches().get(0).key();   // "arxiv:2112.10752"
 * }</pre>
 */
@Value.Immutable
public abstract class Match {
  Match() {}

  /** Id of the reconciled model. */
  public abstract String entry();

  /** Name of the catalog the model comes from. */
  public abstract String catalog();

  /** Id of the model in that catalog. */
  public abstract String model();

  /**
   * What matched it to the entry: {@code id:…}, {@code arxiv:…}, {@code repository:…}, {@code
   * name:…}; {@code new} when it opened the entry.
   */
  public abstract String key();
}
