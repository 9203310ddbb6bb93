package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.ArxivId;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.ModalityPair;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.json.CatalogFormatException;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the core types from a streaming parser, one value at a time, and reports every problem as a
 * {@link CatalogFormatException} at the JSON path, line and column of the offending value.
 *
 * <p>Each reading method starts at the parser's current token, the first token of the value, and
 * leaves the parser on the value's last token. Parser exceptions ({@code JacksonException}) pass
 * through; the callers turn them into {@link CatalogFormatException} with {@link
 * ParserFailures#located}.
 *
 * <p>Nothing is located until something fails: a path comes from the parser's stream context and a
 * line and column from its current token, when the exception is made. The only places kept are
 * where each object starts (for a missing key) and, when {@linkplain #recordReferences asked},
 * where the ids and references are, which the catalog checks once it is whole.
 *
 * <p>A parser with {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION} rejects repeated keys
 * itself; over any other parser (a plain mapper's) the decoder rejects them, also inside the values
 * it skips.
 */
public final class Decoder {
  private static final int MAX_SHOWN = 60;

  private final JsonParser p;
  private final boolean ignoreUnknown;
  private final int lineOffset;

  /** Whether the decoder rejects repeated keys, because its parser does not. */
  private final boolean checkDuplicates;

  private @Nullable Places references;

  /** Sources parsed in this read, by text. */
  private final RecentValues<Source> sources = new RecentValues<>();

  /** Signatures parsed in this read, by text. */
  private final RecentValues<ModalitySignature> signatures = new RecentValues<>();

  /**
   * A decoder over {@code parser}.
   *
   * @param ignoreUnknown whether unknown keys are skipped rather than rejected
   * @param lineOffset lines to add to the parser's line numbers (JSON Lines parses line by line)
   */
  public Decoder(JsonParser parser, boolean ignoreUnknown, int lineOffset) {
    this.p = parser;
    this.ignoreUnknown = ignoreUnknown;
    this.lineOffset = lineOffset;
    this.checkDuplicates = !parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /** The parser. */
  public JsonParser parser() {
    return p;
  }

  /** Whether unknown keys are skipped rather than rejected. */
  public boolean ignoresUnknownKeys() {
    return ignoreUnknown;
  }

  /** The lines added to the parser's line numbers. */
  public int lineOffset() {
    return lineOffset;
  }

  /** Whether the decoder rejects repeated keys, because its parser does not. */
  boolean checksDuplicates() {
    return checkDuplicates;
  }

  /**
   * Records where each id and reference (ids, parents, developers, techniques, lineage targets) of
   * the entry whose object starts at the current token is, until the next call.
   */
  public Places recordReferences() {
    Places places = new Places(p.streamReadContext().getNestingDepth(), lineOffset);
    this.references = places;
    return places;
  }

  // ---------------------------------------------------------------- locations and errors

  /** The JSON path of the current value; after an object's end, the path of that object. */
  public String path() {
    return JsonPaths.of(p.streamReadContext());
  }

  /** Where the current token starts. */
  public Position position() {
    return Position.of(p.currentTokenLocation(), lineOffset);
  }

  /** An error at the current token. */
  public CatalogFormatException error(String problem) {
    return errorAt(path(), position(), problem, null);
  }

  /** An error at the given place. */
  public static CatalogFormatException errorAt(
      String path, Position position, String problem, @Nullable Throwable cause) {
    return new CatalogFormatException(problem, path, position.line(), position.column(), cause);
  }

  /** What the current token is, for messages: {@code the string 'x'}, {@code an array}. */
  public String found() {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + quote(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shorten(p.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      default -> token.toString();
    };
  }

  static String quote(String text) {
    return "'" + shorten(text) + "'";
  }

  private static String shorten(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
  }

  private CatalogFormatException expected(String what) {
    return error("expected " + what + " but found " + found());
  }

  // ---------------------------------------------------------------- objects and arrays

  /** Starts reading the object at the current token, which must be one. */
  public Scope beginObject(Keys keys) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw expected(keys.what() + " (a JSON object)");
    }
    return new Scope(this, keys, p.currentTokenLocation());
  }

  /**
   * Goes on reading the object that starts at {@code start}, whose first key, {@code first} (one of
   * {@code keys}), was read and whose value the parser is on: a JSON Lines record, whose first key
   * says what it is.
   */
  public Scope resumeObject(Keys keys, TokenStreamLocation start, String first) {
    Scope o = new Scope(this, keys, start);
    o.resume(first);
    return o;
  }

  /**
   * Skips the value at the current token. When the parser does not reject repeated keys, rejects
   * them here, in every object of the value, as such a parser would; without recursion.
   */
  void skipValue() {
    if (!checkDuplicates) {
      p.skipChildren();
      return;
    }
    JsonToken token = p.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    // One set of names per open object, none for an array; the parser limits the depth.
    Deque<Set<String>> open = new ArrayDeque<>();
    Set<String> none = Set.of();
    open.push(token == JsonToken.START_OBJECT ? new HashSet<>() : none);
    while (!open.isEmpty()) {
      JsonToken next = p.nextToken();
      if (next == null) {
        return; // the caller's next read reports the truncated input
      }
      switch (next) {
        case PROPERTY_NAME -> {
          if (!open.peek().add(p.currentName())) {
            throw error("duplicate key " + quote(p.currentName()));
          }
        }
        case START_OBJECT -> open.push(new HashSet<>());
        case START_ARRAY -> open.push(none);
        case END_OBJECT, END_ARRAY -> open.pop();
        default -> {}
      }
    }
  }

  /** Reads the array at the current token, each element with {@code element}. */
  public <T> List<T> array(String what, Supplier<T> element) {
    beginArray(what);
    List<T> values = new ArrayList<>();
    while (nextElement()) {
      values.add(element.get());
    }
    return values;
  }

  /** Whether the array at the current token has another element; moves onto it. */
  public boolean nextElement() {
    return p.nextToken() != JsonToken.END_ARRAY;
  }

  /** Checks that the current token starts an array. */
  public void beginArray(String what) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw expected("an array of " + what);
    }
  }

  // ---------------------------------------------------------------- scalars

  /** A string. */
  public String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a string");
    }
    return p.getString();
  }

  /** A string, remembered as an id or a reference. */
  public String reference() {
    String id = string();
    if (references != null) {
      references.add(p.streamReadContext(), p.currentTokenLocation());
    }
    return id;
  }

  /** A month, {@code YYYY-MM}. */
  public YearMonth month() {
    String text = string();
    if (!isMonth(text)) {
      throw error("expected a month 'YYYY-MM' (01 to 12) but was " + quote(text));
    }
    return YearMonth.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10));
  }

  /** Whether {@code text} matches {@code [0-9]{4}-(0[1-9]|1[0-2])}. */
  private static boolean isMonth(String text) {
    if (text.length() != 7
        || !isDigit(text.charAt(0))
        || !isDigit(text.charAt(1))
        || !isDigit(text.charAt(2))
        || !isDigit(text.charAt(3))
        || text.charAt(4) != '-') {
      return false;
    }
    char tens = text.charAt(5);
    char ones = text.charAt(6);
    return tens == '0' ? ones >= '1' && ones <= '9' : tens == '1' && ones >= '0' && ones <= '2';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A year, a whole number from 0 to 9999. */
  public Year year() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() < 0
        || p.getIntValue() > 9999) {
      throw expected("a year (a whole number from 0 to 9999)");
    }
    return Year.of(p.getIntValue());
  }

  /**
   * An exact decimal amount: a JSON number, read as written, never through a double. A number whose
   * exponent is beyond what a decimal holds fails here, located.
   */
  public BigDecimal amount() {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw expected("a number");
    }
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw errorAt(
          path(),
          position(),
          "expected a number whose exponent a decimal can hold but found the number "
              + shorten(p.getString()),
          e);
    }
  }

  /** A source in its text form: {@code arxiv:2204.06125}, {@code doi:...}, a URL. */
  public Source source() {
    String text = string();
    return sources.get(text, t -> parsed(t, "source", Source::parse));
  }

  /**
   * {@code text} read by a core factory, whose rejection is an error here: {@code invalid <what>:}
   * and the factory's message.
   */
  <T> T parsed(String text, String what, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw errorAt(path(), position(), "invalid " + what + ": " + e.getMessage(), e);
    }
  }

  /** A list of sources. */
  public List<Source> sources() {
    return array("sources", this::source);
  }

  /** A category id. */
  public Category category() {
    String id = string();
    return Category.find(id)
        .orElseThrow(
            () ->
                error(
                    "unknown category "
                        + quote(id)
                        + "; allowed: "
                        + Category.survey().stream()
                            .map(Category::id)
                            .collect(Collectors.joining(", "))
                        + ", or '<input>-to-<output>' of modality ids"));
  }

  /** A signature in its text form, {@code text+image->text}. */
  public ModalitySignature signature() {
    String text = string();
    return signatures.get(text, t -> parsed(t, "signature", ModalitySignature::parse));
  }

  /** A modality pair in its text form, {@code text->image}. */
  public ModalityPair pair() {
    return parsed(string(), "modality pair", ModalityPair::parse);
  }

  /** An arXiv id. */
  public ArxivId arxivId() {
    String text = string();
    try {
      return ArxivId.of(text);
    } catch (IllegalArgumentException e) {
      throw errorAt(
          path(),
          position(),
          "expected an arXiv id such as '2204.06125' or 'hep-th/9901001' but was " + quote(text),
          e);
    }
  }
}
