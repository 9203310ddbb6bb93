package io.github.genaitaxonomy.json.internal;

import static io.github.genaitaxonomy.json.internal.Field.optional;
import static io.github.genaitaxonomy.json.internal.Field.required;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.SourceKind;
import io.github.genaitaxonomy.core.Unit;
import io.github.genaitaxonomy.core.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The field tables of the value objects that entities hold (lineage edges, papers, measurements,
 * claims, discrepancies) and of the values the Jackson module also reads and writes on their own
 * (quantities, violations, classifications). The schema and {@code docs/format.md} are tested
 * against the tables of the format.
 *
 * <p>A draft that is not a core builder holds the keys read so far; its required keys are known to
 * be present when it is built, since the object's scope checks them first.
 */
public final class ValueFields {
  private ValueFields() {}

  /** A lineage edge. */
  public static final FieldTable<LineageEdge, LineageEdge.Builder> LINEAGE_EDGE =
      new FieldTable<>(
          "a lineage edge",
          LineageEdge::builder,
          (o, b) -> o.build(b::build),
          List.of(
              required(
                  "relation",
                  (d, b) -> b.relation(Choice.RELATION.read(d)),
                  (g, e) -> g.writeStringProperty("relation", e.relation().id())),
              required(
                  "target",
                  (d, b) -> b.target(d.reference()),
                  (g, e) -> g.writeStringProperty("target", e.target())),
              required(
                  "source",
                  (d, b) -> b.source(d.source()),
                  (g, e) -> g.writeStringProperty("source", e.source().toString())),
              optional(
                  "note",
                  (d, b) -> b.note(d.string()),
                  (g, e) -> Encoder.optional(g, "note", e.note()))));

  /** A paper being read: its title, and its one locator with the key that gave it. */
  static final class PaperDraft {
    @Nullable String title;
    @Nullable String locator;
    @Nullable Source source;

    /** Reads the locator at the key {@code key}, which must be the paper's first. */
    void locate(Decoder d, String key, Function<Decoder, Source> read) {
      if (locator != null) {
        throw d.error(
            "a paper has exactly one of 'arxiv', 'url' or 'doi' but has both "
                + Decoder.quote(locator)
                + " and "
                + Decoder.quote(key));
      }
      locator = key;
      source = read.apply(d);
    }

    Paper build(Scope o) {
      String t = Objects.requireNonNull(title, "title");
      Source s = source;
      if (s == null) {
        throw o.missing("missing key in a paper: give one of 'arxiv', 'url' or 'doi'");
      }
      return o.build(() -> Paper.of(t, s));
    }
  }

  /** A paper: exactly one of {@code arxiv}, {@code url}, {@code doi}, and a title. */
  public static final FieldTable<Paper, PaperDraft> PAPER =
      new FieldTable<>(
          "a paper",
          PaperDraft::new,
          (o, p) -> p.build(o),
          List.of(
              locator("arxiv", SourceKind.ARXIV, d -> Source.arxiv(d.arxivId())),
              locator("url", SourceKind.URL, d -> d.parsed(d.string(), "source", Source::url)),
              locator("doi", SourceKind.DOI, d -> d.parsed(d.string(), "source", Source::doi)),
              required(
                  "title",
                  (d, p) -> p.title = d.string(),
                  (g, p) -> g.writeStringProperty("title", p.title()))));

  private static Field<Paper, PaperDraft> locator(
      String key, SourceKind kind, Function<Decoder, Source> read) {
    return optional(
        key,
        (d, p) -> p.locate(d, key, read),
        (g, p) -> {
          if (p.source().kind() == kind) {
            g.writeStringProperty(key, p.source().reference());
          }
        });
  }

  /** An amount and a unit being read, of a measurement or a quantity on its own. */
  static class QuantityDraft {
    @Nullable BigDecimal amount;
    @Nullable Unit unit;

    Quantity quantity(Scope o) {
      BigDecimal a = Objects.requireNonNull(amount, "amount");
      Unit u = Objects.requireNonNull(unit, "unit");
      return o.build(() -> Quantity.of(a, u));
    }
  }

