package io.github.genaitaxonomy.json;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.json.internal.CatalogAssembler;
import io.github.genaitaxonomy.json.internal.DocumentReader;
import io.github.genaitaxonomy.json.internal.LinesDecoder;
import io.github.genaitaxonomy.json.internal.Position;
import io.github.genaitaxonomy.json.internal.Utf8Check;
import io.github.genaitaxonomy.json.internal.Wire;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes catalogs in the versioned {@code genai-taxonomy/1} JSON format and its JSON
 * Lines form, strictly, within fixed input limits, with one exception type for bad input.
 *
 * <pre>{@code
 * TaxonomyJson json = TaxonomyJson.defaults();
 * String text = json.write(catalog);           // same catalog, same bytes
 * Catalog back = json.read(text);              // equal to catalog
 *
 * TaxonomyJson lenient = TaxonomyJson.builder().ignoreUnknownKeys(true).build();
 * }</pre>
 *
 * <p>Writing gives the documented layout: two-space indent, {@code "\n"} line ends and a final
 * newline, UTF-8, keys in a fixed order. Reading accepts only a valid catalog: any problem, from
 * malformed JSON to a dangling reference, fails with a {@link CatalogFormatException} naming the
 * JSON path, line and column; a partial catalog is never returned. Unknown keys are rejected unless
 * {@link Builder#ignoreUnknownKeys(boolean)} is set. A failing stream is reported as {@link
 * UncheckedIOException}. Methods never close a stream they were given, except the {@link
 * JsonLinesReader} and {@link JsonLinesWriter} returned for one.
 *
 * <p>Input limits, per document or JSON Lines line: nesting depth {@value #MAX_NESTING_DEPTH},
 * string length {@value #MAX_STRING_LENGTH} characters, key length {@value #MAX_NAME_LENGTH},
 * number length {@value #MAX_NUMBER_LENGTH} characters, document length {@value
 * #DEFAULT_MAX_DOCUMENT_LENGTH} bytes or characters unless {@link Builder#maxDocumentLength(long)}
 * says otherwise; the same length bounds the whole input of {@link #readLines(Reader)}, which
 * builds the catalog in memory, while {@link #linesReader(Reader)} streams any length. Byte input
 * must be well-formed UTF-8; a byte order mark is rejected on every path.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TaxonomyJson {
  /** The value of the {@code format} key: {@value}. */
  public static final String FORMAT = Wire.FORMAT;

  /** Class-path location of the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE =
      "/io/github/genaitaxonomy/json/genai-taxonomy-1.schema.json";

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest key read, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest document (or JSON Lines line) read by default: 64 MiB, in bytes or characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private static final TaxonomyJson DEFAULTS = builder().build();

  private final boolean ignoreUnknownKeys;
  private final long maxDocumentLength;
  private final JsonMapper mapper;
  private final ObjectWriter documentWriter;

  private TaxonomyJson(Builder builder) {
    this.ignoreUnknownKeys = builder.ignoreUnknownKeys;
    this.maxDocumentLength = builder.maxDocumentLength;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(maxDocumentLength)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();
    this.mapper = JsonMapper.builder(factory).addModule(new TaxonomyModule()).build();
    this.documentWriter = mapper.writer().with(Wire.prettyPrinter());
  }

  /** Strict reading, default limits. */
  public static TaxonomyJson defaults() {
    return DEFAULTS;
  }

  /** A builder with the defaults: strict, {@value #DEFAULT_MAX_DOCUMENT_LENGTH} bytes. */
  public static Builder builder() {
    return new Builder();
  }

  /** The JSON Schema of the format, from the class path. */
  public static URL schemaUrl() {
    return Objects.requireNonNull(
        TaxonomyJson.class.getResource(SCHEMA_RESOURCE), "missing resource " + SCHEMA_RESOURCE);
  }

  /** Whether unknown keys are skipped rather than rejected. */
  public boolean ignoresUnknownKeys() {
    return ignoreUnknownKeys;
  }

  /** The longest document read, and the longest JSON Lines line (not counting its line end). */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  // ---------------------------------------------------------------- JSON documents

  /** The catalog as a document, ending with a newline. */
  public String write(Catalog catalog) {
    StringWriter out = new StringWriter();
    write(catalog, out);
    return out.toString();
  }

  /** Writes the catalog as a document to {@code out}, which stays open. */
  public void write(Catalog catalog, Writer out) {
    try {
      documentWriter.writeValue(out, catalog);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /** Writes the catalog as a UTF-8 document to {@code out}, which stays open. */
  public void write(Catalog catalog, OutputStream out) {
    try {
      documentWriter.writeValue(out, catalog);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  /** Writes the catalog as a UTF-8 document to the file, replacing it. */
  public void write(Catalog catalog, Path file) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      write(catalog, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document.
   *
   * @throws CatalogFormatException when {@code json} is not a valid catalog
   */
  public Catalog read(String json) {
    if (json.length() > maxDocumentLength) {
      throw tooLong(json);
    }
    return read(() -> mapper.createParser(json));
  }

  /** Jackson checks the document length as it loads input, which a string never needs. */
  private CatalogFormatException tooLong(String json) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < maxDocumentLength; i++) {
      if (json.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new CatalogFormatException(
        "input limit exceeded: the document is longer than the maximum of "
            + maxDocumentLength
            + " characters",
        "$",
        line,
        (int) (maxDocumentLength - lineStart) + 1,
        null);
  }

  /**
   * Reads a UTF-8 document from {@code in}, which stays open. The bytes must be well-formed UTF-8
   * without a byte order mark.
   *
   * @throws CatalogFormatException when the input is not a valid catalog
   */
  public Catalog read(InputStream in) {
    return read(() -> mapper.createParser(new Utf8Check(in)));
  }

  /**
   * Reads a document from {@code in}, which stays open.
   *
   * @throws CatalogFormatException when the input is not a valid catalog
   */
  public Catalog read(Reader in) {
    return read(() -> mapper.createParser(in));
  }

  /**
   * Reads a document from the file.
   *
   * @throws CatalogFormatException when the file is not a valid catalog
   */
  public Catalog read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a document, locating any problem. */
  private Catalog read(Supplier<JsonParser> open) {
    try (JsonParser p = open.get()) {
      return DocumentReader.read(p, ignoreUnknownKeys, true);
    } catch (JacksonException e) {
      throw unchecked(e);
    }
  }

  // ---------------------------------------------------------------- JSON Lines

  /**
   * Writes the catalog as JSON Lines to {@code out}, which stays open: the header line {@code
   * {"format":"genai-taxonomy/1","kind":"header"}}, then the organizations, the techniques and the
   * models, one record per line.
   */
  public void writeLines(Catalog catalog, Writer out) {
    JsonLinesWriter lines = linesWriter(out);
    catalog.organizations().forEach(lines::write);
    catalog.techniques().forEach(lines::write);
    catalog.models().forEach(lines::write);
    lines.flush();
  }

  /** Writes the catalog as UTF-8 JSON Lines to the file, replacing it. */
  public void writeLines(Catalog catalog, Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeLines(catalog, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a JSON Lines catalog from {@code in}, which stays open. The whole input counts against
   * {@link #maxDocumentLength()}, as a document does, since the catalog is built in memory; {@link
   * #linesReader(Reader)} streams input of any length.
   *
   * @throws CatalogFormatException when the input is not a valid catalog; the line is the line of
   *     the file
   */
  public Catalog readLines(Reader in) {
    LinesDecoder decoder =
        new LinesDecoder(in, mapper, ignoreUnknownKeys, maxDocumentLength, maxDocumentLength, true);
    CatalogAssembler assembler = new CatalogAssembler();
    for (LinesDecoder.Line line = decoder.next(); line != null; line = decoder.next()) {
      Position start = new Position(line.line(), 1);
      Object value = line.value();
      if (value instanceof Organization o) {
        assembler.add(o, null, 0, start, line.places());
      } else if (value instanceof Technique t) {
        assembler.add(t, null, 0, start, line.places());
      } else {
        assembler.add((GenerativeModel) value, null, 0, start, line.places());
      }
    }
    return assembler.build();
  }

  /**
   * Reads a UTF-8 JSON Lines catalog from the file: well-formed UTF-8 without a byte order mark.
   *
   * @throws CatalogFormatException when the file is not a valid catalog
   */
  public Catalog readLines(Path file) {
    try (Reader in =
        new InputStreamReader(new Utf8Check(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
      return readLines(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A reader of the JSON Lines records in {@code in}, one at a time; closing it closes {@code in}.
   */
  public JsonLinesReader linesReader(Reader in) {
    return new JsonLinesReader(
        new LinesDecoder(in, mapper, ignoreUnknownKeys, maxDocumentLength, Long.MAX_VALUE, false));
  }

  /**
   * A writer of JSON Lines records to {@code out}, which has written the header line; closing it
   * closes {@code out}.
   */
  public JsonLinesWriter linesWriter(Writer out) {
    return new JsonLinesWriter(out, mapper);
  }

  /** A Jackson exception that escaped the decoder, as an unchecked Java exception. */
  static RuntimeException unchecked(JacksonException e) {
    if (e.getCause() instanceof Utf8Check.MalformedUtf8 bad) {
      // Found as the parser was made, which reads ahead.
      return new CatalogFormatException(bad.problem(), "$", bad.line(), bad.column(), e);
    }
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
      return new UncheckedIOException((IOException) e.getCause());
    }
    if (e.getCause() instanceof IllegalArgumentException) {
      return (IllegalArgumentException) e.getCause();
    }
    return new IllegalStateException(e.getOriginalMessage(), e);
  }

  /**
   * Builds a {@link TaxonomyJson}.
   *
   * <pre>{@code
   * TaxonomyJson json = TaxonomyJson.builder()
   *     .ignoreUnknownKeys(true)
   *     .maxDocumentLength(1 << 20)
   *     .build();
   * }</pre>
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private boolean ignoreUnknownKeys;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;

    private Builder() {}

    /** Whether to skip unknown keys (lenient) rather than reject them (strict, the default). */
    public Builder ignoreUnknownKeys(boolean ignore) {
      this.ignoreUnknownKeys = ignore;
      return this;
    }

    /**
     * The longest document read, in bytes (or characters, for text input); also the longest JSON
     * Lines line, in characters, not counting its line end.
     *
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxDocumentLength(long length) {
      if (length <= 0) {
        throw new IllegalArgumentException(
            "TaxonomyJson.maxDocumentLength must be positive but was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /** The configured instance. */
    public TaxonomyJson build() {
      return new TaxonomyJson(this);
    }
  }
}
