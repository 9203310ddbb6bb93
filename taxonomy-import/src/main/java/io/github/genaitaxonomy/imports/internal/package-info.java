/** What the importers share: ids, notations and the assembly of drafts into a catalog. */
@NullMarked
package io.github.genaitaxonomy.imports.internal;

import org.jspecify.annotations.NullMarked;
