package io.github.genaitaxonomy.core;

import io.github.genaitaxonomy.core.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed, sourced number about a model: its parameter count, a training-data size, a result.
 *
 * <pre>{@code
 * Measurement.builder()
 *     .subject("labelled audio")
 *     .quantity(Quantity.of(680_000, Unit.HOURS))
 *     .source(Source.arxiv("2212.04356"))
 *     .confidence(Confidence.CONFIRMED)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Measurement {
  Measurement() {}

  /**
   * What was measured, in a few words: {@code labelled audio}, {@code preferred over DreamFusion}.
   */
  public abstract String subject();

  /** The number and its unit. */
  public abstract Quantity quantity();

  /** Where the number comes from. */
  public abstract Source source();

  /** How well the source supports it. */
  @Value.Default
  public Confidence confidence() {
    return Confidence.CONFIRMED;
  }

  /** Context: how it was measured, what it compares to, why a seed's figure differs. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Text.check(subject(), "Measurement", "subject");
    if (note().isPresent()) {
      Text.check(note().get(), "Measurement", "note");
    }
  }

  /** A confirmed measurement. */
  public static Measurement of(String subject, Quantity quantity, Source source) {
    return builder().subject(subject).quantity(quantity).source(source).build();
  }

  /** A fresh builder; the confidence defaults to {@link Confidence#CONFIRMED}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Measurement}.
   *
   * <p>Required: {@code subject}, {@code quantity}, {@code source}. Optional: {@code confidence}
   * (default {@code CONFIRMED}), {@code note}.
   *
   * <pre>{@code
   * Measurement parameters = Measurement.builder()
   *     .subject("parameters")
   *     .quantity(Quantity.of(175_000_000_000L, Unit.PARAMETERS))
   *     .source(Source.arxiv("2005.14165"))
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableMeasurement.Builder {}
}
