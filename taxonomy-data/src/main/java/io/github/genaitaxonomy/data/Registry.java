package io.github.genaitaxonomy.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every constant of the holders, the editions built from them, and lookups by id.
 *
 * <p>Each holder registers its constants itself, in declaration order, so adding an entry to a
 * holder is enough to list it here.
 *
 * <p>The editions are built and validated when this class initialises, and a data error fails
 * then: a duplicate id anywhere in the holders with the first duplicate named, a reference that
 * does not resolve with every such problem listed.
 *
 * <ul>
 *   <li>{@link Edition#SURVEY_2022}: the survey's models and the base models, with everything they
 *       reference: developers and their parent organizations, techniques and their parents, and
 *       lineage targets, transitively.
 *   <li>{@link Edition#SUPPLEMENT_2023}: the 2023 models with everything they reference, so it
 *       validates on its own.
 *   <li>{@link Edition#ALL}: the union of both and every remaining constant.
 * </ul>
 *
 * <pre>{@code
 * GenerativeModel codex = Registry.model("codex");          // same instance as SurveyModels.CODEX
 * Registry.model("codx");                                   // IllegalArgumentException: ... codex
 * Registry.discrepancies().get("visualgpt").size();         // 3
 * }</pre>
 */
public final class Registry {
  private Registry() {}

  /** Every organization, in holder order. */
  public static final ImmutableList<Organization> ORGANIZATIONS = Organizations.all();

  /** Every technique, in holder order. */
  public static final ImmutableList<Technique> TECHNIQUES = Techniques.all();

  /** Every model the survey describes or the seeds name beside it, in holder order. */
  public static final ImmutableList<GenerativeModel> SURVEY_MODELS = SurveyModels.all();

  /** The models that survey entries build on but the survey does not describe. */
  public static final ImmutableList<GenerativeModel> BASE_MODELS = BaseModels.all();

  /** The 2023 follow-ups of seed 004 and the models they build on. */
  public static final ImmutableList<GenerativeModel> MODELS_2023 = Models2023.all();

  /** Errors that concern the survey as a whole rather than one model. */
  public static final ImmutableList<Discrepancy> SURVEY_WIDE_DISCREPANCIES = SurveyErrata.all();

  private static final ImmutableList<GenerativeModel> MODELS =
      ImmutableList.<GenerativeModel>builder()
          .addAll(SURVEY_MODELS)
          .addAll(BASE_MODELS)
          .addAll(MODELS_2023)
          .build();

  private static final ImmutableMap<String, Organization> ORGANIZATIONS_BY_ID =
      index(ORGANIZATIONS, Organization::id);
  private static final ImmutableMap<String, Technique> TECHNIQUES_BY_ID =
      index(TECHNIQUES, Technique::id);
  private static final ImmutableMap<String, GenerativeModel> MODELS_BY_ID =
      index(MODELS, GenerativeModel::id);

  private static final Map<Edition, Catalog> EDITIONS = buildEditions();

  /**
   * The model with this id, in any edition: the holder's own instance.
   *
   * @throws IllegalArgumentException naming the id and the nearest known model ids
   */
  public static GenerativeModel model(String id) {
    return Edition.ALL.catalog().models().get(id);
  }

  /**
   * The organization with this id: the holder's own instance.
   *
   * @throws IllegalArgumentException naming the id and the nearest known organization ids
   */
  public static Organization organization(String id) {
    return Edition.ALL.catalog().organizations().get(id);
  }

  /**
   * The technique with this id: the holder's own instance.
   *
   * @throws IllegalArgumentException naming the id and the nearest known technique ids
   */
  public static Technique technique(String id) {
    return Edition.ALL.catalog().techniques().get(id);
  }

  /** Every per-model discrepancy, by model id, in catalog order. */
  public static ImmutableListMultimap<String, Discrepancy> discrepancies() {
    return Edition.ALL.catalog().discrepancies();
  }

  static Catalog catalog(Edition edition) {
    Catalog catalog = EDITIONS.get(edition);
    if (catalog == null) {
      throw new IllegalStateException("Registry has no catalog for edition " + edition);
    }
    return catalog;
  }

  private static Map<Edition, Catalog> buildEditions() {
    checkUniqueIds();
    Catalog survey =
        closure(
            ImmutableList.<GenerativeModel>builder().addAll(SURVEY_MODELS).addAll(BASE_MODELS).build(),
            List.of(),
            List.of());
    Catalog supplement = closure(MODELS_2023, List.of(), List.of());
    Catalog rest =
        closure(
            remaining(MODELS, GenerativeModel::id, survey, supplement, c -> c.models().ids()),
            remaining(ORGANIZATIONS, Organization::id, survey, supplement, c -> c.organizations().ids()),
            remaining(TECHNIQUES, Technique::id, survey, supplement, c -> c.techniques().ids()));
    Map<Edition, Catalog> editions = new EnumMap<>(Edition.class);
    editions.put(Edition.SURVEY_2022, survey);
    editions.put(Edition.SUPPLEMENT_2023, supplement);
    editions.put(Edition.ALL, Catalog.union(survey, supplement, rest));
    return editions;
  }

  /** Fails on an id used twice anywhere in the holders, across kinds. */
  private static void checkUniqueIds() {
    Map<String, String> seen = new HashMap<>();
    ORGANIZATIONS.forEach(o -> unique(seen, o.id(), "organization"));
    TECHNIQUES.forEach(t -> unique(seen, t.id(), "technique"));
    MODELS.forEach(m -> unique(seen, m.id(), "model"));
  }

  private static void unique(Map<String, String> seen, String id, String kind) {
    String previous = seen.putIfAbsent(id, kind);
    if (previous != null) {
      throw new IllegalStateException(
          "Registry: duplicate id '" + id + "': a " + kind + " reuses the id of a " + previous);
    }
  }

  private static <T> ImmutableMap<String, T> index(List<T> entries, Function<T, String> id) {
    Map<String, T> map = new HashMap<>();
    for (T entry : entries) {
      if (map.putIfAbsent(id.apply(entry), entry) != null) {
        throw new IllegalStateException("Registry: duplicate id '" + id.apply(entry) + "'");
      }
    }
    return ImmutableMap.copyOf(map);
  }

  private static <T> ImmutableList<T> remaining(
      List<T> entries,
      Function<T, String> id,
      Catalog survey,
      Catalog supplement,
      Function<Catalog, Set<String>> ids) {
    Set<String> used = new LinkedHashSet<>(ids.apply(survey));
    used.addAll(ids.apply(supplement));
    return entries.stream()
        .filter(e -> !used.contains(id.apply(e)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A catalog of the given entries and everything they reference: the developers of every model
   * with their parent chains, its techniques with their parent chains, and its lineage targets,
   * models transitively. Models keep the given order, followed by the models pulled in, in holder
   * order; organizations and techniques are in holder order. An id that names no constant is left
   * for the catalog's validation to report.
   */
  private static Catalog closure(
      List<GenerativeModel> models, List<Organization> organizations, List<Technique> techniques) {
    Set<String> modelIds = new LinkedHashSet<>();
    Set<String> organizationIds = new LinkedHashSet<>();
    Set<String> techniqueIds = new LinkedHashSet<>();
    organizations.forEach(o -> addOrganization(o.id(), organizationIds));
    techniques.forEach(t -> addTechnique(t.id(), techniqueIds));
    Deque<GenerativeModel> todo = new ArrayDeque<>();
    for (GenerativeModel model : models) {
      if (modelIds.add(model.id())) {
        todo.add(model);
      }
    }
    while (!todo.isEmpty()) {
      GenerativeModel model = todo.remove();
      model.developers().forEach(d -> addOrganization(d, organizationIds));
      model.techniques().forEach(t -> addTechnique(t, techniqueIds));
      for (LineageEdge edge : model.lineage()) {
        GenerativeModel target = MODELS_BY_ID.get(edge.target());
        if (target != null) {
          if (modelIds.add(target.id())) {
            todo.add(target);
          }
        } else {
          addTechnique(edge.target(), techniqueIds);
        }
      }
    }
    ImmutableList.Builder<GenerativeModel> orderedModels = ImmutableList.builder();
    orderedModels.addAll(models);
    for (GenerativeModel model : MODELS) {
      if (modelIds.contains(model.id()) && !models.contains(model)) {
        orderedModels.add(model);
      }
    }
    return Catalog.builder()
        .addOrganizations(ORGANIZATIONS.stream().filter(o -> organizationIds.contains(o.id())).toList())
        .addTechniques(TECHNIQUES.stream().filter(t -> techniqueIds.contains(t.id())).toList())
        .addModels(orderedModels.build())
        .build();
  }

  private static void addOrganization(String id, Set<String> ids) {
    addWithParents(
        id, ids, o -> Optional.ofNullable(ORGANIZATIONS_BY_ID.get(o)).flatMap(Organization::parent));
  }

  private static void addTechnique(String id, Set<String> ids) {
    addWithParents(
        id, ids, t -> Optional.ofNullable(TECHNIQUES_BY_ID.get(t)).flatMap(Technique::parent));
  }

  /** Adds {@code id} and its parents, up to the first one already in {@code ids}. */
  private static void addWithParents(
      String id, Set<String> ids, Function<String, Optional<String>> parent) {
    Optional<String> current = Optional.of(id);
    while (current.isPresent() && ids.add(current.get())) {
      current = parent.apply(current.get());
    }
  }
}
