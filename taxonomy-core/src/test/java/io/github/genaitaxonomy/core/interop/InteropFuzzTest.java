package io.github.genaitaxonomy.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.NotationException;
import java.util.List;

/**
 * Fuzz targets for the foreign notations. In {@code ./mvnw verify} they replay the committed inputs
 * under {@code src/test/resources/.../InteropFuzzTestInputs/}; fuzz for real with {@code
 * JAZZER_FUZZ=1} (see docs/reliability.md).
 *
 * <p>Contract: a parser returns a signature or throws {@link NotationException} with a position
 * inside the text and the offending token at that position; a parsed signature survives our
 * canonical form.
 */
class InteropFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void openRouter(@NotNull String text) {
    ModalitySignature signature;
    NotationResult result = OpenRouterNotation.read(text);
    try {
      signature = OpenRouterNotation.parse(text);
    } catch (NotationException expected) {
      checkPosition(expected, text);
      checkAgrees(result, expected);
      return;
    }
    assertThat(result.signature()).contains(signature);
    assertThat(ModalitySignature.parse(signature.toString())).isEqualTo(signature);
    assertThat(OpenRouterNotation.classify(text).signature()).isEqualTo(signature);
  }

  @FuzzTest(maxDuration = "10m")
  void ecosystemGraphs(@NotNull String text) {
    ModalitySignature signature;
    NotationResult result = EcosystemGraphsNotation.read(text);
    try {
      signature = EcosystemGraphsNotation.parse(text);
    } catch (NotationException expected) {
      checkPosition(expected, text);
      checkAgrees(result, expected);
      return;
    }
    assertThat(result.signature()).contains(signature);
    assertThat(EcosystemGraphsNotation.parse(EcosystemGraphsNotation.format(signature)))
        .isEqualTo(signature);
  }

  @FuzzTest(maxDuration = "10m")
  void huggingFace(@NotNull String tag) {
    HuggingFaceTasks.find(tag)
        .ifPresent(task -> assertThat(HuggingFaceTasks.get(task.tag())).isEqualTo(task));
  }

  @FuzzTest(maxDuration = "10m")
  void modelsDev(@NotNull List<@NotNull String> input, @NotNull List<@NotNull String> output) {
    NotationResult result = ModelsDevNotation.read(input, output);
    try {
      ModalitySignature signature = ModelsDevNotation.parse(input, output);
      assertThat(result.signature()).contains(signature);
    } catch (NotationException expected) {
      checkPosition(expected, expected.input());
      checkAgrees(result, expected);
    }
  }

  private static void checkAgrees(NotationResult result, NotationException e) {
    assertThat(result.kind()).isNotEqualTo(NotationResult.Kind.SIGNATURE);
    assertThat(result.position()).isEqualTo(e.position());
    assertThat(result.token()).isEqualTo(e.token());
    assertThat(result.problem()).isEqualTo(e.problem());
  }

  private static void checkPosition(NotationException e, String text) {
    assertThat(e.position()).isBetween(0, text.length());
    assertThat(text.startsWith(e.token(), e.position())).isTrue();
  }
}
