package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;

/**
 * The attribute of a model that a {@link Claim} is about.
 *
 * <p>Each constant has a stable kebab-case {@link #id() id}, used in JSON: {@code "attribute":
 * "developers"}.
 *
 * <pre>{@code
 * ClaimAttribute.fromId("released")   // RELEASED
 * }</pre>
 */
public enum ClaimAttribute {
  /** How the model can be used: weights, code, an API, a product. */
  ACCESS("access"),
  /** The network's architecture. */
  ARCHITECTURE("architecture"),
  /** The model it was derived from. */
  BASE_MODEL("base-model"),
  /** The longest input it reads, in tokens. */
  CONTEXT_LENGTH("context-length"),
  /** The organizations that built it. */
  DEVELOPERS("developers"),
  /** The licence it is released under, as its source names it: {@code Apache 2.0}. */
  LICENSE("license"),
  /** How it works, in a sentence. */
  METHOD("method"),
  /** Its name. */
  NAME("name"),
  /** The paper that describes it. */
  PAPER("paper"),
  /** Its parameter count. */
  PARAMETERS("parameters"),
  /** When it came out. */
  RELEASED("released"),
  /** What it achieves on a benchmark or in an evaluation. */
  RESULTS("results"),
  /** Its modality signature: what it takes in and gives out. */
  SIGNATURE("signature"),
  /** The category a source files it under. */
  SURVEY_CATEGORY("survey-category"),
  /** Which models, or how many, a source covers. */
  SURVEY_COVERAGE("survey-coverage"),
  /** The techniques it uses. */
  TECHNIQUES("techniques"),
  /** The text encoder it conditions on. */
  TEXT_ENCODER("text-encoder"),
  /** What it was trained on. */
  TRAINING_DATA("training-data"),
  /** How it was trained. */
  TRAINING_METHOD("training-method");

  private static final IdLookup<ClaimAttribute> IDS = IdLookup.of(ClaimAttribute.class);

  private final String id;

  ClaimAttribute(String id) {
    this.id = id;
  }

  /** The stable kebab-case id. */
  public String id() {
    return id;
  }

  /** The constant with this id. */
  public static Optional<ClaimAttribute> find(String id) {
    return IDS.find(id);
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static ClaimAttribute fromId(String id) {
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
