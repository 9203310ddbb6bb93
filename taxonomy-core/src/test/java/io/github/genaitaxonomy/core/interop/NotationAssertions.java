package io.github.genaitaxonomy.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.NotationException;
import io.github.genaitaxonomy.core.internal.Text;
import java.util.function.Function;

/** Checks a {@link NotationException} the way every notation table in this package does. */
final class NotationAssertions {
  private NotationAssertions() {}

  /**
   * Asserts that {@code parser} refuses {@code text} naming the notation, the whole input, the
   * position, the token (which must be in the input at that position) and the problem.
   */
  static void assertRefused(
      Function<String, ?> parser,
      String notation,
      String text,
      int position,
      String token,
      String problem) {
    assertThatThrownBy(() -> parser.apply(text))
        .isInstanceOfSatisfying(
            NotationException.class,
            e -> {
              assertThat(e.notation()).isEqualTo(notation);
              assertThat(e.input()).isEqualTo(text);
              assertThat(e.position()).as("position").isEqualTo(position);
              assertThat(e.token()).as("token").isEqualTo(token);
              assertThat(text.startsWith(token, position)).as("token is at position").isTrue();
              assertThat(e)
                  .hasMessageContaining("position " + position)
                  .hasMessageContaining(problem);
              if (!token.isEmpty()) {
                assertThat(e).hasMessageContaining("(" + Text.quote(token) + ")");
              }
              assertThat(String.valueOf(e.getMessage()))
                  .as("message length")
                  .hasSizeLessThan(2 * Text.MAX_QUOTED + e.problem().length() + 120);
            });
  }
}
