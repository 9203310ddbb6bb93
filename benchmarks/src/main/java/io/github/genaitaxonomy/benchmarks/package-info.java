/**
 * JMH benchmarks of genai-taxonomy: JSON against plain Jackson, JSON Lines streaming, catalog build
 * and queries as the catalog grows, and cold start against an empty program. How to run them and
 * the figures are in {@code docs/performance.md}.
 */
@NullMarked
package io.github.genaitaxonomy.benchmarks;

import org.jspecify.annotations.NullMarked;
