package io.github.genaitaxonomy.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.ModalityPair;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.NotationException;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parser is total: for any string it returns a value or throws a {@link NotationException}
 * whose token is found in the input at the reported position.
 */
class NotationTotalityTest {

  private static final List<String> FRAGMENTS =
      List.of(
          "text",
          "image",
          "file",
          "audio",
          "video",
          "speech",
          "music",
          "3d",
          "3D",
          "code",
          "embeddings",
          "rerank",
          "transcription",
          "robot trajectories",
          "time-series",
          "Text",
          "IMAGE",
          "images",
          "-",
          ">",
          "->",
          "<-",
          "+",
          ",",
          ";",
          " ",
          "  ",
          "\t",
          "\n",
          "\u00A0",
          "\u2192",
          "\uFF1B",
          "\u00EB",
          "\uD83D\uDE00",
          "\uD800",
          "\uDC00",
          "\u0130",
          "\u200B",
          "_",
          "(",
          ")",
          "'",
          "\\",
          "\"",
          "");

  static Stream<Arguments> parsers() {
    return Stream.of(
        Arguments.of("arrow", (Function<String, ?>) ModalitySignature::parse),
        Arguments.of("arrow", (Function<String, ?>) ModalityPair::parse),
        Arguments.of("openrouter", (Function<String, ?>) OpenRouterNotation::parse),
        Arguments.of("ecosystem-graphs", (Function<String, ?>) EcosystemGraphsNotation::parse));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("parsers")
  void should_return_a_value_or_throw_a_precise_notation_exception_when_given_any_string(
      String notation, Function<String, ?> parser) {
    Random random = new Random(42);
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random);
      try {
        Object value = parser.apply(text);
        assertThat(value).isNotNull();
        parsed++;
      } catch (NotationException e) {
        assertThat(e.notation()).isEqualTo(notation);
        assertThat(e.input()).isEqualTo(text);
        assertThat(e.position()).as("position in %s", text).isBetween(0, text.length());
        assertThat(text.startsWith(e.token(), e.position()))
            .as("token '%s' at %d in '%s'", e.token(), e.position(), text)
            .isTrue();
        assertThat(e).hasMessageContaining("position " + e.position());
      }
    }
    assertThat(parsed).as("some random strings are valid").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void should_throw_a_notation_exception_when_the_string_is_only_separators(
      String notation, Function<String, ?> parser) {
    for (String text :
        List.of("", " ", "->", "+", ";", ",", "+->+", ", ; ,", ";;", "->->", "\u2192")) {
      try {
        Object accepted = parser.apply(text);
        throw new AssertionError("accepted '" + text + "' as " + accepted);
      } catch (NotationException e) {
        assertThat(e.notation()).isEqualTo(notation);
        assertThat(text.startsWith(e.token(), e.position())).isTrue();
      }
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int parts = random.nextInt(8);
    for (int j = 0; j < parts; j++) {
      text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
    }
    return text.toString();
  }
}
