/**
 * Reads the modality notations other model catalogs publish and classifies them in the taxonomy.
 */
@NullMarked
@TaxonomyStyle
package io.github.genaitaxonomy.core.interop;

import io.github.genaitaxonomy.core.internal.TaxonomyStyle;
import org.jspecify.annotations.NullMarked;
