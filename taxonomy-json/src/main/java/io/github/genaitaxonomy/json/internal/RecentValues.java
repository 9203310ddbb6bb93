package io.github.genaitaxonomy.json.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Values parsed lately from text, each kept beside its text in the slot the text's hash picks, so
 * that one read parses a repeated text once: a document repeats its sources (a paper is the source
 * of a model and of its measurements, most often close together) and its signatures, and the core's
 * values are immutable, so one parsed value serves every occurrence. A later text whose slot is
 * taken replaces the earlier one. Only values that parsed are kept.
 *
 * <pre>{@code
 * RecentValues<Source> sources = new RecentValues<>();
 * Source s = sources.get("arxiv:2204.06125", Source::parse);   // parsed
 * sources.get("arxiv:2204.06125", Source::parse);              // the same instance
 * }</pre>
 *
 * @param <T> the type of the values
 */
final class RecentValues<T> {
  /** The slots; a power of two. */
  private static final int SLOTS = 256;

  private final String[] texts = new String[SLOTS];
  private final Object[] values = new Object[SLOTS];

  /** The value of {@code text}: kept from an earlier call, or {@code parse} of it, kept now. */
  @SuppressWarnings("unchecked") // only values of T are stored
  T get(String text, Function<String, T> parse) {
    int h = text.hashCode();
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    @Nullable String kept = texts[slot];
    if (text.equals(kept)) {
      return (T) values[slot];
    }
    T value = parse.apply(text);
    texts[slot] = text;
    values[slot] = value;
    return value;
  }
}
