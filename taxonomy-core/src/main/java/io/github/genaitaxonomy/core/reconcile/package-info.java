/**
 * One catalog from many: matches the same model and organization across catalogs and merges them
 * fact by fact, keeping every disagreement.
 *
 * <ul>
 *   <li>{@link io.github.genaitaxonomy.core.reconcile.Reconciler} does the work;
 *   <li>{@link io.github.genaitaxonomy.core.reconcile.TrustedCatalog} is one input with its name
 *       and trust;
 *   <li>{@link io.github.genaitaxonomy.core.reconcile.Reconciliation} is the result: the catalog
 *       and its {@link io.github.genaitaxonomy.core.reconcile.ReconciliationReport}, made of {@link
 *       io.github.genaitaxonomy.core.reconcile.Match}es and {@link
 *       io.github.genaitaxonomy.core.reconcile.ProbableMatch}es;
 *   <li>{@link io.github.genaitaxonomy.core.reconcile.ModelNames} is the name normalisation used to
 *       match.
 * </ul>
 */
@NullMarked
@TaxonomyStyle
package io.github.genaitaxonomy.core.reconcile;

import io.github.genaitaxonomy.core.internal.TaxonomyStyle;
import org.jspecify.annotations.NullMarked;
