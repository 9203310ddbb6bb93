package io.github.genaitaxonomy.imports.internal;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.imports.ImportException;
import io.github.genaitaxonomy.imports.ImportMode;
import io.github.genaitaxonomy.imports.ImportReport;
import io.github.genaitaxonomy.imports.ImportResult;
import io.github.genaitaxonomy.imports.Outcome;
import io.github.genaitaxonomy.imports.ReportEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns drafts into a validated catalog and a report, in reading order.
 *
 * <p>Id rule: a model's id is the {@link Slugs slug} of its name; the second model with the same
 * slug gets {@code -2}, the third {@code -3}, and so on. An organization's id is the slug of its
 * name, and {@code <slug>-org} when a model has that id; organizations with the same slug are one
 * organization, whose kind is the first kind other than {@code unknown} a record gives it. Lineage
 * targets are resolved by exact name, then by slug, among the models of the import; a target that
 * resolves to nothing is reported as dangling and left out.
 */
public final class Assembler {
  /** One line per record, in reading order; a draft's line is replaced once it is built. */
  private final List<ReportEntry> entries = new ArrayList<>();

  private final List<Draft> drafts = new ArrayList<>();

  private final ImportMode mode;

  /**
   * @param mode what to do with a record that cannot be imported
   */
  public Assembler(ImportMode mode) {
    this.mode = mode;
  }

  /** Adds a record that will become a model unless its facts fail the model's own checks. */
  public void add(Draft draft) {
    drafts.add(draft);
    draft.index = entries.size();
    entries.add(new ReportEntry(draft.record, Outcome.IMPORTED, ImmutableList.of()));
  }

  /**
   * Adds a record that is not imported, with the reason.
   *
   * @param file the name of the file the record is in
   * @param line the record's one-based line, or 0 when not known
   * @throws ImportException in {@link ImportMode#STRICT}
   */
  public void skip(String file, String record, long line, String reason) {
    if (mode == ImportMode.STRICT) {
      throw new ImportException(file, record, line, reason, null);
    }
    entries.add(new ReportEntry(record, Outcome.SKIPPED, ImmutableList.of(reason)));
  }

  /** Builds the catalog and the report. */
  public ImportResult finish() {
    Map<String, Draft> byId = new LinkedHashMap<>();
    for (Draft d : drafts) {
      String slug = Slugs.of(d.name);
      String id = slug;
      for (int n = 2; byId.containsKey(id); n++) {
        id = slug + "-" + n;
      }
      byId.put(id, d);
      d.id = id;
    }
    Map<String, String> idByName = new HashMap<>();
    for (Map.Entry<String, Draft> e : byId.entrySet()) {
      idByName.putIfAbsent(e.getValue().name, e.getKey());
    }
    Map<String, Organization.Builder> organizations = new LinkedHashMap<>();
    Map<String, OrganizationKind> kinds = new HashMap<>();
    Map<String, GenerativeModel> built = new LinkedHashMap<>();
    // Pass 1: every model's own checks, without lineage.
    for (Draft d : drafts) {
      String id = d.id;
      d.builder.id(id);
      List<String> developerIds = new ArrayList<>();
      for (Draft.Developer dev : d.developers) {
        String orgSlug = Slugs.of(dev.name());
        String orgId = byId.containsKey(orgSlug) ? orgSlug + "-org" : orgSlug;
        if (!developerIds.contains(orgId)) {
          developerIds.add(orgId);
        }
        organizations.computeIfAbsent(
            orgId, k -> Organization.builder().id(k).name(dev.name()).addSources(d.source));
        if (dev.kind() != OrganizationKind.UNKNOWN) {
          kinds.putIfAbsent(orgId, dev.kind());
        }
      }
      d.builder.developers(developerIds);
      try {
        built.put(id, d.builder.build());
      } catch (IllegalArgumentException e) {
        if (mode == ImportMode.STRICT) {
          throw new ImportException(d.file, d.record, d.line, String.valueOf(e.getMessage()), e);
        }
        entries.set(
            d.index,
            new ReportEntry(
                d.record, Outcome.SKIPPED, ImmutableList.of(String.valueOf(e.getMessage()))));
      }
    }
    // Pass 2: lineage among the models that were built.
    List<String> dangling = new ArrayList<>();
    Catalog.Builder catalog = Catalog.builder();
    Set<String> usedOrganizations = new HashSet<>();
    for (Draft d : drafts) {
      String id = d.id;
      GenerativeModel model = built.get(id);
      if (model == null) {
        continue;
      }
      List<String> reasons = new ArrayList<>(d.reasons);
      Set<String> targets = new HashSet<>();
      GenerativeModel.Builder b = GenerativeModel.builder().from(model);
      for (Draft.PendingEdge edge : d.lineage) {
        String target = idByName.get(edge.targetName());
        if (target == null && byId.containsKey(Slugs.of(edge.targetName()))) {
          target = Slugs.of(edge.targetName());
        }
        if (target == null || !built.containsKey(target)) {
          dangling.add(d.record + " -> " + edge.targetName());
          reasons.add(
              "lineage "
                  + edge.relation().id()
                  + " '"
                  + Notations.shorten(edge.targetName())
                  + "' resolves to no imported model");
        } else if (!target.equals(id) && targets.add(target)) {
          b.addLineage(LineageEdge.of(edge.relation(), target, edge.source()));
        }
      }
      GenerativeModel withLineage = b.build();
      catalog.addModels(withLineage);
      usedOrganizations.addAll(withLineage.developers());
      entries.set(
          d.index,
          new ReportEntry(
              d.record,
              reasons.isEmpty() ? Outcome.IMPORTED : Outcome.IMPORTED_PARTIALLY,
              ImmutableList.copyOf(reasons)));
    }
    for (Map.Entry<String, Organization.Builder> e : organizations.entrySet()) {
      if (usedOrganizations.contains(e.getKey())) {
        catalog.addOrganizations(
            e.getValue().kind(kinds.getOrDefault(e.getKey(), OrganizationKind.UNKNOWN)).build());
      }
    }
    return new ImportResult(
        catalog.build(),
        new ImportReport(ImmutableList.copyOf(entries), ImmutableList.copyOf(dangling)));
  }
}
