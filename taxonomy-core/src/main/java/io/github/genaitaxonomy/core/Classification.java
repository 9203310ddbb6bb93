package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Where a {@link ModalitySignature} falls in the taxonomy: the survey category it is filed under,
 * the pair that decided it, and the exact category of each of its (input, output) pairs.
 *
 * <pre>{@code
 * Classification c = Classification.of(ModalitySignature.parse("text+image->text+image"));
 * c.surveyCategory();   // TEXT_TO_IMAGE: the generated image decides over text
 * c.decidingPair();     // Optional[text->image]
 * c.exact();            // Optional.empty(): the signature is not a single pair
 * }</pre>
 *
 * <p>The policy: <em>a model is filed by what it generates</em>. One output decides, then one
 * input, and the survey category is the one the survey names for that deciding pair (in the
 * survey's terms: speech and music are audio), or {@link Category#OTHER} when it names none.
 *
 * <table>
 *   <caption>How the deciding pair is chosen</caption>
 *   <tr><th>rule</th><th>example</th><th>reason</th></tr>
 *   <tr><td>The richest generated medium decides over text: 3D, then video, then image, then audio
 *       (speech, music)</td><td>{@code text+image->text+image}: text-to-image;
 *       {@code text+image->video+audio}: text-to-video</td><td>a text reply next to a generated
 *       picture is incidental; the medium is what such a model is for</td></tr>
 *   <tr><td>Then any other non-written output: motion, action, algorithm, brain signals, tabular,
 *       time series, graph</td><td>{@code text->motion}: other (text-to-motion)</td><td>the survey
 *       names none of these, so they stay other, with their exact pair</td></tr>
 *   <tr><td>Among written outputs scientific text, then text; code decides only when it is the
 *       only output</td><td>{@code text->text+code}: text-to-text; {@code text+code->code}:
 *       text-to-code</td><td>the survey files ChatGPT, which writes code too, under text-to-text
 *       </td></tr>
 *   <tr><td>For a plain text output, a non-written input decides: image, then video, then any
 *       other in declaration order, then text</td><td>{@code text+image+video->text}:
 *       image-to-text; {@code speech->text}: other (speech-to-text)</td><td>reading an image
 *       is what an image-to-text model does; the text prompt beside it is incidental</td></tr>
 *   <tr><td>For any other output, a text input decides (text, then code, then scientific text),
 *       else the first input in declaration order</td><td>{@code image->image}: other
 *       (image-to-image); {@code text+image->code}: text-to-code</td><td>the survey's categories
 *       other than image-to-text all start from text</td></tr>
 *   <tr><td>No input: no deciding pair</td><td>{@code ->image}: other</td><td>an unconditional
 *       generator is not prompted, and the survey names no such category</td></tr>
 * </table>
 *
 * <p>A video input with a written output is image-to-text in the survey's terms, since its
 * image-to-text section covers video too (Flamingo).
 */
@Value.Immutable
public abstract class Classification {
  Classification() {}

  /** Outputs that decide over text, richest first; speech and music rank as audio. */
  private static final ImmutableList<Modality> MEDIA =
      ImmutableList.of(
          Modality.THREE_D,
          Modality.VIDEO,
          Modality.IMAGE,
          Modality.AUDIO,
          Modality.SPEECH,
          Modality.MUSIC);

  /** Written modalities, as they decide among outputs (scientific text, text, then code). */
  private static final ImmutableList<Modality> WRITTEN_OUTPUTS =
      ImmutableList.of(Modality.SCIENTIFIC_TEXT, Modality.TEXT, Modality.CODE);

  /** Written modalities, as they decide among inputs. */
  private static final ImmutableList<Modality> WRITTEN_INPUTS =
      ImmutableList.of(Modality.TEXT, Modality.CODE, Modality.SCIENTIFIC_TEXT);

  /** The signature that was classified. */
  public abstract ModalitySignature signature();

  /** The survey category the signature is filed under; {@link Category#OTHER} if none fits. */
  public abstract Category surveyCategory();

  /**
   * The (input, output) pair that decided the survey category, as the signature states it ({@code
   * speech->text}, not {@code audio->text}); empty for an unconditional generator.
   */
  public abstract Optional<ModalityPair> decidingPair();

  /** The exact category of each (input, output) pair of the signature, inputs first. */
  public abstract ImmutableList<Category> pairCategories();

  /** The exact category when the signature is a single pair. */
  public final Optional<Category> exact() {
    return signature().asPair().map(Category::of);
  }

  /** Classifies a signature by the policy in the class description. */
  public static Classification of(ModalitySignature signature) {
    ImmutableList.Builder<Category> exact = ImmutableList.builder();
    for (ModalityPair pair : signature.pairs()) {
      exact.add(Category.of(pair));
    }
    Optional<ModalityPair> deciding = decidingPair(signature);
    return ImmutableClassification.builder()
        .signature(signature)
        .surveyCategory(deciding.isPresent() ? surveyCategory(deciding.get()) : Category.OTHER)
        .decidingPair(deciding)
        .pairCategories(exact.build())
        .build();
  }

  private static Optional<ModalityPair> decidingPair(ModalitySignature signature) {
    Set<Modality> inputs = signature.inputs();
    if (inputs.isEmpty()) {
      return Optional.empty();
    }
    Modality output = decidingOutput(signature.outputs());
    Modality input;
    if (output == Modality.TEXT) {
      Optional<Modality> nonWritten = firstNonWritten(inputs);
      input = nonWritten.isPresent() ? nonWritten.get() : firstOf(WRITTEN_INPUTS, inputs);
    } else {
      Optional<Modality> written = firstOfOptional(WRITTEN_INPUTS, inputs);
      input = written.isPresent() ? written.get() : inputs.iterator().next();
    }
    return Optional.of(ModalityPair.of(input, output));
  }

  private static Modality decidingOutput(Set<Modality> outputs) {
    Optional<Modality> media = firstOfOptional(MEDIA, outputs);
    if (media.isPresent()) {
      return media.get();
    }
    Optional<Modality> nonWritten = firstNonWritten(outputs);
    return nonWritten.isPresent() ? nonWritten.get() : firstOf(WRITTEN_OUTPUTS, outputs);
  }

  /** The first modality that is not written, image and video before the others. */
  private static Optional<Modality> firstNonWritten(Set<Modality> modalities) {
    if (modalities.contains(Modality.IMAGE)) {
      return Optional.of(Modality.IMAGE);
    }
    if (modalities.contains(Modality.VIDEO)) {
      return Optional.of(Modality.VIDEO);
    }
    for (Modality modality : modalities) {
      if (!modality.isA(Modality.TEXT)) {
        return Optional.of(modality);
      }
    }
    return Optional.empty();
  }

  private static Optional<Modality> firstOfOptional(
      ImmutableList<Modality> order, Set<Modality> modalities) {
    for (Modality modality : order) {
      if (modalities.contains(modality)) {
        return Optional.of(modality);
      }
    }
    return Optional.empty();
  }

  /** The first of {@code order} in {@code modalities}, which holds only written modalities. */
  private static Modality firstOf(ImmutableList<Modality> order, Set<Modality> modalities) {
    Optional<Modality> first = firstOfOptional(order, modalities);
    return first.isPresent() ? first.get() : modalities.iterator().next();
  }

  private static Category surveyCategory(ModalityPair pair) {
    Modality input = pair.input().surveyModality();
    Modality output = pair.output().surveyModality();
    if (input == Modality.VIDEO && output.isA(Modality.TEXT)) {
      input = Modality.IMAGE;
    }
    Category category = Category.of(ModalityPair.of(input, output));
    return category.isSurveyCategory() ? category : Category.OTHER;
  }
}
