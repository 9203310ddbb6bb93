package io.github.genaitaxonomy.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Looks up the constants of a closed vocabulary by their kebab-case id. */
public final class IdLookup<E extends Enum<E>> {
  private final String typeName;
  private final ImmutableMap<String, E> byId;

  private IdLookup(String typeName, ImmutableMap<String, E> byId) {
    this.typeName = typeName;
    this.byId = byId;
  }

  /** Indexes every constant of {@code type} by {@code id}; fails on a duplicate or bad id. */
  public static <E extends Enum<E>> IdLookup<E> of(Class<E> type, Function<E, String> id) {
    ImmutableMap<String, E> byId =
        Maps.uniqueIndex(Arrays.asList(type.getEnumConstants()), id::apply);
    byId.keySet().forEach(key -> Ids.checkKebabCase(key, type.getSimpleName(), "id"));
    return new IdLookup<>(type.getSimpleName(), byId);
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
