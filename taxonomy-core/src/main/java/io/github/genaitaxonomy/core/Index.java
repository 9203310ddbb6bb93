package io.github.genaitaxonomy.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CheckReturnValue;
import io.github.genaitaxonomy.core.internal.Ids;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The entities of one kind in a {@link Catalog}, in catalog order and by id.
 *
 * <pre>{@code
 * catalog.models().get("dall-e-2");          // the model, or IllegalArgumentException
 * catalog.organizations().find("openai");    // Optional
 * }</pre>
 *
 * @param <T> the entity type
 */
@CheckReturnValue // immutable: a result left unused is a mistake
public final class Index<T> implements Iterable<T> {
  private final String kind;
  private final ImmutableMap<String, T> byId;

  /** The entities of {@code byId}, in its order: each key is its entity's id. */
  Index(String kind, ImmutableMap<String, T> byId) {
    this.kind = kind;
    this.byId = byId;
  }

  /** The entity with this id. */
  public Optional<T> find(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The entity with this id.
   *
   * @throws IllegalArgumentException naming the id and the nearest known ids
   * @throws NullPointerException naming {@code id} when it is null, as {@link #find} does
   */
  public T get(String id) {
    checkNotNull(id, "id");
    T entry = byId.get(id);
    if (entry == null) {
      throw new IllegalArgumentException(Ids.unknownIdMessage(kind, id, byId.keySet()));
    }
    return entry;
  }

  /** Whether an entity has this id. */
  public boolean contains(String id) {
    checkNotNull(id, "id");
    return byId.containsKey(id);
  }

  /** Every id, in catalog order. */
  public ImmutableSet<String> ids() {
    return byId.keySet();
  }

  /** Every entity, in catalog order. */
  public ImmutableList<T> asList() {
    return byId.values().asList();
  }

  /** How many entities there are. */
  public int size() {
    return byId.size();
  }

  /** Every entity, in catalog order. */
  public Stream<T> stream() {
    return byId.values().stream();
  }

  @Override
  public Iterator<T> iterator() {
    return byId.values().iterator();
  }

  @Override
  public String toString() {
    return kind + "s" + byId.keySet();
  }
}
