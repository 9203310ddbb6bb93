/**
 * Test fixtures for code that uses genai-taxonomy: AssertJ assertions for models and catalogs
 * ({@link io.github.genaitaxonomy.testing.TaxonomyAssertions}), self-contained subsets of a catalog
 * ({@link io.github.genaitaxonomy.testing.CatalogFixtures}), a JUnit 5 argument source over an
 * edition's models ({@link io.github.genaitaxonomy.testing.EditionModelsSource}) and seeded
 * synthetic catalogs ({@link io.github.genaitaxonomy.testing.SyntheticCatalogs}).
 */
module io.github.genaitaxonomy.testing {
  exports io.github.genaitaxonomy.testing;

  // JUnit instantiates the argument provider behind @EditionModelsSource reflectively.
  opens io.github.genaitaxonomy.testing to
      org.junit.platform.commons;

  requires transitive io.github.genaitaxonomy.core;
  requires transitive io.github.genaitaxonomy.data;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.params;
  requires static org.jspecify;
}
