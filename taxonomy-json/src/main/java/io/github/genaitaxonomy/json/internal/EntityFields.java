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
 * The field tables of the three entities of a catalog; {@link ValueFields} has those of the values
 * they hold. Adding a key to one of them is adding one entry here (and its line in the schema and
 * in {@code docs/format.md}, which tests compare).
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
                  (d, b) -> b.kind(Choice.ORGANIZATION_KIND.read(d)),
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
                  (d, b) -> b.kind(Choice.TECHNIQUE_KIND.read(d)),
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

    GenerativeModel build(Scope o) {
      builder.signature(signature(o));
      return o.build(builder::build);
    }

    /**
     * The signature from {@code inputs} and {@code outputs}, from {@code signature}, or from both
     * when they agree; after the object's end.
     */
    private ModalitySignature signature(Scope o) {
      List<Modality> in = inputs;
      List<Modality> out = outputs;
      ModalitySignature text = signature;
      if (in != null && out != null) {
        ModalitySignature arrays = o.build(() -> ModalitySignature.of(in, out));
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
      if (in != null || out != null) {
        throw o.missing(
            "missing key "
                + (in == null ? "'inputs'" : "'outputs'")
                + " in a model: give "
                + "both 'inputs' and 'outputs', or only 'signature'");
      }
      if (text == null) {
        throw o.missing("missing required key 'signature' (or 'inputs' and 'outputs') in a model");
      }
      return text;
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
                  (d, m) -> m.inputs = Choice.MODALITY.distinct(d, false),
                  (g, m) -> Encoder.modalities(g, "inputs", m.signature().inputs())),
              optional(
                  "outputs",
                  (d, m) -> m.outputs = Choice.MODALITY.distinct(d, true),
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
                  (d, m) -> m.builder.addAllAccess(Choice.ACCESS.distinct(d, false)),
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
                          d.array("lineage edges", () -> ValueFields.LINEAGE_EDGE.readObject(d))),
                  (g, m) ->
                      Encoder.list(
                          g, "lineage", m.lineage(), ValueFields.LINEAGE_EDGE::writeObject)),
              optional(
                  "paper",
                  (d, m) -> m.builder.paper(ValueFields.PAPER.readObject(d)),
                  (g, m) -> Encoder.object(g, "paper", m.paper(), ValueFields.PAPER::writeObject)),
              optional(
                  "paperAbsentReason",
                  (d, m) -> m.builder.paperAbsentReason(d.string()),
                  (g, m) -> Encoder.optional(g, "paperAbsentReason", m.paperAbsentReason())),
              optional(
                  "parameters",
                  (d, m) -> m.builder.parameters(ValueFields.MEASUREMENT.readObject(d)),
                  (g, m) ->
                      Encoder.object(
                          g, "parameters", m.parameters(), ValueFields.MEASUREMENT::writeObject)),
              optional(
                  "trainingData",
                  (d, m) ->
                      m.builder.addAllTrainingData(
                          d.array("measurements", () -> ValueFields.MEASUREMENT.readObject(d))),
                  (g, m) ->
                      Encoder.list(
                          g,
                          "trainingData",
                          m.trainingData(),
                          ValueFields.MEASUREMENT::writeObject)),
              optional(
                  "results",
                  (d, m) ->
                      m.builder.addAllResults(
                          d.array("measurements", () -> ValueFields.MEASUREMENT.readObject(d))),
                  (g, m) ->
                      Encoder.list(
                          g, "results", m.results(), ValueFields.MEASUREMENT::writeObject)),
              optional(
                  "discrepancies",
                  (d, m) ->
                      m.builder.addAllDiscrepancies(
                          d.array("discrepancies", () -> ValueFields.DISCREPANCY.readObject(d))),
                  (g, m) ->
                      Encoder.list(
                          g,
                          "discrepancies",
                          m.discrepancies(),
                          ValueFields.DISCREPANCY::writeObject)),
              optional(
                  "claims",
                  (d, m) ->
                      m.builder.addAllClaims(
                          d.array("claims", () -> ValueFields.CLAIM.readObject(d))),
                  (g, m) -> Encoder.list(g, "claims", m.claims(), ValueFields.CLAIM::writeObject)),
              required(
                  "sources",
                  (d, m) -> m.builder.addAllSources(d.sources()),
                  (g, m) -> Encoder.sources(g, "sources", m.sources())),
              required(
                  "summary",
                  (d, m) -> m.builder.summary(d.string()),
                  (g, m) -> g.writeStringProperty("summary", m.summary()))));
}
