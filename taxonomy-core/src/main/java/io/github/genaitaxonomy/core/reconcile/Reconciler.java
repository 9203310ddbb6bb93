package io.github.genaitaxonomy.core.reconcile;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.CatalogValidationException;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.InvalidAttributeException;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.SourceKind;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.internal.Releases;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Merges several catalogs into one, fact by fact, by their order of trust.
 *
 * <pre>{@code
 * Reconciliation r = Reconciler.reconcile(
 *     TrustedCatalog.of("curated", 2, Edition.ALL.catalog()),
 *     TrustedCatalog.of("epoch", 1, epoch));
 * }</pre>
 *
 * <p>Catalogs are taken most trusted first; catalogs of equal trust by name, so the result does not
 * depend on the order they are given in. A model matches an entry made from an earlier catalog by,
 * in this order: id, arXiv id of its paper, repository (a {@code github.com} or {@code
 * huggingface.co} source, owner and name), then its name or an alias folded by {@link
 * ModelNames#normalize(String)}. A record never merges with a second record of its own catalog.
 * Equal names without version, and other entries a record's keys also point at, are reported as
 * probable matches and kept apart. Organizations match by id or by normalised name; an organization
 * whose normalised name contains another's (Google DeepMind, DeepMind) is a probable match, never a
 * merge. Techniques match by id.
 *
 * <p>Each headline fact of a merged model (name, survey category, signature, release month, access,
 * paper, parameters) comes from the most trusted record that states it; every other record that
 * states a different value adds a {@link DiscrepancyKind#SOURCES_DISAGREE} discrepancy with both
 * claims. The summary is the most trusted record's. Developers, lineage edges, techniques, aliases,
 * sources, measurements and discrepancies are unioned, most trusted first; a lineage edge to one
 * target keeps the most trusted relation.
 */
public final class Reconciler {
  private static final String NEW = "new";

  private final List<TrustedCatalog> inputs;
  private final ImmutableList.Builder<Match> matches = ImmutableList.builder();
  private final ImmutableList.Builder<ProbableMatch> probable = ImmutableList.builder();
  private final ImmutableList.Builder<String> notes = ImmutableList.builder();
  private final ImmutableListMultimap.Builder<String, String> conflicts =
      ImmutableListMultimap.builder();
  private final Map<String, Map<String, String>> organizationIds = new HashMap<>();
  private final Map<String, Map<String, String>> modelIds = new HashMap<>();

  private Reconciler(List<TrustedCatalog> inputs) {
    this.inputs = inputs;
  }

  /**
   * Reconciles the catalogs.
   *
   * @throws InvalidAttributeException when two catalogs share a name
   * @throws CatalogValidationException when the merged entries break a catalog rule, such as a
   *     lineage cycle made of edges from different catalogs
   */
  public static Reconciliation reconcile(TrustedCatalog... catalogs) {
    return reconcile(List.of(catalogs));
  }

  /**
   * Reconciles the catalogs.
   *
   * @throws InvalidAttributeException when two catalogs share a name
   * @throws CatalogValidationException when the merged entries break a catalog rule
   */
  public static Reconciliation reconcile(List<TrustedCatalog> catalogs) {
    checkNotNull(catalogs, "catalogs");
    List<TrustedCatalog> ordered = new ArrayList<>(catalogs);
    ordered.sort(
        Comparator.comparingInt(TrustedCatalog::trust)
            .reversed()
            .thenComparing(TrustedCatalog::name));
    Set<String> names = new LinkedHashSet<>();
    for (TrustedCatalog catalog : ordered) {
      if (!names.add(catalog.name())) {
        throw new InvalidAttributeException(
            "TrustedCatalog",
            "name",
            "TrustedCatalog.name must be unique among the catalogs reconciled but '"
                + catalog.name()
                + "' is given twice");
      }
    }
    return new Reconciler(ordered).run();
  }

  private Reconciliation run() {
    List<Organization> organizations = organizations();
    List<Technique> techniques = techniques();
    List<GenerativeModel> models = models();
    Catalog catalog =
        Catalog.builder()
            .addOrganizations(organizations)
            .addTechniques(techniques)
            .addModels(models)
            .build();
    ImmutableList.Builder<String> merged = ImmutableList.builder();
    for (GenerativeModel model : models) {
      if (membersOf.getOrDefault(model.id(), List.of()).size() > 1) {
        merged.add(model.id());
      }
    }
    ReconciliationReport report =
        ImmutableReconciliationReport.builder()
            .catalogs(inputs.stream().map(TrustedCatalog::name).toList())
            .matches(matches.build())
            .merged(merged.build())
            .conflicts(conflicts.build())
            .probableMatches(probable.build())
            .notes(notes.build())
            .build();
    return Reconciliation.of(catalog, report);
  }

  // Organizations

  private List<Organization> organizations() {
    Map<String, List<Member<Organization>>> entries = new LinkedHashMap<>();
    Map<String, String> byName = new HashMap<>();
    for (TrustedCatalog input : inputs) {
      Map<String, String> ids = new HashMap<>();
      organizationIds.put(input.name(), ids);
      for (Organization organization : input.catalog().organizations()) {
        String name = ModelNames.normalize(organization.name());
        @Nullable String entry =
            entries.containsKey(organization.id()) ? organization.id() : byName.get(name);
        if (entry != null && hasMember(present(entries, entry), input)) {
          entry = null;
        }
        if (entry == null) {
          entry = organization.id();
          if (entries.containsKey(entry)) {
            notes.add(
                "organization " + entry + " (" + input.name() + ") repeats an id; kept first");
            ids.put(organization.id(), entry);
            continue;
          }
          for (Map.Entry<String, List<Member<Organization>>> other : entries.entrySet()) {
            String otherName = ModelNames.normalize(other.getValue().get(0).record().name());
            if (!otherName.isEmpty()
                && !name.isEmpty()
                && (otherName.contains(name) || name.contains(otherName))) {
              probable.add(
                  probable(
                      "organization",
                      other.getKey(),
                      input,
                      organization.id(),
                      "one name contains the other"));
            }
          }
          entries.put(entry, new ArrayList<>());
          byName.putIfAbsent(name, entry);
        }
        present(entries, entry).add(new Member<>(input, organization));
        ids.put(organization.id(), entry);
      }
    }
    List<Organization> result = new ArrayList<>();
    for (Map.Entry<String, List<Member<Organization>>> entry : entries.entrySet()) {
      List<Member<Organization>> members = entry.getValue();
      Member<Organization> first = members.get(0);
      Organization.Builder builder = Organization.builder();
      builder.from(first.record()).id(entry.getKey());
      first
          .record()
          .parent()
          .ifPresent(
              p -> builder.parent(present(present(organizationIds, first.input().name()), p)));
      Set<Source> sources = new LinkedHashSet<>();
      for (int i = 0; i < members.size(); i++) {
        Member<Organization> member = members.get(i);
        sources.addAll(member.record().sources());
        if (i > 0 && !sameOrganization(member, first)) {
          notes.add(
              "organization "
                  + entry.getKey()
                  + ": "
                  + member.input().name()
                  + " states other facts than "
                  + first.input().name()
                  + "; kept "
                  + first.input().name()
                  + "'s");
        }
      }
      result.add(builder.sources(sources).build());
    }
    return result;
  }

  private boolean sameOrganization(Member<Organization> a, Member<Organization> b) {
    return a.record().kind() == b.record().kind()
        && a.record().country().equals(b.record().country())
        && a.record()
            .parent()
            .map(present(organizationIds, a.input().name())::get)
            .equals(b.record().parent().map(present(organizationIds, b.input().name())::get));
  }

  // Techniques

  private List<Technique> techniques() {
    Map<String, Technique> result = new LinkedHashMap<>();
    Map<String, String> from = new HashMap<>();
    for (TrustedCatalog input : inputs) {
      for (Technique technique : input.catalog().techniques()) {
        Technique kept = result.putIfAbsent(technique.id(), technique);
        if (kept == null) {
          from.put(technique.id(), input.name());
        } else if (!kept.equals(technique)) {
          notes.add(
              "technique "
                  + technique.id()
                  + ": "
                  + input.name()
                  + " states other facts than "
                  + from.get(technique.id())
                  + "; kept "
                  + from.get(technique.id())
                  + "'s");
        }
      }
    }
    return new ArrayList<>(result.values());
  }

  // Models

  private final Map<String, List<Member<GenerativeModel>>> membersOf = new LinkedHashMap<>();

  private List<GenerativeModel> models() {
    Map<String, String> byKey = new HashMap<>();
    // a key that two entries share (two models citing one paper) matches neither
    Set<String> ambiguous = new HashSet<>();
    Map<String, String> byBareName = new HashMap<>();
    for (TrustedCatalog input : inputs) {
      Map<String, String> ids = new HashMap<>();
      modelIds.put(input.name(), ids);
      for (GenerativeModel model : input.catalog().models()) {
        List<String> keys = keys(model);
        @Nullable String entry = null;
        String matchedBy = NEW;
        Set<String> others = new LinkedHashSet<>();
        for (String key : keys) {
          String candidate = byKey.get(key);
          if (candidate == null) {
            continue;
          }
          if (ambiguous.contains(key)) {
            others.add(candidate);
            continue;
          }
          if (entry == null && !hasMember(present(membersOf, candidate), input)) {
            entry = candidate;
            matchedBy = key;
          } else if (!candidate.equals(entry)) {
            others.add(candidate);
          }
        }
        if (entry == null) {
          entry = model.id();
          if (membersOf.containsKey(entry)) {
            notes.add(
                "model "
                    + model.id()
                    + " ("
                    + input.name()
                    + ") has the id of an entry it cannot join; left out");
            continue;
          }
          membersOf.put(entry, new ArrayList<>());
        }
        for (String other : others) {
          probable.add(probable("model", other, input, model.id(), "shares a key with it"));
        }
        String bare = ModelNames.withoutVersion(model.name());
        String bareEntry = byBareName.get(bare);
        if (bareEntry != null && !bareEntry.equals(entry) && !others.contains(bareEntry)) {
          probable.add(
              probable("model", bareEntry, input, model.id(), "equal names without version"));
        }
        byBareName.putIfAbsent(bare, entry);
        for (String key : keys) {
          String previous = byKey.putIfAbsent(key, entry);
          if (previous != null && !previous.equals(entry)) {
            ambiguous.add(key);
          }
        }
        present(membersOf, entry).add(new Member<>(input, model));
        ids.put(model.id(), entry);
        matches.add(
            ImmutableMatch.builder()
                .entry(entry)
                .catalog(input.name())
                .model(model.id())
                .key(matchedBy)
                .build());
      }
    }
    List<GenerativeModel> result = new ArrayList<>();
    membersOf.forEach((id, members) -> result.add(merge(id, members)));
    return result;
  }

  /** The keys of a model, strongest first. */
  private static List<String> keys(GenerativeModel model) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add("id:" + model.id());
    model
        .paper()
        .map(p -> p.source())
        .filter(s -> s.kind() == SourceKind.ARXIV)
        .ifPresent(s -> keys.add("arxiv:" + s.reference()));
    for (Source source : model.sources()) {
      repository(source).ifPresent(r -> keys.add("repository:" + r));
    }
    keys.add("name:" + ModelNames.normalize(model.name()));
    model.aliases().forEach(a -> keys.add("name:" + ModelNames.normalize(a)));
    return new ArrayList<>(keys);
  }

  /** {@code github.com/owner/name} or {@code huggingface.co/owner/name} of a source, lower case. */
  private static Optional<String> repository(Source source) {
    if (source.kind() != SourceKind.URL) {
      return Optional.empty();
    }
    URI uri = URI.create(source.reference());
    String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    if (!host.equals("github.com") && !host.equals("huggingface.co")) {
      return Optional.empty();
    }
    List<String> parts = Splitter.on('/').splitToList(String.valueOf(uri.getPath()));
    if (parts.size() < 3 || parts.get(1).isEmpty() || parts.get(2).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of((host + "/" + parts.get(1) + "/" + parts.get(2)).toLowerCase(Locale.ROOT));
  }

  private GenerativeModel merge(String id, List<Member<GenerativeModel>> members) {
    GenerativeModel primary = members.get(0).record();
    GenerativeModel.Builder builder = GenerativeModel.builder();
    builder.from(primary).id(id);
    List<Discrepancy> found = new ArrayList<>();
    Member<GenerativeModel> name =
        headline(
            id,
            ClaimAttribute.NAME,
            members,
            m -> Optional.of(m.name()),
            m -> m.sources().get(0),
            found);
    builder.name(name.record().name());
    Member<GenerativeModel> category =
        headline(
            id,
            ClaimAttribute.SURVEY_CATEGORY,
            members,
            m -> m.surveyCategory().map(c -> c.id()),
            m -> m.sources().get(0),
            found);
    builder.surveyCategory(category.record().surveyCategory());
    Member<GenerativeModel> signature =
        headline(
            id,
            ClaimAttribute.SIGNATURE,
            members,
            m -> Optional.of(m.signature().toString()),
            m -> m.sources().get(0),
            found);
    builder.signature(signature.record().signature());
    Member<GenerativeModel> released =
        headline(
            id,
            ClaimAttribute.RELEASED,
            members,
            m -> Releases.of(m).map(Object::toString),
            m -> m.sources().get(0),
            found);
    builder.released(released.record().released());
    Member<GenerativeModel> access =
        headline(
            id, ClaimAttribute.ACCESS, members, Reconciler::access, m -> m.sources().get(0), found);
    builder.access(access.record().access());
    Member<GenerativeModel> paper =
        headline(
            id,
            ClaimAttribute.PAPER,
            members,
            m -> m.paper().map(p -> p.source().toString()),
            m -> m.paper().map(p -> p.source()).orElse(m.sources().get(0)),
            found);
    builder.paper(paper.record().paper()).paperAbsentReason(paper.record().paperAbsentReason());
    Member<GenerativeModel> parameters =
        headline(
            id,
            ClaimAttribute.PARAMETERS,
            members,
            m ->
                m.parameters().map(p -> p.quantity().amount().stripTrailingZeros().toPlainString()),
            m -> m.parameters().map(Measurement::source).orElse(m.sources().get(0)),
            found);
    builder.parameters(parameters.record().parameters());

    Set<String> developers = new LinkedHashSet<>();
    Set<String> techniques = new LinkedHashSet<>();
    Map<String, LineageEdge> lineage = new LinkedHashMap<>();
    Set<String> aliases = new LinkedHashSet<>();
    Set<Measurement> trainingData = new LinkedHashSet<>();
    Set<Measurement> results = new LinkedHashSet<>();
    Set<Discrepancy> discrepancies = new LinkedHashSet<>();
    Set<Source> sources = new LinkedHashSet<>();
    String chosenName = name.record().name();
    for (Member<GenerativeModel> member : members) {
      GenerativeModel model = member.record();
      Map<String, String> orgs = present(organizationIds, member.input().name());
      Map<String, String> ids = present(modelIds, member.input().name());
      model.developers().forEach(d -> developers.add(orgs.getOrDefault(d, d)));
      techniques.addAll(model.techniques());
      for (LineageEdge edge : model.lineage()) {
        String target = ids.getOrDefault(edge.target(), edge.target());
        if (target.equals(id)) {
          notes.add(
              "model "
                  + id
                  + ": lineage edge of "
                  + member.input().name()
                  + " to "
                  + edge.target()
                  + " points at the model itself after matching; left out");
          continue;
        }
        LineageEdge mapped =
            target.equals(edge.target())
                ? edge
                : LineageEdge.builder().from(edge).target(target).build();
        LineageEdge kept = lineage.putIfAbsent(target, mapped);
        if (kept != null && kept.relation() != mapped.relation()) {
          notes.add(
              "model "
                  + id
                  + ": "
                  + member.input().name()
                  + " relates it to "
                  + target
                  + " as "
                  + mapped.relation()
                  + "; kept "
                  + kept.relation());
        }
      }
      if (!model.name().equals(chosenName)) {
        aliases.add(model.name());
      }
      aliases.addAll(model.aliases());
      trainingData.addAll(model.trainingData());
      results.addAll(model.results());
      discrepancies.addAll(model.discrepancies());
      sources.addAll(model.sources());
    }
    aliases.remove(chosenName);
    discrepancies.addAll(found);
    return builder
        .developers(developers)
        .techniques(techniques)
        .lineage(lineage.values())
        .aliases(aliases)
        .trainingData(trainingData)
        .results(results)
        .discrepancies(discrepancies)
        .sources(sources)
        .build();
  }

  private static Optional<String> access(GenerativeModel model) {
    if (model.access().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        String.join(", ", model.access().stream().map(Access::id).sorted().toList()));
  }

  /**
   * The most trusted member that states the attribute (the first member when none does), adding a
   * discrepancy for every other member that states a different value.
   */
  private Member<GenerativeModel> headline(
      String id,
      ClaimAttribute attribute,
      List<Member<GenerativeModel>> members,
      Function<GenerativeModel, Optional<String>> value,
      Function<GenerativeModel, Source> source,
      List<Discrepancy> found) {
    @Nullable Member<GenerativeModel> winner = null;
    String chosen = "";
    boolean conflict = false;
    for (Member<GenerativeModel> member : members) {
      Optional<String> stated = value.apply(member.record());
      if (stated.isEmpty()) {
        continue;
      }
      if (winner == null) {
        winner = member;
        chosen = stated.get();
      } else if (!stated.get().equals(chosen)) {
        Source winnerSource = source.apply(winner.record());
        found.add(
            Discrepancy.of(
                DiscrepancyKind.SOURCES_DISAGREE,
                claim(
                    attribute,
                    stated.get(),
                    source.apply(member.record()),
                    Confidence.DISPUTED,
                    member.input().name()),
                claim(
                    attribute,
                    chosen,
                    winnerSource,
                    winnerSource.isSeed() ? Confidence.SECONDARY : Confidence.CONFIRMED,
                    winner.input().name())));
        conflict = true;
      }
    }
    if (conflict) {
      conflicts.put(attribute.id(), id);
    }
    return winner == null ? members.get(0) : winner;
  }

  /** Every claim the reconciler makes is made here. */
  private static Claim claim(
      ClaimAttribute attribute,
      String value,
      Source source,
      Confidence confidence,
      String catalog) {
    return Claim.builder()
        .attribute(attribute)
        .value(value)
        .source(source)
        .confidence(confidence)
        .note("as stated by the catalog '" + catalog + "'")
        .build();
  }

  private static boolean hasMember(List<? extends Member<?>> members, TrustedCatalog input) {
    for (Member<?> member : members) {
      if (member.input().name().equals(input.name())) {
        return true;
      }
    }
    return false;
  }

  private ProbableMatch probable(
      String kind, String entry, TrustedCatalog input, String id, String reason) {
    return ImmutableProbableMatch.builder()
        .kind(kind)
        .entry(entry)
        .catalog(input.name())
        .id(id)
        .reason(reason)
        .build();
  }

  /** The value of a key known to be present. */
  private static <K, V> V present(Map<K, V> map, K key) {
    return Objects.requireNonNull(map.get(key), "reconciler state lost a key");
  }

  /** A record and the catalog it comes from. */
  private record Member<T>(TrustedCatalog input, T record) {}
}
