package io.github.genaitaxonomy.core.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value made on first use, once, whichever thread asks first; later calls return the same value
 * without locking. The value must not be null.
 *
 * <pre>{@code
 * private final Lazy<Graph> graph = new Lazy<>(this::buildGraph);
 * graph.get();
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class Lazy<T> {
  private @Nullable Supplier<T> make;
  private volatile @Nullable T value;

  /** A value that {@code make} makes on the first {@link #get()}. */
  public Lazy(Supplier<T> make) {
    this.make = checkNotNull(make, "make");
  }

  /** The value, made now if it was not yet. */
  public T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          Supplier<T> m = checkNotNull(make, "make");
          result = checkNotNull(m.get(), "the value made");
          value = result;
          make = null;
        }
      }
    }
    return result;
  }
}
