package io.github.genaitaxonomy.core.interop;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.NotationException;
import io.github.genaitaxonomy.core.internal.ArrowParser;
import io.github.genaitaxonomy.core.internal.NotationFailure;
import io.github.genaitaxonomy.core.internal.Vocabulary;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes OpenRouter's modality notation, the {@code architecture.modality} of its {@code
 * /api/v1/models} entries: {@code text+image+file->text}.
 *
 * <pre>{@code
 * OpenRouterNotation.parse("text+image+file->text");      // text+image->text
 * OpenRouterNotation.classify("text->image").surveyCategory();   // TEXT_TO_IMAGE
 * OpenRouterNotation.format(ModalitySignature.parse("text->speech"));   // "text->speech"
 * OpenRouterNotation.parse("text->embeddings");   // NotationException at 6: not a generative output
 * }</pre>
 *
 * <p>The notation is ours in shape: tokens joined by {@code +}, inputs and outputs separated by
 * {@code ->}. It is read strictly, as OpenRouter's API writes it: lower case, no whitespace, no
 * repeated token. Tokens and how they are read:
 *
 * <table>
 *   <caption>OpenRouter tokens</caption>
 *   <tr><th>token</th><th>side</th><th>read as</th></tr>
 *   <tr><td>{@code text}, {@code image}, {@code audio}, {@code video}</td><td>both</td>
 *       <td>the modality of that id</td></tr>
 *   <tr><td>{@code file}, {@code pdf}</td><td>input</td><td>{@link Modality#TEXT text}: an attached
 *       document (PDF) is written text; whether the model also sees its pages as images is said by
 *       its own {@code image} token, so {@code file} never adds a modality text does not</td></tr>
 *   <tr><td>{@code speech}</td><td>output</td><td>{@link Modality#SPEECH speech}</td></tr>
 *   <tr><td>{@code transcription}</td><td>output</td><td>{@link Modality#TEXT text}: a transcript
 *       is text</td></tr>
 *   <tr><td>{@code embeddings}, {@code embedding}, {@code rerank}</td><td>output</td><td>refused
 *       with a {@link NotationException} ("not a generative output"): vectors and relevance scores
 *       are not content, so such models are outside the taxonomy</td></tr>
 * </table>
 *
 * <p>OpenRouter declares its token lists open; a token not listed here is refused as unknown rather
 * than guessed.
 */
public final class OpenRouterNotation {
  /**
   * The notation's name, as {@link NotationException#notation()} reports it: {@code openrouter}.
   */
  public static final String NOTATION = "openrouter";

  private static final String NOT_GENERATIVE = "not a generative output: ";

  /** Why an embedding output is refused; the ecosystem graphs' notation refuses it the same way. */
  static final String EMBEDDING_OUTPUT =
      NOT_GENERATIVE
          + "an embedding model returns vectors, not content; it is outside the taxonomy";

  private static final Vocabulary INPUTS =
      Vocabulary.builder("OpenRouter input modality")
          .add("text", Modality.TEXT)
          .add("image", Modality.IMAGE)
          .add("file", Modality.TEXT)
          .add("pdf", Modality.TEXT)
          .add("audio", Modality.AUDIO)
          .add("video", Modality.VIDEO)
          .build();

  private static final Vocabulary OUTPUTS =
      Vocabulary.builder("OpenRouter output modality")
          .add("text", Modality.TEXT)
          .add("image", Modality.IMAGE)
          .add("audio", Modality.AUDIO)
          .add("video", Modality.VIDEO)
          .add("speech", Modality.SPEECH)
          .add("transcription", Modality.TEXT)
          .reject("embeddings", EMBEDDING_OUTPUT)
          .reject("embedding", EMBEDDING_OUTPUT)
          .reject(
              "rerank",
              NOT_GENERATIVE
                  + "a reranker returns relevance scores, not content; it is outside the taxonomy")
          .build();

  private static final ArrowParser PARSER = new ArrowParser(NOTATION, INPUTS, OUTPUTS);

  private static final ImmutableMap<Modality, String> WRITTEN_INPUTS =
      ImmutableMap.of(
          Modality.TEXT, "text",
          Modality.IMAGE, "image",
          Modality.VIDEO, "video",
          Modality.AUDIO, "audio");

  private static final ImmutableMap<Modality, String> WRITTEN_OUTPUTS =
      ImmutableMap.<Modality, String>builder()
          .putAll(WRITTEN_INPUTS)
          .put(Modality.SPEECH, "speech")
          .build();

  private OpenRouterNotation() {}

  /**
   * Reads an OpenRouter modality string such as {@code text+image+file->text}.
   *
   * @throws NotationException naming the zero-based position and the token of the first problem:
   *     empty text, no {@code ->} or more than one, an empty side or token, whitespace, upper case,
   *     an unknown or repeated token, a token on the wrong side, or a non-generative output
   */
  public static ModalitySignature parse(String text) {
    checkNotNull(text, "text");
    ArrowParser.Sides sides = PARSER.parse(text);
    return ModalitySignature.of(sides.inputs, sides.outputs);
  }

  /**
   * Reads an OpenRouter modality string without throwing: a signature where {@link #parse(String)}
   * returns one; {@link NotationResult.Kind#NO_DATA} for the empty string; {@link
   * NotationResult.Kind#NOT_GENERATIVE} for an embedding or rerank output; otherwise {@link
   * NotationResult.Kind#MALFORMED} with the position, token and problem {@code parse} reports.
   */
  public static NotationResult read(String text) {
    checkNotNull(text, "text");
    try {
      ArrowParser.Sides sides = PARSER.read(text);
      return NotationResult.of(NOTATION, text, ModalitySignature.of(sides.inputs, sides.outputs));
    } catch (NotationFailure failure) {
      return NotationResult.of(failure);
    }
  }

  /**
   * Classifies an OpenRouter modality string: {@code Classification.of(parse(text))}.
   *
   * @throws NotationException as {@link #parse(String)} does
   */
  public static Classification classify(String text) {
    return Classification.of(parse(text));
  }

  /**
   * Writes a signature in OpenRouter's tokens, in our canonical order: for every signature
   * OpenRouter can express (inputs among text, image, video, audio; outputs among those and speech)
   * this is {@link ModalitySignature#toString()}, and {@link #parse(String)} reads it back to an
   * equal signature.
   *
   * <p>A narrower modality OpenRouter has no token for is written as the broader one it is a form
   * of, as OpenRouter itself lists such models: code and scientific text as {@code text}, music as
   * {@code audio}, and speech as {@code audio} on the input side. This loses the distinction.
   *
   * @throws IllegalArgumentException naming the modality when OpenRouter has no token for it or a
   *     broader one (3d, motion, action, algorithm, brain signals, tabular, time series, graph)
   */
  public static String format(ModalitySignature signature) {
    checkNotNull(signature, "signature");
    return side(signature.inputs(), WRITTEN_INPUTS, "input", signature)
        + "->"
        + side(signature.outputs(), WRITTEN_OUTPUTS, "output", signature);
  }

  private static String side(
      Set<Modality> modalities,
      ImmutableMap<Modality, String> written,
      String what,
      ModalitySignature signature) {
    Set<Modality> tokens = EnumSet.noneOf(Modality.class);
    for (Modality modality : modalities) {
      tokens.add(
          writable(modality, written)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "OpenRouter has no "
                              + what
                              + " token for "
                              + modality.id()
                              + " (in '"
                              + signature
                              + "'); it writes "
                              + what
                              + "s as "
                              + String.join(", ", written.values()))));
    }
    return tokens.stream().map(written::get).collect(Collectors.joining("+"));
  }

  private static Optional<Modality> writable(
      Modality modality, ImmutableMap<Modality, String> written) {
    Optional<Modality> candidate = Optional.of(modality);
    while (candidate.isPresent() && !written.containsKey(candidate.get())) {
      candidate = candidate.get().broader();
    }
    return candidate;
  }
}
