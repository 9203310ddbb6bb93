package io.github.genaitaxonomy.core;

import io.github.genaitaxonomy.core.internal.Text;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The primary publication of a model: its title and where to read it.
 *
 * <pre>{@code
 * Paper.arxiv("2204.06125", "Hierarchical Text-Conditional Image Generation with CLIP Latents")
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Paper {
  Paper() {}

  /** The exact title. */
  @Value.Parameter
  public abstract String title();

  /** Where the paper is: an arXiv id, a DOI or a URL. Never a seed document. */
  @Value.Parameter
  public abstract Source source();

  @Value.Check
  void check() {
    Text.check(title(), "Paper", "title");
    if (source().isSeed()) {
      throw new InvalidAttributeException(
          "Paper",
          "source",
          "Paper.source must be a primary source, not the seed document '"
              + source().reference()
              + "'");
    }
  }

  /** A paper on arXiv. */
  public static Paper arxiv(String arxivId, String title) {
    Objects.requireNonNull(title, "title");
    return of(title, Source.arxiv(arxivId));
  }

  /** A paper at the given source. */
  public static Paper of(String title, Source source) {
    return ImmutablePaper.of(title, source);
  }
}
