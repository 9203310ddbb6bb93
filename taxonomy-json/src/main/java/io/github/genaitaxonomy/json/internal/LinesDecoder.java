package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.json.CatalogFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads JSON Lines one line at a time: the header line, then one record per line, each decoded
 * with its own parser so that only one record is held at a time.
 */
public final class LinesDecoder implements Closeable {
  /** One record read, with where it was read. */
  public record Line(String type, Object value, int line, Map<String, Position> places) {}

  private final Reader in;
  private final ObjectMapper mapper;
  private final ObjectReader fastReader;
  private final boolean ignoreUnknown;
  private final long maxLineLength;
  private final boolean recordPlaces;
  private final char[] buffer = new char[8192];
  private int bufferStart;
  private int bufferEnd;
  private int lineNumber;
  private boolean headerRead;
  private int firstModelLine;
  private boolean ended;
  private int rereadLines;

  /**
   * A decoder over {@code in}, which it closes on {@link #close()}.
   *
   * @param mapper the mapper whose parsers (and limits) to use; they must reject duplicate keys
   * @param fastReader parsers for a fast first reading of each record: the mapper's, which may
   *     let duplicate keys through
   * @param maxLineLength the longest line accepted, in characters
   * @param recordPlaces whether each {@link Line#places()} says where the record's ids and
   *     references are; when not, it is empty
   */
  public LinesDecoder(
      Reader in,
      ObjectMapper mapper,
      ObjectReader fastReader,
      boolean ignoreUnknown,
      long maxLineLength,
      boolean recordPlaces) {
    this.in = in;
    this.mapper = mapper;
    this.fastReader = fastReader;
    this.ignoreUnknown = ignoreUnknown;
    this.maxLineLength = maxLineLength;
    this.recordPlaces = recordPlaces;
  }

  /**
   * The next record, or {@code null} at the end of the input.
   *
   * @throws CatalogFormatException for a bad line
   * @throws UncheckedIOException when reading fails
   */
  public @Nullable Line next() {
    if (ended) {
      return null;
    }
    try {
      return read();
    } catch (RuntimeException e) {
      ended = true;
      throw e;
    }
  }

  private @Nullable Line read() {
    if (!headerRead) {
      String header = readLine();
      if (header == null) {
        ended = true;
        throw Decoder.errorAt(
            "$",
            Position.START,
            "empty input: expected the header line {\"format\":\""
                + Wire.FORMAT
                + "\",\"kind\":\""
                + Wire.HEADER_KIND
                + "\"}",
            null);
      }
      header(header);
      headerRead = true;
    }
    String text = readLine();
    if (text == null) {
      ended = true;
      return null;
    }
    return record(text);
  }

  private void header(String text) {
    try (JsonParser p = parser(text)) {
      Decoder d = new Decoder(p, ignoreUnknown, lineNumber - 1);
      try {
        first(d, "the header line");
        Decoder.Scope o = d.beginObject(Keys.HEADER);
        while (o.next()) {
          if (o.key().equals("format")) {
            DocumentReader.format(d);
          } else if (o.key().equals("kind")) {
            String kind = d.string();
            if (!kind.equals(Wire.HEADER_KIND)) {
              throw d.error(
                  "expected the header line, whose kind is '"
                      + Wire.HEADER_KIND
                      + "', but the kind was "
                      + Decoder.quote(kind));
            }
          }
        }
        o.finish();
        d.end("trailing content on the line", "one JSON object per line, but found ");
      } catch (JacksonException e) {
        throw d.fromJackson(e);
      }
    }
  }

  private Line record(String text) {
    Line line = recordFast(text);
    if (line != null) {
      return line;
    }
    rereadLines++;
    return recordPrecisely(text);
  }

  /**
   * How many record lines so far the fast first reading could not take, and were read again
   * precisely: each bad line, and none of the lines that {@link
   * io.github.genaitaxonomy.json.TaxonomyJson} writes. A measure of the fast path, for tests and
   * benchmarks.
   */
  public int rereadLines() {
    return rereadLines;
  }

