package io.github.genaitaxonomy.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each test pins one fact corrected against its primary source; see docs/data-audit.md. */
class CorrectedFactsTest {

  @Test
  void should_date_instructgpt_to_january_2022_when_openai_made_it_the_api_default() {
    assertThat(BaseModels.INSTRUCTGPT.released()).isEqualTo(YearMonth.of(2022, 1));
    assertThat(BaseModels.INSTRUCTGPT.sources())
        .contains(Source.url("https://openai.com/blog/instruction-following/"));
  }

  @Test
  void should_date_clip_to_january_2021_when_it_was_announced_with_the_paper() {
    assertThat(BaseModels.CLIP.released()).isEqualTo(YearMonth.of(2021, 1));
    assertThat(BaseModels.CLIP.sources()).contains(Source.url("https://openai.com/blog/clip/"));
  }

  @Test
  void should_cite_the_nature_doi_and_the_deepmind_repository_when_describing_alphatensor() {
    Source nature = Source.doi("10.1038/s41586-022-05172-4");
    assertThat(SurveyModels.ALPHATENSOR.paper())
        .hasValueSatisfying(p -> assertThat(p.source()).isEqualTo(nature));
    assertThat(SurveyModels.ALPHATENSOR.access()).contains(Access.CODE);
    assertThat(SurveyModels.ALPHATENSOR.sources())
        .contains(nature, Source.url("https://github.com/google-deepmind/alphatensor"));
    assertThat(SurveyModels.ALPHATENSOR.lineage())
        .allSatisfy(e -> assertThat(e.source()).isEqualTo(nature));
  }

  @Test
  void should_credit_johns_hopkins_when_listing_the_makers_of_bloomberggpt() {
    assertThat(Models2023.BLOOMBERGGPT.developers())
        .containsExactly("bloomberg", "johns-hopkins-university");
    assertThat(Models2023.BLOOMBERGGPT.sources())
        .contains(Source.url("https://hub.jhu.edu/2023/05/31/ai-chatbot-speaks-finance/"));
  }

  @Test
  void should_credit_ucl_when_listing_the_makers_of_phenaki() {
    assertThat(SurveyModels.PHENAKI.developers())
        .containsExactly("google-brain", "university-college-london");
  }

  @Test
  void should_measure_tpu_core_hours_not_gpu_hours_when_recording_the_nfnet_budget() {
    Measurement budget =
        Models2023.NFNET_CONVNETS_AT_SCALE.trainingData().stream()
            .filter(m -> m.subject().contains("TPU-v4 core hours"))
            .findFirst()
            .orElseThrow();
    assertThat(budget.quantity()).isEqualTo(Quantity.of("110000", Unit.HOURS));
    assertThat(budget.source()).isEqualTo(Source.arxiv("2310.16764"));
  }

  @Test
  void should_list_the_web_demo_when_describing_how_alpaca_was_released() {
    assertThat(Models2023.ALPACA.access()).containsExactlyInAnyOrder(Access.DEMO, Access.CODE);
    assertThat(Models2023.ALPACA.trainingData())
        .extracting(Measurement::quantity)
        .contains(Quantity.of("52000", Unit.EXAMPLES));
  }

  @Test
  void should_attribute_the_2022_date_of_lamda_to_seed_002_when_the_survey_says_2021() {
    Discrepancy early = only(SurveyModels.LAMDA, DiscrepancyKind.RELEASED_BEFORE_2022);
    assertThat(early.claimed().source()).isEqualTo(Facts.SEED_002);
    assertThat(early.claimed().note()).hasValueSatisfying(n -> assertThat(n).contains("2021"));
    Discrepancy muse = only(SurveyModels.MUSE, DiscrepancyKind.WRONG_DATE);
    assertThat(muse.claimed().source()).isEqualTo(Facts.SEED_002);
    assertThat(muse.claimed().note()).hasValueSatisfying(n -> assertThat(n).contains("2023"));
  }

  @Test
  void should_quote_the_survey_exceptions_when_recording_the_all_from_2022_erratum() {
    assertThat(SurveyErrata.ALL_RELEASED_IN_2022.claimed().value()).contains("LaMDA", "Muse");
    assertThat(SurveyErrata.ALL_RELEASED_IN_2022.actual().value())
        .contains("Jukebox", "Codex", "VisualGPT", "Soundify")
        .doesNotContain("LaMDA", "Muse");
  }

