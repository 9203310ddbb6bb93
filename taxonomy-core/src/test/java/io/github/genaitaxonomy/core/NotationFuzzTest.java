package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Fuzz targets for the core text forms. In {@code ./mvnw verify} they replay the committed inputs
 * under {@code src/test/resources/.../NotationFuzzTestInputs/}; fuzz for real with {@code
 * JAZZER_FUZZ=1} (see docs/reliability.md).
 *
 * <p>Contract: a parser either returns a value whose text form parses back to an equal value, or
 * throws its one documented exception. Anything else fails the target.
 */
class NotationFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void signature(@NotNull String text) {
    ModalitySignature signature;
    try {
      signature = ModalitySignature.parse(text);
    } catch (NotationException expected) {
      assertThat(expected.position()).isBetween(0, text.length());
      assertThat(expected.input()).isEqualTo(text);
      return;
    }
    assertThat(ModalitySignature.parse(signature.toString())).isEqualTo(signature);
  }

  @FuzzTest(maxDuration = "10m")
  void pair(@NotNull String text) {
    ModalityPair pair;
    try {
      pair = ModalityPair.parse(text);
    } catch (NotationException expected) {
      assertThat(expected.position()).isBetween(0, text.length());
      return;
    }
    assertThat(ModalityPair.parse(pair.toString())).isEqualTo(pair);
  }

  @FuzzTest(maxDuration = "10m")
  void source(@NotNull String text) {
    Source source;
    try {
      source = Source.parse(text);
    } catch (IllegalArgumentException expected) {
      assertThat(expected).hasMessageContaining("Source");
      return;
    }
    assertThat(Source.parse(source.toString())).isEqualTo(source);
  }

  @FuzzTest(maxDuration = "10m")
  void category(@NotNull String text) {
    Category.find(text).ifPresent(c -> assertThat(Category.fromId(c.id())).isEqualTo(c));
  }

  @FuzzTest(maxDuration = "10m")
  void quantity(@NotNull String amount) {
    Quantity quantity;
    try {
      quantity = Quantity.of(amount, Unit.TOKENS);
    } catch (IllegalArgumentException expected) {
      assertThat(expected).hasMessageContaining("Quantity.amount");
      return;
    }
    assertThat(Quantity.of(quantity.amount().toPlainString(), Unit.TOKENS)).isEqualTo(quantity);
  }
}
