package io.github.genaitaxonomy.core;

import io.github.genaitaxonomy.core.internal.Ids;
import io.github.genaitaxonomy.core.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed link from a model to the earlier model or the technique it came from.
 *
 * <pre>{@code
 * // on Codex:
 * LineageEdge.of(LineageRelation.FINE_TUNED_FROM, "gpt-3", Source.arxiv("2107.03374"))
 * }</pre>
 *
 * <p>{@link #target()} is an id; a {@link Catalog} checks that it names a model or technique.
 */
@Value.Immutable
public abstract class LineageEdge {
  LineageEdge() {}

  /** How the model relates to the target. */
  public abstract LineageRelation relation();

  /** Id of the model or technique the model came from. */
  public abstract String target();

  /** Where the relation is stated. */
  public abstract Source source();

  /** Context: which component, which size, which teacher. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    Ids.checkKebabCase(target(), "LineageEdge", "target");
    if (note().isPresent()) {
      Text.check(note().get(), "LineageEdge", "note");
    }
  }

  /** An edge without a note. */
  public static LineageEdge of(LineageRelation relation, String target, Source source) {
    return builder().relation(relation).target(target).source(source).build();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LineageEdge}.
   *
   * <p>Required: {@code relation}, {@code target}, {@code source}. Optional: {@code note}.
   *
   * <pre>{@code
   * LineageEdge edge = LineageEdge.builder()
   *     .relation(LineageRelation.BUILT_ON)
   *     .target("clip")
   *     .source(Source.arxiv("2204.06125"))
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableLineageEdge.Builder {}
}
