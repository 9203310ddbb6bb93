package io.github.genaitaxonomy.data;

import static com.google.common.base.Preconditions.checkNotNull;

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
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

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

  static {
    checkUniqueIds();
  }

  // Keyed in holder order (the ids are unique, checked above), so that each key set lists the ids
  // in holder order.
  private static final ImmutableMap<String, Organization> ORGANIZATIONS_BY_ID;
  private static final ImmutableMap<String, Technique> TECHNIQUES_BY_ID;
  private static final ImmutableMap<String, GenerativeModel> MODELS_BY_ID;

  static {
    ImmutableMap.Builder<String, Organization> organizations =
        ImmutableMap.builderWithExpectedSize(ORGANIZATIONS.size());
    for (Organization organization : ORGANIZATIONS) {
      organizations.put(organization.id(), organization);
    }
    ORGANIZATIONS_BY_ID = organizations.buildOrThrow();
    ImmutableMap.Builder<String, Technique> techniques =
        ImmutableMap.builderWithExpectedSize(TECHNIQUES.size());
    for (Technique technique : TECHNIQUES) {
      techniques.put(technique.id(), technique);
    }
    TECHNIQUES_BY_ID = techniques.buildOrThrow();
    ImmutableMap.Builder<String, GenerativeModel> models =
        ImmutableMap.builderWithExpectedSize(MODELS.size());
    for (GenerativeModel model : MODELS) {
      models.put(model.id(), model);
    }
    MODELS_BY_ID = models.buildOrThrow();
  }

  /** Each edition's catalog, by ordinal, built when first asked for. */
  private static final AtomicReferenceArray<Catalog> EDITIONS =
      new AtomicReferenceArray<>(Edition.values().length);

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
              .addOrganizations(entries.organizationList())
              .addTechniques(entries.techniqueList())
              .addModels(entries.modelList())
              .build();
      catalog =
          EDITIONS.compareAndSet(edition.ordinal(), null, built)
              ? built
              : EDITIONS.get(edition.ordinal());
    }
    return catalog;
  }

  /**
   * The ids of a catalog's entries, each set in catalog order. Ids, not entries, so that one set of
   * loops serves the three kinds (and the start of a program bootstraps no lambda for them).
   */
  private record Entries(Set<String> models, Set<String> organizations, Set<String> techniques) {
    List<GenerativeModel> modelList() {
      List<GenerativeModel> list = new ArrayList<>(models.size());
      for (String id : models) {
        list.add(checkNotNull(MODELS_BY_ID.get(id), id));
      }
      return list;
    }

    List<Organization> organizationList() {
      List<Organization> list = new ArrayList<>(organizations.size());
      for (String id : organizations) {
        list.add(checkNotNull(ORGANIZATIONS_BY_ID.get(id), id));
      }
      return list;
    }

    List<Technique> techniqueList() {
      List<Technique> list = new ArrayList<>(techniques.size());
      for (String id : techniques) {
        list.add(checkNotNull(TECHNIQUES_BY_ID.get(id), id));
      }
      return list;
    }
  }

  private static Entries entries(Edition edition) {
    Set<String> surveyModels = new LinkedHashSet<>();
    for (GenerativeModel model : SURVEY_MODELS) {
      surveyModels.add(model.id());
    }
    for (GenerativeModel model : BASE_MODELS) {
      surveyModels.add(model.id());
    }
    Entries survey = closure(surveyModels, Set.of(), Set.of());
    if (edition == Edition.SURVEY_2022) {
      return survey;
    }
    Set<String> supplementModels = new LinkedHashSet<>();
    for (GenerativeModel model : MODELS_2023) {
      supplementModels.add(model.id());
    }
    Entries supplement = closure(supplementModels, Set.of(), Set.of());
    if (edition == Edition.SUPPLEMENT_2023) {
      return supplement;
    }
    Entries rest =
        closure(
            remaining(MODELS_BY_ID.keySet(), survey.models(), supplement.models()),
            remaining(
                ORGANIZATIONS_BY_ID.keySet(), survey.organizations(), supplement.organizations()),
            remaining(TECHNIQUES_BY_ID.keySet(), survey.techniques(), supplement.techniques()));
    return new Entries(
        union(survey.models(), supplement.models(), rest.models()),
        union(survey.organizations(), supplement.organizations(), rest.organizations()),
        union(survey.techniques(), supplement.techniques(), rest.techniques()));
  }

  /** Every id of the sets in order, each once. */
  private static Set<String> union(Set<String> first, Set<String> second, Set<String> third) {
    Set<String> ids = new LinkedHashSet<>(first);
    ids.addAll(second);
    ids.addAll(third);
    return ids;
  }

  /** Fails on an id used twice anywhere in the holders, across kinds. */
  private static void checkUniqueIds() {
    Map<String, String> seen = new HashMap<>();
    for (Organization organization : ORGANIZATIONS) {
      unique(seen, organization.id(), "organization");
    }
    for (Technique technique : TECHNIQUES) {
      unique(seen, technique.id(), "technique");
    }
    for (GenerativeModel model : MODELS) {
      unique(seen, model.id(), "model");
    }
  }

  private static void unique(Map<String, String> seen, String id, String kind) {
    String previous = seen.putIfAbsent(id, kind);
    if (previous != null) {
      throw new IllegalStateException(
          "Registry: duplicate id '" + id + "': a " + kind + " reuses the id of a " + previous);
    }
  }

  /**
   * The ids of {@code all}, in its order, that neither {@code survey} nor {@code supplement} has.
   */
  private static Set<String> remaining(
      Set<String> all, Set<String> survey, Set<String> supplement) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : all) {
      if (!survey.contains(id) && !supplement.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * The given entries and everything they reference: the developers of every model with their
   * parent chains, its techniques with their parent chains, and its lineage targets, models
   * transitively. Models keep the given order, followed by the models pulled in, in holder order;
   * organizations and techniques are in holder order. An id that names no constant is left for the
   * catalog's validation to report.
   */
  private static Entries closure(
      Set<String> models, Set<String> organizations, Set<String> techniques) {
    Set<String> modelIds = new HashSet<>(models);
    Set<String> organizationIds = new HashSet<>();
    Set<String> techniqueIds = new HashSet<>();
    for (String id : organizations) {
      addOrganization(id, organizationIds);
    }
    for (String id : techniques) {
      addTechnique(id, techniqueIds);
    }
    // Filled by a loop: ArrayDeque's copy constructor bootstraps a method reference.
    Deque<String> todo = new ArrayDeque<>(models.size());
    for (String id : models) {
      todo.add(id);
    }
    while (!todo.isEmpty()) {
      GenerativeModel model = checkNotNull(MODELS_BY_ID.get(todo.remove()));
      for (String developer : model.developers()) {
        addOrganization(developer, organizationIds);
      }
      for (String technique : model.techniques()) {
        addTechnique(technique, techniqueIds);
      }
      for (LineageEdge edge : model.lineage()) {
        String target = edge.target();
        if (MODELS_BY_ID.containsKey(target)) {
          if (modelIds.add(target)) {
            todo.add(target);
          }
        } else {
          addTechnique(target, techniqueIds);
        }
      }
    }
    Set<String> orderedModels = new LinkedHashSet<>(models);
    orderedModels.addAll(inHolderOrder(MODELS_BY_ID.keySet(), modelIds));
    return new Entries(
        orderedModels,
        inHolderOrder(ORGANIZATIONS_BY_ID.keySet(), organizationIds),
        inHolderOrder(TECHNIQUES_BY_ID.keySet(), techniqueIds));
  }

  /** The ids of {@code all} that {@code chosen} has, in the order of {@code all}. */
  private static Set<String> inHolderOrder(Set<String> all, Set<String> chosen) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : all) {
      if (chosen.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Adds {@code id} and its parents, up to the first one already in {@code ids}. */
  private static void addOrganization(String id, Set<String> ids) {
    @Nullable String current = id;
    while (current != null && ids.add(current)) {
      Organization organization = ORGANIZATIONS_BY_ID.get(current);
      current = organization == null ? null : organization.parent().orElse(null);
    }
  }

  /** Adds {@code id} and its parents, up to the first one already in {@code ids}. */
  private static void addTechnique(String id, Set<String> ids) {
    @Nullable String current = id;
    while (current != null && ids.add(current)) {
      Technique technique = TECHNIQUES_BY_ID.get(current);
      current = technique == null ? null : technique.parent().orElse(null);
    }
  }
}
