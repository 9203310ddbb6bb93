/** A user's module: reads the catalog and its JSON format, and builds models of its own. */
module io.github.genaitaxonomy.it.consumer {
  // Its public methods return core types, so its own users read core too (-Xlint:exports).
  requires transitive io.github.genaitaxonomy.core;
  requires io.github.genaitaxonomy.data;
  requires io.github.genaitaxonomy.json;

  exports io.github.genaitaxonomy.it.consumer;
}