  /** A measurement being read: its builder, and its amount and unit, which make its quantity. */
  static final class MeasurementDraft extends QuantityDraft {
    final Measurement.Builder builder = Measurement.builder();

    Measurement build(Scope o) {
      builder.quantity(quantity(o));
      return o.build(builder::build);
    }
  }

  private static <T, D extends QuantityDraft> Field<T, D> amount(Function<T, Quantity> quantity) {
    return required(
        "amount",
        (d, q) -> q.amount = d.amount(),
        (g, value) -> {
          g.writeName("amount");
          g.writeNumber(quantity.apply(value).amount().toPlainString());
        });
  }

  private static <T, D extends QuantityDraft> Field<T, D> unit(Function<T, Quantity> quantity) {
    return required(
        "unit",
        (d, q) -> q.unit = Choice.UNIT.read(d),
        (g, value) -> g.writeStringProperty("unit", quantity.apply(value).unit().id()));
  }

  /** A measurement. */
  public static final FieldTable<Measurement, MeasurementDraft> MEASUREMENT =
      new FieldTable<>(
          "a measurement",
          MeasurementDraft::new,
          (o, m) -> m.build(o),
          List.of(
              required(
                  "subject",
                  (d, m) -> m.builder.subject(d.string()),
                  (g, m) -> g.writeStringProperty("subject", m.subject())),
              amount(Measurement::quantity),
              unit(Measurement::quantity),
              required(
                  "source",
                  (d, m) -> m.builder.source(d.source()),
                  (g, m) -> g.writeStringProperty("source", m.source().toString())),
              required(
                  "confidence",
                  (d, m) -> m.builder.confidence(Choice.CONFIDENCE.read(d)),
                  (g, m) -> g.writeStringProperty("confidence", m.confidence().id())),
              optional(
                  "note",
                  (d, m) -> m.builder.note(d.string()),
                  (g, m) -> Encoder.optional(g, "note", m.note()))));

  /** A quantity on its own: {@code {"amount": 1.5, "unit": "hours"}}. */
  public static final FieldTable<Quantity, QuantityDraft> QUANTITY =
      new FieldTable<>(
          "a quantity",
          QuantityDraft::new,
          (o, q) -> q.quantity(o),
          List.of(amount(q -> q), unit(q -> q)));

  /** A claim. */
  public static final FieldTable<Claim, Claim.Builder> CLAIM =
      new FieldTable<>(
          "a claim",
          Claim::builder,
          (o, b) -> o.build(b::build),
          List.of(
              required(
                  "attribute",
                  (d, b) -> b.attribute(Choice.CLAIM_ATTRIBUTE.read(d)),
                  (g, c) -> g.writeStringProperty("attribute", c.attribute().id())),
              required(
                  "value",
                  (d, b) -> b.value(d.string()),
                  (g, c) -> g.writeStringProperty("value", c.value())),
              required(
                  "source",
                  (d, b) -> b.source(d.source()),
                  (g, c) -> g.writeStringProperty("source", c.source().toString())),
              required(
                  "confidence",
                  (d, b) -> b.confidence(Choice.CONFIDENCE.read(d)),
                  (g, c) -> g.writeStringProperty("confidence", c.confidence().id())),
              optional(
                  "note",
                  (d, b) -> b.note(d.string()),
                  (g, c) -> Encoder.optional(g, "note", c.note()))));

  /** A discrepancy being read. */
  static final class DiscrepancyDraft {
    @Nullable DiscrepancyKind kind;
    @Nullable Claim claimed;
    @Nullable Claim actual;

    Discrepancy build(Scope o) {
      DiscrepancyKind k = Objects.requireNonNull(kind, "kind");
      Claim c = Objects.requireNonNull(claimed, "claimed");
      Claim a = Objects.requireNonNull(actual, "actual");
      return o.build(() -> Discrepancy.of(k, c, a));
    }
  }

