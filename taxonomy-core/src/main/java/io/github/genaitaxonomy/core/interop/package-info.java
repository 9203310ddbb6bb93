/**
 * Reads the modality notations other model catalogs publish and places them in the taxonomy.
 *
 * <ul>
 *   <li>Hugging Face: {@link io.github.genaitaxonomy.core.interop.HuggingFaceTasks} ships the Hub's
 *       pipeline tags as data, each a {@link io.github.genaitaxonomy.core.interop.HuggingFaceTask}
 *       mapped to a modality signature or marked not generative.
 *   <li>OpenRouter: {@link io.github.genaitaxonomy.core.interop.OpenRouterNotation} reads and
 *       writes {@code text+image+file->text}.
 *   <li>models.dev: {@link io.github.genaitaxonomy.core.interop.ModelsDevNotation} reads the two
 *       {@code modalities} lists.
 *   <li>Stanford CRFM Ecosystem Graphs: {@link
 *       io.github.genaitaxonomy.core.interop.EcosystemGraphsNotation} reads and writes {@code
 *       "image, text; text"}.
 * </ul>
 *
 * <p>Each has a {@code classify} method that gives a core {@link
 * io.github.genaitaxonomy.core.Classification}. The functions are pure: nothing is fetched at run
 * time. Parsers are total: for any string they return a signature or throw a {@link
 * io.github.genaitaxonomy.core.NotationException} naming the position and the token. For bulk
 * reading each also has a {@code read} method that never throws and returns a {@link
 * io.github.genaitaxonomy.core.interop.NotationResult}: a signature, no data, not generative,
 * direction unknown, or malformed with the position and token.
 */
@NullMarked
@TaxonomyStyle
package io.github.genaitaxonomy.core.interop;

import io.github.genaitaxonomy.core.internal.TaxonomyStyle;
import org.jspecify.annotations.NullMarked;
