/** A user's module: reads the catalog and its JSON format, and builds models of its own. */
module io.github.genaitaxonomy.it.consumer {
  requires io.github.genaitaxonomy.data;
  requires io.github.genaitaxonomy.json;

  exports io.github.genaitaxonomy.it.consumer;
}
