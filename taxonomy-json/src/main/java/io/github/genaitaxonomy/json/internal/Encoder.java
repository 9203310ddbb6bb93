package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.CatalogStatistics;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.Violation;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
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
    catalog.organizations().forEach(o -> organization(g, o));
    g.writeEndArray();
    g.writeName("techniques");
    g.writeStartArray();
    catalog.techniques().forEach(t -> technique(g, t));
    g.writeEndArray();
    g.writeName("models");
    g.writeStartArray();
    catalog.models().forEach(m -> model(g, m));
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

  /** An organization. */
  public static void organization(JsonGenerator g, Organization o) {
    record(g, null, o, EntityFields.ORGANIZATION);
  }

  /** A technique. */
  public static void technique(JsonGenerator g, Technique t) {
    record(g, null, t, EntityFields.TECHNIQUE);
  }

  /** A model. */
  public static void model(JsonGenerator g, GenerativeModel m) {
    record(g, null, m, EntityFields.MODEL);
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

  private static <T> void record(
      JsonGenerator g, @Nullable String type, T value, FieldTable<T, ?> table) {
    g.writeStartObject();
    if (type != null) {
      g.writeStringProperty("type", type);
    }
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

  /** A lineage edge. */
  public static void lineageEdge(JsonGenerator g, LineageEdge e) {
    g.writeStartObject();
    g.writeStringProperty("relation", e.relation().id());
    g.writeStringProperty("target", e.target());
    g.writeStringProperty("source", e.source().toString());
    optional(g, "note", e.note());
    g.writeEndObject();
  }

  /** A paper: its locator ({@code arxiv}, {@code url} or {@code doi}), then its title. */
  public static void paper(JsonGenerator g, Paper p) {
    g.writeStartObject();
    g.writeStringProperty(p.source().kind().id(), p.source().reference());
    g.writeStringProperty("title", p.title());
    g.writeEndObject();
  }

  /** A measurement. */
  public static void measurement(JsonGenerator g, Measurement m) {
    g.writeStartObject();
    g.writeStringProperty("subject", m.subject());
    amount(g, m.quantity());
    g.writeStringProperty("unit", m.quantity().unit().id());
    g.writeStringProperty("source", m.source().toString());
    g.writeStringProperty("confidence", m.confidence().id());
    optional(g, "note", m.note());
    g.writeEndObject();
  }

  /** A quantity on its own. */
  public static void quantity(JsonGenerator g, Quantity q) {
    g.writeStartObject();
    amount(g, q);
    g.writeStringProperty("unit", q.unit().id());
    g.writeEndObject();
  }

  private static void amount(JsonGenerator g, Quantity q) {
    g.writeName("amount");
    g.writeNumber(q.amount().toPlainString());
  }

  /** A discrepancy. */
  public static void discrepancy(JsonGenerator g, Discrepancy d) {
    g.writeStartObject();
    g.writeStringProperty("kind", d.kind().id());
    g.writeName("claimed");
    claim(g, d.claimed());
    g.writeName("actual");
    claim(g, d.actual());
    g.writeEndObject();
  }

  /** A claim. */
  public static void claim(JsonGenerator g, Claim c) {
    g.writeStartObject();
    g.writeStringProperty("attribute", c.attribute().id());
    g.writeStringProperty("value", c.value());
    g.writeStringProperty("source", c.source().toString());
    g.writeStringProperty("confidence", c.confidence().id());
    optional(g, "note", c.note());
    g.writeEndObject();
  }

  /** A violation. */
  public static void violation(JsonGenerator g, Violation v) {
    g.writeStartObject();
    g.writeStringProperty("subject", v.subject());
    g.writeStringProperty("attribute", v.attribute());
    g.writeStringProperty("message", v.message());
    g.writeEndObject();
  }

  /** A classification. */
  public static void classification(JsonGenerator g, Classification c) {
    g.writeStartObject();
    g.writeStringProperty("signature", c.signature().toString());
    g.writeStringProperty("surveyCategory", c.surveyCategory().id());
    g.writeName("pairCategories");
    g.writeStartArray();
    c.pairCategories().forEach(category -> g.writeString(category.id()));
    g.writeEndArray();
    g.writeEndObject();
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
