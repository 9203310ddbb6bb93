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
 * Organization read = table.read(decoder, decoder.beginObject(table.keys()));
 * }</pre>
 *
 * @param <T> the type of the object
 * @param <D> the type of its draft while it is read
 */
public final class FieldTable<T, D> {
  private final ImmutableList<Field<T, D>> fields;
  private final ImmutableMap<String, Field<T, D>> byName;
  private final Keys keys;
  private final Keys recordKeys;
  private final Supplier<D> draft;
  private final BiFunction<Decoder.Scope, D, T> build;

  /**
   * A table of {@code fields}, in write order.
   *
   * @param what the object with its article, for messages: {@code an organization}
   * @param draft a fresh draft to read into
   * @param build the object from its complete draft, after the object's end; invariant failures go
   *     through {@link Decoder.Scope#build}
   */
  public FieldTable(
      String what,
      Supplier<D> draft,
      BiFunction<Decoder.Scope, D, T> build,
      List<Field<T, D>> fields) {
    this.fields = ImmutableList.copyOf(fields);
    ImmutableMap.Builder<String, Field<T, D>> byName = ImmutableMap.builder();
    ImmutableMap.Builder<String, String> renames = ImmutableMap.builder();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    ImmutableList.Builder<String> required = ImmutableList.builder();
    for (Field<T, D> field : fields) {
      byName.put(field.name(), field);
      names.add(field.name());
      if (field.required()) {
        required.add(field.name());
      }
      if (!field.attribute().equals(field.name())) {
        renames.put(field.attribute(), field.name());
      }
    }
    this.byName = byName.buildOrThrow();
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

  /**
   * Reads the rest of the object open in {@code o}: each known key with its field's reader; a
   * {@code type} key of a JSON Lines record is skipped, having been read.
   */
  public T read(Decoder d, Decoder.Scope o) {
    D value = draft.get();
    while (o.next()) {
      Field<T, D> field = byName.get(o.key());
      if (field == null) {
        o.skip();
      } else {
        field.reader().accept(d, value);
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
}
