package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * Counts of a {@link Catalog}'s models by survey category, organization and release month.
 *
 * <pre>{@code
 * CatalogStatistics stats = catalog.statistics();
 * stats.modelsBySurveyCategory().get(Category.TEXT_TO_IMAGE);   // 4
 * }</pre>
 */
@Value.Immutable
public abstract class CatalogStatistics {
  CatalogStatistics() {}

  /** Number of models. */
  public abstract int modelCount();

  /** Number of models the survey does not cover. */
  public abstract int modelsOutsideSurvey();

  /** Models per survey category, all nine in the survey's order, zeros included. */
  public abstract ImmutableMap<Category, Integer> modelsBySurveyCategory();

  /**
   * Models per organization id, counting every developer of a model, most models first, then by id;
   * organizations with no model are left out.
   */
  public abstract ImmutableMap<String, Integer> modelsByOrganization();

  /** Models per release month, in time order; months with no release are left out. */
  public abstract ImmutableSortedMap<YearMonth, Integer> modelsByMonth();
}
