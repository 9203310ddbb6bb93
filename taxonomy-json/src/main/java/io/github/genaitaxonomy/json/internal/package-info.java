/**
 * Implementation of the {@code genai-taxonomy/1} format; not API, not exported.
 *
 * <ul>
 *   <li>Writing: {@link io.github.genaitaxonomy.json.internal.Encoder}, with the pretty printer of
 *       {@link io.github.genaitaxonomy.json.internal.Wire}.
 *   <li>Reading: {@link io.github.genaitaxonomy.json.internal.Decoder} over a streaming parser, with
 *       {@link io.github.genaitaxonomy.json.internal.Keys} per object,
 *       {@link io.github.genaitaxonomy.json.internal.DocumentReader} for a whole document,
 *       {@link io.github.genaitaxonomy.json.internal.LinesDecoder} for JSON Lines and
 *       {@link io.github.genaitaxonomy.json.internal.CatalogAssembler} to build the catalog. A
 *       document or JSON Lines record is read first by a fast decoder, which locates nothing, and
 *       only when that fails again by a precise one, which reports the problem at its path, line
 *       and column; {@link io.github.genaitaxonomy.json.internal.Recording} keeps what a stream
 *       gave the first reading for the second.
 *   <li>Errors: {@link io.github.genaitaxonomy.json.internal.JsonPaths} and
 *       {@link io.github.genaitaxonomy.json.internal.Position} locate them.
 * </ul>
 */
@NullMarked
package io.github.genaitaxonomy.json.internal;

import org.jspecify.annotations.NullMarked;