  /**
   * Reads the record on the line the fast way: the line as {@link #recordPrecisely(String)} reads
   * it, or null where that throws, for it to read the line again and report the problem.
   */
  private @Nullable Line recordFast(String text) {
    Map<String, Position> places = recordPlaces ? new HashMap<>() : Map.of();
    try {
      String type = null;
      Object value = null;
      // One pass when the type comes first, as written.
      try (JsonParser p = fastReader.createParser(text)) {
        Decoder d = fastDecoder(p, places);
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        if (p.nextToken() == JsonToken.PROPERTY_NAME && p.currentName().equals("type")) {
          if (p.nextToken() != JsonToken.VALUE_STRING) {
            return null;
          }
          type = p.getString();
          Keys keys = recordKeys(type);
          if (keys == null) {
            return null;
          }
          value = decode(d, type, d.resumeObject(keys, "type"));
          if (value == null || p.nextToken() != null) {
            return null;
          }
        }
      }
      // Else find the type first, as the precise reading does.
      if (type == null) {
        type = type(text);
        Keys keys = recordKeys(type);
        if (keys == null) {
          return null;
        }
        try (JsonParser p = fastReader.createParser(text)) {
          Decoder d = fastDecoder(p, places);
          p.nextToken();
          value = decode(d, type, d.beginObject(keys));
          if (value == null || p.nextToken() != null) {
            return null;
          }
        }
      }
      if (value == null) {
        return null;
      }
      if (value instanceof GenerativeModel && firstModelLine == 0) {
        firstModelLine = lineNumber;
      }
      return new Line(type, value, lineNumber, places);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  private Decoder fastDecoder(JsonParser p, Map<String, Position> places) {
    Decoder d = Decoder.fast(p, ignoreUnknown, lineNumber - 1);
    if (recordPlaces) {
      d.recordReferences(places);
    }
    return d;
  }

  /** The keys of a record of {@code type}, or null for an unknown type. */
  private static @Nullable Keys recordKeys(String type) {
    return switch (type) {
      case Wire.ORGANIZATION -> Keys.ORGANIZATION_RECORD;
      case Wire.TECHNIQUE -> Keys.TECHNIQUE_RECORD;
      case Wire.MODEL -> Keys.MODEL_RECORD;
      default -> null;
    };
  }

  /**
   * The rest of the record in {@code o}, for a fast decoder; null for an organization or a
   * technique after a model.
   */
  private @Nullable Object decode(Decoder d, String type, Decoder.Scope o) {
    return switch (type) {
      case Wire.ORGANIZATION -> firstModelLine != 0 ? null : d.organization(o);
      case Wire.TECHNIQUE -> firstModelLine != 0 ? null : d.technique(o);
      default -> d.model(o);
    };
  }

  /** Reads the record on the line, locating any problem. */
  private Line recordPrecisely(String text) {
    String type = type(text);
    try (JsonParser p = parser(text)) {
      Decoder d = new Decoder(p, ignoreUnknown, lineNumber - 1);
      Map<String, Position> places = recordPlaces ? new HashMap<>() : Map.of();
      if (recordPlaces) {
        d.recordReferences(places);
      }
      try {
        p.nextToken();
        Object value =
            switch (type) {
              case Wire.ORGANIZATION -> {
                beforeModels(d, type);
                yield d.organization(d.beginObject(Keys.ORGANIZATION_RECORD));
              }
              case Wire.TECHNIQUE -> {
                beforeModels(d, type);
                yield d.technique(d.beginObject(Keys.TECHNIQUE_RECORD));
              }
              default -> {
                if (firstModelLine == 0) {
                  firstModelLine = lineNumber;
                }
                yield d.model(d.beginObject(Keys.MODEL_RECORD));
              }
            };
        d.end("trailing content on the line", "one JSON object per line, but found ");
        return new Line(type, value, lineNumber, places);
      } catch (JacksonException e) {
        throw d.fromJackson(e);
      }
    }
  }

  private void beforeModels(Decoder d, String type) {
    if (firstModelLine != 0) {
      throw Decoder.errorAt(
          "$.type",
          d.position(),
          "a "
              + type
              + " record must come before the model records, the first of which is on line "
              + firstModelLine,
          null);
    }
  }

  /** Finds the record's {@code type}, wherever it is among the top-level keys. */
  private String type(String text) {
    try (JsonParser p = parser(text)) {
      Decoder d = new Decoder(p, ignoreUnknown, lineNumber - 1);
      try {
        first(d, "a record");
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw d.error("expected a record (a JSON object) but found " + d.found());
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          boolean isType = p.currentName().equals("type");
          p.nextToken();
          if (isType) {
            String type = d.string();
            if (!type.equals(Wire.ORGANIZATION)
                && !type.equals(Wire.TECHNIQUE)
                && !type.equals(Wire.MODEL)) {
              throw d.error(
                  "unknown record type "
                      + Decoder.quote(type)
                      + "; allowed: organization, technique, model");
            }
            return type;
          }
          p.skipChildren();
        }
        throw Decoder.errorAt(
            "$",
            new Position(lineNumber, 1),
            "missing required key 'type' in a record; allowed: organization, technique, model",
            null);
      } catch (JacksonException e) {
        throw d.fromJackson(e);
      }
    }
  }

  private void first(Decoder d, String what) {
    if (d.parser().nextToken() == null) {
      throw Decoder.errorAt(
          "$", new Position(lineNumber, 1), "blank line: expected " + what + " (a JSON object)", null);
    }
  }

  private JsonParser parser(String text) {
    return mapper.createParser(text);
  }

  /**
   * The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. A line
   * longer than the limit, not counting its terminator, fails as soon as that is certain.
   */
  private @Nullable String readLine() {
    // Only a line that does not end in the buffer where it starts is gathered in a builder.
    StringBuilder line = null;
    try {
      while (true) {
        if (bufferStart == bufferEnd) {
          int n = in.read(buffer);
          if (n < 0) {
            if (line == null) {
              return null;
            }
            break;
          }
          bufferStart = 0;
          bufferEnd = n;
        }
        int i = bufferStart;
        while (i < bufferEnd && buffer[i] != '\n') {
          i++;
        }
        boolean newline = i < bufferEnd;
        if (line == null && newline) {
          int start = bufferStart;
          int end = i > start && buffer[i - 1] == '\r' ? i - 1 : i;
          bufferStart = i + 1;
          if (end - start > maxLineLength) {
            throw tooLong();
          }
          lineNumber++;
          return new String(buffer, start, end - start);
        }
        if (line == null) {
          line = new StringBuilder();
        }
        line.append(buffer, bufferStart, i - bufferStart);
        bufferStart = newline ? i + 1 : i;
        // The last character gathered may yet turn out to be the '\r' of the terminator.
        if (line.length() - 1 > maxLineLength) {
          throw tooLong();
        }
        if (newline) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Not empty: a line is gathered only from a chunk that has characters.
    int length = line.length();
    if (line.charAt(length - 1) == '\r') {
      line.setLength(length - 1);
    }
    if (line.length() > maxLineLength) {
      throw tooLong();
    }
    lineNumber++;
    return line.toString();
  }

  /** The line being read is longer than the limit. */
  private CatalogFormatException tooLong() {
    lineNumber++;
    return Decoder.errorAt(
        "$",
        new Position(
            lineNumber, maxLineLength >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) maxLineLength + 1),
        "input limit exceeded: the line is longer than " + maxLineLength + " characters",
        null);
  }

  @Override
  public void close() {
    ended = true;
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
