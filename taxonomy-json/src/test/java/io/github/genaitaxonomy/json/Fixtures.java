package io.github.genaitaxonomy.json;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.ModalityPair;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.TechniqueKind;
import io.github.genaitaxonomy.core.Unit;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;

/** Catalogs for the tests: a small one that uses every attribute, and generated big ones. */
final class Fixtures {
  private Fixtures() {}

  /** A catalog that uses every attribute of every type, every source kind and odd text. */
  static Catalog rich() {
    Organization alphabet =
        Organization.builder()
            .id("alphabet")
            .name("Alphabet")
            .kind(OrganizationKind.COMPANY)
            .country("US")
            .addSources(Source.url("https://abc.xyz/"))
            .build();
    Organization deepMind =
        Organization.builder()
            .id("deepmind")
            .name("DeepMind")
            .kind(OrganizationKind.RESEARCH_LAB)
            .country("GB")
            .parent("alphabet")
            .addSources(
                Source.url("https://deepmind.google/about/"),
                Source.seed("001_16f3bec8d293b44f.txt"))
            .build();
    Organization openAi =
        Organization.builder().id("openai").name("OpenAI").kind(OrganizationKind.COMPANY).build();
    Organization kaust =
        Organization.builder()
            .id("kaust")
            .name("King Abdullah University of Science and Technology")
            .kind(OrganizationKind.UNIVERSITY)
            .country("SA")
            .build();

    Technique transformer =
        Technique.builder()
            .id("transformer")
            .name("Transformer")
            .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
            .year(Year.of(2017))
            .reference(Source.arxiv("1706.03762"))
            .summary("An encoder-decoder built from attention alone.")
            .build();
    Technique diffusion =
        Technique.builder()
            .id("diffusion")
            .name("Diffusion")
            .kind(TechniqueKind.GENERATIVE_FAMILY)
            .build();
    Technique ddpm =
        Technique.builder()
            .id("ddpm")
            .name("Denoising diffusion probabilistic model")
            .kind(TechniqueKind.GENERATIVE_FAMILY)
            .parent("diffusion")
            .year(Year.of(2020))
            .reference(Source.arxiv("2006.11239"))
            .build();
    Technique lstm =
        Technique.builder()
            .id("lstm")
            .name("Long short-term memory")
            .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
            .year(Year.of(1997))
            .reference(Source.doi("10.1162/neco.1997.9.8.1735"))
            .build();

    GenerativeModel gpt3 =
        GenerativeModel.builder()
            .id("gpt-3")
            .name("GPT-3")
            .signature(ModalitySignature.parse("text->text"))
            .addDevelopers("openai")
            .released(YearMonth.of(2020, 5))
            .addAccess(Access.API)
            .addTechniques("transformer")
            .paper(Paper.arxiv("2005.14165", "Language Models are Few-Shot Learners"))
            .parameters(
                Measurement.of(
                    "parameters",
                    Quantity.of(175_000_000_000L, Unit.PARAMETERS),
                    Source.arxiv("2005.14165")))
            .addSources(Source.arxiv("2005.14165"))
            .summary("A 175-billion-parameter autoregressive language model.")
            .build();

    GenerativeModel everything =
        GenerativeModel.builder()
            .id("dall-e-2")
            .name("DALL·E 2")
            .addAliases("DALL-E 2", "unCLIP")
            .surveyCategory(Category.TEXT_TO_IMAGE)
            .signature(ModalitySignature.parse("text+image->image"))
            .addDevelopers("openai", "deepmind")
            .released(YearMonth.of(2022, 4))
            .addAccess(Access.WAITLIST, Access.API)
            .addTechniques("transformer", "ddpm")
            .addLineage(
                LineageEdge.of(LineageRelation.BUILT_ON, "gpt-3", Source.arxiv("2204.06125")))
            .addLineage(
                LineageEdge.builder()
                    .relation(LineageRelation.TRAINED_WITH)
                    .target("ddpm")
                    .source(Source.url("https://openai.com/dall-e-2"))
                    .note("the decoder is a diffusion model")
                    .build())
            .paper(
                Paper.arxiv(
                    "2204.06125",
                    "Hierarchical Text-Conditional Image Generation with CLIP Latents"))
            .parameters(
                Measurement.builder()
                    .subject("decoder and prior")
                    .quantity(Quantity.of(new BigDecimal("5.5e9"), Unit.PARAMETERS))
                    .source(Source.arxiv("2204.06125"))
                    .confidence(Confidence.ESTIMATE)
                    .note("3.5B decoder plus 1B prior")
                    .build())
            .addTrainingData(
                Measurement.of(
                    "image-text pairs",
                    Quantity.of(650_000_000L, Unit.IMAGE_TEXT_PAIRS),
                    Source.arxiv("2204.06125")),
                Measurement.builder()
                    .subject("filtered web text")
                    .quantity(Quantity.of(new BigDecimal("715.1e9"), Unit.BYTES))
                    .source(Source.doi("10.48550/arXiv.2204.06125"))
                    .confidence(Confidence.SECONDARY)
                    .build())
            .addResults(
                Measurement.builder()
                    .subject("preferred over GLIDE for photorealism")
                    .quantity(Quantity.of("61.7", Unit.PERCENT))
                    .source(Source.arxiv("2204.06125"))
                    .confidence(Confidence.DISPUTED)
                    .note("human raters; \"photorealism\" axis, with a tab\tand a\nnewline")
                    .build(),
                Measurement.of(
                    "sampling speed-up",
                    Quantity.of(new BigDecimal("0.000125"), Unit.TIMES),
                    Source.arxiv("2204.06125")))
            .addDiscrepancies(
                Discrepancy.of(
                    DiscrepancyKind.WRONG_ORGANIZATION,
                    Claim.builder()
                        .attribute(ClaimAttribute.DEVELOPERS)
                        .value("OpenAI and Google")
                        .source(Source.arxiv("2301.04655"))
                        .confidence(Confidence.DISPUTED)
                        .note("table 1 of the survey")
                        .build(),
                    Claim.of(
                        ClaimAttribute.DEVELOPERS,
                        "OpenAI",
                        Source.arxiv("2204.06125"),
                        Confidence.CONFIRMED)))
            .addSources(
                Source.arxiv("2204.06125"),
                Source.url("https://openai.com/dall-e-2"),
                Source.doi("10.48550/arXiv.2204.06125"),
                Source.seed("001_16f3bec8d293b44f.txt"))
            .summary(
                "Generates images from text with a CLIP prior and a diffusion decoder. ✓ «quoted» \\ backslash")
            .build();

    GenerativeModel noPaper =
        GenerativeModel.builder()
            .id("speech-reader")
            .name("Speech Reader")
            .surveyCategory(Category.of(ModalityPair.parse("speech->text")))
            .signature(ModalitySignature.parse("speech->text"))
            .addDevelopers("kaust")
            .released(YearMonth.of(2023, 1))
            .addAccess(Access.CLOSED)
            .addLineage(
                LineageEdge.of(
                    LineageRelation.FINE_TUNED_FROM,
                    "gpt-3",
                    Source.url("https://example.org/post?id=1&x=%20")))
            .paperAbsentReason("Only a blog post was published")
            .addSources(Source.url("https://example.org/post?id=1&x=%20"))
            .summary("A made-up model with no paper.")
            .build();

    GenerativeModel doiPaper =
        GenerativeModel.builder()
            .id("lstm-lm")
            .name("LSTM language model")
            .signature(ModalitySignature.parse("text->text"))
            .addDevelopers("kaust")
            .released(YearMonth.of(1997, 11))
            .addTechniques("lstm")
            .paper(Paper.of("Long Short-Term Memory", Source.doi("10.1162/neco.1997.9.8.1735")))
            .addSources(Source.doi("10.1162/neco.1997.9.8.1735"))
            .summary("An old one.")
            .build();

    GenerativeModel urlPaper =
        GenerativeModel.builder()
            .id("url-paper")
            .name("URL paper")
            .surveyCategory(Category.OTHER)
            .signature(ModalitySignature.parse("text+image+video->text+action"))
            .addDevelopers("deepmind")
            .released(YearMonth.of(2022, 12))
            .paper(Paper.of("A Report", Source.url("https://example.org/report.pdf")))
            .addSources(Source.url("https://example.org/report.pdf"))
            .summary("Paper at a URL.")
            .build();

    GenerativeModel unconditional =
        GenerativeModel.builder()
            .id("unconditional-ddpm")
            .name("Unconditional DDPM")
            .signature(ModalitySignature.parse("->image"))
            .addDevelopers("deepmind")
            .released(YearMonth.of(2020, 6))
            .addAccess(Access.OPEN_WEIGHTS, Access.CODE)
            .addTechniques("ddpm")
            .paper(Paper.arxiv("2006.11239", "Denoising Diffusion Probabilistic Models"))
            .addSources(Source.arxiv("2006.11239"))
            .summary("Samples images from noise, with no input.")
            .build();

    return Catalog.builder()
        .addOrganizations(alphabet, deepMind, openAi, kaust)
        .addTechniques(transformer, diffusion, ddpm, lstm)
        .addModels(gpt3, everything, noPaper, doiPaper, urlPaper, unconditional)
        .build();
  }

