/**
 * Immutable types for generative AI models and the modality-pair taxonomy of the survey <em>ChatGPT
 * is not all you need</em> (arXiv 2301.04655).
 *
 * <p>The module has no JSON dependency: serialization lives in {@code
 * io.github.genaitaxonomy.json}.
 */
module io.github.genaitaxonomy.core {
  exports io.github.genaitaxonomy.core;
  exports io.github.genaitaxonomy.core.analytics;
  exports io.github.genaitaxonomy.core.interop;
  exports io.github.genaitaxonomy.core.reconcile;

  requires transitive com.google.common;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
}
