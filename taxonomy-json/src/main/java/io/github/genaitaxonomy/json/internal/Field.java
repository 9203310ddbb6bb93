package io.github.genaitaxonomy.json.internal;

import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;

/**
 * One key of an object of the format: its wire name, whether it must be present, the core attribute
 * it holds, how its value is read into a draft of the object, and how it is written from the
 * object. A {@link FieldTable} lists them in write order.
 *
 * <pre>{@code
 * Field.required("name", (Decoder d, Organization.Builder b) -> b.name(d.string()),
 *     (g, o) -> g.writeStringProperty("name", o.name()))
 * }</pre>
 *
 * @param name the key
 * @param required whether the key must be present
 * @param attribute the core attribute whose invariant failures are reported at this key
 * @param reader reads the value at the parser's current token into the draft
 * @param writer writes the key and its value, or nothing when the value is absent or empty
 * @param <T> the type of the object
 * @param <D> the type of its draft while it is read: a builder
 */
public record Field<T, D>(
    String name,
    boolean required,
    String attribute,
    BiConsumer<Decoder, D> reader,
    BiConsumer<JsonGenerator, T> writer) {

  /** A key that must be present, holding the attribute of the same name. */
  public static <T, D> Field<T, D> required(
      String name, BiConsumer<Decoder, D> reader, BiConsumer<JsonGenerator, T> writer) {
    return new Field<>(name, true, name, reader, writer);
  }

  /** A key that may be left out, holding the attribute of the same name. */
  public static <T, D> Field<T, D> optional(
      String name, BiConsumer<Decoder, D> reader, BiConsumer<JsonGenerator, T> writer) {
    return new Field<>(name, false, name, reader, writer);
  }

  /**
   * This key, holding the core attribute {@code attribute}: {@code category} holds {@code
   * surveyCategory}.
   */
  public Field<T, D> holding(String attribute) {
    return new Field<>(name, required, attribute, reader, writer);
  }
}
