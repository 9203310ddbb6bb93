package io.github.genaitaxonomy.testing;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import org.jspecify.annotations.Nullable;

/**
 * Entry point for the genai-taxonomy AssertJ assertions; import its {@code assertThat} methods
 * statically beside AssertJ's own.
 *
 * <pre>{@code
 * import static io.github.genaitaxonomy.testing.TaxonomyAssertions.assertThat;
 *
 * assertThat(model).hasSignature("text->image").isClassifiedAs(Category.TEXT_TO_IMAGE);
 * assertThat(catalog).containsModels("dall-e-2");
 * }</pre>
 */
public final class TaxonomyAssertions {
  private TaxonomyAssertions() {}

  /** Assertions on a model. */
  public static GenerativeModelAssert assertThat(@Nullable GenerativeModel actual) {
    return new GenerativeModelAssert(actual);
  }

  /** Assertions on a catalog. */
  public static CatalogAssert assertThat(@Nullable Catalog actual) {
    return new CatalogAssert(actual);
  }
}
