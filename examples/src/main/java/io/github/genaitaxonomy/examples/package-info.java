/**
 * Runnable examples of genai-taxonomy.
 *
 * <ul>
 *   <li>{@link io.github.genaitaxonomy.examples.Tour}: the command-line tour of the catalog, its
 *       exports (JSON, JSON Lines, CSV, Markdown), SVG pictures and Mermaid and DOT graphs.
 *   <li>One program per topic: {@link io.github.genaitaxonomy.examples.QueryExample}, {@link
 *       io.github.genaitaxonomy.examples.BuildYourOwnCatalog}, {@link
 *       io.github.genaitaxonomy.examples.JsonRoundTrip} and {@link
 *       io.github.genaitaxonomy.examples.ClassifySignature}.
 *   <li>{@link io.github.genaitaxonomy.examples.ModelRecommender}: a small service built on the
 *       catalog, and tested with the catalog's constants as fixtures.
 * </ul>
 */
@NullMarked
package io.github.genaitaxonomy.examples;

import org.jspecify.annotations.NullMarked;