  /** A discrepancy. */
  public static final FieldTable<Discrepancy, DiscrepancyDraft> DISCREPANCY =
      new FieldTable<>(
          "a discrepancy",
          DiscrepancyDraft::new,
          (o, x) -> x.build(o),
          List.of(
              required(
                  "kind",
                  (d, x) -> x.kind = Choice.DISCREPANCY_KIND.read(d),
                  (g, x) -> g.writeStringProperty("kind", x.kind().id())),
              required(
                  "claimed",
                  (d, x) -> x.claimed = CLAIM.readObject(d),
                  (g, x) -> CLAIM.writeProperty(g, "claimed", x.claimed())),
              required(
                  "actual",
                  (d, x) -> x.actual = CLAIM.readObject(d),
                  (g, x) -> CLAIM.writeProperty(g, "actual", x.actual()))));

  /** A violation being read. */
  static final class ViolationDraft {
    @Nullable String subject;
    @Nullable String attribute;
    @Nullable String message;

    Violation build(Scope o) {
      String s = Objects.requireNonNull(subject, "subject");
      String a = Objects.requireNonNull(attribute, "attribute");
      String m = Objects.requireNonNull(message, "message");
      return o.build(() -> Violation.of(s, a, m));
    }
  }

  /** A catalog violation. */
  public static final FieldTable<Violation, ViolationDraft> VIOLATION =
      new FieldTable<>(
          "a violation",
          ViolationDraft::new,
          (o, v) -> v.build(o),
          List.of(
              required(
                  "subject",
                  (d, v) -> v.subject = d.string(),
                  (g, v) -> g.writeStringProperty("subject", v.subject())),
              required(
                  "attribute",
                  (d, v) -> v.attribute = d.string(),
                  (g, v) -> g.writeStringProperty("attribute", v.attribute())),
              required(
                  "message",
                  (d, v) -> v.message = d.string(),
                  (g, v) -> g.writeStringProperty("message", v.message()))));

  /**
   * A classification being read: the signature, and the survey category and pair categories it
   * gives, which must agree with it when present.
   */
  static final class ClassificationDraft {
    @Nullable ModalitySignature signature;
    @Nullable Category surveyCategory;
    @Nullable List<Category> pairCategories;

    Classification build(Scope o) {
      ModalitySignature s = Objects.requireNonNull(signature, "signature");
      Classification classification = o.build(() -> Classification.of(s));
      if (surveyCategory != null && !surveyCategory.equals(classification.surveyCategory())) {
        throw o.errorAt(
            "surveyCategory",
            "the signature '"
                + s
                + "' is classified as '"
                + classification.surveyCategory()
                + "', not '"
                + surveyCategory
                + "'");
      }
      if (pairCategories != null
          && !ImmutableList.copyOf(pairCategories).equals(classification.pairCategories())) {
        throw o.errorAt(
            "pairCategories",
            "the signature '"
                + s
                + "' has the pair categories "
                + classification.pairCategories()
                + ", not "
                + pairCategories);
      }
      return classification;
    }
  }

  /** A classification. */
  public static final FieldTable<Classification, ClassificationDraft> CLASSIFICATION =
      new FieldTable<>(
          "a classification",
          ClassificationDraft::new,
          (o, c) -> c.build(o),
          List.of(
              required(
                  "signature",
                  (d, c) -> c.signature = d.signature(),
                  (g, c) -> g.writeStringProperty("signature", c.signature().toString())),
              optional(
                  "surveyCategory",
                  (d, c) -> c.surveyCategory = d.category(),
                  (g, c) -> g.writeStringProperty("surveyCategory", c.surveyCategory().id())),
              optional(
                  "pairCategories",
                  (d, c) -> c.pairCategories = d.array("category ids", d::category),
                  (g, c) -> {
                    g.writeName("pairCategories");
                    g.writeStartArray();
                    c.pairCategories().forEach(category -> g.writeString(category.id()));
                    g.writeEndArray();
                  })));
}
