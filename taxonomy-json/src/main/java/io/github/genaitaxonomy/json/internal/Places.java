package io.github.genaitaxonomy.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where the id and the references of one entry were read, kept for the catalog checks that run once
 * the whole catalog exists. Each place is kept as the steps of its path below the entry (key names
 * and array indices) with its line and column; a path's text is made only when an error asks for
 * it.
 *
 * <pre>{@code
 * Places places = new Places(entryDepth, lineOffset);
 * places.add(parser.streamReadContext(), parser.currentTokenLocation());
 * places.find("developers[0]");   // where that reference was, or null
 * }</pre>
 */
public final class Places {
  private final int entryDepth;
  private final int lineOffset;

  /** The steps of every place, one after the other: a String key or an Integer index. */
  private final List<Object> steps = new ArrayList<>();

  /** For each place: where its steps start in {@link #steps}, its line and its column. */
  private int[] places = new int[3 * 4];

  private int count;

  /**
   * Places below the entry whose object context has nesting depth {@code entryDepth}.
   *
   * @param lineOffset lines to add to the parser's line numbers
   */
  public Places(int entryDepth, int lineOffset) {
    this.entryDepth = entryDepth;
    this.lineOffset = lineOffset;
  }

  /** No places: for readings that check no references. */
  public static Places none() {
    return new Places(Integer.MAX_VALUE, 0);
  }

  /** Keeps the place of the value in {@code context}, at {@code location}. */
  void add(TokenStreamContext context, TokenStreamLocation location) {
    if (entryDepth == Integer.MAX_VALUE) {
      return;
    }
    int first = steps.size();
    for (TokenStreamContext c = context;
        c != null && c.getNestingDepth() >= entryDepth;
        c = c.getParent()) {
      steps.add(c.inArray() ? (Object) c.getCurrentIndex() : String.valueOf(c.currentName()));
    }
    // Outermost first.
    java.util.Collections.reverse(steps.subList(first, steps.size()));
    if (3 * count + 3 > places.length) {
      places = java.util.Arrays.copyOf(places, places.length * 2);
    }
    places[3 * count] = first;
    places[3 * count + 1] = Math.max(1, location.getLineNr()) + lineOffset;
    places[3 * count + 2] = Math.max(1, location.getColumnNr());
    count++;
  }

  /**
   * Where the value at {@code path} below the entry was read ({@code id}, {@code developers[0]},
   * {@code lineage[1].target}), or null when it was not kept.
   */
  public @Nullable Position find(String path) {
    for (int i = 0; i < count; i++) {
      int end = i + 1 < count ? places[3 * (i + 1)] : steps.size();
      if (path(places[3 * i], end).equals(path)) {
        return new Position(places[3 * i + 1], places[3 * i + 2]);
      }
    }
    return null;
  }

  private String path(int start, int end) {
    StringBuilder path = new StringBuilder();
    for (int i = start; i < end; i++) {
      Object step = steps.get(i);
      if (step instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(step);
      }
    }
    return path.toString();
  }
}
