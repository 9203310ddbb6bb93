package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;

/**
 * What a {@link Source} points at.
 *
 * <p>Each constant has a stable kebab-case {@link #id() id}, used in JSON and notations.
 *
 * <pre>{@code
 * SourceKind.fromId("arxiv")
 * }</pre>
 */
public enum SourceKind {
  /** An arXiv paper, by its identifier. */
  ARXIV("arxiv"),
  /** A web page. */
  URL("url"),
  /** One of the seed documents the catalog was written from, by file name. */
  SEED("seed"),
  /** A publication by its DOI. */
  DOI("doi"),
  /**
   * A record of another catalog, named by catalog, file and record: {@code
   * epoch-ai:notable_ai_models.csv#GPT-3}; used where the record has no address of its own.
   */
  CATALOG("catalog");

  private static final IdLookup<SourceKind> IDS = IdLookup.of(SourceKind.class);

  private final String id;

  SourceKind(String id) {
    this.id = id;
  }

  /** The stable kebab-case id. */
  public String id() {
    return id;
  }

  /** The constant with this id. */
  public static Optional<SourceKind> find(String id) {
    return IDS.find(id);
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static SourceKind fromId(String id) {
    return IDS.fromId(id);
  }

  /** Every id, in declaration order. */
  public static ImmutableList<String> ids() {
    return IDS.ids();
  }

  @Override
  public String toString() {
    return id;
  }
}
