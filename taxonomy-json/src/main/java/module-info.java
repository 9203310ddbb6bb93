module io.github.genaitaxonomy.json {
  exports io.github.genaitaxonomy.json;

  requires transitive io.github.genaitaxonomy.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;
}
