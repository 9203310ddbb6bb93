/**
 * The curated genai-taxonomy catalog: every model of the survey arXiv 2301.04655, the technique
 * stack behind them and the notable 2023 follow-ups, each fact with its source.
 */
module io.github.genaitaxonomy.data {
  exports io.github.genaitaxonomy.data;

  requires transitive io.github.genaitaxonomy.core;
  requires static org.jspecify;
}
