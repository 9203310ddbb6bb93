/**
 * Importers from other catalogs into a validated catalog.
 *
 * <p>Entry points: {@link io.github.genaitaxonomy.imports.EcosystemGraphsImporter} and {@link
 * io.github.genaitaxonomy.imports.EpochImporter}. Result: {@link
 * io.github.genaitaxonomy.imports.ImportResult}, holding the catalog and an {@link
 * io.github.genaitaxonomy.imports.ImportReport} of {@link
 * io.github.genaitaxonomy.imports.ReportEntry} lines. Failure: {@link
 * io.github.genaitaxonomy.imports.ImportException}.
 */
@NullMarked
package io.github.genaitaxonomy.imports;

import org.jspecify.annotations.NullMarked;
