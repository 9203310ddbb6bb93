package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.CatalogValidationException;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.Violation;
import io.github.genaitaxonomy.json.CatalogFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the entries read, rejects a repeated id where it occurs, and builds the catalog,
 * turning its {@link CatalogValidationException} into a {@link CatalogFormatException} at the
 * offending reference.
 */
public final class CatalogAssembler {
  /** Where an entry was read: its path, where its object starts, and where its references are. */
  private record Origin(String kind, String path, Position start, Map<String, Position> places) {
    /** {@code line 3} for a JSON Lines record, else the path: {@code $.models[0]}. */
    String label() {
      return path.equals("$") ? "line " + start.line() : path;
    }

    String where() {
      return (path.equals("$") ? "on " : "at ") + label();
    }

    Position place(String path) {
      return places.getOrDefault(path, start);
    }
  }

  private final List<Organization> organizations = new ArrayList<>();
  private final List<Technique> techniques = new ArrayList<>();
  private final List<GenerativeModel> models = new ArrayList<>();
  private final Map<String, Origin> origins = new HashMap<>();

  /** Adds an organization read at {@code path}; {@code places} maps reference paths to places. */
  public void add(Organization o, String path, Position start, Map<String, Position> places) {
    register("organization", o.id(), path, start, places);
    organizations.add(o);
  }

  /** Adds a technique. */
  public void add(Technique t, String path, Position start, Map<String, Position> places) {
    register("technique", t.id(), path, start, places);
    techniques.add(t);
  }

  /** Adds a model. */
  public void add(GenerativeModel m, String path, Position start, Map<String, Position> places) {
    register("model", m.id(), path, start, places);
    models.add(m);
  }

  private void register(
      String kind, String id, String path, Position start, Map<String, Position> places) {
    Origin origin = new Origin(kind, path, start, places);
    Origin previous = origins.putIfAbsent(id, origin);
    if (previous != null) {
      String idPath = path + ".id";
      throw Decoder.errorAt(
          idPath,
          origin.place(idPath),
          "duplicate id "
              + Decoder.quote(id)
              + ": the "
              + kind
              + " reuses the id of the "
              + previous.kind()
              + " "
              + previous.where(),
          null);
    }
  }

  /** The catalog, validated. */
  public Catalog build() {
    try {
      return Catalog.builder()
          .addOrganizations(organizations)
          .addTechniques(techniques)
          .addModels(models)
          .build();
    } catch (CatalogValidationException e) {
      throw translate(e);
    }
  }

  private CatalogFormatException translate(CatalogValidationException e) {
    List<Violation> violations = e.violations();
    Violation first = violations.get(0);
    Origin origin = origins.get(first.subject());
    String path = origin == null ? "$" : origin.path() + "." + first.attribute();
    Position at = origin == null ? Position.START : origin.place(path);
    StringBuilder problem = new StringBuilder(first.message());
    if (violations.size() > 1) {
      problem.append(" (and ").append(violations.size() - 1).append(" more:");
      for (Violation v : violations.subList(1, violations.size())) {
        Origin o = origins.get(v.subject());
        problem
            .append(' ')
            .append(o == null ? v.subject() : o.label())
            .append('.')
            .append(v.attribute())
            .append(": ")
            .append(v.message())
            .append(';');
      }
      problem.setLength(problem.length() - 1);
      problem.append(')');
    }
    return Decoder.errorAt(path, at, problem.toString(), e);
  }
}
