package io.github.genaitaxonomy.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.NotationException;

/**
 * Fuzz targets for the foreign notations. In {@code ./mvnw verify} they replay the committed inputs
 * under {@code src/test/resources/.../InteropFuzzTestInputs/}; fuzz for real with
 * {@code JAZZER_FUZZ=1} (see docs/reliability.md).
 *
 * <p>Contract: a parser returns a signature or throws {@link NotationException} with a position
 * inside the text and the offending token at that position; a parsed signature survives our
 * canonical form.
 */
class InteropFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void openRouter(@NotNull String text) {
    ModalitySignature signature;
    try {
      signature = OpenRouterNotation.parse(text);
    } catch (NotationException expected) {
      checkPosition(expected, text);
      return;
    }
    assertThat(ModalitySignature.parse(signature.toString())).isEqualTo(signature);
    assertThat(OpenRouterNotation.classify(text).signature()).isEqualTo(signature);
  }

  @FuzzTest(maxDuration = "10m")
  void ecosystemGraphs(@NotNull String text) {
    ModalitySignature signature;
    try {
      signature = EcosystemGraphsNotation.parse(text);
    } catch (NotationException expected) {
      checkPosition(expected, text);
      return;
    }
    assertThat(EcosystemGraphsNotation.parse(EcosystemGraphsNotation.format(signature)))
        .isEqualTo(signature);
  }

  @FuzzTest(maxDuration = "10m")
  void huggingFace(@NotNull String tag) {
    HuggingFaceTasks.find(tag)
        .ifPresent(task -> assertThat(HuggingFaceTasks.get(task.tag())).isEqualTo(task));
  }

  private static void checkPosition(NotationException e, String text) {
    assertThat(e.position()).isBetween(0, text.length());
    assertThat(text.startsWith(e.token(), e.position())).isTrue();
  }
}
