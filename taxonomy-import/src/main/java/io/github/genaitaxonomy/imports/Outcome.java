package io.github.genaitaxonomy.imports;

/**
 * What became of one input record.
 *
 * <pre>{@code
 * entry.outcome() == Outcome.SKIPPED
 * }</pre>
 */
public enum Outcome {
  /** Imported with every field that has a value. */
  IMPORTED,
  /** Imported, with some fields left out; the entry says which and why. */
  IMPORTED_PARTIALLY,
  /** Not imported; the entry says why. */
  SKIPPED
}
