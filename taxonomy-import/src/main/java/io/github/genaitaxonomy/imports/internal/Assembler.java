package io.github.genaitaxonomy.imports.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.imports.ImportException;
import io.github.genaitaxonomy.imports.ImportMode;
import io.github.genaitaxonomy.imports.ImportReport;
import io.github.genaitaxonomy.imports.ImportResult;
import io.github.genaitaxonomy.imports.ImportSink;
import io.github.genaitaxonomy.imports.ImportSummary;
import io.github.genaitaxonomy.imports.Outcome;
import io.github.genaitaxonomy.imports.ReportEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns the records of one input into organizations, models and report entries, in reading order,
 * in two passes over the same records.
 *
 * <p>The first pass gives every record its id, checks each model on its own and keeps only what the
 * second pass needs, compactly (the ids, the names, which records built, the organizations and the
 * lineage edges as numbers): about 60 bytes per record. The second pass, over the same records
 * again, gives a sink the organizations the imported models name, then each model with its lineage
 * resolved, then its report entry. An importer that can read its input twice streams it with {@link
 * #stream}; one that holds its records uses {@link #Assembler(ImportMode)} and {@link #finish()},
 * which replays them.
 *
 * <p>Id rule: a model's id is the {@link Slugs slug} of its name; the second model with the same
 * slug gets {@code -2}, the third {@code -3}, and so on, skipping ids already taken. An
 * organization's id is the slug of its name, with {@code -org} appended while a model has that id;
 * organizations with the same id are one organization, named as the first record that names it
 * spells it, with that record's source, and with the first kind other than {@code unknown} and the
 * first country that a record gives it. Lineage targets are resolved by exact name, then by slug,
 * among the models of the import; a target that resolves to nothing is reported as dangling and
 * left out, and so is an edge that would close a cycle (the edge met last by a depth-first walk
 * from the records in reading order, following edges in reading order).
 */
public final class Assembler {
  private static final int DROPPED = -1;
  private static final int DANGLING = -2;
  private static final int CYCLE = -3;

  private final ImportMode mode;

  /** The records of an input read in memory, replayed by {@link #finish()}; null when streaming. */
  private final @Nullable List<Object> held;

  /** Where the second pass puts what it gives; none during the first. */
  private @Nullable ImportSink sink;

  // Kept from the first pass for the second. Entry d of ids is the id of model draft d.
  private final StringTable ids = new StringTable();
  private final BitSet built = new BitSet();
  private final StringTable organizations = new StringTable();
  private final List<String> organizationNames = new ArrayList<>();
  private final List<Source> organizationSources = new ArrayList<>();
  private final List<OrganizationKind> organizationKinds = new ArrayList<>();
  private final List<String> organizationCountries = new ArrayList<>();
  private final BitSet organizationsUsed = new BitSet();

  /** Per id, the next suffix to try for another model with that slug. */
  private int[] nextSuffix = new int[16];

  /** Per draft, the hash of its name, to tell that the second reading gives the same records. */
  private int[] nameHashes = new int[16];

  // Only for the first pass: names and lineage targets, and the edges by number.
  private @Nullable StringTable names = new StringTable();
  private int[] firstDraftNamed = new int[16];
  private ImmutableIntArray.@Nullable Builder edgeFrom = ImmutableIntArray.builder();
  private ImmutableIntArray.@Nullable Builder edgeName = ImmutableIntArray.builder();

  /** After the first pass, per edge: the target draft, or {@link #DANGLING} and the like. */
  private int[] edgeTarget = new int[0];

  private int drafts;
  private int emitted;
  private int edges;
  private int imported;
  private int importedPartially;
  private int skipped;
  private int dangling;

  /**
   * An assembler for records held in memory: {@link #add} and {@link #skip} each record once, then
   * {@link #finish()}.
   *
   * @param mode what to do with a record that cannot be imported
   */
  public Assembler(ImportMode mode) {
    this(mode, new ArrayList<>());
  }

  private Assembler(ImportMode mode, @Nullable List<Object> held) {
    this.mode = mode;
    this.held = held;
  }

  /**
   * Streams one input to {@code sink}: {@code reader} is called twice and must {@link #add} and
   * {@link #skip} the same records in the same order each time.
   *
   * @throws ImportException what {@code reader} throws; in {@link ImportMode#STRICT}, at the first
   *     record that cannot be imported, before the sink is given anything; and when the second
   *     reading does not give the records of the first
   */
  public static ImportSummary stream(
      ImportMode mode, ImportSink sink, String input, Consumer<Assembler> reader) {
    Assembler assembler = new Assembler(mode, null);
    reader.accept(assembler);
    assembler.startSecondPass(sink);
    reader.accept(assembler);
    return assembler.summary(input);
  }

  /** Adds a record that will become a model unless its facts fail the model's own checks. */
  public void add(Draft draft) {
    ImportSink second = sink;
    if (second != null) {
      emit(draft, second);
      return;
    }
    if (held != null) {
      held.add(draft);
    }
    int d = drafts++;
    String slug = Slugs.of(draft.name);
    int base = ids.indexOf(slug);
    String id = slug;
    if (base >= 0) {
      int n = Math.max(2, nextSuffix[base]);
      while (ids.indexOf(slug + "-" + n) >= 0) {
        n++;
      }
      nextSuffix[base] = n + 1;
      id = slug + "-" + n;
    }
    ids.add(id);
    nextSuffix = grown(nextSuffix, d);
    nameHashes = grown(nameHashes, d);
    nameHashes[d] = draft.name.hashCode();
    StringTable n = requireFirstPass(names);
    int name = n.add(draft.name);
    if (name == n.size() - 1) {
      firstDraftNamed = grown(firstDraftNamed, name);
      firstDraftNamed[name] = d;
    } else if (firstDraftNamed[name] < 0) {
      firstDraftNamed[name] = d;
    }
    List<String> developers = new ArrayList<>();
    for (Draft.Developer developer : draft.developers) {
      String organizationSlug = Slugs.of(developer.name());
      int o = organizations.add(organizationSlug);
      if (o == organizationNames.size()) {
        organizationNames.add(developer.name());
        organizationSources.add(draft.source);
        organizationKinds.add(OrganizationKind.UNKNOWN);
        organizationCountries.add("");
      }
      if (organizationKinds.get(o) == OrganizationKind.UNKNOWN) {
        organizationKinds.set(o, developer.kind());
      }
      if (organizationCountries.get(o).isEmpty()) {
        organizationCountries.set(o, developer.country());
      }
      if (!developers.contains(organizationSlug)) {
        developers.add(organizationSlug);
      }
    }
    try {
      draft.builder.id(id).developers(developers).build();
      built.set(d);
      for (String developer : developers) {
        organizationsUsed.set(organizations.indexOf(developer));
      }
    } catch (IllegalArgumentException e) {
      if (mode == ImportMode.STRICT) {
        throw new ImportException(draft.file, draft.record, draft.line, message(e), e);
      }
    }
    for (Draft.PendingEdge edge : draft.lineage) {
      int target = n.add(edge.targetName());
      if (target == n.size() - 1) {
        firstDraftNamed = grown(firstDraftNamed, target);
        firstDraftNamed[target] = -1;
      }
      requireFirstPass(edgeFrom).add(d);
      requireFirstPass(edgeName).add(target);
    }
  }

  /**
   * Adds a record that is not imported, with the reason.
   *
   * @param file the name of the file the record is in
   * @param line the record's one-based line, or 0 when not known
   * @throws ImportException in {@link ImportMode#STRICT}
   */
  public void skip(String file, String record, long line, String reason) {
    ImportSink second = sink;
    if (second != null) {
      skipped++;
      second.entry(new ReportEntry(record, Outcome.SKIPPED, ImmutableList.of(reason)));
      return;
    }
    if (mode == ImportMode.STRICT) {
      throw new ImportException(file, record, line, reason, null);
    }
    if (held != null) {
      held.add(new Skip(file, record, line, reason));
    }
  }

  /**
   * Builds the catalog and the report of the records added.
   *
   * @throws IllegalStateException when this assembler streams or has finished
   */
  public ImportResult finish() {
    CatalogSink catalog = new CatalogSink();
    finish(catalog);
    return catalog.result();
  }

  /**
   * Gives {@code sink} the organizations, models and report entries of the records added.
   *
   * @throws IllegalStateException when this assembler streams or has finished
   */
  public ImportSummary finish(ImportSink sink) {
    List<Object> records = held;
    if (records == null || this.sink != null) {
      throw new IllegalStateException("only an assembler of records held in memory finishes once");
    }
    startSecondPass(sink);
    for (Object r : records) {
      if (r instanceof Draft d) {
        add(d);
      } else {
        Skip s = (Skip) r;
        skip(s.file, s.record, s.line, s.reason);
      }
    }
    return summary("the records held");
  }

  private record Skip(String file, String record, long line, String reason) {}

  /** Resolves the lineage, drops the edges that would close a cycle, gives the organizations. */
  private void startSecondPass(ImportSink sink) {
    StringTable n = requireFirstPass(names);
    ImmutableIntArray from = requireFirstPass(edgeFrom).build();
    ImmutableIntArray name = requireFirstPass(edgeName).build();
    edgeTarget = new int[from.length()];
    int firstOfDraft = 0;
    for (int e = 0; e < edgeTarget.length; e++) {
      int d = from.get(e);
      if (e > 0 && from.get(e - 1) != d) {
        firstOfDraft = e;
      }
      int target = firstDraftNamed[name.get(e)];
      if (target < 0) {
        target = ids.indexOf(Slugs.of(n.get(name.get(e))));
      }
      if (target < 0 || !built.get(target)) {
        edgeTarget[e] = DANGLING;
      } else if (target == d || !built.get(d) || seen(firstOfDraft, e, target)) {
        edgeTarget[e] = DROPPED;
      } else {
        edgeTarget[e] = target;
      }
    }
    dropCycles(from);
    names = null;
    edgeFrom = null;
    edgeName = null;
    firstDraftNamed = new int[0];
    this.sink = sink;
    Map<String, Integer> byId = new LinkedHashMap<>();
    for (int o = organizationsUsed.nextSetBit(0); o >= 0; o = organizationsUsed.nextSetBit(o + 1)) {
      byId.putIfAbsent(organizationId(organizations.get(o)), o);
    }
    for (Map.Entry<String, Integer> e : byId.entrySet()) {
      int o = e.getValue();
      Organization.Builder organization =
          Organization.builder()
              .id(e.getKey())
              .name(organizationNames.get(o))
              .kind(organizationKinds.get(o))
              .addSources(organizationSources.get(o));
      if (!organizationCountries.get(o).isEmpty()) {
        organization.country(organizationCountries.get(o));
      }
      sink.organization(organization.build());
    }
  }

  private boolean seen(int first, int end, int target) {
    for (int e = first; e < end; e++) {
      if (edgeTarget[e] == target) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks as {@link #CYCLE} every edge that a depth-first walk meets towards a draft still on its
   * path: without those edges the graph has no cycle. Iterative, linear in drafts and edges.
   */
  private void dropCycles(ImmutableIntArray from) {
    int[] firstEdge = new int[drafts + 1];
    for (int e = 0; e < from.length(); e++) {
      firstEdge[from.get(e) + 1]++;
    }
    for (int d = 0; d < drafts; d++) {
      firstEdge[d + 1] += firstEdge[d];
    }
    byte[] state = new byte[drafts]; // 0 not seen, 1 on the path, 2 done
    int[] path = new int[drafts];
    int[] next = new int[drafts];
    for (int root = 0; root < drafts; root++) {
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      path[0] = root;
      next[0] = firstEdge[root];
      state[root] = 1;
      while (depth >= 0) {
        int d = path[depth];
        if (next[depth] == firstEdge[d + 1]) {
          state[d] = 2;
          depth--;
          continue;
        }
        int e = next[depth]++;
        int target = edgeTarget[e];
        if (target < 0) {
          continue;
        }
        if (state[target] == 1) {
          edgeTarget[e] = CYCLE;
        } else if (state[target] == 0) {
          state[target] = 1;
          depth++;
          path[depth] = target;
          next[depth] = firstEdge[target];
        }
      }
    }
  }

  private String organizationId(String slug) {
    String id = slug;
    while (ids.indexOf(id) >= 0) {
      id += "-org";
    }
    return id;
  }

  private void emit(Draft draft, ImportSink sink) {
    if (emitted >= drafts || nameHashes[emitted] != draft.name.hashCode()) {
      throw changed(draft);
    }
    int d = emitted++;
    List<String> reasons = new ArrayList<>(draft.reasons);
    List<LineageEdge> lineage = new ArrayList<>();
    for (Draft.PendingEdge edge : draft.lineage) {
      if (edges >= edgeTarget.length) {
        throw changed(draft);
      }
      int target = edgeTarget[edges++];
      if (target >= 0) {
        lineage.add(LineageEdge.of(edge.relation(), ids.get(target), edge.source()));
      } else if (target == DANGLING) {
        dangling++;
        sink.dangling(draft.record, edge.targetName());
        reasons.add(leftOut(edge, "resolves to no imported model"));
      } else if (target == CYCLE) {
        reasons.add(leftOut(edge, "would close a cycle"));
      }
    }
    List<String> developers = new ArrayList<>();
    for (Draft.Developer developer : draft.developers) {
      String id = organizationId(Slugs.of(developer.name()));
      if (!developers.contains(id)) {
        developers.add(id);
      }
    }
    GenerativeModel model;
    try {
      model = draft.builder.id(ids.get(d)).developers(developers).lineage(lineage).build();
    } catch (IllegalArgumentException e) {
      if (built.get(d)) {
        throw changed(draft);
      }
      skipped++;
      sink.entry(new ReportEntry(draft.record, Outcome.SKIPPED, ImmutableList.of(message(e))));
      return;
    }
    if (!built.get(d)) {
      throw changed(draft);
    }
    sink.model(model);
    if (reasons.isEmpty()) {
      imported++;
    } else {
      importedPartially++;
    }
    sink.entry(
        new ReportEntry(
            draft.record,
            reasons.isEmpty() ? Outcome.IMPORTED : Outcome.IMPORTED_PARTIALLY,
            ImmutableList.copyOf(reasons)));
  }

  private ImportSummary summary(String input) {
    if (emitted != drafts || edges != edgeTarget.length) {
      throw new ImportException(
          input,
          "",
          0,
          "the input changed while it was read: the second reading gave "
              + emitted
              + " models where the first gave "
              + drafts,
          null);
    }
    return new ImportSummary(
        imported + importedPartially + skipped, imported, importedPartially, skipped, dangling);
  }

  private ImportException changed(Draft draft) {
    return new ImportException(
        draft.file,
        draft.record,
        draft.line,
        "the input changed while it was read: the second reading differs at this record",
        null);
  }

  /** The reason an edge is left out: {@code lineage fine-tuned-from 'LLaMA-7B' <why>}. */
  private static String leftOut(Draft.PendingEdge edge, String why) {
    return "lineage "
        + edge.relation().id()
        + " '"
        + Notations.shorten(edge.targetName())
        + "' "
        + why;
  }

  private static String message(IllegalArgumentException e) {
    return String.valueOf(e.getMessage());
  }

  private static int[] grown(int[] array, int index) {
    return index < array.length ? array : Arrays.copyOf(array, Math.max(16, index * 2));
  }

  private static <T> T requireFirstPass(@Nullable T t) {
    if (t == null) {
      throw new IllegalStateException("the first pass is over");
    }
    return t;
  }

  /** Collects what an in-memory import gives into a catalog and a report. */
  private static final class CatalogSink implements ImportSink {
    private final Catalog.Builder catalog = Catalog.builder();
    private final ImmutableList.Builder<ReportEntry> entries = ImmutableList.builder();
    private final ImmutableList.Builder<String> dangling = ImmutableList.builder();

    @Override
    public void organization(Organization organization) {
      catalog.addOrganizations(organization);
    }

    @Override
    public void model(GenerativeModel model) {
      catalog.addModels(model);
    }

    @Override
    public void dangling(String record, String target) {
      dangling.add(record + " -> " + target);
    }

    @Override
    public void entry(ReportEntry entry) {
      entries.add(entry);
    }

    ImportResult result() {
      return new ImportResult(catalog.build(), new ImportReport(entries.build(), dangling.build()));
    }
  }
}
