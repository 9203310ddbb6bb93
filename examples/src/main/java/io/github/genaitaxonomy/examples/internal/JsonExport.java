package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.Writer;

/**
 * The catalog in the {@code genai-taxonomy/1} JSON and JSON Lines formats of
 * {@code taxonomy-json}, with its default settings.
 *
 * <pre>{@code
 * String json = JsonExport.write(catalog);
 * JsonExport.writeLines(catalog, writer);   // one entity per line
 * }</pre>
 */
public final class JsonExport {
  private JsonExport() {}

  /** The catalog as one JSON document. */
  public static String write(Catalog catalog) {
    return TaxonomyJson.defaults().write(catalog);
  }

  /** The catalog as JSON Lines, one organization, technique or model per line. */
  public static void writeLines(Catalog catalog, Writer out) {
    TaxonomyJson.defaults().writeLines(catalog, out);
  }
}
