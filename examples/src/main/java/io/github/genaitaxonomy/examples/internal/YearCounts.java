package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Per-year counts of a catalog for the charts: models per category per release year, and how
 * concentrated each year's models are among their lead organizations.
 *
 * <pre>{@code
 * YearCounts counts = YearCounts.of(catalog);
 * counts.byCategory().get(2022).get(Category.TEXT_TO_IMAGE);   // models of 2022 in the category
 * counts.concentration().get(2022);                            // 0 < HHI <= 1
 * }</pre>
 *
 * @param byCategory for each release year, the number of models placed in each category
 * @param byOrganization for each release year, the number of models of each lead organization
 */
public record YearCounts(
    SortedMap<Integer, Map<Category, Integer>> byCategory,
    SortedMap<Integer, Map<String, Integer>> byOrganization) {

  /** Counts the models of {@code catalog} in one pass. */
  public static YearCounts of(Catalog catalog) {
    SortedMap<Integer, Map<Category, Integer>> byCategory = new TreeMap<>();
    SortedMap<Integer, Map<String, Integer>> byOrganization = new TreeMap<>();
    for (GenerativeModel model : catalog.models()) {
      int year = model.released().getYear();
      byCategory
          .computeIfAbsent(year, y -> new HashMap<>())
          .merge(Facts.placement(model), 1, Integer::sum);
      byOrganization
          .computeIfAbsent(year, y -> new TreeMap<>())
          .merge(Facts.lead(model), 1, Integer::sum);
    }
    return new YearCounts(byCategory, byOrganization);
  }

  /**
   * For each year, the Herfindahl–Hirschman index of its models over their lead organizations: the
   * sum of the squared shares, 1 when one organization made every model of the year.
   */
  public SortedMap<Integer, Double> concentration() {
    SortedMap<Integer, Double> index = new TreeMap<>();
    byOrganization.forEach(
        (year, counts) -> {
          double total = counts.values().stream().mapToInt(Integer::intValue).sum();
          index.put(
              year, counts.values().stream().mapToDouble(n -> (n / total) * (n / total)).sum());
        });
    return index;
  }
}
