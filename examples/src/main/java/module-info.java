/**
 * Runnable examples of genai-taxonomy: a tour of the catalog, exports, pictures and small programs
 * for queries, builders, JSON and classification.
 *
 * <p>Not published: the module is built and tested with the project, never installed or deployed.
 */
module io.github.genaitaxonomy.examples {
  exports io.github.genaitaxonomy.examples;

  // picocli sets the annotated option fields of Tour by reflection.
  opens io.github.genaitaxonomy.examples to
      info.picocli;

  requires io.github.genaitaxonomy.data;
  requires io.github.genaitaxonomy.json;
  requires io.github.genaitaxonomy.imports;
  requires com.google.common;
  requires info.picocli;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires org.eclipse.elk.alg.layered;
  requires org.eclipse.elk.core;
  requires org.eclipse.elk.graph;
  requires org.eclipse.emf.common;
  requires com.github.mustachejava;
  requires java.desktop;
  requires java.xml;
  requires org.jfree.jfreechart;
  requires org.jfree.svg;
  requires static org.jspecify;
}
