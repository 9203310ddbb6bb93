package io.github.genaitaxonomy.imports.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The id rule of every importer: a name's slug is its NFKD form without accents, lower case, with
 * each run of characters other than {@code a-z} and {@code 0-9} replaced by one {@code -} and no
 * {@code -} at either end ({@code "GPT-3.5 Turbo"} becomes {@code gpt-3-5-turbo}). A name with no
 * letter or digit has the slug {@code unnamed}.
 */
public final class Slugs {
  private static final int MAX_LENGTH = 80;

  private Slugs() {}

  /** The slug of a name. */
  public static String of(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-");
    String trimmed = folded.replaceAll("^-+|-+$", "");
    if (trimmed.length() > MAX_LENGTH) {
      trimmed = trimmed.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return trimmed.isEmpty() ? "unnamed" : trimmed;
  }

  /** A file name made fit for a catalog source: whitespace and {@code #} become {@code _}. */
  public static String fileName(String name) {
    return name.replaceAll("[\\s#]", "_");
  }
}
