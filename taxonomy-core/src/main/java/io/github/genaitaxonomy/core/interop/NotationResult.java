package io.github.genaitaxonomy.core.interop;

import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.InvalidAttributeException;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.internal.NotationFailure;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What reading one catalog's modality value gave, without throwing: a signature, or why there is
 * none. For bulk reading of raw catalog data, where a refused value is as common as an accepted
 * one.
 *
 * <pre>{@code
 * NotationResult r = EcosystemGraphsNotation.read("text, code");
 * r.kind();       // DIRECTION_UNKNOWN: a single list does not say what is input and what output
 * EcosystemGraphsNotation.read("unknown").kind();            // NO_DATA
 * OpenRouterNotation.read("text->embeddings").kind();        // NOT_GENERATIVE
 * OpenRouterNotation.read("text->imag").position();          // 6, with token() "imag"
 * }</pre>
 *
 * <p>Each notation's {@code read} returns {@link Kind#MALFORMED} exactly where its {@code parse}
 * throws a {@link io.github.genaitaxonomy.core.NotationException}, with the same position, token
 * and problem; the other kinds other than {@link Kind#SIGNATURE} are also refused by {@code parse}.
 */
@Value.Immutable
public abstract class NotationResult {
  NotationResult() {}

  /** What a reading gave. */
  public enum Kind {
    /** A modality signature: {@link #signature()} is present. */
    SIGNATURE,
    /** The value states nothing: {@code unknown}, empty, blank or an empty list. */
    NO_DATA,
    /**
     * The value describes a model that is not generative: embeddings, vectors, depth maps, masks,
     * labels.
     */
    NOT_GENERATIVE,
    /** A single list of modalities that does not say which are inputs and which outputs. */
    DIRECTION_UNKNOWN,
    /** The value breaks the notation: {@link #position()} and {@link #token()} say where. */
    MALFORMED
  }

  /** What the reading gave. */
  public abstract Kind kind();

  /** The notation's name, as a {@link io.github.genaitaxonomy.core.NotationException} gives it. */
  public abstract String notation();

  /** The value that was read. */
  public abstract String input();

  /** The signature, present exactly when {@link #kind()} is {@link Kind#SIGNATURE}. */
  public abstract Optional<ModalitySignature> signature();

  /** Zero-based position of the token that decided a refusal; {@code -1} for a signature. */
  @Value.Default
  public int position() {
    return -1;
  }

  /** The token that decided a refusal; empty for a signature or when something is missing. */
  @Value.Default
  public String token() {
    return "";
  }

  /** Why there is no signature; empty for a signature. */
  @Value.Default
  public String problem() {
    return "";
  }

  /** Where the signature falls in the taxonomy, when there is one. */
  public final Optional<Classification> classification() {
    return signature().map(Classification::of);
  }

  @Value.Check
  void check() {
    if (signature().isPresent() != (kind() == Kind.SIGNATURE)) {
      throw new InvalidAttributeException(
          "NotationResult",
          "signature",
          "NotationResult.signature must be present exactly when kind is SIGNATURE but kind was "
              + kind());
    }
  }

  /** A result holding a signature. */
  public static NotationResult of(String notation, String input, ModalitySignature signature) {
    return ImmutableNotationResult.builder()
        .kind(Kind.SIGNATURE)
        .notation(notation)
        .input(input)
        .signature(signature)
        .build();
  }

  static NotationResult of(NotationFailure failure) {
    return ImmutableNotationResult.builder()
        .kind(Kind.valueOf(failure.kind.name()))
        .notation(failure.notation)
        .input(failure.input)
        .position(failure.position)
        .token(failure.token)
        .problem(failure.problem)
        .build();
  }
}
