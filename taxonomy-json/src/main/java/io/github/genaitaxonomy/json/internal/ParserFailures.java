package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.json.CatalogFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The parser's own failures (malformed JSON, a repeated key, an input limit, malformed UTF-8) as
 * {@link CatalogFormatException}s located from the exception and the parser's context when they are
 * raised, and the check that nothing follows a value.
 *
 * <pre>{@code
 * try { ... } catch (JacksonException e) { throw ParserFailures.located(decoder, e); }
 * }</pre>
 */
public final class ParserFailures {
  private ParserFailures() {}

  /**
   * The parser's exception as a format error at the parser's place; an I/O failure ({@link
   * JacksonIOException}) is returned as it is, unless it is a {@link Utf8Check} failure, which says
   * where it is.
   */
  public static RuntimeException located(Decoder d, JacksonException e) {
    if (e instanceof JacksonIOException) {
      if (e.getCause() instanceof Utf8Check.MalformedUtf8 bad) {
        return Decoder.errorAt(
            "$", new Position(bad.line() + d.lineOffset(), bad.column()), bad.problem(), e);
      }
      return e;
    }
    String original = original(e);
    if (e instanceof StreamConstraintsException) {
      return Decoder.errorAt(d.path(), at(d, e), "input limit exceeded: " + original, e);
    }
    if (original.startsWith("Duplicate Object property")) {
      // The parser has read the repeated key, and its context names it; the exception is located
      // just after the key's closing quote, so the key starts its length and two quotes before
      // (exactly so for a key written without escapes).
      JsonParser p = d.parser();
      String name = p.streamReadContext() == null ? null : p.streamReadContext().currentName();
      Position after = at(d, e);
      if (name == null) {
        return Decoder.errorAt(d.path(), after, "duplicate key: " + original, e);
      }
      Position key = new Position(after.line(), Math.max(1, after.column() - name.length() - 2));
      return Decoder.errorAt(d.path(), key, "duplicate key " + Decoder.quote(name), e);
    }
    return Decoder.errorAt(d.path(), at(d, e), "malformed JSON: " + original, e);
  }

  /**
   * Checks that the input ends after the value just read. Anything else is an error {@code trailing
   * + ": " + expectation} and what was found; malformed content after the value is {@code trailing
   * + ": "} and the parser's message; I/O failures and input limits are reported as in {@link
   * #located}.
   */
  public static void end(Decoder d, String trailing, String expectation) {
    try {
      if (d.parser().nextToken() != null) {
        throw d.error(trailing + ": " + expectation + d.found());
      }
    } catch (JacksonException e) {
      if (e instanceof JacksonIOException || e instanceof StreamConstraintsException) {
        throw located(d, e);
      }
      throw Decoder.errorAt("$", at(d, e), trailing + ": " + original(e), e);
    }
  }

  /**
   * The parser's message without the location Jackson appends ({@code [Source: REDACTED ...]}),
   * which the format error states itself.
   */
  private static String original(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int source = message.indexOf("[Source: ");
    if (source >= 0) {
      message = message.substring(0, source).strip();
      if (message.endsWith(" at")) {
        message = message.substring(0, message.length() - 3);
      }
    }
    return message;
  }

  /** Where the parser's exception happened, or the current token when it does not say. */
  private static Position at(Decoder d, JacksonException e) {
    return e.getLocation() == null ? d.position() : Position.of(e.getLocation(), d.lineOffset());
  }
}
