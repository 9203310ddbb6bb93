package io.github.genaitaxonomy.core;

import org.immutables.value.Value;

/**
 * One problem found while validating a {@link Catalog}: which entity, which attribute, and what is
 * wrong.
 *
 * <pre>{@code
 * Violation.of("codex", "lineage[0].target", "unknown model or technique 'gpt3'; nearest: gpt-3")
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Violation {
  Violation() {}

  /** Id of the entity at fault, or {@code catalog} for the whole. */
  @Value.Parameter
  public abstract String subject();

  /** The attribute at fault, with its index where it is a list: {@code developers[1]}. */
  @Value.Parameter
  public abstract String attribute();

  /** What is wrong. */
  @Value.Parameter
  public abstract String message();

  /** The violation. */
  public static Violation of(String subject, String attribute, String message) {
    return ImmutableViolation.of(subject, attribute, message);
  }

  /** {@code codex.lineage[0].target: unknown ...}. */
  @Override
  public String toString() {
    return subject() + "." + attribute() + ": " + message();
  }
}
