package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;

/**
 * How a model could be used when it came out.
 *
 * <p>Each constant has a stable kebab-case {@link #id() id}, used in JSON and notations.
 *
 * <pre>{@code
 * Access.fromId("api")
 * }</pre>
 */
public enum Access {
  /** A paid or free programming interface. */
  API("api"),
  /** Downloadable weights, whatever the licence. */
  OPEN_WEIGHTS("open-weights"),
  /** Published source code for training or inference, without weights. */
  CODE("code"),
  /** A public demonstration or sample outputs only. */
  DEMO("demo"),
  /** A consumer product or app. */
  PRODUCT("product"),
  /** Access by invitation or waitlist. */
  WAITLIST("waitlist"),
  /** No public access */
  CLOSED("closed");

  private static final IdLookup<Access> IDS = IdLookup.of(Access.class);

  private final String id;

  Access(String id) {
    this.id = id;
  }

  /** The stable kebab-case id. */
  public String id() {
    return id;
  }

  /** The constant with this id. */
  public static Optional<Access> find(String id) {
    return IDS.find(id);
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static Access fromId(String id) {
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
