package io.github.genaitaxonomy.core;

import io.github.genaitaxonomy.core.internal.ArrowParser;
import org.immutables.value.Value;

/**
 * One input modality and one output modality, such as {@code text->image}: the unit the survey's
 * taxonomy is built on.
 *
 * <pre>{@code
 * ModalityPair pair = ModalityPair.of(Modality.TEXT, Modality.IMAGE);
 * pair.toString();                                  // "text->image"
 * ModalityPair.parse("text->image").equals(pair);   // true
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class ModalityPair {
  ModalityPair() {}

  /** The input modality. */
  @Value.Parameter
  public abstract Modality input();

  /** The output modality. */
  @Value.Parameter
  public abstract Modality output();

  /** The pair. */
  public static ModalityPair of(Modality input, Modality output) {
    return ImmutableModalityPair.of(input, output);
  }

  /**
   * Reads {@code input->output}, such as {@code text->3d}.
   *
   * @throws NotationException naming position and token when the text is not one canonical pair
   */
  public static ModalityPair parse(String text) {
    ArrowParser.Sides sides = ArrowParser.canonical().parse(text);
    if (sides.inputs.isEmpty()) {
      throw new NotationException(
          ArrowParser.NOTATION, text, 0, "", "a modality pair has exactly one input, found none");
    }
    if (sides.inputs.size() != 1) {
      int plus = text.indexOf('+');
      throw new NotationException(
          ArrowParser.NOTATION, text, plus, "+", "a modality pair has exactly one input");
    }
    if (sides.outputs.size() != 1) {
      int plus = text.indexOf('+', text.indexOf("->"));
      throw new NotationException(
          ArrowParser.NOTATION, text, plus, "+", "a modality pair has exactly one output");
    }
    return of(sides.inputs.get(0), sides.outputs.get(0));
  }

  /** This pair as a signature of one input and one output. */
  public final ModalitySignature asSignature() {
    return ModalitySignature.of(input(), output());
  }

  /** The pair in the survey's coarser terms: {@code text->speech} becomes {@code text->audio}. */
  public final ModalityPair toSurveyTerms() {
    return of(input().surveyModality(), output().surveyModality());
  }

  /** The canonical text form: {@code text->image}. */
  @Override
  public String toString() {
    return input().id() + "->" + output().id();
  }
}
