package io.github.genaitaxonomy.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/** Looks up the constants of a closed vocabulary by their kebab-case id. */
public final class IdLookup<E extends Enum<E>> {
  private final String typeName;
  private final ImmutableMap<String, E> byId;

  private IdLookup(String typeName, ImmutableMap<String, E> byId) {
    this.typeName = typeName;
    this.byId = byId;
  }

  /**
   * Indexes every constant of {@code type} by its {@link Object#toString()}, which each vocabulary
   * returns as its id; fails on a duplicate or bad id.
   */
  public static <E extends Enum<E>> IdLookup<E> of(Class<E> type) {
    String typeName = type.getSimpleName();
    E[] constants = type.getEnumConstants();
    ImmutableMap.Builder<String, E> byId = ImmutableMap.builderWithExpectedSize(constants.length);
    for (E constant : constants) {
      byId.put(Ids.checkKebabCase(constant.toString(), typeName, "id"), constant);
    }
    return new IdLookup<>(typeName, byId.buildOrThrow());
  }

  /** The constant with this id. */
  public Optional<E> find(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the type, the id and the allowed ids
   */
  public E fromId(String id) {
    checkNotNull(id, "id");
    E value = byId.get(id);
    if (value == null) {
      throw new IllegalArgumentException(
          "Unknown "
              + typeName
              + " id "
              + Text.quote(id)
              + "; allowed: "
              + String.join(", ", ids()));
    }
    return value;
  }

  /** Every id, in declaration order. */
  public ImmutableList<String> ids() {
    return byId.keySet().asList();
  }
}
