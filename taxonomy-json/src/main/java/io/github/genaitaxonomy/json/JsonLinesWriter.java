package io.github.genaitaxonomy.json;

import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.json.internal.Encoder;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a JSON Lines catalog one record at a time: the header line first, then one compact JSON
 * object per line, each ended by {@code "\n"}.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = TaxonomyJson.defaults().linesWriter(Files.newBufferedWriter(path))) {
 *   out.write(openAi);
 *   out.write(transformer);
 *   models.forEach(out::write);
 * }
 * }</pre>
 *
 * <p>Organizations and techniques must come before models, so that a reader meets every developer
 * and technique before the models that name them; an organization or technique written after a
 * model fails with {@link IllegalStateException}. References are not checked here. Not thread-safe.
 */
public final class JsonLinesWriter implements Closeable, Flushable {
  private final Writer out;
  private final ObjectMapper mapper;
  private boolean modelWritten;

  JsonLinesWriter(Writer out, ObjectMapper mapper) {
    this.out = out;
    this.mapper = mapper;
    line(Encoder::header);
  }

  /**
   * Writes an organization record.
   *
   * @throws IllegalStateException after a model
   */
  public JsonLinesWriter write(Organization organization) {
    beforeModels("organization");
    line(g -> Encoder.organizationRecord(g, organization));
    return this;
  }

  /**
   * Writes a technique record.
   *
   * @throws IllegalStateException after a model
   */
  public JsonLinesWriter write(Technique technique) {
    beforeModels("technique");
    line(g -> Encoder.techniqueRecord(g, technique));
    return this;
  }

  /** Writes a model record. */
  public JsonLinesWriter write(GenerativeModel model) {
    modelWritten = true;
    line(g -> Encoder.modelRecord(g, model));
    return this;
  }

  private void beforeModels(String type) {
    if (modelWritten) {
      throw new IllegalStateException(
          "A " + type + " record must be written before the first model record");
    }
  }

  private void line(Consumer<JsonGenerator> record) {
    try {
      try (JsonGenerator g = mapper.createGenerator(out)) {
        record.accept(g);
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      throw TaxonomyJson.unchecked(e);
    }
  }

  /** Flushes the underlying writer. */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes and closes the underlying writer. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
