package io.github.genaitaxonomy.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a user would write without this library: plain records mirroring the genai-taxonomy/1
 * format, read by plain Jackson data binding. Enums stay strings, nothing is validated. The
 * baseline of {@link JsonBenchmark}.
 */
@SuppressWarnings("unused") // fields are read by Jackson
final class PlainRecords {
  private PlainRecords() {}

  record Document(
      String format,
      List<Organization> organizations,
      List<Technique> techniques,
      List<Model> models) {}

  record Organization(
      String id,
      String name,
      String kind,
      @Nullable String country,
      @Nullable String parent,
      @Nullable List<String> sources) {}

  record Technique(
      String id,
      String name,
      String kind,
      @Nullable String parent,
      @Nullable Integer year,
      @Nullable String reference,
      @Nullable String summary) {}

  record Model(
      String id,
      String name,
      @Nullable List<String> aliases,
      @Nullable String category,
      List<String> inputs,
      List<String> outputs,
      String signature,
      @Nullable List<String> developers,
      String released,
      @Nullable List<String> access,
      @Nullable List<String> techniques,
      @Nullable List<Lineage> lineage,
      @Nullable Paper paper,
      @Nullable String paperAbsentReason,
      @Nullable Measurement parameters,
      @Nullable List<Measurement> trainingData,
      @Nullable List<Measurement> results,
      @Nullable List<Discrepancy> discrepancies,
      List<String> sources,
      String summary) {}

  record Lineage(String relation, String target, String source, @Nullable String note) {}

  record Paper(@Nullable String arxiv, @Nullable String url, @Nullable String doi, String title) {}

  record Measurement(
      String subject,
      BigDecimal amount,
      String unit,
      String source,
      String confidence,
      @Nullable String note) {}

  record Claim(
      String attribute, String value, String source, String confidence, @Nullable String note) {}

  record Discrepancy(String kind, Claim claimed, Claim actual) {}
}
