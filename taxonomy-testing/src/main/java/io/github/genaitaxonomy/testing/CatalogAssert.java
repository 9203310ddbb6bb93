package io.github.genaitaxonomy.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.genaitaxonomy.core.Catalog;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a {@link Catalog}; get one from {@link
 * TaxonomyAssertions#assertThat(Catalog)}. Failures list the ids that were missing or unexpected.
 */
public final class CatalogAssert extends AbstractObjectAssert<CatalogAssert, Catalog> {

  CatalogAssert(@Nullable Catalog actual) {
    super(actual, CatalogAssert.class);
  }

  /** Verifies that the catalog has a model with each of these ids, in any order. */
  public CatalogAssert containsModels(String... modelIds) {
    checkNotNull(modelIds, "modelIds");
    Catalog catalog = catalog();
    List<String> missing = new ArrayList<>();
    for (String id : modelIds) {
      if (!catalog.models().contains(checkNotNull(id, "modelIds contains null"))) {
        missing.add(id);
      }
    }
    if (!missing.isEmpty()) {
      failWithMessage(
          "Expected catalog to contain models <%s> but these were missing: <%s> (it has %d models)",
          List.of(modelIds), missing, catalog.models().size());
    }
    return this;
  }

  /** Verifies that the catalog has no model with any of these ids. */
  public CatalogAssert doesNotContainModels(String... modelIds) {
    checkNotNull(modelIds, "modelIds");
    Catalog catalog = catalog();
    List<String> present = new ArrayList<>();
    for (String id : modelIds) {
      if (catalog.models().contains(checkNotNull(id, "modelIds contains null"))) {
        present.add(id);
      }
    }
    if (!present.isEmpty()) {
      failWithMessage(
          "Expected catalog not to contain models <%s> but it contains <%s>",
          List.of(modelIds), present);
    }
    return this;
  }

  /** Verifies the number of models. */
  public CatalogAssert hasModelCount(int expected) {
    Catalog catalog = catalog();
    if (catalog.models().size() != expected) {
      failWithMessage(
          "Expected catalog to have %d models but it has %d", expected, catalog.models().size());
    }
    return this;
  }

  /** Verifies that the catalog records no discrepancy for any model. */
  public CatalogAssert hasNoDiscrepancies() {
    Catalog catalog = catalog();
    if (!catalog.discrepancies().isEmpty()) {
      failWithMessage(
          "Expected catalog to have no discrepancies but models <%s> have some",
          catalog.discrepancies().keySet());
    }
    return this;
  }

  private Catalog catalog() {
    isNotNull();
    return checkNotNull(actual);
  }
}
