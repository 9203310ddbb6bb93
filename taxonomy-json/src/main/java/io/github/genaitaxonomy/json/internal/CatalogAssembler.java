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
import org.jspecify.annotations.Nullable;

/**
 * Collects the entries read, rejects a repeated id where it occurs, and builds the catalog, turning
 * its {@link CatalogValidationException} into a {@link CatalogFormatException} at the offending
 * reference.
 */
public final class CatalogAssembler {
  /**
   * Where an entry was read: the array of the document it is in and its index there (a JSON Lines
   * record: no array, and its line), where its object starts, and where its references are.
   */
  private record Origin(
      String kind, @Nullable String section, int index, Position start, Places places) {
    /** {@code $.models[0]}, or {@code $} for a JSON Lines record. */
    String path() {
      return section == null ? "$" : "$." + section + "[" + index + "]";
    }

    /** {@code line 3} for a JSON Lines record, else the path: {@code $.models[0]}. */
    String label() {
      return section == null ? "line " + start.line() : path();
    }

    String where() {
      return (section == null ? "on " : "at ") + label();
    }

    /** Where the value at {@code attribute} (a path below the entry) is, or the entry's start. */
    Position place(String attribute) {
      Position at = places.find(attribute);
      return at == null ? start : at;
    }
  }

  private final List<Organization> organizations = new ArrayList<>();
  private final List<Technique> techniques = new ArrayList<>();
  private final List<GenerativeModel> models = new ArrayList<>();
  private final Map<String, Origin> origins = new HashMap<>();

  /**
   * Adds an organization read as element {@code index} of the document's array {@code section}
   * ({@code null} for a JSON Lines record), whose object starts at {@code start}.
   */
  public void add(
      Organization o, @Nullable String section, int index, Position start, Places places) {
    register("organization", o.id(), new Origin("organization", section, index, start, places));
    organizations.add(o);
  }

  /** Adds a technique. */
  public void add(Technique t, @Nullable String section, int index, Position start, Places places) {
    register("technique", t.id(), new Origin("technique", section, index, start, places));
    techniques.add(t);
  }

  /** Adds a model. */
  public void add(
      GenerativeModel m, @Nullable String section, int index, Position start, Places places) {
    register("model", m.id(), new Origin("model", section, index, start, places));
    models.add(m);
  }

  private void register(String kind, String id, Origin origin) {
    Origin previous = origins.putIfAbsent(id, origin);
    if (previous != null) {
      throw Decoder.errorAt(
          origin.path() + ".id",
          origin.place("id"),
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
    Position at = origin == null ? Position.START : origin.place(first.attribute());
    StringBuilder problem = new StringBuilder(first.message());
    if (violations.size() > 1) {
      problem.append(" (and ").append(violations.size() - 1).append(" more:");
      int shown = Math.min(violations.size(), CatalogValidationException.SHOWN_VIOLATIONS);
      for (Violation v : violations.subList(1, shown)) {
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
      if (shown < violations.size()) {
        problem.append(' ').append(violations.size() - shown).append(" not shown;");
      }
      problem.setLength(problem.length() - 1);
      problem.append(')');
    }
    return Decoder.errorAt(path, at, problem.toString(), e);
  }
}
