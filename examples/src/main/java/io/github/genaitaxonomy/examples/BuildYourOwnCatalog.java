package io.github.genaitaxonomy.examples;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.CatalogValidationException;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.TechniqueKind;
import io.github.genaitaxonomy.core.Unit;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * Builds a catalog of one's own models with the builders, queries it, and shows what validation
 * reports when a reference does not resolve.
 *
 * <pre>{@code
 * Catalog mine = Catalog.builder()
 *     .addOrganizations(lab)
 *     .addTechniques(diffusion)
 *     .addModels(painter, painterXl)
 *     .build();                          // checks ids and references, all at once
 * }</pre>
 *
 * <p>A catalog of your own can be joined to the built-in one with {@code Catalog.union}.
 */
public final class BuildYourOwnCatalog {
  private BuildYourOwnCatalog() {}

  /** Builds, queries and prints a two-model catalog, then a broken one. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Source blog = Source.url("https://example.org/acme/painter");

    Organization lab =
        Organization.builder()
            .id("acme-labs")
            .name("Acme Labs")
            .kind(OrganizationKind.RESEARCH_LAB)
            .country("NL")
            .addSources(blog)
            .build();
    Technique diffusion =
        Technique.builder()
            .id("diffusion")
            .name("Diffusion model")
            .kind(TechniqueKind.GENERATIVE_FAMILY)
            .year(Year.of(2015))
            .reference(Source.arxiv("1503.03585"))
            .build();
    GenerativeModel painter =
        GenerativeModel.builder()
            .id("acme-painter")
            .name("Acme Painter")
            .surveyCategory(Category.TEXT_TO_IMAGE)
            .signature(ModalitySignature.parse("text->image"))
            .addDevelopers(lab.id())
            .released(YearMonth.of(2023, 3))
            .addAccess(Access.API)
            .addTechniques(diffusion.id())
            .addLineage(LineageEdge.of(LineageRelation.BUILT_ON, diffusion.id(), blog))
            .paperAbsentReason("Announced in a blog post only")
            .parameters(
                Measurement.of("parameters", Quantity.of(900_000_000L, Unit.PARAMETERS), blog))
            .addSources(blog)
            .summary("A made-up text-to-image model, to show the builders.")
            .build();
    // Start from an existing model and change what differs.
    GenerativeModel painterXl =
        GenerativeModel.builder()
            .from(painter)
            .id("acme-painter-xl")
            .name("Acme Painter XL")
            .released(YearMonth.of(2023, 9))
            .access(List.of(Access.OPEN_WEIGHTS))
            .lineage(List.of(LineageEdge.of(LineageRelation.SUCCESSOR_OF, painter.id(), blog)))
            .parameters(
                Measurement.of("parameters", Quantity.of(3_500_000_000L, Unit.PARAMETERS), blog))
            .build();

    Catalog mine =
        Catalog.builder()
            .addOrganizations(lab)
            .addTechniques(diffusion)
            .addModels(painter, painterXl)
            .build();
    out.println("Built " + mine);
    out.println("Text-to-image: " + mine.query().surveyCategory(Category.TEXT_TO_IMAGE).ids());
    out.println("Open weights:  " + mine.query().access(Access.OPEN_WEIGHTS).ids());
    out.println("Image output:  " + mine.query().output(Modality.IMAGE).ids());
    out.println("Lineage:       " + mine.lineage().edges());
    out.println("Statistics:    " + mine.statistics().modelsByMonth());

    // A model that names an organization the catalog lacks: validation reports every problem.
    GenerativeModel orphan =
        GenerativeModel.builder()
            .from(painter)
            .id("orphan")
            .developers(List.of("no-such-lab"))
            .build();
    try {
      Catalog broken = mine.toBuilder().addModels(orphan).build();
      throw new IllegalStateException("the broken catalog should not build: " + broken);
    } catch (CatalogValidationException expected) {
      out.println("Validation:    " + expected.getMessage());
    }
  }
}
