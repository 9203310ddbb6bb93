package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.ArxivId;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.InvalidAttributeException;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalityPair;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.SourceKind;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.TechniqueKind;
import io.github.genaitaxonomy.core.Unit;
import io.github.genaitaxonomy.json.CatalogFormatException;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads the core types from a streaming parser, one value at a time, and reports every problem as a
 * {@link CatalogFormatException} at the JSON path, line and column of the offending value.
 *
 * <p>Each reading method starts at the parser's current token, the first token of the value, and
 * leaves the parser on the value's last token. Parser exceptions ({@code JacksonException}) pass
 * through; the callers turn them into {@link CatalogFormatException} with {@link
 * #fromJackson(JacksonException)}.
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

  /** The slots of {@link #parsedSources} and of {@link #parsedSignatures}; a power of two. */
  private static final int PARSED = 256;

  private final JsonParser p;
  private final boolean ignoreUnknown;
  private final int lineOffset;

  /** Whether the decoder rejects repeated keys, because its parser does not. */
  private final boolean checkDuplicates;

  private @Nullable Places references;

  /**
   * Sources and signatures parsed lately, each text followed by its value, in the slot its hash
   * picks: a document repeats them (a paper is the source of a model and of its measurements, most
   * often close together), and the core's values are immutable, so one parsed value serves every
   * occurrence. Only values that parsed are kept.
   */
  private Object @Nullable [] parsedSources;

  private Object @Nullable [] parsedSignatures;

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

  /**
   * The parser's exception as a format error at the parser's place; an I/O failure ({@link
   * JacksonIOException}) is returned as it is, unless it is a {@link Utf8Check} failure, which says
   * where it is.
   */
  public RuntimeException fromJackson(JacksonException e) {
    if (e instanceof JacksonIOException) {
      if (e.getCause() instanceof Utf8Check.MalformedUtf8 bad) {
        return errorAt("$", new Position(bad.line() + lineOffset, bad.column()), bad.problem(), e);
      }
      return e;
    }
    String original = original(e);
    if (e instanceof StreamConstraintsException) {
      return errorAt(path(), at(e), "input limit exceeded: " + original, e);
    }
    if (original.startsWith("Duplicate Object property")) {
      // The parser has read the repeated key, and its context names it; the exception is located
      // just after the key's closing quote, so the key starts its length and two quotes before
      // (exactly so for a key written without escapes).
      String name = p.streamReadContext() == null ? null : p.streamReadContext().currentName();
      Position after = at(e);
      if (name == null) {
        return errorAt(path(), after, "duplicate key: " + original, e);
      }
      Position key = new Position(after.line(), Math.max(1, after.column() - name.length() - 2));
      return errorAt(path(), key, "duplicate key " + quote(name), e);
    }
    return errorAt(path(), at(e), "malformed JSON: " + original, e);
  }

  /**
   * The parser's message without the location Jackson appends ({@code [Source: REDACTED ...]}),
   * which this exception states itself.
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
  private Position at(JacksonException e) {
    return e.getLocation() == null ? position() : Position.of(e.getLocation(), lineOffset);
  }

  /**
   * Checks that the input ends after the value just read. Anything else is an error {@code trailing
   * + ": " + expectation + found()}; malformed content after the value is {@code trailing + ": "}
   * and the parser's message; I/O failures and input limits are reported as in {@link
   * #fromJackson(JacksonException)}.
   */
  public void end(String trailing, String expectation) {
    try {
      if (p.nextToken() != null) {
        throw error(trailing + ": " + expectation + found());
      }
    } catch (JacksonException e) {
      if (e instanceof JacksonIOException || e instanceof StreamConstraintsException) {
        throw fromJackson(e);
      }
      throw errorAt("$", at(e), trailing + ": " + original(e), e);
    }
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
    return new Scope(keys, p.currentTokenLocation());
  }

  /**
   * Goes on reading the object that starts at {@code start}, whose first key, {@code first} (one of
   * {@code keys}), was read and whose value the parser is on: a JSON Lines record, whose first key
   * says what it is.
   */
  public Scope resumeObject(Keys keys, TokenStreamLocation start, String first) {
    Scope o = new Scope(keys, start);
    o.seen[keys.indexOf(first)] = true;
    if (o.names != null) {
      o.names.add(first);
    }
    o.key = first;
    return o;
  }

  /**
   * Skips the value at the current token. When the parser does not reject repeated keys, rejects
   * them here, in every object of the value, as such a parser would; without recursion.
   */
  private void skipValue() {
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

  /**
   * The keys of one JSON object being read: which were seen, and where the object starts. Its
   * errors about the object as a whole are made after the object's end, where the parser's context
   * gives the object's path.
   */
  public final class Scope {
    private final Keys keys;
    private final TokenStreamLocation start;
    private final boolean[] seen;

    /** Every key read, when the decoder rejects repeated keys itself. */
    private final @Nullable Set<String> names;

    private String key = "";

    Scope(Keys keys, TokenStreamLocation start) {
      this.keys = keys;
      this.start = start;
      this.seen = new boolean[keys.names().size()];
      this.names = checkDuplicates ? new HashSet<>() : null;
    }

    /**
     * Moves to the value of the next known key and returns {@code true}, or returns {@code false}
     * at the end of the object. Rejects unknown keys, or skips them when lenient.
     */
    public boolean next() {
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        if (names != null && !names.add(name)) {
          throw error("duplicate key " + quote(name) + " in " + keys.what());
        }
        int i = keys.indexOf(name);
        if (i < 0) {
          if (!ignoreUnknown) {
            throw error(
                "unknown key "
                    + quote(name)
                    + " in "
                    + keys.what()
                    + "; allowed keys: "
                    + String.join(", ", keys.names()));
          }
          p.nextToken();
          skipValue();
          continue;
        }
        seen[i] = true;
        p.nextToken();
        key = name;
        return true;
      }
      return false;
    }

    /** The key whose value the parser is on. */
    public String key() {
      return key;
    }

    /** Skips the value of the current key. */
    public void skip() {
      skipValue();
    }

    /** At the end of the object: fails on the first required key that is missing. */
    public void finish() {
      for (String name : keys.required()) {
        if (!seen[keys.indexOf(name)]) {
          throw missing(
              "missing required key "
                  + quote(name)
                  + " in "
                  + keys.what()
                  + "; required: "
                  + String.join(", ", keys.required()));
        }
      }
    }

    /** An error about the object as a whole, after its end: at its start. */
    public CatalogFormatException missing(String problem) {
      return Decoder.errorAt(path(), Position.of(start, lineOffset), problem, null);
    }

    /**
     * An error at the value of {@code name}, after the object's end: at that key's path when it was
     * read, else at the object; located at the object's start.
     */
    public CatalogFormatException errorAt(String name, String problem) {
      return errorAt(name, "", problem, null);
    }

    private CatalogFormatException errorAt(
        String name, String suffix, String problem, @Nullable Throwable cause) {
      int i = keys.indexOf(name);
      String path = path();
      if (i >= 0 && seen[i]) {
        path = path + JsonPaths.member(name) + suffix;
      }
      return Decoder.errorAt(path, Position.of(start, lineOffset), problem, cause);
    }

    /**
     * Builds the value, after the object's end; an invariant that fails ({@link
     * InvalidAttributeException}) is reported at the key of its attribute ({@code
     * GenerativeModel.lineage[2]} at {@code .lineage[2]}), any other refusal at the object.
     */
    public <T> T build(Supplier<T> builder) {
      try {
        return builder.get();
      } catch (InvalidAttributeException e) {
        String attribute = e.attribute();
        int bracket = attribute.indexOf('[');
        String name = bracket < 0 ? attribute : attribute.substring(0, bracket);
        String suffix = bracket < 0 ? "" : attribute.substring(bracket);
        throw errorAt(keys.keyOf(name), suffix, String.valueOf(e.getMessage()), e);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw Decoder.errorAt(
            path(), Position.of(start, lineOffset), String.valueOf(e.getMessage()), e);
      }
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

  /** A string naming one constant of a closed vocabulary. */
  public <E> E choice(
      String what, Function<String, Optional<E>> find, Supplier<? extends List<String>> ids) {
    String id = string();
    return find.apply(id)
        .orElseThrow(
            () ->
                error(
                    "unknown "
                        + what
                        + " "
                        + quote(id)
                        + "; allowed: "
                        + String.join(", ", ids.get())));
  }

  /** A list of distinct constants. */
  public <E> List<E> distinct(
      String what,
      Function<String, Optional<E>> find,
      Supplier<? extends List<String>> ids,
      boolean nonEmpty) {
    beginArray(what + " ids");
    List<E> values = new ArrayList<>();
    while (nextElement()) {
      E value = choice(what, find, ids);
      if (values.contains(value)) {
        throw error("repeats the " + what + " " + quote(p.getString()));
      }
      values.add(value);
    }
    if (nonEmpty && values.isEmpty()) {
      // On the array's end: its path is the array's.
      throw error("expected at least one " + what + " but the array is empty");
    }
    return values;
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
    Object[] table = parsedSources;
    if (table == null) {
      table = parsedSources = new Object[2 * PARSED];
    }
    return cached(table, text, Source.class, "source", Source::parse);
  }

  /**
   * {@link #parsed} with a cache: the value parsed from the same text lately, kept in {@code table}
   * at the text's {@link #slot}, or the text parsed now and kept there.
   */
  private <T> T cached(
      Object[] table, String text, Class<T> type, String what, Function<String, T> parse) {
    int slot = slot(text);
    if (text.equals(table[slot])) {
      return type.cast(table[slot + 1]);
    }
    T value = parsed(text, what, parse);
    table[slot] = text;
    table[slot + 1] = value;
    return value;
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

  /** Where {@code text} and its value go in {@link #parsedSources} or {@link #parsedSignatures}. */
  private static int slot(String text) {
    int h = text.hashCode();
    return ((h ^ (h >>> 16)) & (PARSED - 1)) << 1;
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

  /** A modality id. */
  public Modality modality() {
    return choice("modality", Modality::find, Modality::ids);
  }

  /** A signature in its text form, {@code text+image->text}. */
  public ModalitySignature signature() {
    String text = string();
    Object[] table = parsedSignatures;
    if (table == null) {
      table = parsedSignatures = new Object[2 * PARSED];
    }
    return cached(table, text, ModalitySignature.class, "signature", ModalitySignature::parse);
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

  // ---------------------------------------------------------------- enums

  /** An access id. */
  public Access access() {
    return choice("access", Access::find, Access::ids);
  }

  /** A confidence id. */
  public Confidence confidence() {
    return choice("confidence", Confidence::find, Confidence::ids);
  }

  /** A unit id. */
  public Unit unit() {
    return choice("unit", Unit::find, Unit::ids);
  }

  /** A lineage relation id. */
  public LineageRelation relation() {
    return choice("lineage relation", LineageRelation::find, LineageRelation::ids);
  }

  /** A discrepancy kind id. */
  public DiscrepancyKind discrepancyKind() {
    return choice("discrepancy kind", DiscrepancyKind::find, DiscrepancyKind::ids);
  }

  /** An organization kind id. */
  public OrganizationKind organizationKind() {
    return choice("organization kind", OrganizationKind::find, OrganizationKind::ids);
  }

  /** A technique kind id. */
  public TechniqueKind techniqueKind() {
    return choice("technique kind", TechniqueKind::find, TechniqueKind::ids);
  }

  /** A source kind id. */
  public SourceKind sourceKind() {
    return choice("source kind", SourceKind::find, SourceKind::ids);
  }

  // ---------------------------------------------------------------- entities

  /** An organization. */
  public Organization organization() {
    return organization(beginObject(EntityFields.ORGANIZATION.keys()));
  }

  /** The rest of an organization whose object is open in {@code o}. */
  public Organization organization(Scope o) {
    return EntityFields.ORGANIZATION.read(this, o);
  }

  /** A technique. */
  public Technique technique() {
    return technique(beginObject(EntityFields.TECHNIQUE.keys()));
  }

  /** The rest of a technique whose object is open in {@code o}. */
  public Technique technique(Scope o) {
    return EntityFields.TECHNIQUE.read(this, o);
  }

  /** A model. */
  public GenerativeModel model() {
    return model(beginObject(EntityFields.MODEL.keys()));
  }

  /** The rest of a model whose object is open in {@code o}. */
  public GenerativeModel model(Scope o) {
    return EntityFields.MODEL.read(this, o);
  }
}
