package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import io.github.genaitaxonomy.core.internal.Ids;
import io.github.genaitaxonomy.core.internal.Lazy;
import io.github.genaitaxonomy.core.internal.Text;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, validated set of organizations, techniques and models, with indices for lookup,
 * queries, statistics and the lineage graph. The query indices and the graph are made on first use,
 * once, whichever thread asks first.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.builder()
 *     .addOrganizations(openAi)
 *     .addModels(dallE2)
 *     .build();                                  // validates; see below
 * catalog.get("dall-e-2");                       // the model
 * catalog.query().developer("openai").list();    // [dall-e-2]
 * }</pre>
 *
 * <p>{@link Builder#build()} checks that every id is unique across all three kinds, that every
 * reference (organization parent, technique parent, developer, technique, lineage target) resolves,
 * and that organization parents, technique parents and model lineage have no cycle. It reports
 * every problem at once in a {@link CatalogValidationException}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
@CheckReturnValue // immutable: a result left unused is a mistake
public final class Catalog {
  private final Index<Organization> organizations;
  private final Index<Technique> techniques;
  private final Index<GenerativeModel> models;

  /**
   * The query indices, made on first use ({@link #indices()}): a catalog that is only read and
   * written needs none.
   */
  private final Lazy<Indices> indices =
      new Lazy<>() {
        @Override
        protected Indices make() {
          return index();
        }
      };

  /**
   * The models by survey category, made on first use apart from the other indices: the commonest
   * first query needs neither the models' classifications nor a multimap.
   */
  private final Lazy<ImmutableMap<Category, ImmutableList<GenerativeModel>>> bySurveyCategory =
      new Lazy<>() {
        @Override
        protected ImmutableMap<Category, ImmutableList<GenerativeModel>> make() {
          return surveyCategoryIndex();
        }
      };

  /** The lineage graph, made on first use ({@link #lineage()}). */
  private final Lazy<ImmutableValueGraph<String, LineageRelation>> lineage =
      new Lazy<>() {
        @Override
        protected ImmutableValueGraph<String, LineageRelation> make() {
          return lineageGraph();
        }
      };

  /** A catalog of entries that {@code checked} has validated, indexed by the ids it listed. */
  private Catalog(Validator checked) {
    this.organizations =
        new Index<>("organization", byId(checked.organizations, checked.organizationIds));
    this.techniques = new Index<>("technique", byId(checked.techniques, checked.techniqueIds));
    this.models = new Index<>("model", byId(checked.models, checked.modelIds));
  }

  /** {@code entries} by their {@code ids}, position by position; the ids are unique. */
  private static <T> ImmutableMap<String, T> byId(List<T> entries, List<String> ids) {
    ImmutableMap.Builder<String, T> byId = ImmutableMap.builderWithExpectedSize(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      byId.put(ids.get(i), entries.get(i));
    }
    return byId.buildOrThrow();
  }

  /** The query indices, made now if they were not yet, once, whichever thread asks first. */
  private Indices indices() {
    return indices.get();
  }

  /** The models by the values a query asks about. */
  private record Indices(
      ImmutableListMultimap<Category, GenerativeModel> byClassifiedCategory,
      ImmutableListMultimap<Modality, GenerativeModel> byInput,
      ImmutableListMultimap<Modality, GenerativeModel> byOutput,
      ImmutableListMultimap<String, GenerativeModel> byDeveloper,
      ImmutableListMultimap<Access, GenerativeModel> byAccess) {}

  /** The models of each survey category, in catalog order; a category with none is left out. */
  private ImmutableMap<Category, ImmutableList<GenerativeModel>> surveyCategoryIndex() {
    Map<Category, ImmutableList.Builder<GenerativeModel>> lists = new LinkedHashMap<>();
    for (GenerativeModel model : models) {
      Optional<Category> category = model.surveyCategory();
      if (category.isPresent()) {
        ImmutableList.Builder<GenerativeModel> list = lists.get(category.get());
        if (list == null) {
          list = ImmutableList.builder();
          lists.put(category.get(), list);
        }
        list.add(model);
      }
    }
    ImmutableMap.Builder<Category, ImmutableList<GenerativeModel>> index =
        ImmutableMap.builderWithExpectedSize(lists.size());
    for (Map.Entry<Category, ImmutableList.Builder<GenerativeModel>> entry : lists.entrySet()) {
      index.put(entry.getKey(), entry.getValue().build());
    }
    return index.buildOrThrow();
  }

  private Indices index() {
    ImmutableListMultimap.Builder<Category, GenerativeModel> classified =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Modality, GenerativeModel> inputs =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Modality, GenerativeModel> outputs =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, GenerativeModel> developers =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Access, GenerativeModel> access = ImmutableListMultimap.builder();
    for (GenerativeModel model : models) {
      classified.put(model.classification().surveyCategory(), model);
      for (Modality modality : withBroader(model.signature().inputs())) {
        inputs.put(modality, model);
      }
      for (Modality modality : withBroader(model.signature().outputs())) {
        outputs.put(modality, model);
      }
      for (String developer : model.developers()) {
        developers.put(developer, model);
      }
      for (Access a : model.access()) {
        access.put(a, model);
      }
    }
    return new Indices(
        classified.build(), inputs.build(), outputs.build(), developers.build(), access.build());
  }

  private ImmutableValueGraph<String, LineageRelation> lineageGraph() {
    MutableValueGraph<String, LineageRelation> graph =
        ValueGraphBuilder.directed()
            .nodeOrder(ElementOrder.insertion())
            .expectedNodeCount(models.size())
            .build();
    for (GenerativeModel model : models) {
      graph.addNode(model.id());
    }
    for (GenerativeModel model : models) {
      for (LineageEdge edge : model.lineage()) {
        graph.putEdgeValue(model.id(), edge.target(), edge.relation());
      }
    }
    return ImmutableValueGraph.copyOf(graph);
  }

  /**
   * The modalities and every broader form of them, each once: {@code speech} gives speech, audio.
   */
  private static Set<Modality> withBroader(Set<Modality> modalities) {
    Set<Modality> result = EnumSet.noneOf(Modality.class);
    for (Modality modality : modalities) {
      for (Optional<Modality> m = Optional.of(modality); m.isPresent(); m = m.get().broader()) {
        result.add(m.get());
      }
    }
    return result;
  }

  /** The empty catalog. */
  public static Catalog empty() {
    return builder().build();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this catalog's entries, to add more. */
  public Builder toBuilder() {
    return builder().addOrganizations(organizations).addTechniques(techniques).addModels(models);
  }

  /**
   * Every entry of the given catalogs, in order; an entry found in several is kept once when the
   * copies are equal.
   *
   * @throws CatalogValidationException when two catalogs hold different entries with one id, or the
   *     union breaks another rule
   */
  public static Catalog union(Catalog... catalogs) {
    Map<String, Organization> organizations = new LinkedHashMap<>();
    Map<String, Technique> techniques = new LinkedHashMap<>();
    Map<String, GenerativeModel> models = new LinkedHashMap<>();
    Builder conflicts = builder();
    for (Catalog catalog : catalogs) {
      merge(catalog.organizations, Organization::id, organizations, conflicts::addOrganizations);
      merge(catalog.techniques, Technique::id, techniques, conflicts::addTechniques);
      merge(catalog.models, GenerativeModel::id, models, conflicts::addModels);
    }
    return builder()
        .addOrganizations(organizations.values())
        .addTechniques(techniques.values())
        .addModels(models.values())
        .addOrganizations(conflicts.organizations)
        .addTechniques(conflicts.techniques)
        .addModels(conflicts.models)
        .build();
  }

  private static <T> void merge(
      Iterable<T> entries,
      Function<T, String> id,
      Map<String, T> into,
      java.util.function.Consumer<T> conflict) {
    for (T entry : entries) {
      T existing = into.putIfAbsent(id.apply(entry), entry);
      if (existing != null && !existing.equals(entry)) {
        conflict.accept(entry);
      }
    }
  }

  /** The organizations, in the order they were added. */
  public Index<Organization> organizations() {
    return organizations;
  }

  /** The techniques, in the order they were added. */
  public Index<Technique> techniques() {
    return techniques;
  }

  /** The models, in the order they were added. */
  public Index<GenerativeModel> models() {
    return models;
  }

  /** The model with this id. */
  public Optional<GenerativeModel> find(String modelId) {
    return models.find(modelId);
  }

  /**
   * The model with this id.
   *
   * @throws IllegalArgumentException naming the id and the nearest known model ids
   */
  public GenerativeModel get(String modelId) {
    return models.get(modelId);
  }

  /** A query over every model; add conditions to narrow it. */
  public ModelQuery query() {
    return new ModelQuery(this);
  }

  /**
   * The lineage as a directed graph from each model to the models and techniques it came from, each
   * edge valued by its relation. Every model is a node, with or without edges.
   */
  public ImmutableValueGraph<String, LineageRelation> lineage() {
    return lineage.get();
  }

  /** Every discrepancy recorded, by model id, in catalog order. */
  public ImmutableListMultimap<String, Discrepancy> discrepancies() {
    ImmutableListMultimap.Builder<String, Discrepancy> result = ImmutableListMultimap.builder();
    for (GenerativeModel model : models) {
      result.putAll(model.id(), model.discrepancies());
    }
    return result.build();
  }

  /** Counts by survey category, organization and month. */
  public CatalogStatistics statistics() {
    ImmutableMap.Builder<Category, Integer> categories = ImmutableMap.builder();
    for (Category category : Category.survey()) {
      categories.put(category, bySurveyCategory(category).size());
    }
    Map<String, Integer> organizationCounts = new HashMap<>();
    Map<YearMonth, Integer> months = new TreeMap<>();
    for (GenerativeModel model : models) {
      model.developers().forEach(d -> organizationCounts.merge(d, 1, Integer::sum));
      months.merge(model.released(), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> byCount = new ArrayList<>(organizationCounts.entrySet());
    byCount.sort(
        Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return ImmutableCatalogStatistics.builder()
        .modelCount(models.size())
        .modelsOutsideSurvey(
            (int) models.stream().filter(m -> m.surveyCategory().isEmpty()).count())
        .modelsBySurveyCategory(categories.build())
        .modelsByOrganization(ImmutableMap.copyOf(byCount))
        .modelsByMonth(ImmutableSortedMap.copyOf(months))
        .build();
  }

  ImmutableList<GenerativeModel> bySurveyCategory(Category category) {
    ImmutableList<GenerativeModel> list = bySurveyCategory.get().get(category);
    return list == null ? ImmutableList.of() : list;
  }

  ImmutableList<GenerativeModel> byClassifiedCategory(Category category) {
    return indices().byClassifiedCategory().get(category);
  }

  ImmutableList<GenerativeModel> byInput(Modality modality) {
    return indices().byInput().get(modality);
  }

  ImmutableList<GenerativeModel> byOutput(Modality modality) {
    return indices().byOutput().get(modality);
  }

  ImmutableList<GenerativeModel> byDeveloper(String organizationId) {
    return indices().byDeveloper().get(organizationId);
  }

  ImmutableList<GenerativeModel> byAccess(Access access) {
    return indices().byAccess().get(access);
  }

  /** Whether organization {@code id} is {@code ancestor} or below it. */
  boolean isWithin(String id, String ancestor) {
    @Nullable String current = id;
    while (current != null) {
      if (current.equals(ancestor)) {
        return true;
      }
      current = organizations.find(current).flatMap(Organization::parent).orElse(null);
    }
    return false;
  }

  /** Whether technique {@code id} is {@code ancestor} or below it. */
  boolean isTechniqueWithin(String id, String ancestor) {
    @Nullable String current = id;
    while (current != null) {
      if (current.equals(ancestor)) {
        return true;
      }
      current = techniques.find(current).flatMap(Technique::parent).orElse(null);
    }
    return false;
  }

  /** Equal when both hold equal entries in the same order. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Catalog that
        && organizations.asList().equals(that.organizations.asList())
        && techniques.asList().equals(that.techniques.asList())
        && models.asList().equals(that.models.asList());
  }

  @Override
  public int hashCode() {
    return Objects.hash(organizations.asList(), techniques.asList(), models.asList());
  }

  /** {@code Catalog{organizations=12, techniques=40, models=30}}. */
  @Override
  public String toString() {
    return "Catalog{organizations="
        + organizations.size()
        + ", techniques="
        + techniques.size()
        + ", models="
        + models.size()
        + "}";
  }

  /**
   * Collects entries for a {@link Catalog}; {@link #build()} validates them all at once.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Technique> techniques = new ArrayList<>();
    private final List<GenerativeModel> models = new ArrayList<>();

    Builder() {}

    /** Adds organizations. */
    @CanIgnoreReturnValue
    public Builder addOrganizations(Organization... entries) {
      return addOrganizations(List.of(entries));
    }

    /** Adds organizations. */
    @CanIgnoreReturnValue
    public Builder addOrganizations(Iterable<? extends Organization> entries) {
      for (Organization entry : entries) {
        organizations.add(Objects.requireNonNull(entry, "organization"));
      }
      return this;
    }

    /** Adds techniques. */
    @CanIgnoreReturnValue
    public Builder addTechniques(Technique... entries) {
      return addTechniques(List.of(entries));
    }

    /** Adds techniques. */
    @CanIgnoreReturnValue
    public Builder addTechniques(Iterable<? extends Technique> entries) {
      for (Technique entry : entries) {
        techniques.add(Objects.requireNonNull(entry, "technique"));
      }
      return this;
    }

    /** Adds models. */
    @CanIgnoreReturnValue
    public Builder addModels(GenerativeModel... entries) {
      return addModels(List.of(entries));
    }

    /** Adds models. */
    @CanIgnoreReturnValue
    public Builder addModels(Iterable<? extends GenerativeModel> entries) {
      for (GenerativeModel entry : entries) {
        models.add(Objects.requireNonNull(entry, "model"));
      }
      return this;
    }

    /**
     * Validates and builds the catalog.
     *
     * <p>A reference to an unknown id is reported with up to three nearest known ids of its kind
     * (within an edit distance of three, never the referring entity's own id), for the first
     * {@value CatalogValidationException#SHOWN_VIOLATIONS} distinct unknown ids met in catalog
     * order; a reference to any further unknown id is reported without them. Validation thus takes
     * time linear in the size of the catalog, however many references dangle.
     *
     * @throws CatalogValidationException listing every violation found
     */
    public Catalog build() {
      Validator validator = new Validator(organizations, techniques, models);
      List<Violation> violations = validator.validate();
      if (!violations.isEmpty()) {
        throw new CatalogValidationException(violations);
      }
      return new Catalog(validator);
    }
  }

  /** The cross-entity rules of a catalog. */
  private static final class Validator {
    private final List<Organization> organizations;
    private final List<Technique> techniques;
    private final List<GenerativeModel> models;
    private static final int SHOWN_IN_CYCLE = 10;
    private static final int[] NO_EDGES = new int[0];
    private static final int SUGGESTED = 3;

    /** The ids of the entries, position by position, listed by {@link #validate()}. */
    private final List<String> organizationIds;

    private final List<String> techniqueIds;
    private final List<String> modelIds;

    private final List<Violation> violations = new ArrayList<>();

    /**
     * The nearest known ids of each unknown id, by the kind it should be: computed once each, and
     * only for the first {@link CatalogValidationException#SHOWN_VIOLATIONS} unknown ids.
     */
    private final Map<String, Map<String, ImmutableList<String>>> nearest = new HashMap<>();

    /**
     * The position of the first entry with each id, by kind: one map per kind serves the checks of
     * uniqueness, of references and of cycles.
     */
    private final Map<String, Integer> organizationsById;

    private final Map<String, Integer> techniquesById;
    private final Map<String, Integer> modelsById;

    /** How many unknown ids have had their nearest known ids computed. */
    private int suggested;

    Validator(
        List<Organization> organizations,
        List<Technique> techniques,
        List<GenerativeModel> models) {
      this.organizations = organizations;
      this.techniques = techniques;
      this.models = models;
      this.organizationsById = Maps.newHashMapWithExpectedSize(organizations.size());
      this.techniquesById = Maps.newHashMapWithExpectedSize(techniques.size());
      this.modelsById = Maps.newHashMapWithExpectedSize(models.size());
      this.organizationIds = new ArrayList<>(organizations.size());
      this.techniqueIds = new ArrayList<>(techniques.size());
      this.modelIds = new ArrayList<>(models.size());
    }

    List<Violation> validate() {
      // Each entry is numbered by its position; a later entry with an id already taken is a
      // duplicate, reported here and left out of the cycle checks.
      boolean[] organizationRepeats = new boolean[organizations.size()];
      for (int i = 0; i < organizations.size(); i++) {
        String id = organizations.get(i).id();
        organizationIds.add(id);
        if (organizationsById.putIfAbsent(id, i) != null) {
          organizationRepeats[i] = true;
          duplicate(id, "organization", "organization");
        }
      }
      boolean[] techniqueRepeats = new boolean[techniques.size()];
      for (int i = 0; i < techniques.size(); i++) {
        String id = techniques.get(i).id();
        techniqueIds.add(id);
        techniqueRepeats[i] = techniquesById.putIfAbsent(id, i) != null;
        if (organizationsById.containsKey(id)) {
          duplicate(id, "technique", "organization");
        } else if (techniqueRepeats[i]) {
          duplicate(id, "technique", "technique");
        }
      }
      boolean[] modelRepeats = new boolean[models.size()];
      for (int i = 0; i < models.size(); i++) {
        String id = models.get(i).id();
        modelIds.add(id);
        modelRepeats[i] = modelsById.putIfAbsent(id, i) != null;
        if (organizationsById.containsKey(id)) {
          duplicate(id, "model", "organization");
        } else if (techniquesById.containsKey(id)) {
          duplicate(id, "model", "technique");
        } else if (modelRepeats[i]) {
          duplicate(id, "model", "model");
        }
      }
      // The references, each looked up once: an unknown one is reported, a known parent or
      // lineage target becomes an edge, by position, for the cycle checks.
      int[][] organizationEdges = new int[organizations.size()][];
      for (int i = 0; i < organizations.size(); i++) {
        Organization o = organizations.get(i);
        organizationEdges[i] = parentEdge(o.id(), o.parent(), organizationsById, "organization");
      }
      int[][] techniqueEdges = new int[techniques.size()][];
      for (int i = 0; i < techniques.size(); i++) {
        Technique t = techniques.get(i);
        techniqueEdges[i] = parentEdge(t.id(), t.parent(), techniquesById, "technique");
      }
      int[][] modelEdges = new int[models.size()][];
      for (int m = 0; m < models.size(); m++) {
        GenerativeModel model = models.get(m);
        List<String> developers = model.developers();
        for (int i = 0; i < developers.size(); i++) {
          if (!organizationsById.containsKey(developers.get(i))) {
            unresolved(model.id(), "developers[" + i + "]", developers.get(i), "organization");
          }
        }
        List<String> used = model.techniques();
        for (int i = 0; i < used.size(); i++) {
          if (!techniquesById.containsKey(used.get(i))) {
            unresolved(model.id(), "techniques[" + i + "]", used.get(i), "technique");
          }
        }
        List<LineageEdge> lineage = model.lineage();
        int[] edges = lineage.isEmpty() ? NO_EDGES : new int[lineage.size()];
        int k = 0;
        for (int i = 0; i < lineage.size(); i++) {
          String target = lineage.get(i).target();
          Integer position = modelsById.get(target);
          if (position != null) {
            edges[k++] = position;
          } else if (!techniquesById.containsKey(target)) {
            unresolved(model.id(), "lineage[" + i + "].target", target, "model or technique");
          }
        }
        modelEdges[m] = k == edges.length ? edges : Arrays.copyOf(edges, k);
      }
      acyclic(
          organizationIds,
          organizationRepeats,
          organizationEdges,
          "parent",
          "organization parents");
      acyclic(techniqueIds, techniqueRepeats, techniqueEdges, "parent", "technique parents");
      acyclic(modelIds, modelRepeats, modelEdges, "lineage", "model lineage");
      return violations;
    }

    /** The edge to the entry's parent, if it has one that is known; reports an unknown one. */
    private int[] parentEdge(
        String subject, Optional<String> parent, Map<String, Integer> positions, String kind) {
      if (parent.isEmpty()) {
        return NO_EDGES;
      }
      Integer position = positions.get(parent.get());
      if (position == null) {
        unresolved(subject, "parent", parent.get(), kind);
        return NO_EDGES;
      }
      return new int[] {position};
    }

    private void duplicate(String id, String kind, String previous) {
      violations.add(
          Violation.of(
              id,
              "id",
              "duplicate id: this " + kind + " reuses the id of " + Ids.withArticle(previous)));
    }

    /** The ids an unresolved reference to a {@code kind} could have meant. */
    private Collection<String> known(String kind) {
      return switch (kind) {
        case "organization" -> organizationsById.keySet();
        case "technique" -> techniquesById.keySet();
        default -> Sets.union(modelsById.keySet(), techniquesById.keySet());
      };
    }

    private void unresolved(String subject, String attribute, String id, String kind) {
      Map<String, ImmutableList<String>> ofKind =
          nearest.computeIfAbsent(kind, k -> new HashMap<>());
      ImmutableList<String> computed = ofKind.get(id);
      if (computed == null) {
        // Past the violations a message shows, a catalog has more dangling references than
        // suggestions help with; each suggestion costs a pass over the known ids.
        // One more than shown, since the subject's own id is never suggested.
        computed =
            suggested < CatalogValidationException.SHOWN_VIOLATIONS
                ? Ids.nearest(id, known(kind), SUGGESTED + 1)
                : ImmutableList.of();
        suggested++;
        ofKind.put(id, computed);
      }
      List<String> near = new ArrayList<>(computed);
      near.remove(subject);
      String suffix =
          near.isEmpty()
              ? ""
              : "; nearest known: "
                  + String.join(", ", near.subList(0, Math.min(SUGGESTED, near.size())));
      violations.add(
          Violation.of(subject, attribute, "unknown " + kind + " " + Text.quote(id) + suffix));
    }

    /**
     * Reports each cycle of {@code edges} (the positions each entry points to) among the entries
     * with {@code ids}; an entry marked in {@code repeats}, a later one with an id already taken,
     * is left out.
     */
    private void acyclic(
        List<String> ids, boolean[] repeats, int[][] edges, String attribute, String what) {
      final int unseen = -1;
      final int done = -2;
      int[] state = new int[edges.length]; // unseen, done, or the node's position on the path
      for (int n = 0; n < edges.length; n++) {
        state[n] = repeats[n] ? done : unseen;
      }
      // Depth-first, with an explicit stack so that a chain of any length fits the default
      // thread stack: the path of nodes, beside each the index of its next edge to follow.
      int[] path = new int[edges.length];
      int[] nextEdge = new int[edges.length];
      for (int root = 0; root < edges.length; root++) {
        if (state[root] != unseen) {
          continue;
        }
        int top = 0;
        path[0] = root;
        nextEdge[0] = 0;
        state[root] = 0;
        while (top >= 0) {
          int node = path[top];
          int i = nextEdge[top];
          if (i == edges[node].length) {
            state[node] = done;
            top--;
            continue;
          }
          nextEdge[top] = i + 1;
          int target = edges[node][i];
          if (state[target] == done) {
            continue;
          }
          if (state[target] != unseen) {
            List<String> cycle = new ArrayList<>();
            for (int j = state[target]; j <= top; j++) {
              cycle.add(ids.get(path[j]));
            }
            String back = ids.get(target);
            violations.add(
                Violation.of(back, attribute, "cycle in " + what + ": " + cycle(cycle, back)));
            continue;
          }
          top++;
          path[top] = target;
          nextEdge[top] = 0;
          state[target] = top;
        }
      }
    }

    /** {@code a -> b -> a}, with at most {@value #SHOWN_IN_CYCLE} ids from the cycle shown. */
    private static String cycle(List<String> nodes, String back) {
      StringBuilder text = new StringBuilder();
      int shown = Math.min(nodes.size(), SHOWN_IN_CYCLE);
      for (int i = 0; i < shown; i++) {
        text.append(nodes.get(i)).append(" -> ");
      }
      if (shown < nodes.size()) {
        text.append("... (").append(nodes.size() - shown).append(" more) -> ");
      }
      return text.append(back).toString();
    }
  }
}
