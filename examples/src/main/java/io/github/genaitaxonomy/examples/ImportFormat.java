package io.github.genaitaxonomy.examples;

import io.github.genaitaxonomy.imports.EcosystemGraphsImporter;
import io.github.genaitaxonomy.imports.EpochImporter;
import io.github.genaitaxonomy.imports.HuggingFaceCardImporter;
import io.github.genaitaxonomy.imports.ImportMode;
import io.github.genaitaxonomy.imports.ImportSink;
import io.github.genaitaxonomy.imports.ImportSummary;
import io.github.genaitaxonomy.imports.ModelsDevImporter;
import io.github.genaitaxonomy.imports.OpenRouterImporter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogs {@code tour import --format} reads, each with its importer.
 *
 * <pre>{@code
 * ImportFormat.fromId("epoch").read(Path.of("notable_ai_models.csv"), ImportMode.LENIENT, sink);
 * }</pre>
 */
enum ImportFormat {
  ECOSYSTEM_GRAPHS,
  EPOCH,
  MODELS_DEV,
  OPENROUTER,
  HF_CARDS;

  /** Reads the input with this format's importer into {@code sink}. */
  ImportSummary read(Path input, ImportMode mode, ImportSink sink) {
    return switch (this) {
      case ECOSYSTEM_GRAPHS -> EcosystemGraphsImporter.read(input, mode, sink);
      case EPOCH -> EpochImporter.read(input, mode, sink);
      case MODELS_DEV -> ModelsDevImporter.read(input, mode, sink);
      case OPENROUTER -> OpenRouterImporter.read(input, mode, sink);
      case HF_CARDS -> HuggingFaceCardImporter.read(input, mode, Map.of(), sink);
    };
  }

  /** The id on the command line: the constant's name in lower case with {@code -}. */
  String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return id();
  }

  /**
   * The format with this id.
   *
   * @throws IllegalArgumentException naming the known ids when there is none
   */
  static ImportFormat fromId(String id) {
    for (ImportFormat f : values()) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + id
            + "'; known: "
            + Arrays.stream(values()).map(ImportFormat::id).collect(Collectors.joining(", ")));
  }
}
