package io.github.genaitaxonomy.imports.internal;

import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.NotationException;
import io.github.genaitaxonomy.core.interop.EcosystemGraphsNotation;
import java.util.Optional;

/**
 * The one place the importers call the core's notations, so that a record whose modality text
 * cannot be read becomes an unclassified record with the reason, never a failed import.
 */
public final class Notations {
  private Notations() {}

  /** A signature, or why there is none. */
  public record Signature(Optional<ModalitySignature> signature, String reason) {
    static Signature of(ModalitySignature signature) {
      return new Signature(Optional.of(signature), "");
    }

    /** No signature, for this reason. */
    public static Signature none(String reason) {
      return new Signature(Optional.empty(), reason);
    }
  }

  /** An Ecosystem Graphs modality such as {@code text; image}. */
  public static Signature ecosystemGraphs(String text) {
    try {
      return Signature.of(EcosystemGraphsNotation.parse(text));
    } catch (NotationException e) {
      return Signature.none("modality '" + shorten(text) + "' is unclassified: " + e.getMessage());
    }
  }

  /** The arrow notation of the core, such as {@code text->image}. */
  public static Signature arrow(String text) {
    try {
      return Signature.of(ModalitySignature.parse(text));
    } catch (NotationException e) {
      return Signature.none("signature '" + shorten(text) + "' is unclassified: " + e.getMessage());
    }
  }

  /** At most 60 characters of a value, for a message. */
  public static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
