package io.github.genaitaxonomy.core.analytics;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;

/**
 * How a model with several developers counts toward each organization.
 *
 * <pre>{@code
 * CountingRule.fromId("fractional")   // each of k developers gets 1/k
 * }</pre>
 */
public enum CountingRule {
  /** The whole model counts for its first (lead) developer. */
  LEAD_DEVELOPER("lead-developer"),
  /** Each of a model's k distinct developers counts 1/k of the model. */
  FRACTIONAL("fractional");

  private static final IdLookup<CountingRule> IDS = IdLookup.of(CountingRule.class);

  private final String id;

  CountingRule(String id) {
    this.id = id;
  }

  /** The stable kebab-case id. */
  public String id() {
    return id;
  }

  /** The constant with this id. */
  public static Optional<CountingRule> find(String id) {
    return IDS.find(id);
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static CountingRule fromId(String id) {
    return IDS.fromId(id);
  }

  /** Every id, in declaration order. */
  public static ImmutableList<String> ids() {
    return IDS.ids();
  }

  @Override
  public String toString() {
    return id;
  }
}
