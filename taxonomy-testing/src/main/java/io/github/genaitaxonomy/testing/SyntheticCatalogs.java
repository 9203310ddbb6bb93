package io.github.genaitaxonomy.testing;

import com.google.common.collect.ImmutableList;
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
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.TechniqueKind;
import io.github.genaitaxonomy.core.Unit;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic, seeded catalogs of made-up models with realistic field sizes, for load tests,
 * benchmarks and property checks. Same size and seed, same catalog.
 *
 * <pre>{@code
 * Catalog big = SyntheticCatalogs.generate(10_000, 42L);
 * big.models().size();   // 10000
 * }</pre>
 *
 * <p>Nothing here is a fact: every entry is invented and its sources point at example.org. The
 * catalog has one organization per 50 models (at least 8, at most 2,000), 48 techniques in a tree
 * and up to two lineage edges per model, always to an earlier model, so it always validates.
 */
public final class SyntheticCatalogs {
  private static final ImmutableList<String> SIGNATURES =
      ImmutableList.of(
          "text->image",
          "text->text",
          "text->text",
          "text->text",
          "text->code",
          "text->3d",
          "text+image->text",
          "text+image+video->text",
          "text->video",
          "text->speech",
          "speech->text",
          "text->music",
          "audio->audio",
          "text->scientific-text",
          "text+image->action",
          "text->motion",
          "image->image",
          "video->audio");

  private static final ImmutableList<String> WORDS =
      ImmutableList.of(
          "diffusion",
          "transformer",
          "latent",
          "decoder",
          "encoder",
          "sparse",
          "mixture",
          "tokens",
          "captions",
          "frames",
          "speech",
          "robot",
          "preference",
          "instruction",
          "retrieval",
          "contrastive",
          "masked",
          "autoregressive",
          "guidance",
          "distilled");

  private static final ImmutableList<LineageRelation> RELATIONS =
      ImmutableList.copyOf(LineageRelation.values());

  private SyntheticCatalogs() {}

