@NullMarked
package io.github.genaitaxonomy.json;

import org.jspecify.annotations.NullMarked;
