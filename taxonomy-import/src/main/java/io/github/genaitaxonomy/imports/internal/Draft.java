package io.github.genaitaxonomy.imports.internal;

import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * One record on its way into the catalog: a model builder without id, developers and lineage (those
 * are names until the whole input is read), and the reasons for what was left out.
 */
public final class Draft {
  /** A lineage edge whose target is still a name. */
  public record PendingEdge(LineageRelation relation, String targetName, Source source) {}

  /**
   * A developer named by the record, with the kind and the ISO 3166-1 alpha-2 country the record
   * gives it ({@code ""} for none).
   */
  public record Developer(String name, OrganizationKind kind, String country) {}

  final String record;
  final String name;
  final Source source;
  final GenerativeModel.Builder builder = GenerativeModel.builder();
  final List<Developer> developers = new ArrayList<>();
  final List<PendingEdge> lineage = new ArrayList<>();
  final List<String> reasons = new ArrayList<>();
  final String file;
  final long line;
  int index = -1;
  String id = "";

  /**
   * @param record the record's label in the report
   * @param name the model's name
   * @param source the record's source
   * @param file the name of the file the record is in
   * @param line the record's one-based line, or 0 when not known
   */
  public Draft(String record, String name, Source source, String file, long line) {
    this.record = record;
    this.file = file;
    this.line = line;
    this.name = name;
    this.source = source;
    builder.name(name).addSources(source);
  }

  /** The builder for the facts that need no resolution. */
  public GenerativeModel.Builder builder() {
    return builder;
  }

  /** Adds a developer by name. */
  public void addDeveloper(String developerName, OrganizationKind kind) {
    addDeveloper(developerName, kind, "");
  }

  /** Adds a developer by name, with the ISO 3166-1 alpha-2 code of its country. */
  public void addDeveloper(String developerName, OrganizationKind kind, String country) {
    developers.add(new Developer(developerName, kind, country));
  }

  /** Adds a lineage edge to a model named {@code targetName}, resolved within the import. */
  public void addLineage(LineageRelation relation, String targetName) {
    lineage.add(new PendingEdge(relation, targetName, source));
  }

  /** Records that a field was left out, and why. */
  public void leftOut(String reason) {
    reasons.add(reason);
  }
}
