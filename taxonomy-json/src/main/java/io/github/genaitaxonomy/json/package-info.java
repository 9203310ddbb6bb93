/**
 * JSON for the genai-taxonomy catalog: the versioned {@code genai-taxonomy/1} document, its JSON
 * Lines form and a Jackson 3 module for every core type.
 *
 * <ul>
 *   <li>Facade: {@link io.github.genaitaxonomy.json.TaxonomyJson} reads and writes whole catalogs,
 *       strictly (or leniently about unknown keys), within input limits.
 *   <li>Streaming: {@link io.github.genaitaxonomy.json.JsonLinesWriter} and {@link
 *       io.github.genaitaxonomy.json.JsonLinesReader}, one {@link
 *       io.github.genaitaxonomy.json.JsonLinesRecord} per line.
 *   <li>Jackson: {@link io.github.genaitaxonomy.json.TaxonomyModule}, found by {@code
 *       JsonMapper.builder().findAndAddModules()}.
 *   <li>Errors: {@link io.github.genaitaxonomy.json.CatalogFormatException}, with the JSON path,
 *       line and column.
 * </ul>
 *
 * <p>The format is described in {@code docs/format.md}; its JSON Schema ships at {@link
 * io.github.genaitaxonomy.json.TaxonomyJson#SCHEMA_RESOURCE}.
 */
@NullMarked
package io.github.genaitaxonomy.json;

import org.jspecify.annotations.NullMarked;
