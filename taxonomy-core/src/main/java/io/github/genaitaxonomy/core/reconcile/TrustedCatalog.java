package io.github.genaitaxonomy.core.reconcile;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.internal.Ids;
import org.immutables.value.Value;

/**
 * A catalog to reconcile, with a name for the report and its trust: higher wins.
 *
 * <pre>{@code
 * TrustedCatalog.of("curated", 2, Edition.ALL.catalog())
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class TrustedCatalog {
  TrustedCatalog() {}

  /** Kebab-case name, unique among the catalogs reconciled: {@code epoch}. */
  @Value.Parameter
  public abstract String name();

  /** How much the catalog is trusted; of two that state a fact, the higher wins. */
  @Value.Parameter
  public abstract int trust();

  /** The catalog. */
  @Value.Parameter
  public abstract Catalog catalog();

  @Value.Check
  void check() {
    Ids.checkKebabCase(name(), "TrustedCatalog", "name");
  }

  /** The catalog with its name and trust. */
  public static TrustedCatalog of(String name, int trust, Catalog catalog) {
    return ImmutableTrustedCatalog.of(name, trust, catalog);
  }
}
