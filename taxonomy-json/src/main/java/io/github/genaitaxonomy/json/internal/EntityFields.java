package io.github.genaitaxonomy.json.internal;

import static io.github.genaitaxonomy.json.internal.Field.optional;
import static io.github.genaitaxonomy.json.internal.Field.required;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Technique;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The field tables of the three entities of a catalog. Adding a key to one of them is adding one
 * entry here (and its line in the schema and in {@code docs/format.md}, which tests compare).
 */
public final class EntityFields {
  private EntityFields() {}

  /** An organization. */
  public static final FieldTable<Organization, Organization.Builder> ORGANIZATION =
      new FieldTable<>(
          "an organization",
          Organization::builder,
          (o, b) -> o.build(b::build),
          List.of(
              required(
                  "id",
                  (d, b) -> b.id(d.reference()),
                  (g, o) -> g.writeStringProperty("id", o.id())),
              required(
                  "name",
                  (d, b) -> b.name(d.string()),
                  (g, o) -> g.writeStringProperty("name", o.name())),
              required(
                  "kind",
                  (d, b) -> b.kind(d.organizationKind()),
                  (g, o) -> g.writeStringProperty("kind", o.kind().id())),
              optional(
                  "country",
                  (d, b) -> b.country(d.string()),
                  (g, o) -> Encoder.optional(g, "country", o.country())),
              optional(
                  "parent",
                  (d, b) -> b.parent(d.reference()),
                  (g, o) -> Encoder.optional(g, "parent", o.parent())),
              optional(
                  "sources",
                  (d, b) -> b.addAllSources(d.sources()),
                  (g, o) -> Encoder.sources(g, "sources", o.sources()))));

  /** A technique. */
  public static final FieldTable<Technique, Technique.Builder> TECHNIQUE =
      new FieldTable<>(
          "a technique",
          Technique::builder,
          (o, b) -> o.build(b::build),
          List.of(
              required(
                  "id",
                  (d, b) -> b.id(d.reference()),
                  (g, t) -> g.writeStringProperty("id", t.id())),
              required(
                  "name",
                  (d, b) -> b.name(d.string()),
                  (g, t) -> g.writeStringProperty("name", t.name())),
              required(
                  "kind",
                  (d, b) -> b.kind(d.techniqueKind()),
                  (g, t) -> g.writeStringProperty("kind", t.kind().id())),
              optional(
                  "parent",
                  (d, b) -> b.parent(d.reference()),
                  (g, t) -> Encoder.optional(g, "parent", t.parent())),
              optional(
                  "year",
                  (d, b) -> b.year(d.year()),
                  (g, t) -> t.year().ifPresent(y -> g.writeNumberProperty("year", y.getValue()))),
              optional(
                  "reference",
                  (d, b) -> b.reference(d.source()),
                  (g, t) -> Encoder.optional(g, "reference", t.reference().map(Source::toString))),
              optional(
                  "summary",
                  (d, b) -> b.summary(d.string()),
                  (g, t) -> Encoder.optional(g, "summary", t.summary()))));

  /**
   * A model being read: its builder, and the three keys that give its signature together, which
   * must agree.
   */
  public static final class ModelDraft {
    final GenerativeModel.Builder builder = GenerativeModel.builder();
    @Nullable List<Modality> inputs;
    @Nullable List<Modality> outputs;
    @Nullable ModalitySignature signature;

    ModelDraft() {}

    GenerativeModel build(Decoder.Scope o) {
      builder.signature(ValueReaders.signature(o, inputs, outputs, signature));
      return o.build(builder::build);
    }
  }

