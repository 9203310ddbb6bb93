package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.json.CatalogFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads JSON Lines one line at a time: the header line, then one record per line, each decoded with
 * its own parser so that only one record is held at a time.
 */
public final class LinesDecoder implements Closeable {
  /** One record read, with where it was read. */
  public record Line(String type, Object value, int line, Places places) {}

  private final Reader in;
  private final ObjectMapper mapper;
  private final boolean ignoreUnknown;
  private final long maxLineLength;
  private final long maxTotalLength;
  private long totalLength;
  private final boolean recordPlaces;
  private final char[] buffer = new char[8192];
  private int bufferStart;
  private int bufferEnd;
  private int lineNumber;
  private boolean headerRead;
  private int firstModelLine;
  private boolean ended;

  /**
   * A decoder over {@code in}, which it closes on {@link #close()}.
   *
   * @param mapper the mapper whose parsers (and limits) to use; they must reject duplicate keys
   * @param maxLineLength the longest line accepted, in characters
   * @param maxTotalLength the most characters accepted in all, line ends included
   * @param recordPlaces whether each {@link Line#places()} says where the record's ids and
   *     references are; when not, it is empty
   */
  public LinesDecoder(
      Reader in,
      ObjectMapper mapper,
      boolean ignoreUnknown,
      long maxLineLength,
      long maxTotalLength,
      boolean recordPlaces) {
    this.in = in;
    this.mapper = mapper;
    this.ignoreUnknown = ignoreUnknown;
    this.maxLineLength = maxLineLength;
    this.maxTotalLength = maxTotalLength;
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
      Decoder d = decoder(p);
      try {
        first(d, "the header line");
        Scope o = d.beginObject(Keys.HEADER);
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
        ParserFailures.end(
            d, "trailing content on the line", "one JSON object per line, but found ");
      } catch (JacksonException e) {
        throw ParserFailures.located(d, e);
      }
    }
  }

  /**
   * Reads the record on the line with one parser when its {@code type} comes first, as written;
   * else finds the type with a second parser first.
   */
  private Line record(String text) {
    try (JsonParser p = parser(text)) {
      Decoder d = decoder(p);
      try {
        first(d, "a record");
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw d.error("expected a record (a JSON object) but found " + d.found());
        }
        TokenStreamLocation start = p.currentTokenLocation();
        Scope o;
        String type;
        if (p.nextToken() == JsonToken.PROPERTY_NAME && p.currentName().equals("type")) {
          p.nextToken();
          type = type(d);
          o = d.resumeObject(recordKeys(type), start, "type");
        } else {
          type = type(text);
          try (JsonParser again = parser(text)) {
            again.nextToken();
            Decoder second = decoder(again);
            try {
              return finish(second, type, second.beginObject(recordKeys(type)), places(second));
            } catch (JacksonException e) {
              throw ParserFailures.located(second, e);
            }
          }
        }
        return finish(d, type, o, places(d));
      } catch (JacksonException e) {
        throw ParserFailures.located(d, e);
      }
    }
  }

  private Decoder decoder(JsonParser p) {
    return new Decoder(p, ignoreUnknown, lineNumber - 1);
  }

  private Places places(Decoder d) {
    return recordPlaces ? d.recordReferences() : Places.none();
  }

  /** The rest of the record of {@code type} open in {@code o}, and the end of the line. */
  private Line finish(Decoder d, String type, Scope o, Places places) {
    Object value =
        switch (type) {
          case Wire.ORGANIZATION -> {
            beforeModels(type);
            yield EntityFields.ORGANIZATION.read(d, o);
          }
          case Wire.TECHNIQUE -> {
            beforeModels(type);
            yield EntityFields.TECHNIQUE.read(d, o);
          }
          default -> {
            if (firstModelLine == 0) {
              firstModelLine = lineNumber;
            }
            yield EntityFields.MODEL.read(d, o);
          }
        };
    ParserFailures.end(d, "trailing content on the line", "one JSON object per line, but found ");
    return new Line(type, value, lineNumber, places);
  }

  /** The keys of a record of {@code type}, one of the three. */
  private static Keys recordKeys(String type) {
    return switch (type) {
      case Wire.ORGANIZATION -> EntityFields.ORGANIZATION.recordKeys();
      case Wire.TECHNIQUE -> EntityFields.TECHNIQUE.recordKeys();
      default -> EntityFields.MODEL.recordKeys();
    };
  }

  private void beforeModels(String type) {
    if (firstModelLine != 0) {
      throw Decoder.errorAt(
          "$.type",
          new Position(lineNumber, 1),
          (type.equals(Wire.ORGANIZATION) ? "an " : "a ")
              + type
              + " record must come before the model records, the first of which is on line "
              + firstModelLine,
          null);
    }
  }

  /** The value of a {@code type} key, at the parser's current token. */
  private static String type(Decoder d) {
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

  /** Finds the record's {@code type}, wherever it is among the top-level keys. */
  private String type(String text) {
    try (JsonParser p = parser(text)) {
      Decoder d = decoder(p);
      try {
        p.nextToken();
        boolean format = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          format |= name.equals("format");
          p.nextToken();
          if (name.equals("type")) {
            return type(d);
          }
          p.skipChildren();
        }
        if (format) {
          throw Decoder.errorAt(
              "$.format",
              new Position(lineNumber, 1),
              "a second header line: the header comes once, on line 1, and every later line is a"
                  + " record with a 'type'",
              null);
        }
        throw Decoder.errorAt(
            "$",
            new Position(lineNumber, 1),
            "missing required key 'type' in a record; allowed: organization, technique, model",
            null);
      } catch (JacksonException e) {
        throw ParserFailures.located(d, e);
      }
    }
  }

  private void first(Decoder d, String what) {
    if (d.parser().nextToken() == null) {
      throw Decoder.errorAt(
          "$",
          new Position(lineNumber, 1),
          "blank line: expected " + what + " (a JSON object)",
          null);
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
    String line = readLineUnchecked();
    if (line != null) {
      totalLength += line.length() + 1;
      if (totalLength > maxTotalLength) {
        throw Decoder.errorAt(
            "$",
            new Position(lineNumber, 1),
            "input limit exceeded: the input is longer than "
                + maxTotalLength
                + " characters, the most read into one catalog; a JsonLinesReader streams"
                + " any length",
            null);
      }
    }
    return line;
  }

  private @Nullable String readLineUnchecked() {
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
    } catch (Utf8Check.MalformedUtf8 e) {
      throw Decoder.errorAt("$", new Position(e.line(), e.column()), e.problem(), e);
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
            lineNumber,
            maxLineLength >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) maxLineLength + 1),
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
