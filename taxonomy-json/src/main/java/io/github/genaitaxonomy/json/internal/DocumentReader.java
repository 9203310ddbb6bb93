package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.json.CatalogFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JacksonException;

/** Reads a whole {@code genai-taxonomy/1} document into a validated catalog. */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads the document at the parser's current token (or its first token, before any is read).
   *
   * @param wholeInput whether the document must be the whole input, with nothing after it
   * @throws CatalogFormatException for any problem, at its path, line and column
   */
  public static Catalog read(JsonParser p, boolean ignoreUnknown, boolean wholeInput) {
    Decoder d = new Decoder(p, ignoreUnknown, 0);
    try {
      if (p.currentToken() == null && p.nextToken() == null) {
        throw Decoder.errorAt(
            "$", Position.START, "empty input: expected a " + Wire.FORMAT + " document", null);
      }
      Catalog catalog = document(d);
      if (wholeInput) {
        d.end(
            "trailing content after the document", "expected the end of the input but found ");
      }
      return catalog;
    } catch (JacksonException e) {
      throw d.fromJackson(e);
    }
  }

  /**
   * Reads the whole input, a document, quickly: returns the catalog that {@link #read(JsonParser,
   * boolean, boolean) read(parser, ignoreUnknown, true)} returns for the same input, or throws
   * some runtime exception where it throws a {@link CatalogFormatException}, or the same I/O
   * failure. The exception does not locate the problem: read the same input again with {@link
   * #read(JsonParser, boolean, boolean)} to report it.
   *
   * @param p a parser before its first token, which need not reject duplicate keys: the decoder
   *     does
   */
  public static Catalog readFast(JsonParser p, boolean ignoreUnknown) {
    Decoder d = Decoder.fast(p, ignoreUnknown, 0);
    if (p.currentToken() == null && p.nextToken() == null) {
      throw Decoder.retry();
    }
    Catalog catalog = document(d);
    if (p.nextToken() != null) {
      throw Decoder.retry();
    }
    return catalog;
  }

  private static Catalog document(Decoder d) {
    Decoder.Scope o = d.beginObject(Keys.DOCUMENT);
    if (!o.next()) {
      o.finish();
    }
    if (!o.key().equals("format")) {
      throw o.errorAt(
          o.key(),
          "the first key of a catalog document must be 'format' (\""
              + Wire.FORMAT
              + "\") but was "
              + Decoder.quote(o.key()));
    }
    format(d);
    return d.isPrecise() ? entries(d, o) : entriesFast(d, o);
  }

  /** The entries after the format, each remembered with where it and its references are. */
  private static Catalog entries(Decoder d, Decoder.Scope o) {
    CatalogAssembler assembler = new CatalogAssembler();
    while (o.next()) {
      switch (o.key()) {
        case "organizations" -> {
          d.beginArray("organizations");
          while (d.nextElement()) {
            Map<String, Position> places = start(d);
            String path = d.path();
            Position at = d.position();
            assembler.add(d.organization(), path, at, places);
          }
        }
        case "techniques" -> {
          d.beginArray("techniques");
          while (d.nextElement()) {
            Map<String, Position> places = start(d);
            String path = d.path();
            Position at = d.position();
            assembler.add(d.technique(), path, at, places);
          }
        }
        case "models" -> {
          d.beginArray("models");
          while (d.nextElement()) {
            Map<String, Position> places = start(d);
            String path = d.path();
            Position at = d.position();
            assembler.add(d.model(), path, at, places);
          }
        }
      }
    }
    o.finish();
    d.recordReferences(null);
    return assembler.build();
  }

  /**
   * {@link #entries} for a fast decoder: nothing is located, and a repeated id is left to {@link
   * Catalog.Builder#build()}, which rejects it as well.
   */
  private static Catalog entriesFast(Decoder d, Decoder.Scope o) {
    List<Organization> organizations = new ArrayList<>();
    List<Technique> techniques = new ArrayList<>();
    List<GenerativeModel> models = new ArrayList<>();
    while (o.next()) {
      switch (o.key()) {
        case "organizations" -> {
          d.beginArray("organizations");
          while (d.nextElement()) {
            organizations.add(d.organization());
          }
        }
        case "techniques" -> {
          d.beginArray("techniques");
          while (d.nextElement()) {
            techniques.add(d.technique());
          }
        }
        case "models" -> {
          d.beginArray("models");
          while (d.nextElement()) {
            models.add(d.model());
          }
        }
      }
    }
    o.finish();
    return Catalog.builder()
        .addOrganizations(organizations)
        .addTechniques(techniques)
        .addModels(models)
        .build();
  }

  private static Map<String, Position> start(Decoder d) {
    Map<String, Position> places = new HashMap<>();
    d.recordReferences(places);
    return places;
  }

  /** Checks the value of a {@code format} key. */
  static void format(Decoder d) {
    String format = d.string();
    if (!format.equals(Wire.FORMAT)) {
      throw d.error(
          "unsupported format " + Decoder.quote(format) + "; expected '" + Wire.FORMAT + "'");
    }
  }
}
