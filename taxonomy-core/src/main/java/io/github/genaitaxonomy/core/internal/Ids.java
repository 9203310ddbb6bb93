package io.github.genaitaxonomy.core.internal;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Identifier rules shared by every entity: kebab-case ids and "did you mean" suggestions. */
public final class Ids {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private Ids() {}

  /** Whether {@code id} is lower-case kebab-case: {@code dall-e-2}, {@code text-to-3d}. */
  public static boolean isKebabCase(String id) {
    return KEBAB.matcher(id).matches();
  }

  /**
   * Throws {@link IllegalArgumentException} naming the type and attribute unless {@code id} is
   * kebab-case.
   */
  public static String checkKebabCase(String id, String type, String attribute) {
    if (!isKebabCase(id)) {
      throw new IllegalArgumentException(
          type + "." + attribute + " must be kebab-case (a-z, 0-9, single '-') but was '" + id + "'");
    }
    return id;
  }

  /** Throws {@link IllegalArgumentException} naming the type and attribute when blank. */
  public static String checkNotBlank(String value, String type, String attribute) {
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(type + "." + attribute + " must not be blank");
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          type + "." + attribute + " must not start or end with whitespace but was '" + value + "'");
    }
    return value;
  }

  /**
   * The known ids closest to {@code id} by edit distance (at most {@code limit}), closest first,
   * ties in alphabetical order.
   */
  public static ImmutableList<String> nearest(String id, Collection<String> known, int limit) {
    List<String> sorted = new ArrayList<>(known);
    sorted.sort(
        Comparator.comparingInt((String k) -> distance(id, k)).thenComparing(Comparator.naturalOrder()));
    return ImmutableList.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** {@code noun} after its indefinite article: {@code an organization}, {@code a model}. */
  public static String withArticle(String noun) {
    return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /**
   * The message of a failed lookup: names the id and the nearest known ids.
   */
  public static String unknownIdMessage(String what, String id, Collection<String> known) {
    ImmutableList<String> near = nearest(id, known, 3);
    return "Unknown " + what + " id '" + id + "'"
        + (near.isEmpty() ? " (none are known)" : "; nearest known ids: " + String.join(", ", near));
  }
}
