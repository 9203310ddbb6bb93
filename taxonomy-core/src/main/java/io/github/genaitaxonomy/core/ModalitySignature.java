package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableSortedSet;
import io.github.genaitaxonomy.core.internal.ArrowParser;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The sets of modalities a model takes in and gives out, such as Flamingo's {@code
 * text+image+video->text}.
 *
 * <p>The canonical text form joins {@link Modality#id() ids} with {@code +} in the enum's order and
 * separates inputs from outputs with {@code ->}; {@link #parse(String)} reads it back to an equal
 * value.
 *
 * <pre>{@code
 * ModalitySignature flamingo = ModalitySignature.parse("text+image+video->text");
 * flamingo.inputs();    // [TEXT, IMAGE, VIDEO]
 * flamingo.toString();  // "text+image+video->text"
 * }</pre>
 */
@Value.Immutable
public abstract class ModalitySignature {
  ModalitySignature() {}

  /**
   * What the model takes in, in {@link Modality} declaration order; empty for an unconditional
   * generator, written {@code ->image}.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Modality> inputs();

  /** What the model gives out; never empty, in {@link Modality} declaration order. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Modality> outputs();

  /** The one pair this signature is, when it has exactly one input and one output. */
  public final java.util.Optional<ModalityPair> asPair() {
    return inputs().size() == 1 && outputs().size() == 1
        ? java.util.Optional.of(ModalityPair.of(inputs().first(), outputs().first()))
        : java.util.Optional.empty();
  }

  /** Every (input, output) pair of this signature, inputs first, in declaration order. */
  public final com.google.common.collect.ImmutableList<ModalityPair> pairs() {
    com.google.common.collect.ImmutableList.Builder<ModalityPair> pairs =
        com.google.common.collect.ImmutableList.builder();
    for (Modality input : inputs()) {
      for (Modality output : outputs()) {
        pairs.add(ModalityPair.of(input, output));
      }
    }
    return pairs.build();
  }

  @Value.Check
  void check() {
    if (outputs().isEmpty()) {
      throw new InvalidAttributeException(
          "ModalitySignature", "outputs", "ModalitySignature.outputs must not be empty");
    }
  }

  /** A signature of the given inputs and outputs. */
  public static ModalitySignature of(Iterable<Modality> inputs, Iterable<Modality> outputs) {
    return builder().addAllInputs(inputs).addAllOutputs(outputs).build();
  }

  /** A signature of one input and one output. */
  public static ModalitySignature of(Modality input, Modality output) {
    return builder().addInputs(input).addOutputs(output).build();
  }

  /**
   * Reads the canonical text form, {@code text+image->text}.
   *
   * @throws NotationException naming the position and token when {@code text} is not canonical:
   *     empty, no {@code ->}, no output, an unknown, upper-case or repeated id, or whitespace
   */
  public static ModalitySignature parse(String text) {
    ArrowParser.Sides sides = ArrowParser.canonical().parse(text);
    return of(sides.inputs, sides.outputs);
  }

  /** The canonical text form: {@code text+image->text}. */
  @Override
  public String toString() {
    return join(inputs()) + "->" + join(outputs());
  }

  private static String join(ImmutableSortedSet<Modality> modalities) {
    return modalities.stream().map(Modality::id).collect(Collectors.joining("+"));
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ModalitySignature}; {@link ModalitySignature#parse(String)} and {@link
   * ModalitySignature#of(Modality, Modality)} are shorter.
   *
   * <p>Required: at least one of {@code inputs} and at least one of {@code outputs}.
   *
   * <pre>{@code
   * ModalitySignature signature = ModalitySignature.builder()
   *     .addInputs(Modality.TEXT, Modality.IMAGE)
   *     .addOutputs(Modality.TEXT)
   *     .build();   // text+image->text
   * }</pre>
   */
  public static final class Builder extends ImmutableModalitySignature.Builder {}
}
