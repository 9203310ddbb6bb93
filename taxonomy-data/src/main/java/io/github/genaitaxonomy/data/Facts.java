package io.github.genaitaxonomy.data;

import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;

/**
 * Shared sources and small factories for the holders, so that each entry reads as data.
 *
 * <p>Not API: package-private and free of state.
 */
final class Facts {
  private Facts() {}

  /** The survey: "ChatGPT is not all you need", arXiv 2301.04655v1 (11 January 2023). */
  static final Source SURVEY = Source.arxiv("2301.04655");

  /** Seed 000, {@link SeedArticle#SEED_000}: QbitAI's write-up of the survey (2023-01-29). */
  static final Source SEED_000 = SeedArticle.SEED_000.source();

  /** Seed 001, {@link SeedArticle#SEED_001}: a translation of the survey, with its references. */
  static final Source SEED_001 = SeedArticle.SEED_001.source();

  /** Seed 002, {@link SeedArticle#SEED_002}: a German write-up of the survey (2023-05-02). */
  static final Source SEED_002 = SeedArticle.SEED_002.source();

  /**
   * Seed 004, {@link SeedArticle#SEED_004}: a translation of "Ten Noteworthy AI Research Papers of
   * 2023".
   */
  static final Source SEED_004 = SeedArticle.SEED_004.source();

  /** What the survey claims, read through seed 001; always {@link Confidence#DISPUTED}. */
  static Claim survey(ClaimAttribute attribute, String value, String where) {
    return claim(attribute, value, SURVEY, Confidence.DISPUTED, where);
  }

  /** What a seed write-up claims; always {@link Confidence#DISPUTED}. */
  static Claim seed(Source seed, ClaimAttribute attribute, String value, String where) {
    return claim(attribute, value, seed, Confidence.DISPUTED, where);
  }

  /** What a primary source states. */
  static Claim actual(ClaimAttribute attribute, String value, Source source) {
    return Claim.of(attribute, value, source, Confidence.CONFIRMED);
  }

  /** What a primary source states, with context. */
  static Claim actual(ClaimAttribute attribute, String value, Source source, String note) {
    return claim(attribute, value, source, Confidence.CONFIRMED, note);
  }

  /** A correction that only a secondary source supports; the note says why. */
  static Claim actualSecondary(ClaimAttribute attribute, String value, Source source, String note) {
    return claim(attribute, value, source, Confidence.SECONDARY, note);
  }

  private static Claim claim(
      ClaimAttribute attribute, String value, Source source, Confidence confidence, String note) {
    return Claim.builder()
        .attribute(attribute)
        .value(value)
        .source(source)
        .confidence(confidence)
        .note(note)
        .build();
  }

  /** A discrepancy between a claim and the truth. */
  static Discrepancy discrepancy(DiscrepancyKind kind, Claim claimed, Claim actual) {
    return Discrepancy.of(kind, claimed, actual);
  }

  /** A number stated by a primary source. */
  static Measurement confirmed(String subject, Quantity quantity, Source source) {
    return Measurement.of(subject, quantity, source);
  }

  /** A number stated by a primary source, with context. */
  static Measurement confirmed(String subject, Quantity quantity, Source source, String note) {
    return Measurement.builder()
        .subject(subject)
        .quantity(quantity)
        .source(source)
        .note(note)
        .build();
  }

  /** A number that only a secondary source (a seed or a third party) states; the note says why. */
  static Measurement secondary(String subject, Quantity quantity, Source source, String note) {
    return Measurement.builder()
        .subject(subject)
        .quantity(quantity)
        .source(source)
        .confidence(Confidence.SECONDARY)
        .note(note)
        .build();
  }

  /** A quantity from decimal text: {@code q("1.56e12", Unit.WORDS)}. */
  static Quantity q(String amount, Unit unit) {
    return Quantity.of(amount, unit);
  }

  /** A parameter count from decimal text: {@code params("137e9")}. */
  static Quantity params(String amount) {
    return Quantity.of(amount, Unit.PARAMETERS);
  }

  /** A lineage edge. */
  static LineageEdge edge(LineageRelation relation, String target, Source source) {
    return LineageEdge.of(relation, target, source);
  }

  /** A lineage edge with context. */
  static LineageEdge edge(LineageRelation relation, String target, Source source, String note) {
    return LineageEdge.builder()
        .relation(relation)
        .target(target)
        .source(source)
        .note(note)
        .build();
  }
}
