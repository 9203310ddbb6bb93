package io.github.genaitaxonomy.core.analytics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.internal.Releases;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How a catalog's models spread over time, categories, organizations and access, by the true
 * classification of each model ({@link GenerativeModel#classification()}), not the survey's filing.
 *
 * <pre>{@code
 * ProgressAnalytics analytics =
 *     ProgressAnalytics.of(catalog, CountingRule.FRACTIONAL, false);
 * analytics.modelsByYear().get(2022).get(Category.TEXT_TO_IMAGE);   // 4
 * analytics.concentrationByYear().get(2022).hhi();                   // 0.1 ...
 * }</pre>
 *
 * <p>Models whose release month is not known are counted in {@link #modelCount()} and {@link
 * #undatedModels()} and left out of every figure by year or quarter. Every figure is computed once,
 * in time linear in the size of the catalog (sorting aside), and is defined in {@code
 * docs/analytics.md}.
 */
public final class ProgressAnalytics {
  private final Catalog catalog;
  private final CountingRule countingRule;
  private final boolean rollUp;
  private final ImmutableSortedMap<Integer, ImmutableMap<Category, Integer>> byYear;
  private final ImmutableSortedMap<String, ImmutableMap<Category, Integer>> byQuarter;
  private final ImmutableMap<Category, GenerativeModel> first;
  private final ImmutableMap<Category, GenerativeModel> latest;
  private final ImmutableSortedMap<Integer, Concentration> concentrationByYear;
  private final Concentration concentration;
  private final ImmutableSortedMap<Integer, ImmutableMap<Access, Integer>> accessByYear;
  private final ImmutableMap<String, Integer> lineageDepth;
  private final ImmutableMap<String, Integer> mostDerived;
  private final ImmutableSortedMap<Integer, ImmutableMap<Category, BigDecimal>> medianParameters;
  private final int undated;

  private ProgressAnalytics(Catalog catalog, CountingRule countingRule, boolean rollUp) {
    this.catalog = catalog;
    this.countingRule = countingRule;
    this.rollUp = rollUp;
    Map<Integer, Map<Category, Integer>> years = new TreeMap<>();
    Map<String, Map<Category, Integer>> quarters = new TreeMap<>();
    Map<Category, GenerativeModel> firsts = new LinkedHashMap<>();
    Map<Category, GenerativeModel> latests = new LinkedHashMap<>();
    Map<Integer, Map<String, Double>> weightsByYear = new TreeMap<>();
    Map<String, Double> weights = new HashMap<>();
    Map<Integer, Map<Access, Integer>> access = new TreeMap<>();
    Map<Integer, Map<Category, List<BigDecimal>>> parameters = new TreeMap<>();
    int undatedCount = 0;
    for (GenerativeModel model : catalog.models()) {
      Category category = model.classification().surveyCategory();
      Map<String, Double> credit = credit(model);
      credit.forEach((org, w) -> weights.merge(org, w, Double::sum));
      Optional<YearMonth> released = Releases.of(model);
      if (released.isEmpty()) {
        undatedCount++;
        continue;
      }
      YearMonth month = released.get();
      int year = month.getYear();
      years.computeIfAbsent(year, y -> new HashMap<>()).merge(category, 1, Integer::sum);
      quarters
          .computeIfAbsent(Releases.quarter(month), q -> new HashMap<>())
          .merge(category, 1, Integer::sum);
      GenerativeModel earliest = firsts.get(category);
      if (earliest == null || month.isBefore(month(earliest))) {
        firsts.put(category, model);
      }
      GenerativeModel last = latests.get(category);
      if (last == null || month.isAfter(month(last))) {
        latests.put(category, model);
      }
      Map<String, Double> yearWeights = weightsByYear.computeIfAbsent(year, y -> new HashMap<>());
      credit.forEach((org, w) -> yearWeights.merge(org, w, Double::sum));
      for (Access a : model.access()) {
        access.computeIfAbsent(year, y -> new EnumMap<>(Access.class)).merge(a, 1, Integer::sum);
      }
      model
          .parameters()
          .map(Measurement::quantity)
          .ifPresent(
              q ->
                  parameters
                      .computeIfAbsent(year, y -> new HashMap<>())
                      .computeIfAbsent(category, c -> new ArrayList<>())
                      .add(q.amount()));
    }
    this.undated = undatedCount;
    this.byYear = bySurveyOrder(years, Function.identity());
    this.byQuarter = bySurveyOrder(quarters, Function.identity());
    this.first = inSurveyOrder(firsts);
    this.latest = inSurveyOrder(latests);
    ImmutableSortedMap.Builder<Integer, Concentration> concentrations =
        ImmutableSortedMap.naturalOrder();
    weightsByYear.forEach((year, w) -> concentrations.put(year, Concentration.of(w)));
    this.concentrationByYear = concentrations.build();
    this.concentration = Concentration.of(weights);
    ImmutableSortedMap.Builder<Integer, ImmutableMap<Access, Integer>> accessBuilder =
        ImmutableSortedMap.naturalOrder();
    access.forEach((year, counts) -> accessBuilder.put(year, ImmutableMap.copyOf(counts)));
    this.accessByYear = accessBuilder.build();
    this.medianParameters = bySurveyOrder(parameters, ProgressAnalytics::median);
    this.lineageDepth = lineageDepths(catalog);
    this.mostDerived = derivations(catalog);
  }

  /**
   * The figures of the catalog, counting models with several developers by the rule, with units
   * rolled up to their topmost parent organization when {@code rollUpToParents} is true.
   */
  public static ProgressAnalytics of(
      Catalog catalog, CountingRule countingRule, boolean rollUpToParents) {
    checkNotNull(catalog, "catalog");
    checkNotNull(countingRule, "countingRule");
    return new ProgressAnalytics(catalog, countingRule, rollUpToParents);
  }

  /** The figures of the catalog, {@link CountingRule#FRACTIONAL}, without rolling up. */
  public static ProgressAnalytics of(Catalog catalog) {
    return of(catalog, CountingRule.FRACTIONAL, false);
  }

  /** The rule for models with several developers. */
  public CountingRule countingRule() {
    return countingRule;
  }

  /** Whether units are counted as their topmost parent organization. */
  public boolean rollsUpToParents() {
    return rollUp;
  }

  /** Number of models in the catalog. */
  public int modelCount() {
    return catalog.models().size();
  }

  /** Number of models whose release month is not known. */
  public int undatedModels() {
    return undated;
  }

  /** Models per year and survey category (true classification), categories in survey order. */
  public ImmutableSortedMap<Integer, ImmutableMap<Category, Integer>> modelsByYear() {
    return byYear;
  }

  /** Models per quarter ({@code 2022-Q3}) and survey category (true classification). */
  public ImmutableSortedMap<String, ImmutableMap<Category, Integer>> modelsByQuarter() {
    return byQuarter;
  }

  /** The earliest model of each category; of several in one month, the first in the catalog. */
  public ImmutableMap<Category, GenerativeModel> firstModels() {
    return first;
  }

  /** The latest model of each category; of several in one month, the first in the catalog. */
  public ImmutableMap<Category, GenerativeModel> latestModels() {
    return latest;
  }

  /** Organization concentration of the models released in each year. */
  public ImmutableSortedMap<Integer, Concentration> concentrationByYear() {
    return concentrationByYear;
  }

  /** Organization concentration of every model, dated or not. */
  public Concentration concentration() {
    return concentration;
  }

  /** Models per year by access; a model with several kinds of access counts once for each. */
  public ImmutableSortedMap<Integer, ImmutableMap<Access, Integer>> accessByYear() {
    return accessByYear;
  }

  /**
   * Per model id, the number of edges of the longest lineage chain from it through other models of
   * the catalog: 0 for a model built on no model. Techniques do not count.
   */
  public ImmutableMap<String, Integer> lineageDepth() {
    return lineageDepth;
  }

  /**
   * The models other models name directly in their lineage, with how many name each; most first,
   * then by id. Models no other model names are left out.
   */
  public ImmutableMap<String, Integer> mostDerivedBaseModels() {
    return mostDerived;
  }

  /**
   * The median parameter count per year and category, of the models that state one; the mean of the
   * two middle counts when their number is even.
   */
  public ImmutableSortedMap<Integer, ImmutableMap<Category, BigDecimal>> medianParameters() {
    return medianParameters;
  }

  /** The share of the model each organization gets under the counting rule. */
  private Map<String, Double> credit(GenerativeModel model) {
    Set<String> developers = new LinkedHashSet<>();
    for (String developer : model.developers()) {
      developers.add(rollUp ? topmost(developer) : developer);
    }
    Map<String, Double> credit = new LinkedHashMap<>();
    if (developers.isEmpty()) {
      return credit;
    }
    if (countingRule == CountingRule.LEAD_DEVELOPER) {
      credit.put(developers.iterator().next(), 1.0);
    } else {
      double share = 1.0 / developers.size();
      developers.forEach(d -> credit.put(d, share));
    }
    return credit;
  }

  private String topmost(String organizationId) {
    return SurveyClaims.topmost(catalog, organizationId);
  }

  private static YearMonth month(GenerativeModel model) {
    return Releases.of(model).orElseThrow();
  }

  private static <K extends Comparable<K>, V, R>
      ImmutableSortedMap<K, ImmutableMap<Category, R>> bySurveyOrder(
          Map<K, Map<Category, V>> counts, Function<V, R> finish) {
    ImmutableSortedMap.Builder<K, ImmutableMap<Category, R>> result =
        ImmutableSortedMap.naturalOrder();
    counts.forEach(
        (key, byCategory) -> {
          ImmutableMap.Builder<Category, R> row = ImmutableMap.builder();
          for (Category category : Category.survey()) {
            V value = byCategory.get(category);
            if (value != null) {
              row.put(category, finish.apply(value));
            }
          }
          result.put(key, row.build());
        });
    return result.build();
  }

  private static <V> ImmutableMap<Category, V> inSurveyOrder(Map<Category, V> values) {
    ImmutableMap.Builder<Category, V> result = ImmutableMap.builder();
    for (Category category : Category.survey()) {
      V value = values.get(category);
      if (value != null) {
        result.put(category, value);
      }
    }
    return result.build();
  }

  private static BigDecimal median(List<BigDecimal> amounts) {
    List<BigDecimal> sorted = new ArrayList<>(amounts);
    sorted.sort(Comparator.naturalOrder());
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return sorted.get(middle);
    }
    return sorted
        .get(middle - 1)
        .add(sorted.get(middle))
        .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
  }

  private static ImmutableMap<String, Integer> lineageDepths(Catalog catalog) {
    Map<String, Integer> depths = new HashMap<>();
    ImmutableMap.Builder<String, Integer> result = ImmutableMap.builder();
    for (GenerativeModel model : catalog.models()) {
      result.put(model.id(), depth(model.id(), catalog, depths));
    }
    return result.build();
  }

  /** Depth by an explicit stack, so long chains cannot overflow; lineage is acyclic. */
  private static int depth(String root, Catalog catalog, Map<String, Integer> depths) {
    List<String> stack = new ArrayList<>(List.of(root));
    while (!stack.isEmpty()) {
      String id = stack.get(stack.size() - 1);
      if (depths.containsKey(id)) {
        stack.remove(stack.size() - 1);
        continue;
      }
      int best = 0;
      boolean ready = true;
      for (LineageEdge edge : catalog.get(id).lineage()) {
        if (catalog.find(edge.target()).isEmpty()) {
          continue;
        }
        Integer target = depths.get(edge.target());
        if (target == null) {
          ready = false;
          stack.add(edge.target());
        } else {
          best = Math.max(best, target + 1);
        }
      }
      if (ready) {
        depths.put(id, best);
        stack.remove(stack.size() - 1);
      }
    }
    return Objects.requireNonNull(depths.get(root), "depth of the root");
  }

  private static ImmutableMap<String, Integer> derivations(Catalog catalog) {
    Map<String, Integer> counts = new HashMap<>();
    for (GenerativeModel model : catalog.models()) {
      for (LineageEdge edge : model.lineage()) {
        if (catalog.find(edge.target()).isPresent()) {
          counts.merge(edge.target(), 1, Integer::sum);
        }
      }
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    return ImmutableMap.copyOf(entries);
  }
}