  /**
   * {@code count} generated models, each with lineage to an earlier one, over a few organizations.
   */
  static Catalog generated(int count) {
    Catalog.Builder catalog = Catalog.builder();
    int organizations = Math.max(1, count / 50);
    for (int i = 0; i < organizations; i++) {
      catalog.addOrganizations(
          Organization.builder()
              .id("org-" + i)
              .name("Organization " + i)
              .kind(i % 2 == 0 ? OrganizationKind.COMPANY : OrganizationKind.UNIVERSITY)
              .build());
    }
    catalog.addTechniques(
        Technique.builder()
            .id("transformer")
            .name("Transformer")
            .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
            .build());
    String[] signatures = {
      "text->image", "text->text", "text+image->text", "speech->text", "text->3d"
    };
    for (int i = 0; i < count; i++) {
      GenerativeModel.Builder model =
          GenerativeModel.builder()
              .id("model-" + i)
              .name("Model " + i)
              .signature(ModalitySignature.parse(signatures[i % signatures.length]))
              .addDevelopers("org-" + (i % organizations))
              .released(YearMonth.of(2015 + i % 9, 1 + i % 12))
              .addTechniques("transformer")
              .paperAbsentReason("generated")
              .parameters(
                  Measurement.of(
                      "parameters",
                      Quantity.of(
                          new BigDecimal(i).movePointLeft(i % 4).add(BigDecimal.ONE),
                          Unit.PARAMETERS),
                      Source.url("https://example.org/m/" + i)))
              .addSources(Source.url("https://example.org/m/" + i))
              .summary("Generated model number " + i + ".");
      if (i > 0) {
        model.addLineage(
            LineageEdge.of(
                LineageRelation.SUCCESSOR_OF,
                "model-" + (i / 2),
                Source.url("https://example.org/m/" + i)));
      }
      catalog.addModels(model.build());
    }
    return catalog.build();
  }
}
