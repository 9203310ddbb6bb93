package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;

/**
 * The branch of the technique tree a {@link Technique} belongs to.
 *
 * <p>Each constant has a stable kebab-case {@link #id() id}, used in JSON and notations.
 *
 * <pre>{@code
 * TechniqueKind.fromId("backbone-architecture")
 * }</pre>
 */
public enum TechniqueKind {
  /** A network architecture */
  BACKBONE_ARCHITECTURE("backbone-architecture"),
  /** A self-supervised pretraining method */
  PRETRAINING_METHOD("pretraining-method"),
  /** A family of deep generative models */
  GENERATIVE_FAMILY("generative-family"),
  /** A training or adaptation method */
  TRAINING_METHOD("training-method"),
  /** A sampling or inference method */
  INFERENCE_METHOD("inference-method"),
  /** A way to represent content */
  REPRESENTATION("representation"),
  /** Anything else. */
  OTHER("other");

  private static final IdLookup<TechniqueKind> IDS = IdLookup.of(TechniqueKind.class);

  private final String id;

  TechniqueKind(String id) {
    this.id = id;
  }

  /** The stable kebab-case id. */
  public String id() {
    return id;
  }

  /** The constant with this id. */
  public static Optional<TechniqueKind> find(String id) {
    return IDS.find(id);
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static TechniqueKind fromId(String id) {
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