  /**
   * A catalog of {@code models} invented models.
   *
   * @throws IllegalArgumentException when {@code models} is negative
   */
  public static Catalog generate(int models, long seed) {
    checkCount(models);
    ImmutableList<Organization> organizations = organizations(models);
    ImmutableList<Technique> techniques = techniques();
    return Catalog.builder()
        .addOrganizations(organizations)
        .addTechniques(techniques)
        .addModels(
            models(models, seed, organizations, techniques)
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  /**
   * The models of {@link #generate(int, long)}, made one at a time as the stream is consumed, so
   * that millions can be written without holding them all.
   */
  public static Stream<GenerativeModel> models(int models, long seed) {
    checkCount(models);
    return models(models, seed, organizations(models), techniques());
  }

  private static Stream<GenerativeModel> models(
      int models, long seed, List<Organization> organizations, List<Technique> techniques) {
    SplittableRandom random = new SplittableRandom(seed);
    return IntStream.range(0, models)
        .sequential()
        .mapToObj(i -> model(i, random, organizations, techniques));
  }

  private static void checkCount(int models) {
    if (models < 0) {
      throw new IllegalArgumentException("models must not be negative but was " + models);
    }
  }

  /** The organizations of a synthetic catalog of {@code models} models. */
  public static ImmutableList<Organization> organizations(int models) {
    int count = Math.max(8, Math.min(2_000, models / 50));
    List<Organization> organizations = new ArrayList<>(count);
    // Stated kinds only: UNKNOWN is for imported records that name no kind.
    OrganizationKind[] kinds =
        Arrays.stream(OrganizationKind.values())
            .filter(k -> k != OrganizationKind.UNKNOWN)
            .toArray(OrganizationKind[]::new);
    String[] countries = {"US", "GB", "FR", "DE", "CN", "CA", "JP", "KR", "SA", "CH"};
    for (int i = 0; i < count; i++) {
      Organization.Builder builder = Organization.builder();
      builder
          .id("org-" + i)
          .name("Synthetic Organization " + i)
          .kind(kinds[i % kinds.length])
          .country(countries[i % countries.length])
          .addSources(Source.url("https://example.org/organizations/" + i));
      if (i >= 4) {
        builder.parent("org-" + (i % 4));
      }
      organizations.add(builder.build());
    }
    return ImmutableList.copyOf(organizations);
  }

  /** The techniques of every synthetic catalog. */
  public static ImmutableList<Technique> techniques() {
    List<Technique> techniques = new ArrayList<>();
    TechniqueKind[] kinds = TechniqueKind.values();
    for (int i = 0; i < 48; i++) {
      Technique.Builder builder = Technique.builder();
      builder
          .id("technique-" + i)
          .name("Synthetic technique " + i)
          .kind(kinds[i % kinds.length])
          .year(Year.of(1990 + i % 34))
          .reference(Source.url("https://example.org/techniques/" + i))
          .summary("An invented technique number " + i + " for load tests.");
      if (i >= 6) {
        builder.parent("technique-" + (i % 6));
      }
      techniques.add(builder.build());
    }
    return ImmutableList.copyOf(techniques);
  }

  private static GenerativeModel model(
      int index,
      SplittableRandom random,
      List<Organization> organizations,
      List<Technique> techniques) {
    String id = "model-" + index;
    YearMonth released = YearMonth.of(2015 + random.nextInt(10), 1 + random.nextInt(12));
    String arxiv =
        String.format(
            Locale.ROOT,
            "%02d%02d.%05d",
            released.getYear() % 100,
            released.getMonthValue(),
            random.nextInt(100_000));
    Source paper = Source.arxiv(arxiv);
    ModalitySignature signature =
        ModalitySignature.parse(SIGNATURES.get(random.nextInt(SIGNATURES.size())));
    GenerativeModel.Builder builder = GenerativeModel.builder();
    builder
        .id(id)
        .name("Synthetic Model " + index)
        .addAliases("SM-" + index)
        .signature(signature)
        .released(released)
        .paper(Paper.of(sentence(random, 6 + random.nextInt(6)), paper))
        .addSources(paper, Source.url("https://example.org/models/" + index))
        .summary(sentence(random, 30 + random.nextInt(30)));
    Category category = Category.survey().get(random.nextInt(Category.survey().size()));
    if (random.nextInt(4) == 0) {
      builder.surveyCategory(category);
    }
    int developers = 1 + random.nextInt(3);
    int first = random.nextInt(organizations.size());
    for (int d = 0; d < developers; d++) {
      builder.addDevelopers(organizations.get((first + d * 7) % organizations.size()).id());
    }
    int techniqueCount = 1 + random.nextInt(4);
    int firstTechnique = random.nextInt(techniques.size());
    for (int t = 0; t < techniqueCount; t++) {
      builder.addTechniques(techniques.get((firstTechnique + t * 5) % techniques.size()).id());
    }
    Access[] access = Access.values();
    builder.addAccess(access[random.nextInt(access.length - 1)]);
    if (index > 0) {
      int edges = random.nextInt(3);
      int target = random.nextInt(index);
      for (int e = 0; e < edges && target >= 0; e++, target -= 1 + random.nextInt(5)) {
        builder.addLineage(
            LineageEdge.of(
                RELATIONS.get(random.nextInt(RELATIONS.size())), "model-" + target, paper));
      }
    }
    builder.parameters(
        Measurement.of(
            "parameters",
            Quantity.of(1_000_000L * (1 + random.nextInt(500_000)), Unit.PARAMETERS),
            paper));
    builder.addTrainingData(
        Measurement.of(
            "training tokens",
            Quantity.of(1_000_000_000L * (1 + random.nextInt(3_000)), Unit.TOKENS),
            paper));
    if (random.nextInt(10) == 0) {
      builder.addDiscrepancies(
          Discrepancy.of(
              DiscrepancyKind.WRONG_DATE,
              Claim.of(
                  ClaimAttribute.RELEASED,
                  "2022",
                  Source.url("https://example.org/survey"),
                  Confidence.DISPUTED),
              Claim.of(ClaimAttribute.RELEASED, released.toString(), paper, Confidence.CONFIRMED)));
    }
    return builder.build();
  }

  private static String sentence(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder("Synthetic");
    for (int w = 1; w < words; w++) {
      text.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return text.append('.').toString();
  }
}
