package io.github.genaitaxonomy.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;

/**
 * Every key of one type of object, in write order, each with its reader and writer: the one place a
 * key is spelled, read by {@link Decoder} and written by {@link Encoder}. The schema and {@code
 * docs/format.md} are tested against it.
 *
 * <pre>{@code
 * FieldTable<Organization, Organization.Builder> table = EntityFields.ORGANIZATION;
 * table.write(generator, organization);
 * Organization read = table.readObject(decoder);
 * }</pre>
 *
 * @param <T> the type of the object
 * @param <D> the type of its draft while it is read
 */
public final class FieldTable<T, D> {
  private final ImmutableList<Field<T, D>> fields;
  private final Keys keys;
  private final Keys recordKeys;
  private final Supplier<D> draft;
  private final BiFunction<Scope, D, T> build;

  /**
   * A table of {@code fields}, in write order.
   *
   * @param what the object with its article, for messages: {@code an organization}
   * @param draft a fresh draft to read into
   * @param build the object from its complete draft, after the object's end; invariant failures go
   *     through {@link Scope#build}
   */
  public FieldTable(
      String what, Supplier<D> draft, BiFunction<Scope, D, T> build, List<Field<T, D>> fields) {
    this.fields = ImmutableList.copyOf(fields);
    ImmutableMap.Builder<String, String> renames = ImmutableMap.builder();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    ImmutableList.Builder<String> required = ImmutableList.builder();
    for (Field<T, D> field : fields) {
      names.add(field.name());
      if (field.required()) {
        required.add(field.name());
      }
      if (!field.attribute().equals(field.name())) {
        renames.put(field.attribute(), field.name());
      }
    }
    this.keys = Keys.of(what, names.build(), required.build(), renames.buildOrThrow());
    this.recordKeys = keys.plus("type");
    this.draft = draft;
    this.build = build;
  }

  /** The fields, in write order. */
  public ImmutableList<Field<T, D>> fields() {
    return fields;
  }

  /** The keys of the object. */
  public Keys keys() {
    return keys;
  }

  /** The keys of the object as a JSON Lines record: the keys and {@code type}. */
  public Keys recordKeys() {
    return recordKeys;
  }

  /** Reads the object at the decoder's current token. */
  public T readObject(Decoder d) {
    return read(d, d.beginObject(keys));
  }

  /**
   * Reads the rest of the object open in {@code o}: each known key with its field's reader; a
   * {@code type} key of a JSON Lines record, which comes after the fields, is skipped, having been
   * read.
   */
  public T read(Decoder d, Scope o) {
    D value = draft.get();
    while (o.next()) {
      int i = o.index();
      if (i < fields.size()) {
        fields.get(i).reader().accept(d, value);
      } else {
        o.skip();
      }
    }
    o.finish();
    return build.apply(o, value);
  }

  /** Writes every field of {@code value} in order, without the enclosing braces. */
  public void write(JsonGenerator g, T value) {
    for (Field<T, D> field : fields) {
      field.writer().accept(g, value);
    }
  }

  /** Writes {@code value} as an object. */
  public void writeObject(JsonGenerator g, T value) {
    g.writeStartObject();
    write(g, value);
    g.writeEndObject();
  }

  /** Writes the key {@code name} and {@code value} as an object. */
  public void writeProperty(JsonGenerator g, String name, T value) {
    g.writeName(name);
    writeObject(g, value);
  }
}
