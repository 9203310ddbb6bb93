package io.github.genaitaxonomy.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Small, valid catalogs cut from a larger one, for tests that need a few real models and not the
 * whole catalog.
 *
 * <pre>{@code
 * Catalog fixture = CatalogFixtures.subset(Edition.ALL.catalog(), "dall-e-2", "imagen");
 * fixture.models().ids();   // [dall-e-2, imagen, clip, ...]: the two, then what they build on
 * }</pre>
 */
public final class CatalogFixtures {
  private CatalogFixtures() {}

  /**
   * The models with these ids and everything they reference, as a catalog that validates on its
   * own: their developers with the organizations' parent chains, their techniques with the
   * techniques' parent chains, and their lineage targets, models transitively (with what those
   * reference in turn).
   *
   * <p>Models come in the order given, then the models pulled in, in the source catalog's order;
   * organizations and techniques keep the source catalog's order. The work is linear in the size of
   * the result.
   *
   * @throws IllegalArgumentException if an id names no model of {@code catalog}, with the nearest
   *     known ids
   */
  public static Catalog subset(Catalog catalog, String... modelIds) {
    checkNotNull(catalog, "catalog");
    checkNotNull(modelIds, "modelIds");
    return subset(catalog, Arrays.asList(modelIds));
  }

  /**
   * The models with these ids and everything they reference, as a catalog that validates on its
   * own; see {@link #subset(Catalog, String...)}.
   *
   * @throws IllegalArgumentException if an id names no model of {@code catalog}, with the nearest
   *     known ids
   */
  public static Catalog subset(Catalog catalog, Iterable<String> modelIds) {
    checkNotNull(catalog, "catalog");
    checkNotNull(modelIds, "modelIds");
    Set<String> models = new LinkedHashSet<>();
    Set<String> organizations = new LinkedHashSet<>();
    Set<String> techniques = new LinkedHashSet<>();
    Deque<GenerativeModel> todo = new ArrayDeque<>();
    for (String id : modelIds) {
      GenerativeModel model = catalog.get(checkNotNull(id, "modelIds contains null"));
      if (models.add(model.id())) {
        todo.add(model);
      }
    }
    while (!todo.isEmpty()) {
      GenerativeModel model = todo.remove();
      model.developers().forEach(d -> withParents(d, organizations, o -> parent(catalog, o)));
      model.techniques().forEach(t -> withParents(t, techniques, t2 -> technique(catalog, t2)));
      for (LineageEdge edge : model.lineage()) {
        Optional<GenerativeModel> target = catalog.find(edge.target());
        if (target.isPresent()) {
          if (models.add(target.get().id())) {
            todo.add(target.get());
          }
        } else {
          withParents(edge.target(), techniques, t -> technique(catalog, t));
        }
      }
    }
    ImmutableList.Builder<GenerativeModel> ordered = ImmutableList.builder();
    models.forEach(id -> ordered.add(catalog.get(id)));
    return Catalog.builder()
        .addOrganizations(
            catalog.organizations().stream().filter(o -> organizations.contains(o.id())).toList())
        .addTechniques(
            catalog.techniques().stream().filter(t -> techniques.contains(t.id())).toList())
        .addModels(ordered.build())
        .build();
  }

  private static Optional<String> parent(Catalog catalog, String organizationId) {
    return catalog.organizations().find(organizationId).flatMap(Organization::parent);
  }

  private static Optional<String> technique(Catalog catalog, String techniqueId) {
    return catalog.techniques().find(techniqueId).flatMap(Technique::parent);
  }

  /** Adds {@code id} and its parents, up to the first one already in {@code ids}. */
  private static void withParents(
      String id, Set<String> ids, Function<String, Optional<String>> parent) {
    Optional<String> current = Optional.of(id);
    while (current.isPresent() && ids.add(current.get())) {
      current = parent.apply(current.get());
    }
  }
}
