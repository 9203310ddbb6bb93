package io.github.genaitaxonomy.data;

import static io.github.genaitaxonomy.data.Facts.SEED_000;
import static io.github.genaitaxonomy.data.Facts.SEED_001;
import static io.github.genaitaxonomy.data.Facts.SEED_002;
import static io.github.genaitaxonomy.data.Facts.actualSecondary;
import static io.github.genaitaxonomy.data.Facts.discrepancy;
import static io.github.genaitaxonomy.data.Facts.seed;
import static io.github.genaitaxonomy.data.Facts.survey;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Errors of the survey and its write-ups that concern the survey as a whole rather than one model;
 * the per-model errors are on the models themselves.
 *
 * <pre>{@code
 * Registry.SURVEY_WIDE_DISCREPANCIES.contains(SurveyErrata.SIX_ORGANIZATIONS);   // true
 * }</pre>
 */
public final class SurveyErrata {
  // Ordering: the survey's own errors first, then those of the write-ups, each in the order of
  // the text they correct. Constants are named after the claim they correct; discrepancies have
  // no id.

  private static final List<Discrepancy> ALL = new ArrayList<>();

  private SurveyErrata() {}

  /** Appends a constant to this holder's list, in declaration order, and returns it. */
  private static Discrepancy register(Discrepancy constant) {
    ALL.add(constant);
    return constant;
  }

  /** Every constant of this holder, in declaration order. */
  static ImmutableList<Discrepancy> all() {
    return ImmutableList.copyOf(ALL);
  }

  // The survey

  /**
   * The survey's claim that six organizations deploy all these models. Source: survey §2 and its
   * Figure 3; the six names are seed 002's reading of the figure.
   */
  public static final Discrepancy SIX_ORGANIZATIONS =
      register(
          discrepancy(
              DiscrepancyKind.OTHER,
              survey(
                  ClaimAttribute.DEVELOPERS,
                  "only six organizations (OpenAI, Google, DeepMind, Meta, Runway, NVIDIA) deploy these"
                      + " models",
                  "survey §2 and Figure 3, names as seed 002 lists them; §2 adds that these"
                      + " companies deploy the models with acquired start-ups and academic"
                      + " collaborations"),
              actualSecondary(
                  ClaimAttribute.DEVELOPERS,
                  "Google and DeepMind share one parent, Alphabet, and several entries are academic or"
                      + " joint work: VisualGPT (KAUST, CMU, NTU), the human motion diffusion model (Tel"
                      + " Aviv University), Soundify (CMU, Runway), Stable Diffusion (CompVis at LMU,"
                      + " Runway, Stability AI), DreamFusion (Google, UC Berkeley), PEER (Meta AI, CMU,"
                      + " Inria and ENS-PSL, UCL)",
                  SEED_002,
                  "seed 002 itself lists the academic makers; each model's own paper confirms them")));

  /**
   * The survey's framing of its models as 2022 releases, with LaMDA (2021) and Muse (2023) the only
   * exceptions its Figure 2 names. Source: survey §2 and Figure 2, as seed 000 describes them.
   */
  public static final Discrepancy ALL_RELEASED_IN_2022 =
      register(
          discrepancy(
              DiscrepancyKind.RELEASED_BEFORE_2022,
              survey(
                  ClaimAttribute.RELEASED,
                  "apart from LaMDA (2021) and Muse (2023), the covered models are 2022 releases",
                  "survey §2 and Figure 2, as seed 000 describes them; seed 002 says \"21 generative"
                      + " models published in 2022\""),
              actualSecondary(
                  ClaimAttribute.RELEASED,
                  "Jukebox 2020-04, Codex 2021-07, VisualGPT 2021-02 and Soundify 2021-12 are also"
                      + " older than 2022",
                  Source.arxiv("2005.00341"),
                  "a summary of four models: only Jukebox's date is from the source given; each other"
                      + " date is sourced, with its own confidence, on that model's discrepancy")));

  // The write-ups

  /** Seed 000's claim that all but LaMDA and Muse are 2022 models. Source: seed 000. */
  public static final Discrepancy SEED_000_RELEASE_YEARS =
      register(
          discrepancy(
              DiscrepancyKind.SEED_ERROR,
              seed(
                  SEED_000,
                  ClaimAttribute.RELEASED,
                  "apart from LaMDA and Muse, all models were released in 2022",
                  "seed 000, describing the survey's Figure 2"),
              actualSecondary(
                  ClaimAttribute.RELEASED,
                  "false for Jukebox (2020), Codex (2021), VisualGPT (2021) and Soundify (2021);"
                      + " LaMDA does date from 2021 and Muse from 2023",
                  Source.arxiv("2107.03374"),
                  "a summary of four models: only Codex's year is from the source given; Jukebox,"
                      + " VisualGPT and Soundify are arXiv 2005.00341, 2102.10407 and 2112.09726, and"
                      + " each year is sourced on that model's discrepancy")));

  /** Seed 002's count of 21 models in nine categories. Source: seed 002. */
  public static final Discrepancy TWENTY_ONE_MODELS =
      register(
          discrepancy(
              DiscrepancyKind.OTHER,
              seed(
                  SEED_002,
                  ClaimAttribute.SURVEY_COVERAGE,
                  "21 models in nine categories",
                  "seed 002"),
              actualSecondary(
                  ClaimAttribute.SURVEY_COVERAGE,
                  "sections 3.1 to 3.9 name 23 models, plus unnamed human-motion models and ChatBCG;"
                      + " which 21 Figure 1 shows is unresolved",
                  SEED_001,
                  "the translation of the survey's sections; Figure 1 could not be read")));
}
