/**
 * Importers that read other catalogs of generative AI models (Stanford CRFM Ecosystem Graphs, the
 * Epoch AI notable models CSV) into a validated {@link io.github.genaitaxonomy.core.Catalog}, with
 * a report line for every record that was not imported whole.
 */
module io.github.genaitaxonomy.imports {
  exports io.github.genaitaxonomy.imports;

  requires transitive io.github.genaitaxonomy.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires tools.jackson.dataformat.csv;
  requires tools.jackson.dataformat.toml;
  requires static org.jspecify;
}
