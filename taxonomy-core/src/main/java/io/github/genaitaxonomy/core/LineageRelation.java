package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;

/**
 * How a model relates to an earlier model or a technique, in a {@link LineageEdge}. Edges point
 * from the newer model to what it came from.
 *
 * <p>Each constant has a stable kebab-case {@link #id() id}, used in JSON and notations.
 *
 * <pre>{@code
 * LineageRelation.fromId("fine-tuned-from")
 * }</pre>
 */
public enum LineageRelation {
  /** Weights fine-tuned from the target model */
  FINE_TUNED_FROM("fine-tuned-from"),
  /** Uses the target, frozen or retrained, as a component */
  BUILT_ON("built-on"),
  /** The next version of the target */
  SUCCESSOR_OF("successor-of"),
  /** Trained to imitate the target's outputs. */
  DISTILLED_FROM("distilled-from"),
  /** Trained with the target as teacher, loss or reward */
  TRAINED_WITH("trained-with"),
  /** A variant of the target with a changed design or size. */
  VARIANT_OF("variant-of");

  private static final IdLookup<LineageRelation> IDS = IdLookup.of(LineageRelation.class);

  private final String id;

  LineageRelation(String id) {
    this.id = id;
  }

  /** The stable kebab-case id. */
  public String id() {
    return id;
  }

  /** The constant with this id. */
  public static Optional<LineageRelation> find(String id) {
    return IDS.find(id);
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static LineageRelation fromId(String id) {
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
