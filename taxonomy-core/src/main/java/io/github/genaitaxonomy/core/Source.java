package io.github.genaitaxonomy.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where a fact comes from: an arXiv paper, a web page, a DOI or one of the seed documents.
 *
 * <p>The text form is {@code arxiv:2204.06125}, {@code doi:10.1162/neco.1997.9.8.1735},
 * {@code seed:001_16f3bec8d293b44f.txt} or the URL itself; {@link #parse(String)} reads it back.
 *
 * <pre>{@code
 * Source.arxiv("2204.06125").toString();   // "arxiv:2204.06125"
 * Source.parse("https://openai.com/blog/chatgpt").kind();   // URL
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Source {
  private static final Pattern SEED = Pattern.compile("[0-9]{3}_[0-9a-f]{16}\\.txt");
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

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
        if (!SEED.matcher(ref).matches()) {
          throw new IllegalArgumentException(
              "Source.reference of a seed must be a seed file name such as"
                  + " '001_16f3bec8d293b44f.txt' but was '"
                  + ref
                  + "'");
        }
      }
      case DOI -> {
        if (!DOI.matcher(ref).matches()) {
          throw new IllegalArgumentException(
              "Source.reference of a DOI must look like '10.1162/neco.1997.9.8.1735' but was '"
                  + ref
                  + "'");
        }
      }
      case URL -> checkUrl(ref);
    }
  }

  private static void checkUrl(String ref) {
    try {
      URI uri = new URI(ref);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "Source.reference of a URL must be an absolute http(s) URL but was '" + ref + "'");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "Source.reference of a URL is not a valid URI: '" + ref + "' (" + e.getReason() + ")", e);
    }
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
   * Reads the text form written by {@link #toString()}.
   *
   * @throws IllegalArgumentException naming the text when it is none of the forms
   */
  public static Source parse(String text) {
    if (text.startsWith("arxiv:")) {
      return arxiv(text.substring("arxiv:".length()));
    }
    if (text.startsWith("seed:")) {
      return seed(text.substring("seed:".length()));
    }
    if (text.startsWith("doi:")) {
      return doi(text.substring("doi:".length()));
    }
    if (text.startsWith("https://") || text.startsWith("http://")) {
      return url(text);
    }
    throw new IllegalArgumentException(
        "Source must be 'arxiv:<id>', 'doi:<doi>', 'seed:<file>' or an http(s) URL but was '"
            + text
            + "'");
  }

  /** Whether this is a seed document rather than a primary source. */
  public final boolean isSeed() {
    return kind() == SourceKind.SEED;
  }

  /** The text form: {@code arxiv:2204.06125}, a URL, {@code doi:...} or {@code seed:...}. */
  @Override
  public String toString() {
    return kind() == SourceKind.URL ? reference() : kind().id() + ":" + reference();
  }
}
