/**
 * Figures on how the field moved, computed over any catalog by the true classification.
 *
 * <ul>
 *   <li>{@link io.github.genaitaxonomy.core.analytics.ProgressAnalytics}: models per category per
 *       year and quarter, first and latest model per category, access per year, lineage depth,
 *       most-derived base models and median parameter counts.
 *   <li>{@link io.github.genaitaxonomy.core.analytics.Concentration}: how concentrated the
 *       developing organizations are, counted by a {@link
 *       io.github.genaitaxonomy.core.analytics.CountingRule}.
 *   <li>{@link io.github.genaitaxonomy.core.analytics.SurveyClaims}: the survey's claims about the
 *       field, each a {@link io.github.genaitaxonomy.core.analytics.SurveyClaim} with the fact.
 * </ul>
 *
 * <p>Every figure is defined in {@code docs/analytics.md}.
 */
@NullMarked
@TaxonomyStyle
package io.github.genaitaxonomy.core.analytics;

import io.github.genaitaxonomy.core.internal.TaxonomyStyle;
import org.jspecify.annotations.NullMarked;
