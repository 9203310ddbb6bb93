package io.github.genaitaxonomy.json;

import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.json.internal.LinesDecoder;
import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON Lines catalog one record at a time, holding only the current record in memory
 * whatever the size of the input.
 *
 * <pre>{@code
 * try (JsonLinesReader records = TaxonomyJson.defaults().linesReader(Files.newBufferedReader(path))) {
 *   records.forEachRemaining(r -> System.out.println(r.type() + " " + r.id()));
 * }
 * }</pre>
 *
 * <p>The header line is checked on the first call to {@link #hasNext()} or {@link #next()}. Each
 * record is checked on its own (keys, types, ids, values); references between records are not
 * resolved, since that needs the whole catalog: {@link TaxonomyJson#readLines(java.io.Reader)} does
 * that. A bad line fails with a {@link CatalogFormatException} naming the line; the reader then
 * stops. Not thread-safe.
 */
public final class JsonLinesReader implements Iterator<JsonLinesRecord>, Closeable {
  private final LinesDecoder decoder;
  private @Nullable JsonLinesRecord next;

  JsonLinesReader(LinesDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * Whether another record follows; reads it.
   *
   * @throws CatalogFormatException when the header or the next line is bad
   * @throws java.io.UncheckedIOException when reading fails
   */
  @Override
  public boolean hasNext() {
    if (next == null) {
      LinesDecoder.Line line = decoder.next();
      if (line != null) {
        next = toRecord(line);
      }
    }
    return next != null;
  }

  /**
   * The next record.
   *
   * @throws NoSuchElementException at the end of the input
   * @throws CatalogFormatException when the header or the next line is bad
   */
  @Override
  public JsonLinesRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more records");
    }
    JsonLinesRecord record = next;
    next = null;
    if (record == null) {
      throw new NoSuchElementException("No more records");
    }
    return record;
  }

  /** Closes the underlying reader. */
  @Override
  public void close() {
    decoder.close();
  }

  static JsonLinesRecord toRecord(LinesDecoder.Line line) {
    Object value = line.value();
    if (value instanceof Organization o) {
      return new JsonLinesRecord.OrganizationRecord(o, line.line());
    }
    if (value instanceof Technique t) {
      return new JsonLinesRecord.TechniqueRecord(t, line.line());
    }
    return new JsonLinesRecord.ModelRecord((GenerativeModel) value, line.line());
  }
}
