package io.github.genaitaxonomy.core;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.genaitaxonomy.core.internal.ReferenceSyntax;
import io.github.genaitaxonomy.core.internal.Text;
import java.net.URI;
import java.net.URISyntaxException;
import org.immutables.value.Value;

/**
 * Where a fact comes from: an arXiv paper, a web page, a DOI, one of the seed documents or a record
 * of another catalog.
 *
 * <p>The text form is {@code arxiv:2204.06125}, {@code doi:10.1162/neco.1997.9.8.1735}, {@code
 * seed:001_16f3bec8d293b44f.txt}, {@code catalog:epoch-ai:notable_ai_models.csv#GPT-3} or the URL
 * itself; {@link #parse(String)} reads it back.
 *
 * <pre>{@code
 * Source.arxiv("2204.06125").toString();   // "arxiv:2204.06125"
 * Source.parse("https://openai.com/blog/chatgpt").kind();   // URL
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Source {
  private static final int MAX_PORT = 65_535;
  private static final int MAX_CATALOG_REFERENCE = 500;

  Source() {}

  /** What the reference points at. */
  @Value.Parameter
  public abstract SourceKind kind();

  /** The arXiv id, URL, DOI or seed file name. */
  @Value.Parameter
  public abstract String reference();

  @Value.Check
  void check() {
    String ref = reference();
    switch (kind()) {
      case ARXIV -> ArxivId.checkValid(ref, "Source.reference of an arXiv source");
      case SEED -> {
        if (!ReferenceSyntax.isSeedFileName(ref)) {
          throw new InvalidAttributeException(
              "Source",
              "reference",
              "Source.reference of a seed must be a seed file name such as"
                  + " '001_16f3bec8d293b44f.txt' but was "
                  + Text.quote(ref));
        }
      }
      case DOI -> {
        if (!ReferenceSyntax.isDoi(ref)) {
          throw new InvalidAttributeException(
              "Source",
              "reference",
              "Source.reference of a DOI must look like '10.1162/neco.1997.9.8.1735' but was "
                  + Text.quote(ref));
        }
      }
      case URL -> checkUrl(ref);
      case CATALOG -> {
        if (ref.length() > MAX_CATALOG_REFERENCE || !ReferenceSyntax.isCatalogReference(ref)) {
          throw new InvalidAttributeException(
              "Source",
              "reference",
              "Source.reference of a catalog record must look like"
                  + " 'epoch-ai:notable_ai_models.csv#GPT-3' (at most "
                  + MAX_CATALOG_REFERENCE
                  + " characters) but was '"
                  + (ref.length() > 60 ? ref.substring(0, 60) + "..." : ref)
                  + "'");
        }
      }
    }
  }

  private static void checkUrl(String ref) {
    if (ReferenceSyntax.isPlainWebUrl(ref)) {
      return; // the common form, valid without the full parse
    }
    URI uri;
    try {
      uri = new URI(ref);
    } catch (URISyntaxException e) {
      throw invalidUrl(
          "is not a valid URI (" + e.getReason() + " at index " + e.getIndex() + ")", ref);
    }
    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw invalidUrl("must be an absolute http(s) URL with a host", ref);
    }
    if (uri.getRawUserInfo() != null) {
      throw invalidUrl("must not carry user information ('user:password@')", ref);
    }
    if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > MAX_PORT)) {
      throw invalidUrl("must have a port from 1 to " + MAX_PORT, ref);
    }
  }

  private static InvalidAttributeException invalidUrl(String problem, String ref) {
    return new InvalidAttributeException(
        "Source",
        "reference",
        "Source.reference of a URL " + problem + " but was " + Text.quote(ref));
  }

  /** An arXiv paper. */
  public static Source arxiv(String id) {
    return ImmutableSource.of(SourceKind.ARXIV, id);
  }

  /** An arXiv paper. */
  public static Source arxiv(ArxivId id) {
    return arxiv(id.value());
  }

  /** A web page. */
  public static Source url(String url) {
    return ImmutableSource.of(SourceKind.URL, url);
  }

  /** A publication by DOI, without the {@code doi:} prefix. */
  public static Source doi(String doi) {
    return ImmutableSource.of(SourceKind.DOI, doi);
  }

  /** A seed document, by file name: {@code 001_16f3bec8d293b44f.txt}. */
  public static Source seed(String fileName) {
    return ImmutableSource.of(SourceKind.SEED, fileName);
  }

  /**
   * A record of another catalog: {@code catalog("epoch-ai", "notable_ai_models.csv", "GPT-3")}.
   *
   * @param catalog the catalog's kebab-case id, such as {@code epoch-ai}
   * @param file the file within the catalog, without whitespace or {@code #}
   * @param record the record's name or number within the file
   */
  public static Source catalog(String catalog, String file, String record) {
    checkNotNull(catalog, "catalog");
    checkNotNull(file, "file");
    checkNotNull(record, "record");
    return ImmutableSource.of(SourceKind.CATALOG, catalog + ":" + file + "#" + record);
  }

  /**
   * Reads the text form written by {@link #toString()}.
   *
   * @throws InvalidAttributeException naming {@code Source.reference} when the text is none of the
   *     forms, or its reference is not valid for its kind (a URL with user information or a port
   *     outside 1 to 65535, for example)
   */
  public static Source parse(String text) {
    checkNotNull(text, "text");
    if (text.startsWith("arxiv:")) {
      return arxiv(text.substring("arxiv:".length()));
    }
    if (text.startsWith("seed:")) {
      return seed(text.substring("seed:".length()));
    }
    if (text.startsWith("doi:")) {
      return doi(text.substring("doi:".length()));
    }
    if (text.startsWith("catalog:")) {
      return ImmutableSource.of(SourceKind.CATALOG, text.substring("catalog:".length()));
    }
    if (text.startsWith("https://") || text.startsWith("http://")) {
      return url(text);
    }
    throw new InvalidAttributeException(
        "Source",
        "reference",
        "Source must be 'arxiv:<id>', 'doi:<doi>', 'seed:<file>', 'catalog:<catalog>:<file>#<record>'"
            + " or an http(s) URL but was "
            + Text.quote(text));
  }

  /** Whether this is a seed document rather than a primary source. */
  public final boolean isSeed() {
    return kind() == SourceKind.SEED;
  }

  /**
   * The text form: {@code arxiv:2204.06125}, a URL, {@code doi:...}, {@code seed:...} or {@code
   * catalog:...}.
   */
  @Override
  public String toString() {
    return kind() == SourceKind.URL ? reference() : kind().id() + ":" + reference();
  }
}
