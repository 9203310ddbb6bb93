/**
 * The {@code genai-taxonomy/1} JSON and JSON Lines format for the catalog of {@code
 * io.github.genaitaxonomy.core}: a Jackson 3 module, a strict reading and deterministic writing
 * facade, and the format's JSON Schema.
 *
 * <p>The module provides {@link io.github.genaitaxonomy.json.TaxonomyModule} to Jackson's {@code
 * findAndAddModules()}.
 */
module io.github.genaitaxonomy.json {
  exports io.github.genaitaxonomy.json;

  requires transitive io.github.genaitaxonomy.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  provides tools.jackson.databind.JacksonModule with
      io.github.genaitaxonomy.json.TaxonomyModule;
}
