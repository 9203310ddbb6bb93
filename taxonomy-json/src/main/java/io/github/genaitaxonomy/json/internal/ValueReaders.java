package io.github.genaitaxonomy.json.internal;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
import io.github.genaitaxonomy.core.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the value objects that entities hold (lineage edges, papers, measurements, quantities,
 * discrepancies, claims) and the standalone violations and classifications, each with a {@link
 * Decoder} at the object's first token.
 */
public final class ValueReaders {
  private ValueReaders() {}

  /**
   * The signature of a model from its {@code inputs} and {@code outputs}, its {@code signature}, or
   * both when they agree; after the object's end.
   */
  static ModalitySignature signature(
      Decoder.Scope o,
      @Nullable List<Modality> inputs,
      @Nullable List<Modality> outputs,
      @Nullable ModalitySignature text) {
    if (inputs != null && outputs != null) {
      ModalitySignature arrays = o.build(() -> ModalitySignature.of(inputs, outputs));
      if (text != null && !text.equals(arrays)) {
        throw o.errorAt(
            "signature",
            "signature '"
                + text
                + "' disagrees with inputs and outputs, which give '"
                + arrays
                + "'");
      }
      return arrays;
    }
    if (inputs != null || outputs != null) {
      throw o.missing(
          "missing key "
              + (inputs == null ? "'inputs'" : "'outputs'")
              + " in a model: give "
              + "both 'inputs' and 'outputs', or only 'signature'");
    }
    if (text == null) {
      throw o.missing("missing required key 'signature' (or 'inputs' and 'outputs') in a model");
    }
    return text;
  }

  /** A lineage edge. */
  public static LineageEdge lineageEdge(Decoder d) {
    Decoder.Scope o = d.beginObject(Keys.LINEAGE_EDGE);
    LineageEdge.Builder b = LineageEdge.builder();
    while (o.next()) {
      switch (o.key()) {
        case "relation" -> b.relation(d.relation());
        case "target" -> b.target(d.reference());
        case "source" -> b.source(d.source());
        case "note" -> b.note(d.string());
      }
    }
    o.finish();
    return o.build(b::build);
  }

  /** A paper: a title and exactly one of {@code arxiv}, {@code url}, {@code doi}. */
  public static Paper paper(Decoder d) {
    Decoder.Scope o = d.beginObject(Keys.PAPER);
    String title = null;
    Source source = null;
    String locator = null;
    while (o.next()) {
      String key = o.key();
      if (key.equals("title")) {
        title = d.string();
        continue;
      }
      if (locator != null) {
        throw d.error(
            "a paper has exactly one of 'arxiv', 'url' or 'doi' but has both "
                + Decoder.quote(locator)
                + " and "
                + Decoder.quote(key));
      }
      locator = key;
      switch (key) {
        case "arxiv" -> source = Source.arxiv(d.arxivId());
        case "url" -> source = sourceOf(d, Source::url);
        case "doi" -> source = sourceOf(d, Source::doi);
      }
    }
    o.finish();
    if (source == null || title == null) {
      throw o.missing("missing key in a paper: give one of 'arxiv', 'url' or 'doi'");
    }
    String t = title;
    Source s = source;
    return o.build(() -> Paper.of(t, s));
  }

  private static Source sourceOf(Decoder d, Function<String, Source> factory) {
    return d.parsed(d.string(), "source", factory);
  }

  /** A measurement. */
  public static Measurement measurement(Decoder d) {
    Decoder.Scope o = d.beginObject(Keys.MEASUREMENT);
    Measurement.Builder b = Measurement.builder();
    BigDecimal amount = null;
    Unit unit = null;
    while (o.next()) {
      switch (o.key()) {
        case "subject" -> b.subject(d.string());
        case "amount" -> amount = d.amount();
        case "unit" -> unit = d.unit();
        case "source" -> b.source(d.source());
        case "confidence" -> b.confidence(d.confidence());
        case "note" -> b.note(d.string());
      }
    }
    o.finish();
    b.quantity(quantity(o, amount, unit));
    return o.build(b::build);
  }

