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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Every constant of the holders, the editions built from them, and lookups by id.
 *
 * <p>Each holder registers its constants itself, in declaration order, so adding an entry to a
 * holder is enough to list it here.
 *
 * <p>A duplicate id anywhere in the holders fails when this class initialises, with the first
 * duplicate named. Each edition is built and validated when it is first asked for, and only that
 * edition (a reference that does not resolve fails then, with every such problem listed), so that a
 * program that needs one edition pays for one.
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

  /** Each edition's catalog, by ordinal, built when first asked for. */
  private static final AtomicReferenceArray<Catalog> EDITIONS =
      new AtomicReferenceArray<>(Edition.values().length);

  static {
    checkUniqueIds();
  }

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

  /**
   * The edition's catalog: built and validated on the first call for that edition only, the same
   * instance ever after, whichever thread asks.
   */
  @SuppressWarnings("EnumOrdinal") // one slot per edition in an array sized by Edition.values()
  static Catalog catalog(Edition edition) {
    Catalog catalog = EDITIONS.get(edition.ordinal());
    if (catalog == null) {
      Entries entries = entries(edition);
      Catalog built =
          Catalog.builder()
              .addOrganizations(entries.organizations())
              .addTechniques(entries.techniques())
              .addModels(entries.models())
              .build();
      catalog =
          EDITIONS.compareAndSet(edition.ordinal(), null, built)
              ? built
              : EDITIONS.get(edition.ordinal());
    }
    return catalog;
  }

  /** The entries of a catalog, in catalog order. */
  private record Entries(
      List<GenerativeModel> models, List<Organization> organizations, List<Technique> techniques) {}

  private static Entries entries(Edition edition) {
    Entries survey =
        closure(
            ImmutableList.<GenerativeModel>builder()
                .addAll(SURVEY_MODELS)
                .addAll(BASE_MODELS)
                .build(),
            List.of(),
            List.of());
    if (edition == Edition.SURVEY_2022) {
      return survey;
    }
    Entries supplement = closure(MODELS_2023, List.of(), List.of());
    if (edition == Edition.SUPPLEMENT_2023) {
      return supplement;
    }
    Entries rest =
        closure(
            remaining(MODELS, GenerativeModel::id, survey.models(), supplement.models()),
            remaining(
                ORGANIZATIONS,
                Organization::id,
                survey.organizations(),
                supplement.organizations()),
            remaining(TECHNIQUES, Technique::id, survey.techniques(), supplement.techniques()));
    return new Entries(
        union(GenerativeModel::id, survey.models(), supplement.models(), rest.models()),
        union(
            Organization::id,
            survey.organizations(),
            supplement.organizations(),
            rest.organizations()),
        union(Technique::id, survey.techniques(), supplement.techniques(), rest.techniques()));
  }

  /** Every entry of the lists in order, each id once: the entries are the holders' constants. */
  @SafeVarargs
  private static <T> List<T> union(Function<T, String> id, List<T>... lists) {
    Map<String, T> entries = new LinkedHashMap<>();
    for (List<T> list : lists) {
      list.forEach(e -> entries.putIfAbsent(id.apply(e), e));
    }
    return List.copyOf(entries.values());
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
      List<T> entries, Function<T, String> id, List<T> survey, List<T> supplement) {
    Set<String> used = new HashSet<>();
    survey.forEach(e -> used.add(id.apply(e)));
    supplement.forEach(e -> used.add(id.apply(e)));
    return entries.stream()
        .filter(e -> !used.contains(id.apply(e)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The given entries and everything they reference: the developers of every model with their
   * parent chains, its techniques with their parent chains, and its lineage targets, models
   * transitively. Models keep the given order, followed by the models pulled in, in holder order;
   * organizations and techniques are in holder order. An id that names no constant is left for the
   * catalog's validation to report.
   */
  private static Entries closure(
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
    Set<String> given = new HashSet<>();
    models.forEach(m -> given.add(m.id()));
    ImmutableList.Builder<GenerativeModel> orderedModels = ImmutableList.builder();
    orderedModels.addAll(models);
    for (GenerativeModel model : MODELS) {
      if (modelIds.contains(model.id()) && !given.contains(model.id())) {
        orderedModels.add(model);
      }
    }
    return new Entries(
        orderedModels.build(),
        ORGANIZATIONS.stream().filter(o -> organizationIds.contains(o.id())).toList(),
        TECHNIQUES.stream().filter(t -> techniqueIds.contains(t.id())).toList());
  }

  private static void addOrganization(String id, Set<String> ids) {
    addWithParents(
        id,
        ids,
        o -> Optional.ofNullable(ORGANIZATIONS_BY_ID.get(o)).flatMap(Organization::parent));
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
