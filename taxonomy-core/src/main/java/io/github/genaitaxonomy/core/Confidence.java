package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;

/**
 * How well a {@link Claim} or {@link Measurement} is supported.
 *
 * <p>Each constant has a stable kebab-case {@link #id() id}, used in JSON and notations.
 *
 * <pre>{@code
 * Confidence.fromId("confirmed")
 * }</pre>
 */
public enum Confidence {
  /** Stated by a primary source */
  CONFIRMED("confirmed"),
  /** Stated only by a secondary source, such as the survey or a seed write-up. */
  SECONDARY("secondary"),
  /** An estimate, stated as such by its source. */
  ESTIMATE("estimate"),
  /** Stated by a source but contradicted by a better one. */
  DISPUTED("disputed");

  private static final IdLookup<Confidence> IDS = IdLookup.of(Confidence.class);

  private final String id;

  Confidence(String id) {
    this.id = id;
  }

  /** The stable kebab-case id. */
  public String id() {
    return id;
  }

  /** The constant with this id. */
  public static Optional<Confidence> find(String id) {
    return IDS.find(id);
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static Confidence fromId(String id) {
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
