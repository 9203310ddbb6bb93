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

  // Re-verification, share 17b: the 2023 models from LLaMA to DeepSeek LLM, and the organizations.

  @Test
  void should_cite_mistral_ai_when_stating_the_size_of_mixtral_instruct() {
    // Mistral AI, "Mixtral of experts" (2023-12-11): 46.7B total parameters, 12.9B per token.
    Measurement parameters = Models2023.MIXTRAL_8X7B_INSTRUCT.parameters().orElseThrow();
    assertThat(parameters.quantity()).isEqualTo(Quantity.of("46.7e9", Unit.PARAMETERS));
    assertThat(parameters.source())
        .isEqualTo(Source.url("https://mistral.ai/news/mixtral-of-experts/"));
    assertThat(parameters.confidence()).isEqualTo(Confidence.CONFIRMED);
  }

  @Test
  void should_confirm_the_size_of_mixtral_from_mistral_ais_announcement() {
    // Mistral AI, "Mixtral of experts" (2023-12-11): 46.7B total parameters, 12.9B per token.
    Measurement parameters = Models2023.MIXTRAL_8X7B.parameters().orElseThrow();
    assertThat(parameters.quantity()).isEqualTo(Quantity.of("46.7e9", Unit.PARAMETERS));
    assertThat(parameters.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(Models2023.MIXTRAL_8X7B.results())
        .filteredOn(m -> m.quantity().equals(Quantity.of("12.9e9", Unit.PARAMETERS)))
        .singleElement()
        .satisfies(m -> assertThat(m.confidence()).isEqualTo(Confidence.CONFIRMED));
  }

  @Test
  void should_record_three_trillion_tokens_when_describing_how_qwen_14b_was_pretrained() {
    // huggingface.co/Qwen/Qwen-14B: "pretrained on over 3 trillion tokens".
    assertThat(Models2023.QWEN_14B.trainingData())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.quantity()).isEqualTo(Quantity.of("3e12", Unit.TOKENS));
              assertThat(m.source()).isEqualTo(Source.url("https://huggingface.co/Qwen/Qwen-14B"));
            });
  }

  @Test
  void should_cite_the_yi_technical_report_and_its_tokens_when_describing_yi_34b() {
    // arXiv 2403.04652, "Yi: Open Foundation Models by 01.AI"; github.com/01-ai/Yi lists Yi-34B
    // (published 2023/11/2) with 3T pretrained tokens.
    assertThat(Models2023.YI_34B.paper())
        .hasValueSatisfying(
            p -> {
              assertThat(p.source()).isEqualTo(Source.arxiv("2403.04652"));
              assertThat(p.title()).isEqualTo("Yi: Open Foundation Models by 01.AI");
            });
    assertThat(Models2023.YI_34B.paperAbsentReason()).isEmpty();
    assertThat(Models2023.YI_34B.released()).isEqualTo(YearMonth.of(2023, 11));
    assertThat(Models2023.YI_34B.trainingData())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.quantity()).isEqualTo(Quantity.of("3e12", Unit.TOKENS));
              assertThat(m.source()).isEqualTo(Source.url("https://github.com/01-ai/Yi"));
            });
  }

  @Test
  void should_cite_the_model_card_when_saying_zephyr_learnt_from_chatgpt_dialogues() {
    // huggingface.co/HuggingFaceH4/zephyr-7b-beta: UltraChat "contains a diverse range of
    // synthetic dialogues generated by ChatGPT".
    io.github.genaitaxonomy.core.LineageEdge distilled =
        Models2023.ZEPHYR_7B.lineage().stream()
            .filter(
                e -> e.relation() == io.github.genaitaxonomy.core.LineageRelation.DISTILLED_FROM)
            .collect(com.google.common.collect.MoreCollectors.onlyElement());
    assertThat(distilled.target()).isEqualTo("chatgpt");
    assertThat(distilled.source())
        .isEqualTo(Source.url("https://huggingface.co/HuggingFaceH4/zephyr-7b-beta"));
    assertThat(distilled.note())
        .hasValueSatisfying(n -> assertThat(n).contains("model card").doesNotContain("secondary"));
  }

  @Test
  void should_cite_the_nerf_project_page_when_crediting_uc_san_diego() {
    // matthewtancik.com/nerf lists the authors' affiliations: UC Berkeley, Google Research and
    // UC San Diego.
    assertThat(Organizations.UC_SAN_DIEGO.sources())
        .contains(Source.url("https://www.matthewtancik.com/nerf"));
    assertThat(BaseModels.NERF.developers()).contains("uc-san-diego");
  }

  // Share 17a: survey models, base models and survey-wide errata re-verified against their
  // primary sources.

  @Test
  void should_cite_the_t5_repository_when_stating_the_size_of_t5_11b() {
    // google-research/text-to-text-transfer-transformer README: "T5-11B (11 billion parameters)"
    Measurement size = BaseModels.T5.parameters().orElseThrow();
    assertThat(size.quantity()).isEqualTo(Quantity.of("11e9", Unit.PARAMETERS));
    assertThat(size.confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(size.source())
        .isEqualTo(
            Source.url("https://github.com/google-research/text-to-text-transfer-transformer"));
  }

  @Test
  void should_record_the_released_1_45b_model_when_describing_latent_diffusion() {
    // CompVis/latent-diffusion README: "A 1.45B model trained on the LAION-400M database"
    Measurement size = BaseModels.LATENT_DIFFUSION.parameters().orElseThrow();
    assertThat(size.quantity()).isEqualTo(Quantity.of("1.45e9", Unit.PARAMETERS));
    assertThat(size.source()).isEqualTo(Source.url("https://github.com/CompVis/latent-diffusion"));
  }

  @Test
  void should_list_code_and_checkpoints_when_describing_how_maskgit_was_released() {
    // google-research/maskgit README: the official JAX implementation and ImageNet checkpoints
    assertThat(BaseModels.MASKGIT.access())
        .containsExactlyInAnyOrder(Access.CODE, Access.OPEN_WEIGHTS);
    assertThat(BaseModels.MASKGIT.sources())
        .contains(Source.url("https://github.com/google-research/maskgit"));
  }

  @Test
  void should_credit_google_brain_and_mit_when_listing_the_makers_of_w2v_bert() {
    // IEEE ASRU 2021, doi:10.1109/ASRU51503.2021.9688253: Chung (MIT CSAIL, Google Brain) and
    // six Google Brain co-authors
    assertThat(BaseModels.W2V_BERT.developers()).containsExactly("google-brain", "mit");
    assertThat(Organizations.MIT.sources())
        .containsExactly(Source.doi("10.1109/ASRU51503.2021.9688253"));
  }

  @Test
  void should_date_pythia_to_april_2023_when_the_current_suite_was_released() {
    // EleutherAI/pythia README changelog: "[April 3, 2023] We have released a new version of all
    // Pythia models"; the earlier v0 suite is not the one the catalog describes
    assertThat(Models2023.PYTHIA.released()).isEqualTo(YearMonth.of(2023, 4));
    assertThat(Models2023.PYTHIA.sources())
        .contains(Source.url("https://github.com/EleutherAI/pythia"));
  }

  @Test
  void should_name_figure_3_and_the_academic_collaborations_when_quoting_the_six_organizations() {
    // Seed 001, survey §2: only six organizations, "as shown in Figure 3", deploy the models, with
    // acquired start-ups and academic collaborations; the six names are seed 002's
    assertThat(SurveyErrata.SIX_ORGANIZATIONS.claimed().source()).isEqualTo(Facts.SURVEY);
    assertThat(SurveyErrata.SIX_ORGANIZATIONS.claimed().note())
        .hasValueSatisfying(n -> assertThat(n).contains("Figure 3", "seed 002", "academic"));
  }

  @Test
  void should_list_the_waitlist_when_describing_how_gpt_3_was_released() {
    // OpenAI, "OpenAI API" (2020-06-11): the API runs GPT-3 models, "launching today in a private
    // beta rather than general availability", with a waitlist
    assertThat(BaseModels.GPT_3.access()).containsExactlyInAnyOrder(Access.API, Access.WAITLIST);
    assertThat(BaseModels.GPT_3.sources())
        .contains(Source.url("https://openai.com/blog/openai-api/"));
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
