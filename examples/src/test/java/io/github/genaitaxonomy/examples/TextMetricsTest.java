package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.examples.internal.TextMetrics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMetricsTest {

  @ParameterizedTest
  @CsvSource({
    "DALL·E 2, 60, 3",
    "Human Motion Diffusion Model, 80, 2",
    "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW, 50, 2",
    "King Abdullah University of Science and Technology, 100, 3",
    "x, 1, 1",
  })
  void should_never_exceed_the_width_or_the_line_count_when_wrapping(
      String text, double width, int maxLines) {
    var lines = TextMetrics.wrap(text, width, 12, true, maxLines);

    assertThat(lines).hasSizeBetween(1, maxLines);
    for (String line : lines) {
      // A single character wider than the line is the one thing that cannot be helped.
      if (line.codePointCount(0, line.length()) > 1) {
        assertThat(TextMetrics.width(line, 12, true)).isLessThanOrEqualTo(width);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"Stable Diffusion 2022-04, 2022-04", "Make-A-Video, Make-A-"})
  void should_keep_dates_whole_and_break_words_at_hyphens_when_wrapping(
      String text, String expectedLine) {
    var lines = TextMetrics.wrap(text, 60, 12, false, 5);

    assertThat(lines).contains(expectedLine);
  }
}
