package io.github.genaitaxonomy.examples;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes the built-in catalog as JSON and as JSON Lines, reads both back, and checks that nothing
 * was lost.
 *
 * <pre>{@code
 * TaxonomyJson json = TaxonomyJson.defaults();
 * String text = json.write(catalog);
 * Catalog back = json.read(text);   // equal to catalog
 * }</pre>
 *
 * <p>Exits with status 1 if a round trip changes the catalog.
 */
public final class JsonRoundTrip {
  private JsonRoundTrip() {}

  /** Round-trips {@link Edition#ALL} and prints the sizes and the start of the document. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Catalog catalog = Edition.ALL.catalog();
    TaxonomyJson json = TaxonomyJson.defaults();

    String document = json.write(catalog);
    Catalog fromJson = json.read(document);
    out.println(
        "JSON:       "
            + document.length()
            + " characters; read back "
            + fromJson
            + "; equal: "
            + fromJson.equals(catalog));
    // The same catalog always gives the same bytes.
    out.println("Stable:     " + document.equals(json.write(fromJson)));

    StringWriter lines = new StringWriter();
    json.writeLines(catalog, lines);
    Catalog fromLines = json.readLines(new StringReader(lines.toString()));
    out.println(
        "JSON Lines: "
            + lines.toString().lines().count()
            + " lines; equal: "
            + fromLines.equals(catalog));

    out.println();
    out.println("The document starts:");
    document.lines().limit(12).forEach(line -> out.println("  " + line));

    if (!fromJson.equals(catalog) || !fromLines.equals(catalog)) {
      System.exit(1);
    }
  }
}
