package io.github.genaitaxonomy.core.analytics;

import io.github.genaitaxonomy.core.Source;
import org.immutables.value.Value;

/**
 * A claim the survey makes about the field, beside what the catalog shows.
 *
 * <pre>{@code
 * SurveyClaim c = SurveyClaims.test(catalog).get(0);
 * c.claim();   // "only six organisations (OpenAI, Google, DeepMind, Meta, Runway, Nvidia)"
 * c.holds();   // false
 * }</pre>
 */
@Value.Immutable
public abstract class SurveyClaim {
  SurveyClaim() {}

  /** A short stable id: {@code six-organisations}. */
  public abstract String id();

  /** The claim, in the survey's words. */
  public abstract String claim();

  /** What the catalog shows. */
  public abstract String fact();

  /** Whether the fact bears the claim out. */
  public abstract boolean holds();

  /** Where the survey makes the claim. */
  public abstract Source source();
}
