package io.github.genaitaxonomy.examples;

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
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.TechniqueKind;
import io.github.genaitaxonomy.core.Unit;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Made-up catalogs that stress the layouts: long names and organization names, several developers,
 * lineage chains that skip layers, techniques, discrepancies, models outside the survey and release
 * dates years apart. Same size and seed, same catalog.
 */
final class TestCatalogs {
  private static final String[] SIGNATURES = {
    "text->image",
    "text->3d",
    "image->text",
    "text->video",
    "text->speech",
    "text->text",
    "text->code",
    "text->scientific-text",
    "text+image->action",
    "speech->text",
    "text+image+video->text",
    "text->motion",
    "->image"
  };

  private static final String[] WORDS = {
    "Diffusion", "Transformer", "Latent", "Decoder", "Sparse", "Mixture", "Retrieval",
    "Contrastive", "Autoregressive", "Guidance", "Distilled", "Whisperwind", "Wombat", "MMMM"
  };

  private static final String[] ORGANIZATION_NAMES = {
    "OpenAI",
    "Google Research",
    "DeepMind",
    "Meta AI",
    "Nanyang Technological University",
    "King Abdullah University of Science and Technology",
    "Stability AI",
    "W",
    "Carnegie Mellon",
    "Microsoft",
    "NVIDIA",
    "Tsinghua University",
    "Allen Institute for Artificial Intelligence",
    "Hugging Face",
    "Anthropic"
  };

  private static final List<OrganizationKind> KINDS =
      List.of(
          OrganizationKind.COMPANY,
          OrganizationKind.UNIVERSITY,
          OrganizationKind.RESEARCH_LAB,
          OrganizationKind.NONPROFIT,
          OrganizationKind.COMMUNITY);

  private static final List<LineageRelation> RELATIONS =
      List.of(
          LineageRelation.FINE_TUNED_FROM,
          LineageRelation.BUILT_ON,
          LineageRelation.SUCCESSOR_OF,
          LineageRelation.DISTILLED_FROM,
          LineageRelation.TRAINED_WITH,
          LineageRelation.VARIANT_OF);

  private TestCatalogs() {}

  /** A catalog of {@code size} made-up models. */
  static Catalog synthetic(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Organization> organizations = new ArrayList<>();
    int organizationCount = Math.min(ORGANIZATION_NAMES.length, Math.max(1, size / 3 + 1));
    for (int i = 0; i < organizationCount; i++) {
      organizations.add(
          Organization.builder()
              .id("org-" + i)
              .name(ORGANIZATION_NAMES[i])
              .kind(KINDS.get(i % KINDS.size()))
              .country(i % 2 == 0 ? "US" : "GB")
              .addSources(Source.url("https://example.org/org/" + i))
              .build());
    }
    List<Technique> techniques =
        List.of(
            technique("transformer", "Transformer"),
            technique("diffusion", "Denoising diffusion probabilistic model"),
            technique("rlhf", "Reinforcement learning from human feedback"));
    List<GenerativeModel> models = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String name = name(i, random);
      ModalitySignature signature = ModalitySignature.parse(SIGNATURES[i % SIGNATURES.length]);
      GenerativeModel.Builder model =
          GenerativeModel.builder()
              .id("model-" + i)
              .name(name)
              .signature(signature)
              .released(YearMonth.of(2015 + random.nextInt(9), 1 + random.nextInt(12)))
              .addSources(Source.url("https://example.org/model/" + i))
              .summary("A made-up model for layout tests.");
      if (i % 5 != 4) {
        Category category =
            signature.pairs().isEmpty()
                ? Category.OTHER
                : Category.of(signature.pairs().get(0).toSurveyTerms());
        model.surveyCategory(category.isSurveyCategory() ? category : Category.OTHER);
      }
      int developers = 1 + (i % 7 == 3 ? 2 : 0) + (i % 4 == 1 ? 1 : 0);
      Set<String> developerIds = new LinkedHashSet<>();
      for (int d = 0; d < developers; d++) {
        developerIds.add("org-" + ((i + d * 5) % organizationCount));
      }
      if (i % 11 != 10) {
        model.addAllDevelopers(developerIds); // else: no source names the maker
      }
      if (d(i)) {
        model.paper(Paper.arxiv("2204.0" + String.format("%04d", i % 10000), "Paper " + i));
      } else {
        model.paperAbsentReason("A blog post only.");
      }
      if (i % 3 == 0) {
        model.parameters(
            Measurement.of(
                "parameters",
                Quantity.of(1_000_000L * (1 + random.nextInt(200_000)), Unit.PARAMETERS),
                Source.url("https://example.org/model/" + i)));
      }
      // Lineage: to earlier models, sometimes far back, and to techniques.
      List<String> targets = new ArrayList<>();
      if (i > 0 && i % 2 == 0) {
        targets.add("model-" + (i - 1 - random.nextInt(Math.min(i, 6))));
      }
      if (i > 8 && i % 3 == 0) {
        String far = "model-" + random.nextInt(i / 3);
        if (!targets.contains(far)) {
          targets.add(far);
        }
      }
      if (i % 4 == 0) {
        targets.add(techniques.get(i % techniques.size()).id());
      }
      for (int t = 0; t < targets.size(); t++) {
        model.addLineage(
            LineageEdge.of(
                RELATIONS.get((i + t) % RELATIONS.size()),
                targets.get(t),
                Source.url("https://example.org/model/" + i)));
      }
      if (i % 6 == 1) {
        model.addDiscrepancies(
            Discrepancy.of(
                DiscrepancyKind.WRONG_ORGANIZATION,
                Claim.of(
                    ClaimAttribute.DEVELOPERS,
                    "Somebody Else Entirely",
                    Source.arxiv("2301.04655"),
                    Confidence.DISPUTED),
                Claim.of(
                    ClaimAttribute.DEVELOPERS,
                    ORGANIZATION_NAMES[i % organizationCount],
                    Source.url("https://example.org/model/" + i),
                    Confidence.CONFIRMED)));
      }
      models.add(model.build());
    }
    return Catalog.builder()
        .addOrganizations(organizations)
        .addTechniques(techniques)
        .addModels(models)
        .build();
  }

  private static boolean d(int i) {
    return i % 3 != 2;
  }

  private static String name(int i, SplittableRandom random) {
    return switch (i % 6) {
      case 0 -> WORDS[random.nextInt(WORDS.length)] + "-" + i;
      case 1 ->
          "The "
              + WORDS[random.nextInt(WORDS.length)]
              + " "
              + WORDS[random.nextInt(WORDS.length)]
              + " "
              + WORDS[random.nextInt(WORDS.length)]
              + " Model Number "
              + i;
      case 2 -> "M" + i;
      case 3 -> "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW" + i;
      case 4 -> "DALL·E " + i + " (unCLIP) with a very long descriptive name that goes on";
      default -> "Model <&> \"" + i + "\" | pipe, comma";
    };
  }

  private static Technique technique(String id, String name) {
    return Technique.builder().id(id).name(name).kind(TechniqueKind.GENERATIVE_FAMILY).build();
  }
}
