package io.github.genaitaxonomy.core;

import java.time.YearMonth;

/** Small valid values to derive violating ones from. */
final class Fixtures {
  private Fixtures() {}

  static final Source PAPER_SOURCE = Source.arxiv("2107.03374");

  static Organization.Builder organization(String id) {
    Organization.Builder builder = Organization.builder();
    builder.id(id).name("Org " + id).kind(OrganizationKind.COMPANY).country("US");
    return builder;
  }

  static Technique.Builder technique(String id) {
    Technique.Builder builder = Technique.builder();
    builder.id(id).name("Technique " + id).kind(TechniqueKind.BACKBONE_ARCHITECTURE);
    return builder;
  }

  static GenerativeModel.Builder model(String id) {
    GenerativeModel.Builder builder = GenerativeModel.builder();
    builder
        .id(id)
        .name("Model " + id)
        .signature(ModalitySignature.parse("text->code"))
        .addDevelopers("openai")
        .released(YearMonth.of(2021, 7))
        .paper(Paper.arxiv("2107.03374", "Evaluating Large Language Models Trained on Code"))
        .addSources(PAPER_SOURCE)
        .summary("A model.");
    return builder;
  }

  static Measurement parameters(long count) {
    return Measurement.of("parameters", Quantity.of(count, Unit.PARAMETERS), PAPER_SOURCE);
  }
}
