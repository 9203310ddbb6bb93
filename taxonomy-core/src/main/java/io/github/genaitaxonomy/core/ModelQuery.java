package io.github.genaitaxonomy.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CheckReturnValue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, reusable query over a {@link Catalog}'s models; every condition must hold.
 *
 * <pre>{@code
 * List<GenerativeModel> openAiImages = catalog.query()
 *     .surveyCategory(Category.TEXT_TO_IMAGE)
 *     .developer("openai")
 *     .list();
 * }</pre>
 *
 * <p>Conditions on category, organization, modality, technique and access are answered from the
 * catalog's indices; results are always in catalog order.
 */
@CheckReturnValue // immutable: a result left unused is a mistake
public final class ModelQuery {
  private final Catalog catalog;
  private final ImmutableList<Condition> conditions;

  private static final class Condition {
    final String description;
    final Predicate<GenerativeModel> test;
    final @Nullable List<GenerativeModel> candidates;

    Condition(
        String description,
        Predicate<GenerativeModel> test,
        @Nullable List<GenerativeModel> candidates) {
      this.description = description;
      this.test = test;
      this.candidates = candidates;
    }
  }

  ModelQuery(Catalog catalog) {
    this(catalog, ImmutableList.of());
  }

  private ModelQuery(Catalog catalog, ImmutableList<Condition> conditions) {
    this.catalog = catalog;
    this.conditions = conditions;
  }

  private ModelQuery with(
      String description,
      Predicate<GenerativeModel> test,
      @Nullable List<GenerativeModel> candidates) {
    return new ModelQuery(
        catalog,
        ImmutableList.<Condition>builder()
            .addAll(conditions)
            .add(new Condition(description, test, candidates))
            .build());
  }

  /** Models the survey files under {@code category}. */
  public ModelQuery surveyCategory(Category category) {
    checkNotNull(category, "category");
    return with(
        "surveyCategory=" + category.id(),
        new FiledUnder(category),
        catalog.bySurveyCategory(category));
  }

  /**
   * Whether the survey files a model under one category. A class rather than a lambda, so that a
   * program whose first query asks for a survey category bootstraps no lambda for it.
   */
  private static final class FiledUnder implements Predicate<GenerativeModel> {
    private final Category category;

    FiledUnder(Category category) {
      this.category = category;
    }

    @Override
    public boolean test(GenerativeModel model) {
      Optional<Category> filed = model.surveyCategory();
      return filed.isPresent() && filed.get().equals(category);
    }
  }

  /**
   * Models whose true signature falls under {@code category} by {@link Classification}, whatever
   * the survey says.
   */
  public ModelQuery classifiedAs(Category category) {
    checkNotNull(category, "category");
    return with(
        "classifiedAs=" + category.id(),
        m -> m.classification().surveyCategory().equals(category),
        catalog.byClassifiedCategory(category));
  }

  /** Models taking {@code modality}, or a narrower form of it, as an input. */
  public ModelQuery input(Modality modality) {
    checkNotNull(modality, "modality");
    return with(
        "input=" + modality.id(),
        m -> m.signature().inputs().stream().anyMatch(i -> i.isA(modality)),
        catalog.byInput(modality));
  }

  /** Models giving {@code modality}, or a narrower form of it, as an output. */
  public ModelQuery output(Modality modality) {
    checkNotNull(modality, "modality");
    return with(
        "output=" + modality.id(),
        m -> m.signature().outputs().stream().anyMatch(o -> o.isA(modality)),
        catalog.byOutput(modality));
  }

  /** Models that organization {@code id} developed, alone or with others. */
  public ModelQuery developer(String organizationId) {
    checkNotNull(organizationId, "organizationId");
    return with(
        "developer=" + organizationId,
        m -> m.developers().contains(organizationId),
        catalog.byDeveloper(organizationId));
  }

  /**
   * Models developed by organization {@code id} or by any organization below it: {@code
   * developerWithin("alphabet")} finds Google's and DeepMind's models.
   */
  public ModelQuery developerWithin(String organizationId) {
    checkNotNull(organizationId, "organizationId");
    return with(
        "developerWithin=" + organizationId,
        m -> m.developers().stream().anyMatch(d -> catalog.isWithin(d, organizationId)),
        null);
  }

  /** Models released in the closed range {@code [from, to]}. */
  public ModelQuery releasedBetween(YearMonth from, YearMonth to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("releasedBetween: from " + from + " is after to " + to);
    }
    return with(
        "released=" + from + ".." + to,
        m -> !m.released().isBefore(from) && !m.released().isAfter(to),
        null);
  }

  /** Models built with technique {@code id}, directly or through a narrower technique. */
  public ModelQuery technique(String techniqueId) {
    checkNotNull(techniqueId, "techniqueId");
    return with(
        "technique=" + techniqueId,
        m -> m.techniques().stream().anyMatch(t -> catalog.isTechniqueWithin(t, techniqueId)),
        null);
  }

  /** Models offered with {@code access}. */
  public ModelQuery access(Access access) {
    checkNotNull(access, "access");
    return with(
        "access=" + access.id(), m -> m.access().contains(access), catalog.byAccess(access));
  }

  /** Models with a stated parameter count in the closed range {@code [min, max]}. */
  public ModelQuery parametersBetween(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException(
          "parametersBetween: min " + min + " is greater than max " + max);
    }
    BigDecimal low = BigDecimal.valueOf(min);
    BigDecimal high = BigDecimal.valueOf(max);
    return with(
        "parameters=" + min + ".." + max,
        m ->
            m.parameters()
                .map(p -> p.quantity().amount())
                .filter(a -> a.compareTo(low) >= 0 && a.compareTo(high) <= 0)
                .isPresent(),
        null);
  }

  /** Models for which {@code predicate} holds. */
  public ModelQuery matching(Predicate<? super GenerativeModel> predicate) {
    checkNotNull(predicate, "predicate");
    return with("matching", predicate::test, null);
  }

  /** The matching models, in catalog order. */
  public ImmutableList<GenerativeModel> list() {
    return stream().collect(ImmutableList.toImmutableList());
  }

  /** The matching models, in catalog order. */
  public Stream<GenerativeModel> stream() {
    Stream<GenerativeModel> result = candidates().stream();
    for (Condition condition : conditions) {
      result = result.filter(condition.test);
    }
    return result;
  }

  /** How many models match. */
  public int count() {
    int count = 0;
    for (GenerativeModel model : candidates()) {
      if (matches(model)) {
        count++;
      }
    }
    return count;
  }

  /** The smallest list of candidates a condition gives, or every model. */
  private List<GenerativeModel> candidates() {
    List<GenerativeModel> smallest = catalog.models().asList();
    for (Condition condition : conditions) {
      if (condition.candidates != null && condition.candidates.size() < smallest.size()) {
        smallest = condition.candidates;
      }
    }
    return smallest;
  }

  private boolean matches(GenerativeModel model) {
    for (Condition condition : conditions) {
      if (!condition.test.test(model)) {
        return false;
      }
    }
    return true;
  }

  /** The ids of the matching models, in catalog order. */
  public ImmutableList<String> ids() {
    return stream().map(GenerativeModel::id).collect(ImmutableList.toImmutableList());
  }

  /** {@code models where surveyCategory=text-to-image and developer=openai}. */
  @Override
  public String toString() {
    return conditions.isEmpty()
        ? "all models"
        : conditions.stream()
            .map(c -> c.description)
            .collect(Collectors.joining(" and ", "models where ", ""));
  }
}
