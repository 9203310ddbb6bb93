package io.github.genaitaxonomy.core.reconcile;

import static com.google.common.base.Preconditions.checkNotNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name normalisation that matches records across catalogs.
 *
 * <pre>{@code
 * ModelNames.normalize("DALL·E 2");             // "dalle2"
 * ModelNames.normalize("dall-e 2");             // "dalle2"
 * ModelNames.withoutVersion("Stable Diffusion v1.5");   // "stablediffusion"
 * }</pre>
 *
 * <p>{@link #normalize(String)} folds case and compatibility forms (NFKC), then drops every
 * character that is not a letter or a digit: spaces, punctuation, {@code ·}, {@code -}, {@code _}.
 * Equal normalised names merge. {@link #withoutVersion(String)} also drops a trailing version
 * ({@code v1.5}, {@code 1.4}, {@code 2}); equal names without version only make a probable match,
 * since {@code DALL·E} and {@code DALL·E 2} are different models.
 */
public final class ModelNames {
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern VERSION =
      Pattern.compile(
          "[\\s_-]*(v|version\\s*)?\\d+(\\.\\d+)*[a-z]?\\s*$", Pattern.CASE_INSENSITIVE);

  private ModelNames() {}

  /** The name folded to lower-case letters and digits. */
  public static String normalize(String name) {
    checkNotNull(name, "name");
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_ALPHANUMERIC.matcher(folded).replaceAll("");
  }

  /** The normalised name without a trailing version. */
  public static String withoutVersion(String name) {
    checkNotNull(name, "name");
    String stripped = VERSION.matcher(name).replaceFirst("");
    return normalize(stripped.isBlank() ? name : stripped);
  }
}
