package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.CatalogStatistics;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Technique;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the core types in the {@code genai-taxonomy/1} layout: a fixed key order, enums as their
 * ids, absent optionals and empty lists left out, amounts as plain decimals.
 */
public final class Encoder {
  private Encoder() {}

  /** The whole document. */
  public static void catalog(JsonGenerator g, Catalog catalog) {
    g.writeStartObject();
    g.writeStringProperty("format", Wire.FORMAT);
    g.writeName("organizations");
    g.writeStartArray();
    catalog.organizations().forEach(o -> EntityFields.ORGANIZATION.writeObject(g, o));
    g.writeEndArray();
    g.writeName("techniques");
    g.writeStartArray();
    catalog.techniques().forEach(t -> EntityFields.TECHNIQUE.writeObject(g, t));
    g.writeEndArray();
    g.writeName("models");
    g.writeStartArray();
    catalog.models().forEach(m -> EntityFields.MODEL.writeObject(g, m));
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The JSON Lines header. */
  public static void header(JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("format", Wire.FORMAT);
    g.writeStringProperty("kind", Wire.HEADER_KIND);
    g.writeEndObject();
  }

  /** An organization record of JSON Lines. */
  public static void organizationRecord(JsonGenerator g, Organization o) {
    record(g, Wire.ORGANIZATION, o, EntityFields.ORGANIZATION);
  }

  /** A technique record of JSON Lines. */
  public static void techniqueRecord(JsonGenerator g, Technique t) {
    record(g, Wire.TECHNIQUE, t, EntityFields.TECHNIQUE);
  }

  /** A model record of JSON Lines. */
  public static void modelRecord(JsonGenerator g, GenerativeModel m) {
    record(g, Wire.MODEL, m, EntityFields.MODEL);
  }

  private static <T> void record(JsonGenerator g, String type, T value, FieldTable<T, ?> table) {
    g.writeStartObject();
    g.writeStringProperty("type", type);
    table.write(g, value);
    g.writeEndObject();
  }

  /** {@code name} and the object {@code value}, when present. */
  static <T> void object(
      JsonGenerator g, String name, Optional<T> value, BiConsumer<JsonGenerator, T> write) {
    if (value.isPresent()) {
      g.writeName(name);
      write.accept(g, value.get());
    }
  }

  /** Statistics: counts by survey category, organization and month. */
  public static void statistics(JsonGenerator g, CatalogStatistics s) {
    g.writeStartObject();
    g.writeNumberProperty("modelCount", s.modelCount());
    g.writeNumberProperty("modelsOutsideSurvey", s.modelsOutsideSurvey());
    g.writeName("modelsBySurveyCategory");
    g.writeStartObject();
    s.modelsBySurveyCategory().forEach((c, n) -> g.writeNumberProperty(c.id(), n));
    g.writeEndObject();
    counts(g, "modelsByOrganization", s.modelsByOrganization());
    g.writeName("modelsByMonth");
    g.writeStartObject();
    s.modelsByMonth().forEach((month, n) -> g.writeNumberProperty(month(month), n));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, String name, Map<String, Integer> counts) {
    g.writeName(name);
    g.writeStartObject();
    counts.forEach(g::writeNumberProperty);
    g.writeEndObject();
  }

  /**
   * A month as {@code YYYY-MM}.
   *
   * @throws IllegalArgumentException when the year is outside 0 to 9999, which the format cannot
   *     hold
   */
  public static String month(YearMonth month) {
    if (month.getYear() < 0 || month.getYear() > 9999) {
      throw new IllegalArgumentException(
          "The genai-taxonomy/1 format holds months of the years 0 to 9999, not " + month);
    }
    return month.toString();
  }

  static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  static void strings(JsonGenerator g, String name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      values.forEach(g::writeString);
      g.writeEndArray();
    }
  }

  static void sources(JsonGenerator g, String name, List<Source> sources) {
    if (!sources.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      sources.forEach(s -> g.writeString(s.toString()));
      g.writeEndArray();
    }
  }

  static void modalities(JsonGenerator g, String name, Collection<Modality> modalities) {
    g.writeName(name);
    g.writeStartArray();
    modalities.forEach(m -> g.writeString(m.id()));
    g.writeEndArray();
  }

  static <T> void list(
      JsonGenerator g, String name, List<T> values, BiConsumer<JsonGenerator, T> element) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      values.forEach(v -> element.accept(g, v));
      g.writeEndArray();
    }
  }
}
