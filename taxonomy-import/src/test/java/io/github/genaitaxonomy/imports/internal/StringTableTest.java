package io.github.genaitaxonomy.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringTableTest {
  @Test
  void should_number_strings_in_the_order_they_were_added_and_find_them_again() {
    StringTable table = new StringTable();

    assertThat(table.add("gpt-3")).isZero();
    assertThat(table.add("Stable Diffusion")).isEqualTo(1);
    assertThat(table.add("gpt-3")).isZero();
    assertThat(table.add("")).isEqualTo(2);
    assertThat(table.add("Ζήνων 東京")).isEqualTo(3);

    assertThat(table.size()).isEqualTo(4);
    assertThat(table.indexOf("Stable Diffusion")).isEqualTo(1);
    assertThat(table.indexOf("stable diffusion")).isEqualTo(-1);
    assertThat(table.get(3)).isEqualTo("Ζήνων 東京");
    assertThat(table.get(2)).isEmpty();
  }

  @Test
  void should_keep_every_entry_when_it_grows_past_many_rehashes() {
    StringTable table = new StringTable();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      assertThat(table.add("model-" + i)).isEqualTo(i);
    }

    assertThat(table.size()).isEqualTo(n);
    for (int i = 0; i < n; i += 997) {
      assertThat(table.indexOf("model-" + i)).isEqualTo(i);
      assertThat(table.get(i)).isEqualTo("model-" + i);
    }
    assertThat(table.indexOf("model-" + n)).isEqualTo(-1);
    assertThat(table.add("model-" + (n - 1))).isEqualTo(n - 1);
  }
}
