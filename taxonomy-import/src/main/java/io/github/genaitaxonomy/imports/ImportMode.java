package io.github.genaitaxonomy.imports;

/**
 * What an importer does with a record it cannot import.
 *
 * <pre>{@code
 * EpochImporter.read(Path.of("notable_ai_models.csv"), ImportMode.STRICT);
 * }</pre>
 */
public enum ImportMode {
  /** Skip the record, say why in the report, and go on: the default. */
  LENIENT,
  /**
   * Stop at the first record that would be skipped, with an {@link ImportException} naming the
   * file, the record, the line where known, and the reason.
   */
  STRICT
}
