package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.json.CatalogFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

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
        ParserFailures.end(
            d, "trailing content after the document", "expected the end of the input but found ");
      }
      return catalog;
    } catch (JacksonException e) {
      throw ParserFailures.located(d, e);
    }
  }

  private static Catalog document(Decoder d) {
    Scope o = d.beginObject(Keys.DOCUMENT);
    if (!o.next()) {
      o.finish();
    }
    if (!o.key().equals("format")) {
      throw d.error(
          "the first key of a catalog document must be 'format' (\""
              + Wire.FORMAT
              + "\") but was "
              + Decoder.quote(o.key()));
    }
    format(d);
    return entries(d, o);
  }

  /** The entries after the format, each remembered with where it and its references are. */
  private static Catalog entries(Decoder d, Scope o) {
    CatalogAssembler assembler = new CatalogAssembler();
    while (o.next()) {
      switch (o.key()) {
        case "organizations" -> {
          d.beginArray("organizations");
          for (int i = 0; d.nextElement(); i++) {
            Places places = d.recordReferences();
            Position at = d.position();
            assembler.add(EntityFields.ORGANIZATION.readObject(d), "organizations", i, at, places);
          }
        }
        case "techniques" -> {
          d.beginArray("techniques");
          for (int i = 0; d.nextElement(); i++) {
            Places places = d.recordReferences();
            Position at = d.position();
            assembler.add(EntityFields.TECHNIQUE.readObject(d), "techniques", i, at, places);
          }
        }
        case "models" -> {
          d.beginArray("models");
          for (int i = 0; d.nextElement(); i++) {
            Places places = d.recordReferences();
            Position at = d.position();
            assembler.add(EntityFields.MODEL.readObject(d), "models", i, at, places);
          }
        }
      }
    }
    o.finish();
    return assembler.build();
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
