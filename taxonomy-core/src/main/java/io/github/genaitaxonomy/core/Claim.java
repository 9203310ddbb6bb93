package io.github.genaitaxonomy.core;

import io.github.genaitaxonomy.core.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement about one attribute of a model, with its value, its source and how well the source
 * supports it.
 *
 * <pre>{@code
 * Claim.of(ClaimAttribute.DEVELOPERS, "OpenAI", Source.arxiv("2301.04655"), Confidence.DISPUTED)
 * }</pre>
 */
@Value.Immutable
public abstract class Claim {
  Claim() {}

  /**
   * The attribute the claim is about: {@link ClaimAttribute#DEVELOPERS}, {@link
   * ClaimAttribute#RELEASED}.
   */
  public abstract ClaimAttribute attribute();

  /** The value claimed, as written: {@code OpenAI}, {@code 2022}. */
  public abstract String value();

  /** Who says so. */
  public abstract Source source();

  /** How well the claim holds. */
  public abstract Confidence confidence();

  /** Context, such as where in the source the claim is made. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Text.check(value(), "Claim", "value");
    if (note().isPresent()) {
      Text.check(note().get(), "Claim", "note");
    }
  }

  /** A claim without a note. */
  public static Claim of(
      ClaimAttribute attribute, String value, Source source, Confidence confidence) {
    return builder()
        .attribute(attribute)
        .value(value)
        .source(source)
        .confidence(confidence)
        .build();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Claim}.
   *
   * <p>Required: {@code attribute}, {@code value}, {@code source}, {@code confidence}. Optional:
   * {@code note}.
   *
   * <pre>{@code
   * Claim claim = Claim.builder()
   *     .attribute(ClaimAttribute.RELEASED)
   *     .value("2022-04")
   *     .source(Source.arxiv("2204.06125"))
   *     .confidence(Confidence.CONFIRMED)
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableClaim.Builder {}
}
