/**
 * Test fixtures for code that uses genai-taxonomy.
 *
 * <pre>{@code
 * import static io.github.genaitaxonomy.testing.TaxonomyAssertions.assertThat;
 *
 * Catalog fixture = CatalogFixtures.subset(Edition.ALL.catalog(), "dall-e-2");
 * assertThat(fixture).containsModels("dall-e-2", "clip");
 * assertThat(fixture.get("dall-e-2"))
 *     .hasSignature("text->image")
 *     .isClassifiedAs(Category.TEXT_TO_IMAGE);
 * }</pre>
 */
@NullMarked
package io.github.genaitaxonomy.testing;

import org.jspecify.annotations.NullMarked;
