package io.github.genaitaxonomy.core.interop;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.NotationException;
import io.github.genaitaxonomy.core.internal.NotationFailure;
import io.github.genaitaxonomy.core.internal.Vocabulary;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code modalities} table of a model in models.dev ({@code
 * providers/<provider>/models/<model>.toml}): two lists of tokens, {@code input} and {@code
 * output}.
 *
 * <pre>{@code
 * // modalities = { input = ["text", "image", "pdf"], output = ["text"] }
 * ModelsDevNotation.parse(List.of("text", "image", "pdf"), List.of("text"));   // text+image->text
 * ModelsDevNotation.classify(List.of("text", "image"), List.of("text", "image")).surveyCategory();
 *     // TEXT_TO_IMAGE
 * ModelsDevNotation.read(List.of("text"), List.of()).kind();   // NO_DATA
 * }</pre>
 *
 * <p>The tokens are the five models.dev's schema allows, read strictly (lower case, exact): {@code
 * text}, {@code image}, {@code audio}, {@code video} as the modality of that id, and {@code pdf} as
 * {@link Modality#TEXT text}: a PDF is a written document, and whether the model also sees its
 * pages as images is said by its own {@code image} token (OpenRouter's {@code file} is read the
 * same way). The order of a list does not matter; a repeated token is refused. An empty list states
 * nothing: {@link #read(List, List)} gives {@link NotationResult.Kind#NO_DATA}.
 *
 * <p>Errors name the position in the lists as written {@code input = ["text", "image"], output =
 * ["text"]}, which is also the {@link NotationException#input()} they report.
 */
public final class ModelsDevNotation {
  /**
   * The notation's name, as {@link NotationException#notation()} reports it: {@code models-dev}.
   */
  public static final String NOTATION = "models-dev";

  private static final Vocabulary TOKENS =
      Vocabulary.builder("models.dev modality")
          .add("text", Modality.TEXT)
          .add("image", Modality.IMAGE)
          .add("audio", Modality.AUDIO)
          .add("video", Modality.VIDEO)
          .add("pdf", Modality.TEXT)
          .build();

  private ModelsDevNotation() {}

  /**
   * Reads a models.dev {@code modalities} table.
   *
   * @throws NotationException naming the position and token when a list is empty or holds an
   *     unknown or repeated token
   */
  public static ModalitySignature parse(List<String> input, List<String> output) {
    checkNotNull(input, "input");
    checkNotNull(output, "output");
    try {
      return signature(input, output);
    } catch (NotationFailure failure) {
      throw failure.toException();
    }
  }

  /**
   * Reads a models.dev {@code modalities} table without throwing: a signature where {@link
   * #parse(List, List)} returns one, {@link NotationResult.Kind#NO_DATA} when a list is empty,
   * otherwise {@link NotationResult.Kind#MALFORMED} with the position, token and problem.
   */
  public static NotationResult read(List<String> input, List<String> output) {
    checkNotNull(input, "input");
    checkNotNull(output, "output");
    try {
      ModalitySignature signature = signature(input, output);
      return NotationResult.of(NOTATION, written(input, output), signature);
    } catch (NotationFailure failure) {
      return NotationResult.of(failure);
    }
  }

  /**
   * Classifies a models.dev {@code modalities} table: {@code Classification.of(parse(input,
   * output))}.
   *
   * @throws NotationException as {@link #parse(List, List)} does
   */
  public static Classification classify(List<String> input, List<String> output) {
    return Classification.of(parse(input, output));
  }

  private static ModalitySignature signature(List<String> input, List<String> output) {
    ImmutableList<Modality> inputs = side(input, output, true);
    ImmutableList<Modality> outputs = side(input, output, false);
    return ModalitySignature.of(inputs, outputs);
  }

  private static ImmutableList<Modality> side(
      List<String> input, List<String> output, boolean isInput) {
    List<String> tokens = isInput ? input : output;
    String what = isInput ? "input" : "output";
    if (tokens.isEmpty()) {
      String text = written(input, output);
      int position = isInput ? "input = [".length() : text.length() - 1;
      throw new NotationFailure(
          NotationFailure.Kind.NO_DATA,
          NOTATION,
          text,
          position,
          "",
          "the " + what + " list is empty, which states no modality");
    }
    Set<String> seenTokens = new HashSet<>();
    Set<Modality> seen = EnumSet.noneOf(Modality.class);
    ImmutableList.Builder<Modality> result = ImmutableList.builder();
    for (int i = 0; i < tokens.size(); i++) {
      String token = checkNotNull(tokens.get(i), "%s[%s]", what, i);
      Optional<ImmutableList<Modality>> modalities = TOKENS.modalities(token);
      if (modalities.isEmpty()) {
        throw failure(
            input,
            output,
            isInput,
            i,
            "unknown " + TOKENS.what() + "; allowed: " + String.join(", ", TOKENS.tokens()));
      }
      if (!seenTokens.add(token)) {
        throw failure(input, output, isInput, i, "duplicate " + what + " modality");
      }
      for (Modality modality : modalities.get()) {
        if (seen.add(modality)) {
          result.add(modality);
        }
      }
    }
    return result.build();
  }

  private static NotationFailure failure(
      List<String> input, List<String> output, boolean isInput, int index, String problem) {
    String text = written(input, output);
    List<String> tokens = isInput ? input : output;
    int position =
        (isInput ? "input = [".length() : ("input = " + list(input) + ", output = [").length()) + 1;
    for (String token : tokens.subList(0, index)) {
      position += token.length() + 4;
    }
    String token = tokens.get(index);
    return new NotationFailure(NOTATION, text, position, token, problem);
  }

  /** The lists as models.dev's TOML writes them: {@code input = ["text"], output = ["text"]}. */
  private static String written(List<String> input, List<String> output) {
    return "input = " + list(input) + ", output = " + list(output);
  }

  private static String list(List<String> tokens) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < tokens.size(); i++) {
      text.append(i == 0 ? "\"" : ", \"").append(tokens.get(i)).append('"');
    }
    return text.append(']').toString();
  }
}
