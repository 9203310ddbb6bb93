package io.github.genaitaxonomy.imports;

import io.github.genaitaxonomy.core.Catalog;

/**
 * What an import gives: the validated catalog and the report on every record read.
 *
 * <pre>{@code
 * ImportResult result = EpochImporter.read(Path.of("notable_ai_models.csv"));
 * result.catalog().models().size();
 * result.report().skipped();
 * }</pre>
 *
 * @param catalog the imported records, validated
 * @param report one entry per record read
 */
public record ImportResult(Catalog catalog, ImportReport report) {}
