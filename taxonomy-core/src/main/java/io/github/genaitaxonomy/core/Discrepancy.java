package io.github.genaitaxonomy.core;

import org.immutables.value.Value;

/**
 * What a secondary source (the survey, a write-up) claims about a model, beside what is true.
 *
 * <pre>{@code
 * Discrepancy.of(DiscrepancyKind.WRONG_ORGANIZATION,
 *     Claim.of("developers", "OpenAI", Source.arxiv("2301.04655"), Confidence.DISPUTED),
 *     Claim.of("developers", "KAUST, CMU, NTU", Source.arxiv("2102.10407"), Confidence.CONFIRMED));
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Discrepancy {
  Discrepancy() {}

  /** What kind of error this is. */
  @Value.Parameter
  public abstract DiscrepancyKind kind();

  /** What was claimed. */
  @Value.Parameter
  public abstract Claim claimed();

  /** What is true, with its source. */
  @Value.Parameter
  public abstract Claim actual();

  @Value.Check
  void check() {
    if (!claimed().attribute().equals(actual().attribute())) {
      throw new InvalidAttributeException(
          "Discrepancy",
          "actual",
          "Discrepancy.actual must be about the claimed attribute '"
              + claimed().attribute()
              + "' but was about '"
              + actual().attribute()
              + "'");
    }
    if (claimed().value().equals(actual().value())) {
      throw new InvalidAttributeException(
          "Discrepancy",
          "actual",
          "Discrepancy.actual must differ from the claimed value '" + claimed().value() + "'");
    }
  }

  /** The discrepancy. */
  public static Discrepancy of(DiscrepancyKind kind, Claim claimed, Claim actual) {
    return ImmutableDiscrepancy.of(kind, claimed, actual);
  }
}
