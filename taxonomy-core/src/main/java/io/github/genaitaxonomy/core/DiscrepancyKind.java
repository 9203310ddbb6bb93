package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;

/**
 * What kind of error a {@link Discrepancy} records.
 *
 * <p>Each constant has a stable kebab-case {@link #id() id}, used in JSON and notations.
 *
 * <pre>{@code
 * DiscrepancyKind.fromId("wrong-organization")
 * }</pre>
 */
public enum DiscrepancyKind {
  /** The survey or a write-up credits the wrong organization. */
  WRONG_ORGANIZATION("wrong-organization"),
  /** The model's modalities do not fit the category it is filed under. */
  MISFILED_CATEGORY("misfiled-category"),
  /** Presented as a 2022 model but released earlier. */
  RELEASED_BEFORE_2022("released-before-2022"),
  /** A wrong release date. */
  WRONG_DATE("wrong-date"),
  /** A wrong number */
  WRONG_FIGURE("wrong-figure"),
  /** A claim about access that did not hold at the time. */
  ACCESS_CLAIM("access-claim"),
  /** An error in a seed write-up rather than in the survey. */
  SEED_ERROR("seed-error"),
  /** Any other error. */
  OTHER("other"),
  /** Two catalogs state different values for one fact of a model; the more trusted one is kept. */
  SOURCES_DISAGREE("sources-disagree");

  private static final IdLookup<DiscrepancyKind> IDS = IdLookup.of(DiscrepancyKind.class);

  private final String id;

  DiscrepancyKind(String id) {
    this.id = id;
  }

  /** The stable kebab-case id. */
  public String id() {
    return id;
  }

  /** The constant with this id. */
  public static Optional<DiscrepancyKind> find(String id) {
    return IDS.find(id);
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static DiscrepancyKind fromId(String id) {
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