  /** A model. */
  public static final FieldTable<GenerativeModel, ModelDraft> MODEL =
      new FieldTable<>(
          "a model",
          ModelDraft::new,
          (o, m) -> m.build(o),
          List.of(
              required(
                  "id",
                  (d, m) -> m.builder.id(d.reference()),
                  (g, m) -> g.writeStringProperty("id", m.id())),
              required(
                  "name",
                  (d, m) -> m.builder.name(d.string()),
                  (g, m) -> g.writeStringProperty("name", m.name())),
              Field.<GenerativeModel, ModelDraft>optional(
                  "aliases",
                  (d, m) -> m.builder.addAllAliases(d.array("strings", d::string)),
                  (g, m) -> Encoder.strings(g, "aliases", m.aliases())),
              Field.<GenerativeModel, ModelDraft>optional(
                      "category",
                      (d, m) -> m.builder.surveyCategory(d.category()),
                      (g, m) ->
                          Encoder.optional(g, "category", m.surveyCategory().map(Category::id)))
                  .holding("surveyCategory"),
              optional(
                  "inputs",
                  (d, m) -> m.inputs = d.distinct("modality", Modality::find, Modality::ids, false),
                  (g, m) -> Encoder.modalities(g, "inputs", m.signature().inputs())),
              optional(
                  "outputs",
                  (d, m) -> m.outputs = d.distinct("modality", Modality::find, Modality::ids, true),
                  (g, m) -> Encoder.modalities(g, "outputs", m.signature().outputs())),
              optional(
                  "signature",
                  (d, m) -> m.signature = d.signature(),
                  (g, m) -> g.writeStringProperty("signature", m.signature().toString())),
              optional(
                  "developers",
                  (d, m) -> m.builder.addAllDevelopers(d.array("organization ids", d::reference)),
                  (g, m) -> Encoder.strings(g, "developers", m.developers())),
              required(
                  "released",
                  (d, m) -> m.builder.released(d.month()),
                  (g, m) -> g.writeStringProperty("released", Encoder.month(m.released()))),
              optional(
                  "access",
                  (d, m) ->
                      m.builder.addAllAccess(
                          d.distinct("access", Access::find, Access::ids, false)),
                  (g, m) ->
                      Encoder.strings(
                          g, "access", m.access().stream().sorted().map(Access::id).toList())),
              optional(
                  "techniques",
                  (d, m) -> m.builder.addAllTechniques(d.array("technique ids", d::reference)),
                  (g, m) -> Encoder.strings(g, "techniques", m.techniques())),
              optional(
                  "lineage",
                  (d, m) ->
                      m.builder.addAllLineage(
                          d.array("lineage edges", () -> ValueReaders.lineageEdge(d))),
                  (g, m) -> Encoder.list(g, "lineage", m.lineage(), Encoder::lineageEdge)),
              optional(
                  "paper",
                  (d, m) -> m.builder.paper(ValueReaders.paper(d)),
                  (g, m) -> Encoder.object(g, "paper", m.paper(), Encoder::paper)),
              optional(
                  "paperAbsentReason",
                  (d, m) -> m.builder.paperAbsentReason(d.string()),
                  (g, m) -> Encoder.optional(g, "paperAbsentReason", m.paperAbsentReason())),
              optional(
                  "parameters",
                  (d, m) -> m.builder.parameters(ValueReaders.measurement(d)),
                  (g, m) -> Encoder.object(g, "parameters", m.parameters(), Encoder::measurement)),
              optional(
                  "trainingData",
                  (d, m) ->
                      m.builder.addAllTrainingData(
                          d.array("measurements", () -> ValueReaders.measurement(d))),
                  (g, m) ->
                      Encoder.list(g, "trainingData", m.trainingData(), Encoder::measurement)),
              optional(
                  "results",
                  (d, m) ->
                      m.builder.addAllResults(
                          d.array("measurements", () -> ValueReaders.measurement(d))),
                  (g, m) -> Encoder.list(g, "results", m.results(), Encoder::measurement)),
              optional(
                  "discrepancies",
                  (d, m) ->
                      m.builder.addAllDiscrepancies(
                          d.array("discrepancies", () -> ValueReaders.discrepancy(d))),
                  (g, m) ->
                      Encoder.list(g, "discrepancies", m.discrepancies(), Encoder::discrepancy)),
              required(
                  "sources",
                  (d, m) -> m.builder.addAllSources(d.sources()),
                  (g, m) -> Encoder.sources(g, "sources", m.sources())),
              required(
                  "summary",
                  (d, m) -> m.builder.summary(d.string()),
                  (g, m) -> g.writeStringProperty("summary", m.summary()))));
}
