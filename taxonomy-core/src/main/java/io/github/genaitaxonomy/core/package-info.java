/**
 * Immutable types that describe generative AI models and classify them by input and output
 * modality, after the survey <em>ChatGPT is not all you need</em> (arXiv 2301.04655).
 *
 * <ul>
 *   <li>Vocabulary: {@link io.github.genaitaxonomy.core.Modality}, {@link
 *       io.github.genaitaxonomy.core.ModalityPair}, {@link
 *       io.github.genaitaxonomy.core.ModalitySignature} and the survey's nine {@link
 *       io.github.genaitaxonomy.core.Category categories}, with {@link
 *       io.github.genaitaxonomy.core.Classification} to place any signature.
 *   <li>Entities: {@link io.github.genaitaxonomy.core.GenerativeModel}, {@link
 *       io.github.genaitaxonomy.core.Organization}, {@link io.github.genaitaxonomy.core.Technique},
 *       linked by {@link io.github.genaitaxonomy.core.LineageEdge}.
 *   <li>Provenance: {@link io.github.genaitaxonomy.core.Source}, {@link
 *       io.github.genaitaxonomy.core.Measurement}, {@link io.github.genaitaxonomy.core.Claim} and
 *       {@link io.github.genaitaxonomy.core.Discrepancy}.
 *   <li>Aggregate: {@link io.github.genaitaxonomy.core.Catalog}, validated when built, with its
 *       {@link io.github.genaitaxonomy.core.ModelQuery query} and {@link
 *       io.github.genaitaxonomy.core.CatalogStatistics statistics}.
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe; nothing accepts or returns {@code null}.
 */
@NullMarked
@TaxonomyStyle
package io.github.genaitaxonomy.core;

import io.github.genaitaxonomy.core.internal.TaxonomyStyle;
import org.jspecify.annotations.NullMarked;
