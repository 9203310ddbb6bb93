package io.github.genaitaxonomy.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {
  private static final String ALPHABET = "ab-";

  @Test
  void should_find_the_first_repeat_in_short_and_long_lists() {
    Random random = new Random(7);
    for (int n = 0; n < 2_000; n++) {
      List<String> values = new ArrayList<>();
      int size = random.nextInt(20);
      for (int i = 0; i < size; i++) {
        values.add("m" + random.nextInt(40));
      }
      int expected = -1;
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < size && expected < 0; i++) {
        if (!seen.add(values.get(i))) {
          expected = i;
        }
      }
      assertThat(Ids.firstRepeat(values)).as("%s", values).isEqualTo(expected);
    }
    assertThat(Ids.firstRepeat(List.of())).isEqualTo(-1);
    assertThat(Ids.firstRepeat(List.of("a", "b", "a", "b"))).isEqualTo(2);
  }

  /** The full Levenshtein table, for comparison. */
  private static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
        } else {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String random(Random random, int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  @Test
  void should_give_the_distance_when_it_is_within_the_bound_and_more_than_the_bound_otherwise() {
    Random random = new Random(15);
    for (int n = 0; n < 20_000; n++) {
      String a = random(random, 12);
      String b = random(random, 12);
      int bound = random.nextInt(5);
      int exact = levenshtein(a, b);

      int bounded = Ids.distance(a, b, bound);

      if (exact <= bound) {
        assertThat(bounded).as("%s, %s within %s", a, b, bound).isEqualTo(exact);
      } else {
        assertThat(bounded).as("%s, %s within %s", a, b, bound).isGreaterThan(bound);
      }
    }
  }

  @Test
  void should_match_a_full_sort_by_exact_distance_when_suggesting_among_many_known_ids() {
    Random random = new Random(42);
    for (int n = 0; n < 500; n++) {
      Set<String> known = new LinkedHashSet<>();
      for (int k = 0; k < 40; k++) {
        known.add(random(random, 10));
      }
      String id = random(random, 10);
      String self = known.iterator().next();
      ImmutableList<String> expected =
          known.stream()
              .filter(k -> !k.equals(id) && !k.equals(self))
              .filter(k -> levenshtein(id, k) <= Ids.MAX_SUGGESTION_DISTANCE)
              .sorted(
                  Comparator.comparingInt((String k) -> levenshtein(id, k))
                      .thenComparing(Comparator.naturalOrder()))
              .limit(3)
              .collect(ImmutableList.toImmutableList());

      String suffix = Ids.nearestKnown(id, known, self);

      assertThat(suffix)
          .isEqualTo(expected.isEmpty() ? "" : "; nearest known: " + String.join(", ", expected));
    }
  }

  @Test
  void should_suggest_nothing_when_the_unknown_id_is_longer_than_any_id_can_be() {
    assertThat(Ids.nearest("a".repeat(1_000), List.of("a".repeat(128)), 3)).isEmpty();
    assertThat(Ids.nearest("a".repeat(130), List.of("a".repeat(128)), 3))
        .containsExactly("a".repeat(128));
  }
}
