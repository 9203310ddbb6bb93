package io.github.genaitaxonomy.core;

import io.github.genaitaxonomy.core.internal.Ids;
import io.github.genaitaxonomy.core.internal.Text;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node of the technique tree: a backbone architecture, a pretraining method, a family of deep
 * generative models, or a training or inference method.
 *
 * <pre>{@code
 * Technique.builder()
 *     .id("ddpm").name("Denoising diffusion probabilistic model")
 *     .kind(TechniqueKind.GENERATIVE_FAMILY).parent("diffusion")
 *     .year(Year.of(2020)).reference(Source.arxiv("2006.11239"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Technique {
  Technique() {}

  /** Stable kebab-case id: {@code transformer}. */
  public abstract String id();

  /** Common name: {@code Transformer}. */
  public abstract String name();

  /** Which branch of the tree. */
  public abstract TechniqueKind kind();

  /** Id of the broader technique: {@code lstm} to {@code rnn}. */
  public abstract Optional<String> parent();

  /** Year of first publication. */
  public abstract Optional<Year> year();

  /** The publication that introduced it. */
  public abstract Optional<Source> reference();

  /** One sentence on what it is. */
  public abstract Optional<String> summary();

  @Value.Check
  void check() {
    Ids.checkKebabCase(id(), "Technique", "id");
    Text.checkName(name(), "Technique", "name");
    Optional<String> parent = parent();
    if (parent.isPresent()) {
      Ids.checkKebabCase(parent.get(), "Technique", "parent");
    }
    if (parent.isPresent() && parent.get().equals(id())) {
      throw new InvalidAttributeException(
          "Technique",
          "parent",
          "Technique.parent must not be the technique itself ('" + id() + "')");
    }
    if (summary().isPresent()) {
      Text.check(summary().get(), "Technique", "summary");
    }
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Technique}.
   *
   * <p>Required: {@code id}, {@code name}, {@code kind}. Optional: {@code parent}, {@code year},
   * {@code reference}, {@code summary}.
   *
   * <pre>{@code
   * Technique transformer = Technique.builder()
   *     .id("transformer")
   *     .name("Transformer")
   *     .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
   *     .year(Year.of(2017))
   *     .reference(Source.arxiv("1706.03762"))
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableTechnique.Builder {}
}