  @Test
  void should_cite_the_paper_when_stating_the_size_of_the_jukebox_vq_vae() {
    Discrepancy parameters =
        SurveyModels.JUKEBOX.discrepancies().stream()
            .filter(d -> d.actual().attribute() == ClaimAttribute.PARAMETERS)
            .findFirst()
            .orElseThrow();
    assertThat(parameters.actual().value()).contains("2 million");
    assertThat(parameters.actual().source()).isEqualTo(Source.arxiv("2005.00341"));
  }

  @Test
  void should_record_the_paper_and_the_api_when_describing_stable_diffusion() {
    assertThat(SurveyModels.STABLE_DIFFUSION.paper())
        .hasValueSatisfying(p -> assertThat(p.source()).isEqualTo(Source.arxiv("2112.10752")));
    Discrepancy access =
        SurveyModels.STABLE_DIFFUSION.discrepancies().stream()
            .filter(d -> d.actual().attribute() == ClaimAttribute.ACCESS)
            .findFirst()
            .orElseThrow();
    assertThat(access.actual().value()).contains("an API existed");
    assertThat(access.actual().confidence()).isEqualTo(Confidence.SECONDARY);
  }

  @Test
  void should_not_file_physdiff_under_the_survey_when_only_a_seed_names_it() {
    assertThat(SurveyModels.PHYSDIFF.surveyCategory()).isEmpty();
    Discrepancy coverage = only(SurveyModels.PHYSDIFF, DiscrepancyKind.SEED_ERROR);
    assertThat(coverage.claimed().source()).isEqualTo(Facts.SEED_000);
    assertThat(coverage.actual().attribute()).isEqualTo(ClaimAttribute.SURVEY_COVERAGE);
  }

  @Test
  void should_record_the_api_on_github_claim_when_the_survey_says_so_of_whisper() {
    Discrepancy access = only(SurveyModels.WHISPER, DiscrepancyKind.ACCESS_CLAIM);
    assertThat(access.claimed().source()).isEqualTo(Facts.SURVEY);
    assertThat(access.claimed().value()).contains("GitHub");
    assertThat(access.actual().value()).contains("not an API");
  }

  private static Discrepancy only(GenerativeModel model, DiscrepancyKind kind) {
    List<Discrepancy> matching =
        model.discrepancies().stream().filter(d -> d.kind() == kind).toList();
    assertThat(matching).as(model.id() + " " + kind).hasSize(1);
    return matching.get(0);
  }

  // Techniques: references and years checked against each technique's paper

  @Test
  void should_date_multigrid_contrastive_divergence_to_its_arxiv_posting_when_citing_it() {
    // arXiv 1709.08868 (September 2017; CVPR 2018); the authors' page is
    // stat.ucla.edu/~ruiqigao/multigrid/main.html
    assertThat(Techniques.MULTIGRID_CONTRASTIVE_DIVERGENCE.year()).contains(Year.of(2017));
    assertThat(Techniques.MULTIGRID_CONTRASTIVE_DIVERGENCE.reference())
        .contains(Source.arxiv("1709.08868"));
  }

  @Test
  void should_cite_the_introducing_paper_when_a_technique_had_no_reference() {
    // Shazeer, "Fast Transformer Decoding: One Write-Head is All You Need", arXiv 1911.02150
    assertThat(Techniques.MULTI_QUERY_ATTENTION.reference()).contains(Source.arxiv("1911.02150"));
    assertThat(Techniques.MULTI_QUERY_ATTENTION.year()).contains(Year.of(2019));
    // Wei et al., "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models"
    assertThat(Techniques.CHAIN_OF_THOUGHT_PROMPTING.reference())
        .contains(Source.arxiv("2201.11903"));
    assertThat(Techniques.CHAIN_OF_THOUGHT_PROMPTING.year()).contains(Year.of(2022));
    // Coulom, "Efficient Selectivity and Backup Operators in Monte-Carlo Tree Search", CG 2006
    assertThat(Techniques.MONTE_CARLO_TREE_SEARCH.reference())
        .contains(Source.doi("10.1007/978-3-540-75538-8_7"));
    assertThat(Techniques.MONTE_CARLO_TREE_SEARCH.year()).contains(Year.of(2006));
    // Deng et al., "ImageNet: A large-scale hierarchical image database", CVPR 2009
    assertThat(Techniques.IMAGENET_PRETRAINING.reference())
        .contains(Source.doi("10.1109/CVPR.2009.5206848"));
  }
}
