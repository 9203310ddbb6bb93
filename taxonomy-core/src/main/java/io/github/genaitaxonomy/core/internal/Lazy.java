package io.github.genaitaxonomy.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A value made on first use, once, whichever thread asks first; later calls return the same value
 * without locking. The value must not be null. A subclass says how to make it, so that a field
 * needs no lambda, whose bootstrap would cost every JVM start that loads a catalog:
 *
 * <pre>{@code
 * private final Lazy<Graph> graph = new Lazy<>() {
 *   protected Graph make() { return buildGraph(); }
 * };
 * graph.get();
 * }</pre>
 *
 * @param <T> the value's type
 */
public abstract class Lazy<T> {
  private volatile @Nullable T value;

  /** Makes the value; called once, by the first {@link #get()}. */
  protected abstract T make();

  /** The value, made now if it was not yet. */
  public final T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = checkNotNull(make(), "the value made");
          value = result;
        }
      }
    }
    return result;
  }
}
