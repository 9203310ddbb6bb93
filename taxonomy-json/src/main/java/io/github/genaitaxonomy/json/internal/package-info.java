/**
 * Implementation of the {@code genai-taxonomy/1} format; not API, not exported.
 *
 * <ul>
 *   <li>Keys: one {@link io.github.genaitaxonomy.json.internal.FieldTable} of {@link
 *       io.github.genaitaxonomy.json.internal.Field}s per entity ({@link
 *       io.github.genaitaxonomy.json.internal.EntityFields}), each key with its name, write order,
 *       required-ness, reader and writer; {@link io.github.genaitaxonomy.json.internal.Keys} for
 *       the smaller objects.
 *   <li>Writing: {@link io.github.genaitaxonomy.json.internal.Encoder}, with the pretty printer of
 *       {@link io.github.genaitaxonomy.json.internal.Wire}.
 *   <li>Reading: one {@link io.github.genaitaxonomy.json.internal.Decoder} over a streaming parser
 *       (with {@link io.github.genaitaxonomy.json.internal.ValueReaders} for the value objects),
 *       {@link io.github.genaitaxonomy.json.internal.DocumentReader} for a whole document, {@link
 *       io.github.genaitaxonomy.json.internal.LinesDecoder} for JSON Lines, and {@link
 *       io.github.genaitaxonomy.json.internal.CatalogAssembler} to build the catalog; byte input
 *       passes through {@link io.github.genaitaxonomy.json.internal.Utf8Check}.
 *   <li>Errors: located where they are raised, with {@link
 *       io.github.genaitaxonomy.json.internal.JsonPaths} and {@link
 *       io.github.genaitaxonomy.json.internal.Position}; only the {@link
 *       io.github.genaitaxonomy.json.internal.Places} of ids and references are kept, for the
 *       catalog's checks.
 * </ul>
 */
@NullMarked
package io.github.genaitaxonomy.json.internal;

import org.jspecify.annotations.NullMarked;
