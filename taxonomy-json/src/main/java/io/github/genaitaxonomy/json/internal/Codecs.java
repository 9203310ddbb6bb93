package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.ArxivId;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.CatalogStatistics;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalityPair;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.SourceKind;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.TechniqueKind;
import io.github.genaitaxonomy.core.Unit;
import io.github.genaitaxonomy.core.Violation;
import io.github.genaitaxonomy.json.CatalogFormatException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The serializers and deserializers of the Jackson module: thin adapters over {@link Encoder},
 * {@link Decoder} and the field tables.
 *
 * <p>A deserializer reports bad input as a {@link DatabindException} whose cause is the {@link
 * CatalogFormatException}, as Jackson callers expect; unknown keys are rejected only when the
 * mapper enables {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} (off by default in
 * Jackson 3).
 */
public final class Codecs {
  private Codecs() {}

  /** Value serializers for every type. */
  public static SimpleSerializers serializers() {
    SimpleSerializers s = new SimpleSerializers();
    add(s, Modality.class, Modality::id);
    add(s, Access.class, Access::id);
    add(s, Confidence.class, Confidence::id);
    add(s, Unit.class, Unit::id);
    add(s, LineageRelation.class, LineageRelation::id);
    add(s, DiscrepancyKind.class, DiscrepancyKind::id);
    add(s, OrganizationKind.class, OrganizationKind::id);
    add(s, TechniqueKind.class, TechniqueKind::id);
    add(s, SourceKind.class, SourceKind::id);
    add(s, Category.class, Category::id);
    add(s, ModalityPair.class, ModalityPair::toString);
    add(s, ModalitySignature.class, ModalitySignature::toString);
    add(s, ArxivId.class, ArxivId::value);
    add(s, Source.class, Source::toString);
    add(s, Paper.class, ValueFields.PAPER);
    add(s, Quantity.class, ValueFields.QUANTITY);
    add(s, Measurement.class, ValueFields.MEASUREMENT);
    add(s, Claim.class, ValueFields.CLAIM);
    add(s, Discrepancy.class, ValueFields.DISCREPANCY);
    add(s, LineageEdge.class, ValueFields.LINEAGE_EDGE);
    add(s, Organization.class, EntityFields.ORGANIZATION);
    add(s, Technique.class, EntityFields.TECHNIQUE);
    add(s, GenerativeModel.class, EntityFields.MODEL);
    add(s, Violation.class, ValueFields.VIOLATION);
    add(s, Classification.class, ValueFields.CLASSIFICATION);
    s.addSerializer(
        CatalogStatistics.class, serializer(CatalogStatistics.class, Encoder::statistics));
    s.addSerializer(Catalog.class, serializer(Catalog.class, Encoder::catalog));
    return s;
  }

  /** Value deserializers for every type but {@link CatalogStatistics}, which is computed. */
  public static SimpleDeserializers deserializers() {
    SimpleDeserializers s = new SimpleDeserializers();
    add(s, Modality.class, Choice.MODALITY::read);
    add(s, Access.class, Choice.ACCESS::read);
    add(s, Confidence.class, Choice.CONFIDENCE::read);
    add(s, Unit.class, Choice.UNIT::read);
    add(s, LineageRelation.class, Choice.RELATION::read);
    add(s, DiscrepancyKind.class, Choice.DISCREPANCY_KIND::read);
    add(s, OrganizationKind.class, Choice.ORGANIZATION_KIND::read);
    add(s, TechniqueKind.class, Choice.TECHNIQUE_KIND::read);
    add(s, SourceKind.class, Choice.SOURCE_KIND::read);
    add(s, Category.class, Decoder::category);
    add(s, ModalityPair.class, Decoder::pair);
    add(s, ModalitySignature.class, Decoder::signature);
    add(s, ArxivId.class, Decoder::arxivId);
    add(s, Source.class, Decoder::source);
    add(s, Paper.class, ValueFields.PAPER::readObject);
    add(s, Quantity.class, ValueFields.QUANTITY::readObject);
    add(s, Measurement.class, ValueFields.MEASUREMENT::readObject);
    add(s, Claim.class, ValueFields.CLAIM::readObject);
    add(s, Discrepancy.class, ValueFields.DISCREPANCY::readObject);
    add(s, LineageEdge.class, ValueFields.LINEAGE_EDGE::readObject);
    add(s, Organization.class, EntityFields.ORGANIZATION::readObject);
    add(s, Technique.class, EntityFields.TECHNIQUE::readObject);
    add(s, GenerativeModel.class, EntityFields.MODEL::readObject);
    add(s, Violation.class, ValueFields.VIOLATION::readObject);
    add(s, Classification.class, ValueFields.CLASSIFICATION::readObject);
    add(s, Catalog.class, d -> DocumentReader.read(d.parser(), d.ignoresUnknownKeys(), false));
    return s;
  }

