package io.github.genaitaxonomy.core;

import io.github.genaitaxonomy.core.internal.ReferenceSyntax;
import org.immutables.value.Value;

/**
 * An arXiv identifier, new style ({@code 2204.06125}, {@code 2204.06125v2}) or old style ({@code
 * hep-th/9901001}, {@code cs.LG/0101001}).
 *
 * <pre>{@code
 * ArxivId.of("2301.04655").url();   // https://arxiv.org/abs/2301.04655
 * ArxivId.of("2301.4655");          // IllegalArgumentException
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class ArxivId implements Comparable<ArxivId> {
  ArxivId() {}

  /** The identifier as written: {@code 2204.06125}. */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void check() {
    checkValid(value(), "ArxivId.value");
  }

  /**
   * Returns {@code text} when it is a well-formed arXiv identifier.
   *
   * @param attribute what holds the text, for the message: {@code ArxivId.value}
   * @throws IllegalArgumentException naming {@code attribute} otherwise
   */
  static String checkValid(String text, String attribute) {
    if (!isValid(text)) {
      throw new IllegalArgumentException(
          attribute + " must look like '2204.06125' or 'hep-th/9901001' but was '" + text + "'");
    }
    return text;
  }

  /** Whether {@code text} is a well-formed arXiv identifier. */
  public static boolean isValid(String text) {
    return ReferenceSyntax.isArxivId(text);
  }

  /**
   * The identifier.
   *
   * @throws IllegalArgumentException when {@code value} is not a well-formed arXiv identifier
   */
  public static ArxivId of(String value) {
    return ImmutableArxivId.of(value);
  }

  /** The abstract page: {@code https://arxiv.org/abs/2204.06125}. */
  public final String url() {
    return "https://arxiv.org/abs/" + value();
  }

  @Override
  public int compareTo(ArxivId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
