package io.github.genaitaxonomy.core.analytics;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
import java.time.YearMonth;

/** A small catalog whose figures are worked out by hand in the tests. */
final class AnalyticsFixtures {
  private AnalyticsFixtures() {}

  static final Source SOURCE = Source.arxiv("2107.03374");

  static Organization org(String id, String parent) {
    Organization.Builder b = Organization.builder();
    b.id(id).name("Org " + id).kind(OrganizationKind.COMPANY);
    if (!parent.isEmpty()) {
      b.parent(parent);
    }
    return b.build();
  }

  static GenerativeModel.Builder model(
      String id, String signature, YearMonth released, String... developers) {
    GenerativeModel.Builder b = GenerativeModel.builder();
    b.id(id)
        .name("Model " + id)
        .signature(ModalitySignature.parse(signature))
        .addDevelopers(developers)
        .released(released)
        .paper(Paper.arxiv("2107.03374", "A paper"))
        .addSources(SOURCE)
        .summary("A model.");
    return b;
  }

  static Measurement parameters(long count) {
    return Measurement.of("parameters", Quantity.of(count, Unit.PARAMETERS), SOURCE);
  }

  /**
   * Five models: a, b (2021, text-to-image), c, d (2022, text-to-text), e (2022, text-to-image).
   *
   * <pre>
   * a  2021-02  text->image  alpha-lab          open-weights  1000 params
   * b  2021-11  text->image  beta               api           3000 params
   * c  2022-01  text->text   alpha, beta        api, code     fine-tuned from a
   * d  2022-05  text->text   alpha-lab          closed        built on c
   * e  2022-08  text->image  gamma              (unknown)     5000 params, built on a
   * </pre>
   *
   * <p>alpha-lab belongs to alpha.
   */
  static Catalog catalog() {
    return Catalog.builder()
        .addOrganizations(
            org("alpha", ""), org("alpha-lab", "alpha"), org("beta", ""), org("gamma", ""))
        .addModels(
            model("a", "text->image", YearMonth.of(2021, 2), "alpha-lab")
                .surveyCategory(Category.TEXT_TO_IMAGE)
                .addAccess(Access.OPEN_WEIGHTS)
                .parameters(parameters(1000))
                .build(),
            model("b", "text->image", YearMonth.of(2021, 11), "beta")
                .addAccess(Access.API)
                .parameters(parameters(3000))
                .build(),
            model("c", "text->text", YearMonth.of(2022, 1), "alpha", "beta")
                .surveyCategory(Category.TEXT_TO_TEXT)
                .addAccess(Access.API, Access.CODE)
                .addLineage(LineageEdge.of(LineageRelation.FINE_TUNED_FROM, "a", SOURCE))
                .build(),
            model("d", "text->text", YearMonth.of(2022, 5), "alpha-lab")
                .surveyCategory(Category.TEXT_TO_TEXT)
                .addAccess(Access.CLOSED)
                .addLineage(LineageEdge.of(LineageRelation.BUILT_ON, "c", SOURCE))
                .build(),
            model("e", "text->image", YearMonth.of(2022, 8), "gamma")
                .parameters(parameters(5000))
                .addLineage(LineageEdge.of(LineageRelation.BUILT_ON, "a", SOURCE))
                .build())
        .build();
  }
}