  /** Key serializers, so that maps keyed by a vocabulary use its ids. */
  public static SimpleSerializers keySerializers() {
    SimpleSerializers s = new SimpleSerializers();
    addKey(s, Modality.class, Modality::id);
    addKey(s, Access.class, Access::id);
    addKey(s, Confidence.class, Confidence::id);
    addKey(s, Unit.class, Unit::id);
    addKey(s, LineageRelation.class, LineageRelation::id);
    addKey(s, DiscrepancyKind.class, DiscrepancyKind::id);
    addKey(s, OrganizationKind.class, OrganizationKind::id);
    addKey(s, TechniqueKind.class, TechniqueKind::id);
    addKey(s, SourceKind.class, SourceKind::id);
    addKey(s, Category.class, Category::id);
    return s;
  }

  /** Key deserializers matching {@link #keySerializers()}. */
  public static SimpleKeyDeserializers keyDeserializers() {
    SimpleKeyDeserializers s = new SimpleKeyDeserializers();
    addKey(s, Modality.class, Modality::find, Modality.ids());
    addKey(s, Access.class, Access::find, Access.ids());
    addKey(s, Confidence.class, Confidence::find, Confidence.ids());
    addKey(s, Unit.class, Unit::find, Unit.ids());
    addKey(s, LineageRelation.class, LineageRelation::find, LineageRelation.ids());
    addKey(s, DiscrepancyKind.class, DiscrepancyKind::find, DiscrepancyKind.ids());
    addKey(s, OrganizationKind.class, OrganizationKind::find, OrganizationKind.ids());
    addKey(s, TechniqueKind.class, TechniqueKind::find, TechniqueKind.ids());
    addKey(s, SourceKind.class, SourceKind::find, SourceKind.ids());
    addKey(
        s,
        Category.class,
        Category::find,
        Category.survey().stream().map(Category::id).collect(java.util.stream.Collectors.toList()));
    return s;
  }

  private static <T> void add(SimpleSerializers s, Class<T> type, Function<T, String> text) {
    s.addSerializer(type, serializer(type, (g, value) -> g.writeString(text.apply(value))));
  }

  private static <T> void add(SimpleSerializers s, Class<T> type, FieldTable<T, ?> table) {
    s.addSerializer(type, serializer(type, table::writeObject));
  }

  private static <T> void addKey(SimpleSerializers s, Class<T> type, Function<T, String> text) {
    s.addSerializer(type, serializer(type, (g, value) -> g.writeName(text.apply(value))));
  }

  private static <T> void add(SimpleDeserializers s, Class<T> type, Function<Decoder, T> read) {
    s.addDeserializer(type, new Reading<>(type, read));
  }

  private static <T> void addKey(
      SimpleKeyDeserializers s,
      Class<T> type,
      Function<String, Optional<T>> find,
      List<String> ids) {
    s.addDeserializer(
        type,
        new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt) {
            return find.apply(key)
                .orElseThrow(
                    () ->
                        DatabindException.from(
                            ctxt,
                            "Unknown "
                                + type.getSimpleName()
                                + " id '"
                                + key
                                + "'; allowed: "
                                + String.join(", ", ids)));
          }
        });
  }

  private static <T> StdSerializer<T> serializer(
      Class<T> type, BiConsumer<JsonGenerator, T> write) {
    return new Writing<>(type, write);
  }

  private static final class Writing<T> extends StdSerializer<T> {
    private final BiConsumer<JsonGenerator, T> write;

    Writing(Class<T> type, BiConsumer<JsonGenerator, T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      write.accept(g, value);
    }
  }

  private static final class Reading<T> extends StdDeserializer<T> {
    private final Function<Decoder, T> read;

    Reading(Class<T> type, Function<Decoder, T> read) {
      super(type);
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      Decoder decoder =
          new Decoder(p, !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), 0);
      try {
        return read.apply(decoder);
      } catch (CatalogFormatException e) {
        throw DatabindException.from(p, e.getMessage(), e);
      }
    }
  }
}