  /** A quantity on its own: {@code {"amount": 1.5, "unit": "hours"}}. */
  public static Quantity quantity(Decoder d) {
    Decoder.Scope o = d.beginObject(Keys.QUANTITY);
    BigDecimal amount = null;
    Unit unit = null;
    while (o.next()) {
      switch (o.key()) {
        case "amount" -> amount = d.amount();
        case "unit" -> unit = d.unit();
      }
    }
    o.finish();
    return quantity(o, amount, unit);
  }

  private static Quantity quantity(
      Decoder.Scope o, @Nullable BigDecimal amount, @Nullable Unit unit) {
    if (amount == null || unit == null) {
      throw o.missing("missing key in a quantity: give 'amount' and 'unit'");
    }
    return o.build(() -> Quantity.of(amount, unit));
  }

  /** A discrepancy. */
  public static Discrepancy discrepancy(Decoder d) {
    Decoder.Scope o = d.beginObject(Keys.DISCREPANCY);
    DiscrepancyKind kind = null;
    Claim claimed = null;
    Claim actual = null;
    while (o.next()) {
      switch (o.key()) {
        case "kind" -> kind = d.discrepancyKind();
        case "claimed" -> claimed = claim(d);
        case "actual" -> actual = claim(d);
      }
    }
    o.finish();
    if (kind == null || claimed == null || actual == null) {
      throw o.missing("missing key in a discrepancy: give 'kind', 'claimed' and 'actual'");
    }
    DiscrepancyKind k = kind;
    Claim c = claimed;
    Claim a = actual;
    return o.build(() -> Discrepancy.of(k, c, a));
  }

  /** A claim. */
  public static Claim claim(Decoder d) {
    Decoder.Scope o = d.beginObject(Keys.CLAIM);
    Claim.Builder b = Claim.builder();
    while (o.next()) {
      switch (o.key()) {
        case "attribute" ->
            b.attribute(d.choice("claim attribute", ClaimAttribute::find, ClaimAttribute::ids));
        case "value" -> b.value(d.string());
        case "source" -> b.source(d.source());
        case "confidence" -> b.confidence(d.confidence());
        case "note" -> b.note(d.string());
      }
    }
    o.finish();
    return o.build(b::build);
  }

  /** A violation. */
  public static Violation violation(Decoder d) {
    Decoder.Scope o = d.beginObject(Keys.VIOLATION);
    String subject = null;
    String attribute = null;
    String message = null;
    while (o.next()) {
      switch (o.key()) {
        case "subject" -> subject = d.string();
        case "attribute" -> attribute = d.string();
        case "message" -> message = d.string();
      }
    }
    o.finish();
    if (subject == null || attribute == null || message == null) {
      throw o.missing("missing key in a violation: give 'subject', 'attribute' and 'message'");
    }
    String s = subject;
    String a = attribute;
    String m = message;
    return o.build(() -> Violation.of(s, a, m));
  }

  /**
   * A classification: the signature, with the survey category and pair categories it gives, which
   * must agree when present.
   */
  public static Classification classification(Decoder d) {
    Decoder.Scope o = d.beginObject(Keys.CLASSIFICATION);
    ModalitySignature signature = null;
    Category surveyCategory = null;
    List<Category> pairCategories = null;
    while (o.next()) {
      switch (o.key()) {
        case "signature" -> signature = d.signature();
        case "surveyCategory" -> surveyCategory = d.category();
        case "pairCategories" -> pairCategories = d.array("category ids", d::category);
      }
    }
    o.finish();
    if (signature == null) {
      throw o.missing("missing required key 'signature' in a classification");
    }
    Classification classification = Classification.of(signature);
    if (surveyCategory != null && !surveyCategory.equals(classification.surveyCategory())) {
      throw o.errorAt(
          "surveyCategory",
          "the signature '"
              + signature
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
              + signature
              + "' has the pair categories "
              + classification.pairCategories()
              + ", not "
              + pairCategories);
    }
    return classification;
  }
}
