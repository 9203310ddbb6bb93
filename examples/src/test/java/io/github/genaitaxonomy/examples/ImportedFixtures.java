package io.github.genaitaxonomy.examples;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
import java.time.YearMonth;

/**
 * Small hand-made catalogs as an import of Epoch AI's notable models and of Stanford CRFM's
 * Ecosystem Graphs would give them: a few rows each, with the facts those catalogs publish.
 */
final class ImportedFixtures {
  private ImportedFixtures() {}

  static final Source EPOCH = Source.url("https://epoch.ai/data/notable-ai-models");
  static final Source ECOSYSTEM_GRAPHS =
      Source.url("https://github.com/stanford-crfm/ecosystem-graphs");

  private static Organization org(String id, String name, OrganizationKind kind, Source source) {
    Organization.Builder b = Organization.builder();
    return b.id(id).name(name).kind(kind).addSources(source).build();
  }

  private static GenerativeModel.Builder row(
      String id, String name, String signature, YearMonth published, Source source) {
    GenerativeModel.Builder b = GenerativeModel.builder();
    b.id(id)
        .name(name)
        .signature(ModalitySignature.parse(signature))
        .released(published)
        .addSources(source)
        .summary("Imported row.");
    return b;
  }

  private static Measurement parameters(String amount, Source source) {
    return Measurement.of("parameters", Quantity.of(amount, Unit.PARAMETERS), source);
  }

  /**
   * Epoch: DALL-E 2 (April 2022), the "Stable Diffusion (LDM-KL-8-G)" row (April 2022, the LDM
   * paper's 1.45B-parameter text-to-image model), Phenaki with its University College London
   * co-authors and BloombergGPT with its Johns Hopkins authors.
   */
  static Catalog epoch() {
    return Catalog.builder()
        .addOrganizations(
            org("openai", "OpenAI", OrganizationKind.COMPANY, EPOCH),
            org("google-brain", "Google Brain", OrganizationKind.RESEARCH_LAB, EPOCH),
            org("google-deepmind", "Google DeepMind", OrganizationKind.RESEARCH_LAB, EPOCH),
            org(
                "university-college-london",
                "University College London",
                OrganizationKind.UNIVERSITY,
                EPOCH),
            org("bloomberg", "Bloomberg", OrganizationKind.COMPANY, EPOCH),
            org(
                "johns-hopkins-university",
                "Johns Hopkins University",
                OrganizationKind.UNIVERSITY,
                EPOCH))
        .addModels(
            row("dall-e-2", "DALL-E 2", "text->image", YearMonth.of(2022, 4), EPOCH)
                .addDevelopers("openai")
                .paper(
                    Paper.arxiv(
                        "2204.06125",
                        "Hierarchical Text-Conditional Image Generation with CLIP Latents"))
                .build(),
            row(
                    "stable-diffusion-ldm-kl-8-g",
                    "Stable Diffusion (LDM-KL-8-G)",
                    "text->image",
                    YearMonth.of(2022, 4),
                    EPOCH)
                .paper(
                    Paper.arxiv(
                        "2112.10752",
                        "High-Resolution Image Synthesis with Latent Diffusion Models"))
                .parameters(parameters("1.45e9", EPOCH))
                .build(),
            row("phenaki", "Phenaki", "text->video", YearMonth.of(2022, 10), EPOCH)
                .addDevelopers("google-brain", "university-college-london")
                .paper(
                    Paper.arxiv(
                        "2210.02399",
                        "Phenaki: Variable Length Video Generation From Open Domain Textual"
                            + " Description"))
                .build(),
            row("bloomberggpt", "BloombergGPT", "text->text", YearMonth.of(2023, 3), EPOCH)
                .addDevelopers("bloomberg", "johns-hopkins-university")
                .paper(
                    Paper.arxiv("2303.17564", "BloombergGPT: A Large Language Model for Finance"))
                .build())
        .build();
  }

  /**
   * Ecosystem Graphs: Stable Diffusion by Stability AI (created 2022-08-22, 890M parameters, the
   * CompVis repository, weights public) and BloombergGPT by Bloomberg (created 2023-03-30, 50B
   * parameters, closed).
   */
  static Catalog ecosystemGraphs() {
    return Catalog.builder()
        .addOrganizations(
            org("stability-ai", "Stability AI", OrganizationKind.COMPANY, ECOSYSTEM_GRAPHS),
            org("bloomberg", "Bloomberg", OrganizationKind.COMPANY, ECOSYSTEM_GRAPHS))
        .addModels(
            row(
                    "stable-diffusion",
                    "Stable Diffusion",
                    "text->image",
                    YearMonth.of(2022, 8),
                    Source.url("https://github.com/CompVis/stable-diffusion"))
                .addDevelopers("stability-ai")
                .addAccess(Access.OPEN_WEIGHTS)
                .paperAbsentReason("Ecosystem Graphs links the repository, not a paper")
                .parameters(parameters("890e6", ECOSYSTEM_GRAPHS))
                .build(),
            row(
                    "bloomberggpt",
                    "BloombergGPT",
                    "text->text",
                    YearMonth.of(2023, 3),
                    ECOSYSTEM_GRAPHS)
                .addDevelopers("bloomberg")
                .addAccess(Access.CLOSED)
                .paper(
                    Paper.arxiv("2303.17564", "BloombergGPT: A Large Language Model for Finance"))
                .parameters(parameters("50e9", ECOSYSTEM_GRAPHS))
                .build())
        .build();
  }
}
