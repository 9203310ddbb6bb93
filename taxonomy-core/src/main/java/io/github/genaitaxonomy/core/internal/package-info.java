/** Internal code shared inside {@code taxonomy-core}; not exported, not API. */
@NullMarked
package io.github.genaitaxonomy.core.internal;

import org.jspecify.annotations.NullMarked;
