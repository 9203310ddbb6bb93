package io.github.genaitaxonomy.core.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.genaitaxonomy.core.InvalidAttributeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Identifier rules shared by every entity: kebab-case ids of bounded length and "did you mean"
 * suggestions.
 *
 * <p>Suggestions are computed with an edit distance bounded by {@link #MAX_SUGGESTION_DISTANCE}:
 * only known ids whose length is within that bound of the unknown id are compared, and each
 * comparison stops as soon as the bound is exceeded, so one lookup costs at most {@code O(known ×
 * length × bound)} and never sorts the known ids.
 */
public final class Ids {
  /** The longest id accepted, in characters; checked before anything else looks at an id. */
  public static final int MAX_ID_LENGTH = 128;

  /** Known ids farther than this from an unknown id are never suggested. */
  public static final int MAX_SUGGESTION_DISTANCE = 3;

  /** Lists up to this size are checked for repeats pairwise. */
  private static final int SHORT_LIST = 8;

  private Ids() {}

  /**
   * Whether {@code id} is lower-case kebab-case of at most {@link #MAX_ID_LENGTH} characters:
   * {@code dall-e-2}, {@code text-to-3d}.
   */
  public static boolean isKebabCase(String id) {
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
      return false;
    }
    boolean afterDash = true;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-') {
        if (afterDash) {
          return false;
        }
        afterDash = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterDash = false;
      } else {
        return false;
      }
    }
    return !afterDash;
  }

  /**
   * Returns {@code id} unless it is too long or not kebab-case.
   *
   * @throws InvalidAttributeException naming the type and attribute
   */
  public static String checkKebabCase(String id, String type, String attribute) {
    if (id.length() > MAX_ID_LENGTH) {
      throw new InvalidAttributeException(
          type,
          attribute,
          type
              + "."
              + attribute
              + " must have at most "
              + MAX_ID_LENGTH
              + " characters but was "
              + Text.quote(id));
    }
    if (!isKebabCase(id)) {
      throw new InvalidAttributeException(
          type,
          attribute,
          type
              + "."
              + attribute
              + " must be kebab-case (a-z, 0-9, single '-') but was "
              + Text.quote(id));
    }
    return id;
  }

  /**
   * The known ids closest to {@code id} (at most {@code limit}), closest first, ties in
   * alphabetical order; {@code id} itself and ids farther than {@link #MAX_SUGGESTION_DISTANCE} are
   * never among them.
   */
  public static ImmutableList<String> nearest(String id, Collection<String> known, int limit) {
    return nearest(id, known, id, limit);
  }

  /**
   * The suffix of a message about an unknown reference {@code id} made by the entity {@code self}:
   * {@code "; nearest known: gpt-3, gpt-4"}, or empty when no known id is close. The entity's own
   * id is never suggested.
   */
  public static String nearestKnown(String id, Collection<String> known, String self) {
    ImmutableList<String> near = nearest(id, known, self, 3);
    return near.isEmpty() ? "" : "; nearest known: " + String.join(", ", near);
  }

  private static ImmutableList<String> nearest(
      String id, Collection<String> known, String self, int limit) {
    if (id.length() > MAX_ID_LENGTH + MAX_SUGGESTION_DISTANCE) {
      return ImmutableList.of();
    }
    // One pair of rows for every comparison: a compared id is at most the bound longer than id.
    Rows rows = new Rows(id.length() + MAX_SUGGESTION_DISTANCE);
    List<Candidate> candidates = new ArrayList<>();
    for (String k : known) {
      if (k.equals(id)
          || k.equals(self)
          || Math.abs(k.length() - id.length()) > MAX_SUGGESTION_DISTANCE) {
        continue;
      }
      int d = distance(id, k, MAX_SUGGESTION_DISTANCE, rows);
      if (d <= MAX_SUGGESTION_DISTANCE) {
        candidates.add(new Candidate(k, d));
      }
    }
    // Only the close ids are sorted, never the known ids.
    candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::id));
    return candidates.stream()
        .limit(limit)
        .map(Candidate::id)
        .collect(ImmutableList.toImmutableList());
  }

  private record Candidate(String id, int distance) {}

  /** The two rows of the distance table, reused from one comparison to the next. */
  private static final class Rows {
    int[] previous;
    int[] current;

    Rows(int length) {
      previous = new int[length + 1];
      current = new int[length + 1];
    }
  }

  /**
   * The Levenshtein distance of {@code a} and {@code b} when it is at most {@code bound}, otherwise
   * some value above {@code bound}. Only the band of width {@code 2 × bound + 1} around the
   * diagonal is computed, and the computation stops at the first row whose every value is above
   * {@code bound}.
   */
  static int distance(String a, String b, int bound) {
    return distance(a, b, bound, new Rows(b.length()));
  }

  private static int distance(String a, String b, int bound, Rows rows) {
    if (Math.abs(a.length() - b.length()) > bound) {
      return bound + 1;
    }
    int over = bound + 1;
    int[] previous = rows.previous;
    int[] current = rows.current;
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - bound);
      int to = Math.min(b.length(), i + bound);
      current[0] = Math.min(i, over);
      if (from > 1) {
        current[from - 1] = over;
      }
      int rowMin = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
        current[j] = Math.min(value, over);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < b.length()) {
        current[to + 1] = over;
      }
      if (rowMin > bound) {
        return over;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * The index of the first of {@code values} equal to an earlier one, or -1 when they are distinct;
   * short lists, the usual case, are compared pairwise without a set. Linear in the size of a long
   * list.
   */
  public static int firstRepeat(List<String> values) {
    int size = values.size();
    if (size <= SHORT_LIST) {
      for (int i = 1; i < size; i++) {
        String value = values.get(i);
        for (int j = 0; j < i; j++) {
          if (value.equals(values.get(j))) {
            return i;
          }
        }
      }
      return -1;
    }
    Set<String> seen = Sets.newHashSetWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      if (!seen.add(values.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code noun} after its indefinite article, chosen by the noun's first letter: {@code an
   * organization}, {@code an input modality}, {@code a model}.
   */
  public static String withArticle(String noun) {
    return (!noun.isEmpty() && "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** The message of a failed lookup: names the id and the nearest known ids. */
  public static String unknownIdMessage(String what, String id, Collection<String> known) {
    if (known.isEmpty()) {
      return "Unknown " + what + " id " + Text.quote(id) + " (none are known)";
    }
    ImmutableList<String> near = nearest(id, known, 3);
    return "Unknown "
        + what
        + " id "
        + Text.quote(id)
        + (near.isEmpty()
            ? " (no known id is close)"
            : "; nearest known ids: " + String.join(", ", near));
  }
}
