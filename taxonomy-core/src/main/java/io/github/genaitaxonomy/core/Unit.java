package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;

/**
 * The unit of a {@link Quantity}.
 *
 * <p>Each constant has a stable kebab-case {@link #id() id}, used in JSON and notations.
 *
 * <pre>{@code
 * Unit.fromId("parameters")
 * }</pre>
 */
public enum Unit {
  /** Model parameters (weights). */
  PARAMETERS("parameters"),
  /** Tokens of training text. */
  TOKENS("tokens"),
  /** Words of training text. */
  WORDS("words"),
  /** Characters of text. */
  CHARACTERS("characters"),
  /** Bytes of data. */
  BYTES("bytes"),
  /** Hours of audio or video. */
  HOURS("hours"),
  /** Images. */
  IMAGES("images"),
  /** Pairs of an image and its text. */
  IMAGE_TEXT_PAIRS("image-text-pairs"),
  /** Video clips. */
  VIDEOS("videos"),
  /** Documents or papers. */
  DOCUMENTS("documents"),
  /** Songs. */
  SONGS("songs"),
  /** Segmentation masks. */
  MASKS("masks"),
  /** Training examples, samples or problems. */
  EXAMPLES("examples"),
  /** Episodes of agent experience. */
  EPISODES("episodes"),
  /** Distinct tasks. */
  TASKS("tasks"),
  /** Human ratings. */
  RATINGS("ratings"),
  /** A percentage. */
  PERCENT("percent"),
  /** Seconds. */
  SECONDS("seconds"),
  /** Minutes. */
  MINUTES("minutes"),
  /** A ratio, such as a speed-up. */
  TIMES("times"),
  /** Accelerator hours of compute. */
  GPU_HOURS("gpu-hours");

  private static final IdLookup<Unit> IDS = IdLookup.of(Unit.class);

  private final String id;

  Unit(String id) {
    this.id = id;
  }

  /** The stable kebab-case id. */
  public String id() {
    return id;
  }

  /** The constant with this id. */
  public static Optional<Unit> find(String id) {
    return IDS.find(id);
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static Unit fromId(String id) {
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
