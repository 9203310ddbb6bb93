package io.github.genaitaxonomy.data;

import static io.github.genaitaxonomy.data.Facts.SEED_004;
import static io.github.genaitaxonomy.data.Facts.actual;
import static io.github.genaitaxonomy.data.Facts.actualSecondary;
import static io.github.genaitaxonomy.data.Facts.confirmed;
import static io.github.genaitaxonomy.data.Facts.discrepancy;
import static io.github.genaitaxonomy.data.Facts.edge;
import static io.github.genaitaxonomy.data.Facts.params;
import static io.github.genaitaxonomy.data.Facts.q;
import static io.github.genaitaxonomy.data.Facts.secondary;
import static io.github.genaitaxonomy.data.Facts.seed;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The notable follow-ups of 2023 that seed 004 ("Ten Noteworthy AI Research Papers of 2023")
 * discusses, with the models they build on, and notable 2023 models added after the seeds
 * (MusicLM). The training methods seed 004 covers, DPO and QLoRA, are {@link Techniques}.
 *
 * <pre>{@code
 * Models2023.ZEPHYR_7B.lineage();   // fine-tuned-from mistral-7b, trained-with dpo, ...
 * }</pre>
 */
public final class Models2023 {
  // Ordering: by the section of seed 004 that discusses the model (01 Pythia to 10 Emu Video),
  // with a section's base models before the models built on them; then the models the seed names
  // only in passing (or that a lineage needs), by release month; then the 2023 models added after
  // the seeds, by release month.
  //
  // Seed 004 errors are discrepancies of the model they concern, claimed by the seed file.
  // Lineage targets without an entry in the catalog (GPT-NeoX, BLOOM, GPT-4, Orca 1, the Pile)
  // are not recorded.

  private static final List<GenerativeModel> ALL = new ArrayList<>();

  // Sources cited more than once in this holder.
  private static final Source ARXIV_2302_13971 = Source.arxiv("2302.13971");
  private static final Source ARXIV_2303_17564 = Source.arxiv("2303.17564");
  private static final Source ARXIV_2304_01373 = Source.arxiv("2304.01373");
  private static final Source ARXIV_2304_02643 = Source.arxiv("2304.02643");
  private static final Source ARXIV_2305_11206 = Source.arxiv("2305.11206");
  private static final Source ARXIV_2306_11644 = Source.arxiv("2306.11644");
  private static final Source ARXIV_2307_09288 = Source.arxiv("2307.09288");
  private static final Source ARXIV_2309_05463 = Source.arxiv("2309.05463");
  private static final Source ARXIV_2309_15807 = Source.arxiv("2309.15807");
  private static final Source ARXIV_2310_06825 = Source.arxiv("2310.06825");
  private static final Source ARXIV_2310_16764 = Source.arxiv("2310.16764");
  private static final Source ARXIV_2310_16944 = Source.arxiv("2310.16944");
  private static final Source ARXIV_2311_10709 = Source.arxiv("2311.10709");
  private static final Source ARXIV_2401_04088 = Source.arxiv("2401.04088");
  private static final Source NVIDIA_MISTRALAI_MIXTRAL_8X7B_INSTRUCT =
      Source.url("https://docs.api.nvidia.com/nim/reference/mistralai-mixtral-8x7b-instruct");
  private static final Source GITHUB_ELEUTHERAI_PYTHIA =
      Source.url("https://github.com/EleutherAI/pythia");
  private static final Source GITHUB_ARTIDORO_QLORA =
      Source.url("https://github.com/artidoro/qlora");
  private static final Source GITHUB_DEEPSEEK_AI_DEEPSEEK_LLM =
      Source.url("https://github.com/deepseek-ai/DeepSeek-LLM");
  private static final Source GITHUB_FACEBOOKRESEARCH_SEGMENT_ANYTHING =
      Source.url("https://github.com/facebookresearch/segment-anything");
  private static final Source GITHUB_LLAMA_MODEL_CARD_MD =
      Source.url("https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md");
  private static final Source GITHUB_TATSU_LAB_STANFORD_ALPACA =
      Source.url("https://github.com/tatsu-lab/stanford_alpaca");
  private static final Source HUGGINGFACE_01_AI_YI_34B =
      Source.url("https://huggingface.co/01-ai/Yi-34B");
  private static final Source GITHUB_01_AI_YI = Source.url("https://github.com/01-ai/Yi");
  private static final Source HUGGINGFACE_ADAPTLLM = Source.url("https://huggingface.co/AdaptLLM");
  private static final Source HUGGINGFACE_HUGGINGFACEH4_ZEPHYR_7B_BETA =
      Source.url("https://huggingface.co/HuggingFaceH4/zephyr-7b-beta");
  private static final Source HUGGINGFACE_QWEN_QWEN_14B =
      Source.url("https://huggingface.co/Qwen/Qwen-14B");
  private static final Source HUGGINGFACE_MICROSOFT_ORCA_2_13B =
      Source.url("https://huggingface.co/microsoft/Orca-2-13b");
  private static final Source HUGGINGFACE_MICROSOFT_PHI_1_5 =
      Source.url("https://huggingface.co/microsoft/phi-1_5");
  private static final Source HUGGINGFACE_MICROSOFT_PHI_2 =
      Source.url("https://huggingface.co/microsoft/phi-2");
  private static final Source HUGGINGFACE_TIMDETTMERS_GUANACO_65B =
      Source.url("https://huggingface.co/timdettmers/guanaco-65b");
  private static final Source MISTRAL_ANNOUNCING_MISTRAL_7B =
      Source.url("https://mistral.ai/news/announcing-mistral-7b/");
  private static final Source MISTRAL_MIXTRAL_OF_EXPERTS =
      Source.url("https://mistral.ai/news/mixtral-of-experts/");
  private static final Source NVIDIA_VIDEOLDM =
      Source.url("https://research.nvidia.com/labs/toronto-ai/VideoLDM/");
  private static final Source MICROSOFT_PHI_2_THE_SURPRISING_POWER_OF =
      Source.url(
          "https://www.microsoft.com/en-us/research/blog/phi-2-the-surprising-power-of-small-language-models/");

  private Models2023() {}

  /** Appends a constant to this holder's list, in declaration order, and returns it. */
  private static GenerativeModel register(GenerativeModel constant) {
    ALL.add(constant);
    return constant;
  }

  /** Every constant of this holder, in declaration order. */
  static ImmutableList<GenerativeModel> all() {
    return ImmutableList.copyOf(ALL);
  }

  // 01 Pythia

  /**
   * Pythia, EleutherAI's suite of models for studying training. Source: arXiv 2304.01373; the
   * release month is the README changelog's: the current suite was released on 2023-04-03, with the
   * paper.
   */
  // An earlier suite, now named "v0", was public before: the README linked its Hugging Face
  // checkpoints from 2022-12-08 and the changelog records its renaming on 2023-01-20. The catalog
  // describes the current suite (70M to 12B), whose first release is April 2023.
  public static final GenerativeModel PYTHIA =
      register(
          GenerativeModel.builder()
              .id("pythia")
              .name("Pythia")
              .addAliases("Pythia Scaling Suite", "pythia-12b")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("eleutherai")
              .released(YearMonth.of(2023, 4))
              .addAccess(Access.OPEN_WEIGHTS, Access.CODE)
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .paper(
                  Paper.arxiv(
                      "2304.01373",
                      "Pythia: A Suite for Analyzing Large Language Models Across Training and Scaling"))
              .parameters(
                  confirmed(
                      "parameters of the largest model",
                      params("12e9"),
                      ARXIV_2304_01373,
                      "8 sizes from 70M to 12B, each trained on the Pile and on the deduplicated Pile:"
                          + " 16 models with 154 checkpoints each"))
              .addTrainingData(
                  confirmed(
                      "training tokens per model",
                      q("299892736000", Unit.TOKENS),
                      GITHUB_ELEUTHERAI_PYTHIA,
                      "about 300B tokens of the Pile (825 GiB), about one epoch; read in a mirror of"
                          + " the README and in summaries quoting the paper"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.WRONG_FIGURE,
                      seed(
                          SEED_004,
                          ClaimAttribute.PARAMETERS,
                          "from 70 million to 120 billion",
                          "seed 004 §01; it also says 8 LLMs, where there are 8 sizes and 16 models"),
                      actual(
                          ClaimAttribute.PARAMETERS,
                          "from 70 million to 12 billion",
                          ARXIV_2304_01373,
                          "the seed is off by a factor of ten (1200亿 for 120亿)")))
              .addSources(
                  ARXIV_2304_01373,
                  GITHUB_ELEUTHERAI_PYTHIA,
                  Source.url("https://huggingface.co/EleutherAI/pythia-1b"),
                  SEED_004)
              .summary(
                  """
              A controlled family of decoder-only language models, all trained on exactly the same \
              public data in the same order and released with many intermediate checkpoints. It \
              exists to study how training shapes models (memorisation, term frequency, bias) \
              rather than to top leaderboards.""")
              .build());

  // 02 Llama 2

  /** LLaMA, Meta's first open foundation models. Source: arXiv 2302.13971. */
  // not recorded: access (the paper releases the models "to the research community"; the terms,
  // weights granted on request under a noncommercial licence, are stated only by secondary
  // sources); 1.4T training tokens for 33B/65B (stated only by secondary sources)
  public static final GenerativeModel LLAMA_1 =
      register(
          GenerativeModel.builder()
              .id("llama-1")
              .name("LLaMA")
              .addAliases("Llama 1", "LLaMA-65B")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("meta")
              .released(YearMonth.of(2023, 2))
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .paper(
                  Paper.arxiv("2302.13971", "LLaMA: Open and Efficient Foundation Language Models"))
              .parameters(
                  confirmed(
                      "parameters of the largest model",
                      params("65e9"),
                      ARXIV_2302_13971,
                      "sizes 7B, 13B, 33B and 65B"))
              .addSources(ARXIV_2302_13971, SEED_004)
              .summary(
                  """
              Meta's first openly released family of foundation language models, trained only on \
              public data; its 13B model was reported to beat the 175B GPT-3 on most benchmarks. \
              It became the base of most open fine-tunes of 2023, including Alpaca, Guanaco and \
              LIMA.""")
              .build());

  /** Llama 2, Meta's second open model family. Source: arXiv 2307.09288. */
  // Instruction tuning and RLHF are not listed: they belong to Llama 2-Chat.
  public static final GenerativeModel LLAMA_2 =
      register(
          GenerativeModel.builder()
              .id("llama-2")
              .name("Llama 2")
              .addAliases("LLaMA 2", "Llama-2-70b")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("meta")
              .released(YearMonth.of(2023, 7))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques(
                  "transformer", "autoregressive-lm-pretraining", "grouped-query-attention")
              .addLineage(
                  edge(
                      LineageRelation.SUCCESSOR_OF,
                      "llama-1",
                      GITHUB_LLAMA_MODEL_CARD_MD,
                      "the model card compares Llama 1 and Llama 2"))
              .paper(
                  Paper.arxiv("2307.09288", "Llama 2: Open Foundation and Fine-Tuned Chat Models"))
              .parameters(
                  confirmed(
                      "parameters of the largest model",
                      params("70e9"),
                      GITHUB_LLAMA_MODEL_CARD_MD,
                      "sizes 7B, 13B and 70B; 4k context; grouped-query attention in 70B only"))
              .addTrainingData(
                  confirmed(
                      "pretraining tokens of publicly available online data",
                      q("2e12", Unit.TOKENS),
                      GITHUB_LLAMA_MODEL_CARD_MD,
                      "data cut-off September 2022"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_004,
                          ClaimAttribute.TECHNIQUES,
                          "Mistral 7B shares grouped-query attention with Llama 2",
                          "seed 004 §06"),
                      actual(
                          ClaimAttribute.TECHNIQUES,
                          "only the 70B Llama 2 uses grouped-query attention; 7B and 13B do not",
                          GITHUB_LLAMA_MODEL_CARD_MD)))
              .addSources(ARXIV_2307_09288, GITHUB_LLAMA_MODEL_CARD_MD, SEED_004)
              .summary(
                  """
              Meta's second family of downloadable language models, released as pretrained base \
              models in 7B, 13B and 70B sizes and as dialogue-tuned chat models. Trained on 2 \
              trillion tokens, it came with an unusually detailed account of its safety and \
              helpfulness tuning, under a custom community licence.""")
              .build());

  /** Llama 2-Chat, the dialogue-tuned Llama 2. Source: arXiv 2307.09288. */
  // The seed's stage names (RLHF-v1 to v5) are not checked and not recorded.
  public static final GenerativeModel LLAMA_2_CHAT =
      register(
          GenerativeModel.builder()
              .id("llama-2-chat")
              .name("Llama 2-Chat")
              .addAliases("Llama-2-70b-chat")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("meta")
              .released(YearMonth.of(2023, 7))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques("instruction-tuning", "rlhf")
              .addLineage(
                  edge(LineageRelation.FINE_TUNED_FROM, "llama-2", GITHUB_LLAMA_MODEL_CARD_MD),
                  edge(
                      LineageRelation.TRAINED_WITH,
                      "rlhf",
                      GITHUB_LLAMA_MODEL_CARD_MD,
                      "supervised fine-tuning, then reinforcement learning with human feedback"))
              .paper(
                  Paper.arxiv("2307.09288", "Llama 2: Open Foundation and Fine-Tuned Chat Models"))
              .parameters(
                  confirmed(
                      "parameters of the largest model",
                      params("70e9"),
                      GITHUB_LLAMA_MODEL_CARD_MD,
                      "sizes 7B, 13B and 70B"))
              .addTrainingData(
                  confirmed(
                      "new human-annotated fine-tuning examples",
                      q("1e6", Unit.EXAMPLES),
                      GITHUB_LLAMA_MODEL_CARD_MD,
                      "over one million, besides public instruction datasets"))
              .addSources(ARXIV_2307_09288, GITHUB_LLAMA_MODEL_CARD_MD, SEED_004)
              .summary(
                  """
              The chat variants of Llama 2, trained with supervised instruction tuning and then \
              reinforcement learning from human feedback. Meta reported them competitive with some \
              closed chat systems in its own human evaluations.""")
              .build());

  // 03 QLoRA

  /** Guanaco, LLaMA fine-tuned with QLoRA on OASST1. Source: arXiv 2305.14314. */
  public static final GenerativeModel GUANACO =
      register(
          GenerativeModel.builder()
              .id("guanaco")
              .name("Guanaco")
              .addAliases("guanaco-65b", "guanaco-33b", "guanaco-13b", "guanaco-7b")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("university-of-washington")
              .released(YearMonth.of(2023, 5))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques("qlora", "lora", "quantization", "instruction-tuning")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM,
                      "llama-1",
                      HUGGINGFACE_TIMDETTMERS_GUANACO_65B,
                      "4-bit QLoRA tuning of the original LLaMA base models, not Llama 2"),
                  edge(LineageRelation.TRAINED_WITH, "qlora", HUGGINGFACE_TIMDETTMERS_GUANACO_65B))
              .paper(Paper.arxiv("2305.14314", "QLoRA: Efficient Finetuning of Quantized LLMs"))
              .parameters(
                  confirmed(
                      "parameters of the largest model",
                      params("65e9"),
                      HUGGINGFACE_TIMDETTMERS_GUANACO_65B,
                      "sizes 7B, 13B, 33B and 65B; adapter weights only"))
              .addResults(
                  confirmed(
                      "performance relative to ChatGPT on the Vicuna benchmark (65B)",
                      q("99.3", Unit.PERCENT),
                      GITHUB_ARTIDORO_QLORA,
                      "seed 004 quotes the same figure"),
                  confirmed(
                      "fine-tuning time on a single GPU (65B)",
                      q("24", Unit.GPU_HOURS),
                      GITHUB_ARTIDORO_QLORA,
                      "24 hours; QLoRA fits the 65B model on one 48 GB GPU"))
              .addSources(
                  Source.arxiv("2305.14314"),
                  HUGGINGFACE_TIMDETTMERS_GUANACO_65B,
                  GITHUB_ARTIDORO_QLORA,
                  SEED_004)
              .summary(
                  """
              A chatbot family made by QLoRA-fine-tuning the original LLaMA models on the \
              OpenAssistant OASST1 conversations. It was the QLoRA paper's demonstration that \
              4-bit fine-tuning loses little quality: the 65B model reached 99.3% of ChatGPT's \
              score on the Vicuna benchmark after a day on one GPU.""")
              .build());

  // 04 BloombergGPT

  /** BloombergGPT, a 50B language model for finance. Source: arXiv 2303.17564. */
  // not recorded: lineage to BLOOM (secondary, no entry); the exact 50.6B (secondary)
  public static final GenerativeModel BLOOMBERGGPT =
      register(
          GenerativeModel.builder()
              .id("bloomberggpt")
              .name("BloombergGPT")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("bloomberg", "johns-hopkins-university")
              .released(YearMonth.of(2023, 3))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .paper(Paper.arxiv("2303.17564", "BloombergGPT: A Large Language Model for Finance"))
              .parameters(
                  confirmed(
                      "parameters",
                      params("50e9"),
                      ARXIV_2303_17564,
                      "a secondary summary gives 50.6B (70 layers, 40 heads, hidden size 7680)"))
              .addTrainingData(
                  confirmed(
                      "tokens of Bloomberg financial data (FinPile)",
                      q("363e9", Unit.TOKENS),
                      ARXIV_2303_17564,
                      "the model was trained on a portion of the whole corpus"),
                  confirmed(
                      "tokens of general-purpose data", q("345e9", Unit.TOKENS), ARXIV_2303_17564))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.WRONG_FIGURE,
                      seed(
                          SEED_004,
                          ClaimAttribute.TRAINING_DATA,
                          "GPT-3 is 3.5x larger but was trained on 1.4x fewer tokens (499B)",
                          "seed 004 §04"),
                      actual(
                          ClaimAttribute.TRAINING_DATA,
                          "GPT-3 was trained on 300B tokens; 499B is the size of its data mix, so the"
                              + " 1.4x compares corpus sizes (about 708B against 499B), not tokens"
                              + " trained",
                          Source.arxiv("2005.14165"),
                          "the 499B total is tabulated from the GPT-3 paper's data table by secondary"
                              + " sources")))
              .addSources(
                  ARXIV_2303_17564,
                  Source.url("https://hub.jhu.edu/2023/05/31/ai-chatbot-speaks-finance/"),
                  Source.url(
                      "https://iblnews.org/bloomberg-introduces-a-50-billion-parameter-llm-built-for-finance/"),
                  SEED_004)
              .summary(
                  """
              A 50-billion-parameter language model trained from scratch on a roughly even mix of \
              Bloomberg's own financial text and public general-purpose data, built by Bloomberg \
              with Johns Hopkins University. It is a documented case of domain-specific \
              pretraining rather than a model anyone outside Bloomberg can use.""")
              .build());

  /** AdaptLLM, domain adaptation through reading comprehension. Source: arXiv 2309.09530. */
  // not recorded: the seed's comparison with BloombergGPT and its "$100" training cost
  // (seed-only); the licence (not checked)
  public static final GenerativeModel ADAPTLLM_7B =
      register(
          GenerativeModel.builder()
              .id("adaptllm-7b")
              .name("AdaptLLM finance 7B")
              .addAliases("AdaptLLM/finance-LLM")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("microsoft")
              .released(YearMonth.of(2023, 9))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques("autoregressive-lm-pretraining", "instruction-tuning")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM,
                      "llama-1",
                      HUGGINGFACE_ADAPTLLM,
                      "continued pre-training of LLaMA-1-7B"))
              .paper(
                  Paper.arxiv(
                      "2309.09530", "Adapting Large Language Models via Reading Comprehension"))
              .parameters(confirmed("parameters", params("7e9"), HUGGINGFACE_ADAPTLLM))
              .addSources(Source.arxiv("2309.09530"), HUGGINGFACE_ADAPTLLM, SEED_004)
              .summary(
                  """
              A recipe for adapting a language model to a domain by turning raw domain text into \
              reading-comprehension exercises during continued pre-training, released with 7B \
              models for biomedicine, finance and law.""")
              .build());

  // 05 DPO

  /** Zephyr 7B, Mistral 7B aligned by distilled DPO. Source: arXiv 2310.16944. */
  // not recorded: lineage to GPT-4, whose rankings label UltraFeedback (no entry)
  public static final GenerativeModel ZEPHYR_7B =
      register(
          GenerativeModel.builder()
              .id("zephyr-7b")
              .name("Zephyr 7B")
              .addAliases("zephyr-7b-beta", "zephyr-7b-alpha")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("hugging-face")
              .released(YearMonth.of(2023, 10))
              .addAccess(Access.OPEN_WEIGHTS, Access.DEMO)
              .addTechniques("instruction-tuning", "dpo")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM,
                      "mistral-7b",
                      HUGGINGFACE_HUGGINGFACEH4_ZEPHYR_7B_BETA,
                      "fine-tuned from mistralai/Mistral-7B-v0.1"),
                  edge(
                      LineageRelation.TRAINED_WITH,
                      "dpo",
                      HUGGINGFACE_HUGGINGFACEH4_ZEPHYR_7B_BETA,
                      "DPO on UltraFeedback, whose preferences are GPT-4 rankings"),
                  edge(
                      LineageRelation.DISTILLED_FROM,
                      "chatgpt",
                      HUGGINGFACE_HUGGINGFACEH4_ZEPHYR_7B_BETA,
                      "supervised on a filtered UltraChat, whose synthetic dialogues the model card"
                          + " says were generated by ChatGPT"))
              .paper(Paper.arxiv("2310.16944", "Zephyr: Direct Distillation of LM Alignment"))
              .parameters(
                  confirmed("parameters", params("7e9"), HUGGINGFACE_HUGGINGFACEH4_ZEPHYR_7B_BETA))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_004,
                          ClaimAttribute.TRAINING_METHOD,
                          "Mistral-7B fine-tuned using DPO",
                          "seed 004 §05"),
                      actual(
                          ClaimAttribute.TRAINING_METHOD,
                          "distilled supervised fine-tuning on UltraChat, then distilled DPO on"
                              + " UltraFeedback ranked by GPT-4: AI feedback, not human preferences",
                          ARXIV_2310_16944)))
              .addSources(ARXIV_2310_16944, HUGGINGFACE_HUGGINGFACEH4_ZEPHYR_7B_BETA, SEED_004)
              .summary(
                  """
              A 7B chat model that distils alignment from larger models: supervised tuning on \
              synthetic dialogues, then DPO on preference pairs ranked by GPT-4, with no human \
              labelling. At release it led 7B chat models on MT-Bench (7.34, above Llama 2-Chat \
              70B's 6.86) and AlpacaEval.""")
              .build());

  // 06 Mistral 7B, Mixtral and phi

  /** Mistral 7B, Mistral AI's first model. Source: arXiv 2310.06825. */
  // not recorded: training data (the paper does not describe it); the seed's remarks on the NeurIPS
  // LLM Efficiency Challenge (seed-only)
  public static final GenerativeModel MISTRAL_7B =
      register(
          GenerativeModel.builder()
              .id("mistral-7b")
              .name("Mistral 7B")
              .addAliases("Mistral-7B-v0.1")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("mistral-ai")
              .released(YearMonth.of(2023, 9))
              .addAccess(Access.OPEN_WEIGHTS, Access.CODE)
              .addTechniques(
                  "transformer",
                  "autoregressive-lm-pretraining",
                  "grouped-query-attention",
                  "sliding-window-attention")
              .paper(Paper.arxiv("2310.06825", "Mistral 7B"))
              .parameters(
                  confirmed(
                      "parameters",
                      params("7.3e9"),
                      MISTRAL_ANNOUNCING_MISTRAL_7B,
                      "the announcement; the paper's abstract says 7 billion"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.WRONG_FIGURE,
                      seed(
                          SEED_004,
                          ClaimAttribute.PARAMETERS,
                          "only 7 billion tokens",
                          "seed 004 §06"),
                      actual(
                          ClaimAttribute.PARAMETERS,
                          "7.3 billion parameters",
                          MISTRAL_ANNOUNCING_MISTRAL_7B,
                          "the unit is wrong: 7 billion is the parameter count")),
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_004,
                          ClaimAttribute.CONTEXT_LENGTH,
                          "trained with context sizes of up to 100,000 tokens",
                          "seed 004 §06"),
                      actualSecondary(
                          ClaimAttribute.CONTEXT_LENGTH,
                          "a 4096-token sliding window with a theoretical attention span of about 131K"
                              + " tokens; an 8k context length per the announcement",
                          ARXIV_2310_06825,
                          "third-party summaries of the paper and the announcement; 100k is not"
                              + " supported")))
              .addSources(ARXIV_2310_06825, MISTRAL_ANNOUNCING_MISTRAL_7B, SEED_004)
              .summary(
                  """
              A 7.3B-parameter decoder-only model from Mistral AI that beat the larger Llama 2 13B \
              on all the authors' benchmarks. It pairs grouped-query attention with sliding-window \
              attention and a rolling key-value cache for cheaper inference, and was released \
              under Apache 2.0.""")
              .build());

  /** Mistral 7B Instruct, the instruction-tuned Mistral 7B. Source: arXiv 2310.06825. */
  public static final GenerativeModel MISTRAL_7B_INSTRUCT =
      register(
          GenerativeModel.builder()
              .id("mistral-7b-instruct")
              .name("Mistral 7B Instruct")
              .addAliases("Mistral-7B-Instruct-v0.1")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("mistral-ai")
              .released(YearMonth.of(2023, 9))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques("instruction-tuning")
              .addLineage(edge(LineageRelation.FINE_TUNED_FROM, "mistral-7b", ARXIV_2310_06825))
              .paper(Paper.arxiv("2310.06825", "Mistral 7B"))
              .parameters(confirmed("parameters", params("7.3e9"), MISTRAL_ANNOUNCING_MISTRAL_7B))
              .addSources(ARXIV_2310_06825, MISTRAL_ANNOUNCING_MISTRAL_7B)
              .summary(
                  """
              The instruction-following variant of Mistral 7B, tuned on public instruction \
              datasets; the paper reports it ahead of Llama 2 13B-Chat on human and automated \
              benchmarks.""")
              .build());

  /** Mixtral 8x7B, Mistral AI's sparse mixture of experts. Source: arXiv 2401.04088. */
  // not recorded: training data (not disclosed); the seed's rumour that GPT-4 is a mixture of
  // 16 x 111B experts (the seed calls it a rumour; no primary source). The seed's estimates of
  // 40-50B total and under 14B active parameters agree with the figures below.
  public static final GenerativeModel MIXTRAL_8X7B =
      register(
          GenerativeModel.builder()
              .id("mixtral-8x7b")
              .name("Mixtral 8x7B")
              .addAliases("Mixtral-8x7B-v0.1", "Mistral MoE")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("mistral-ai")
              .released(YearMonth.of(2023, 12))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques(
                  "transformer",
                  "mixture-of-experts",
                  "grouped-query-attention",
                  "autoregressive-lm-pretraining")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "mistral-7b",
                      ARXIV_2401_04088,
                      "the same architecture with eight feed-forward experts per layer"),
                  edge(
                      LineageRelation.VARIANT_OF,
                      "mixture-of-experts",
                      ARXIV_2401_04088,
                      "a router picks two of eight experts per token"))
              .paper(Paper.arxiv("2401.04088", "Mixtral of Experts"))
              .parameters(
                  confirmed(
                      "total parameters",
                      params("46.7e9"),
                      MISTRAL_MIXTRAL_OF_EXPERTS,
                      "the paper rounds to 47B"))
              .addResults(
                  confirmed(
                      "parameters used per token",
                      params("12.9e9"),
                      MISTRAL_MIXTRAL_OF_EXPERTS,
                      "the paper rounds to 13B"))
              .addSources(ARXIV_2401_04088, MISTRAL_MIXTRAL_OF_EXPERTS, SEED_004)
              .summary(
                  """
              A sparse mixture-of-experts version of the Mistral architecture: each layer has \
              eight feed-forward experts and a router picks two per token. With about 47B \
              parameters but the per-token compute of a 13B dense model, it matched Llama 2 70B \
              and GPT-3.5 on most reported benchmarks, with a 32k context.""")
              .build());

  /** Mixtral 8x7B Instruct, aligned with SFT and DPO. Source: arXiv 2401.04088. */
  public static final GenerativeModel MIXTRAL_8X7B_INSTRUCT =
      register(
          GenerativeModel.builder()
              .id("mixtral-8x7b-instruct")
              .name("Mixtral 8x7B Instruct")
              .addAliases("Mixtral-8x7B-Instruct-v0.1")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("mistral-ai")
              .released(YearMonth.of(2023, 12))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques("instruction-tuning", "dpo", "mixture-of-experts")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM,
                      "mixtral-8x7b",
                      NVIDIA_MISTRALAI_MIXTRAL_8X7B_INSTRUCT),
                  edge(
                      LineageRelation.TRAINED_WITH,
                      "dpo",
                      NVIDIA_MISTRALAI_MIXTRAL_8X7B_INSTRUCT,
                      "supervised fine-tuning, then DPO"))
              .paper(Paper.arxiv("2401.04088", "Mixtral of Experts"))
              .parameters(
                  confirmed(
                      "total parameters",
                      params("46.7e9"),
                      MISTRAL_MIXTRAL_OF_EXPERTS,
                      "12.9B used per token; the paper rounds to 47B and 13B"))
              .addSources(
                  ARXIV_2401_04088,
                  MISTRAL_MIXTRAL_OF_EXPERTS,
                  NVIDIA_MISTRALAI_MIXTRAL_8X7B_INSTRUCT,
                  SEED_004)
              .summary(
                  """
              The instruction-following Mixtral, aligned with supervised fine-tuning and then \
              Direct Preference Optimization instead of PPO-based RLHF.""")
              .build());

  /**
   * phi-1, Microsoft's 1.3B code model trained on textbook-quality data. Source: arXiv 2306.11644.
   */
  // not recorded: access at release (the weights' release date is not confirmed; the publication
  // page lists a download dated 2023-12-11)
  public static final GenerativeModel PHI_1 =
      register(
          GenerativeModel.builder()
              .id("phi-1")
              .name("phi-1")
              .addAliases("Phi-1")
              .signature(ModalitySignature.parse("text->code"))
              .addDevelopers("microsoft")
              .released(YearMonth.of(2023, 6))
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .addLineage(
                  edge(
                      LineageRelation.DISTILLED_FROM,
                      "gpt-3-5",
                      ARXIV_2306_11644,
                      "synthetic textbooks and exercises generated with GPT-3.5"))
              .paper(Paper.arxiv("2306.11644", "Textbooks Are All You Need"))
              .parameters(confirmed("parameters", params("1.3e9"), ARXIV_2306_11644))
              .addTrainingData(
                  confirmed(
                      "tokens of filtered textbook-quality web and code data",
                      q("6e9", Unit.TOKENS),
                      ARXIV_2306_11644,
                      "about 6B; trained for 4 days on 8 A100s"),
                  confirmed(
                      "tokens of synthetic textbooks and exercises generated with GPT-3.5",
                      q("1e9", Unit.TOKENS),
                      ARXIV_2306_11644,
                      "about 1B"))
              .addResults(confirmed("HumanEval pass@1", q("50.6", Unit.PERCENT), ARXIV_2306_11644))
              .addSources(
                  ARXIV_2306_11644,
                  Source.url(
                      "http://microsoft.com/en-us/research/publication/textbooks-are-all-you-need/"),
                  SEED_004)
              .summary(
                  """
              A small code model showing that carefully filtered and synthetic, textbook-like data \
              can stand in for scale: with 1.3B parameters it passed 50.6% of HumanEval on the \
              first try.""")
              .build());

  /** phi-1.5, the general-language follow-up of phi-1. Source: arXiv 2309.05463. */
  // not recorded: training tokens (not confirmed)
  public static final GenerativeModel PHI_1_5 =
      register(
          GenerativeModel.builder()
              .id("phi-1-5")
              .name("phi-1.5")
              .addAliases("Phi-1.5", "microsoft/phi-1_5")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("microsoft")
              .released(YearMonth.of(2023, 9))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .addLineage(edge(LineageRelation.SUCCESSOR_OF, "phi-1", ARXIV_2309_05463))
              .paper(
                  Paper.arxiv(
                      "2309.05463", "Textbooks Are All You Need II: phi-1.5 technical report"))
              .parameters(confirmed("parameters", params("1.3e9"), HUGGINGFACE_MICROSOFT_PHI_1_5))
              .addSources(ARXIV_2309_05463, HUGGINGFACE_MICROSOFT_PHI_1_5, SEED_004)
              .summary(
                  """
              A 1.3B general-language follow-up to phi-1, trained largely on synthetic \
              textbook-style text and reported to perform like models about five times larger on \
              common-sense and reasoning benchmarks.""")
              .build());

  /** Phi-2, Microsoft's 2.7B small language model. Source: Phi-2 model card. */
  public static final GenerativeModel PHI_2 =
      register(
          GenerativeModel.builder()
              .id("phi-2")
              .name("Phi-2")
              .addAliases("microsoft/phi-2")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("microsoft")
              .released(YearMonth.of(2023, 12))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .addLineage(
                  edge(
                      LineageRelation.SUCCESSOR_OF,
                      "phi-1-5",
                      MICROSOFT_PHI_2_THE_SURPRISING_POWER_OF,
                      "knowledge transferred from the 1.3B phi-1.5, per secondary reports of the blog"))
              .paperAbsentReason(
                  "Announced in the Microsoft Research blog post \"Phi-2: The surprising power of small"
                      + " language models\" (December 2023); no paper.")
              .parameters(confirmed("parameters", params("2.7e9"), HUGGINGFACE_MICROSOFT_PHI_2))
              .addTrainingData(
                  secondary(
                      "tokens of synthetic and filtered web data",
                      q("1.4e12", Unit.TOKENS),
                      MICROSOFT_PHI_2_THE_SURPRISING_POWER_OF,
                      "the blog as third parties quote it: multiple passes over synthetic and web"
                          + " data, 14 days on 96 A100s"))
              .addSources(
                  HUGGINGFACE_MICROSOFT_PHI_2, MICROSOFT_PHI_2_THE_SURPRISING_POWER_OF, SEED_004)
              .summary(
                  """
              A 2.7B base model continuing phi's textbook-quality-data line, neither \
              instruction-tuned nor RLHF-tuned. Microsoft reported it matching or beating models \
              up to 25 times larger, including Mistral 7B and Llama 2 13B, on some reasoning \
              benchmarks.""")
              .build());

  // 07 Orca 2

  /** Orca 2, Llama 2 taught several reasoning strategies. Source: arXiv 2311.11045. */
  // not recorded: lineage to GPT-4 (teacher) and Orca 1 (arXiv 2306.02707), which have no
  // entries; the size of the synthetic dataset (not confirmed)
  public static final GenerativeModel ORCA_2 =
      register(
          GenerativeModel.builder()
              .id("orca-2")
              .name("Orca 2")
              .addAliases("Orca-2-7b", "Orca-2-13b")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("microsoft")
              .released(YearMonth.of(2023, 11))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques("instruction-tuning", "knowledge-distillation")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM,
                      "llama-2",
                      HUGGINGFACE_MICROSOFT_ORCA_2_13B,
                      "fine-tuned from the Llama 2 base"))
              .paper(
                  Paper.arxiv("2311.11045", "Orca 2: Teaching Small Language Models How to Reason"))
              .parameters(
                  confirmed(
                      "parameters of the larger model",
                      params("13e9"),
                      HUGGINGFACE_MICROSOFT_ORCA_2_13B,
                      "sizes 7B and 13B"))
              .addSources(Source.arxiv("2311.11045"), HUGGINGFACE_MICROSOFT_ORCA_2_13B, SEED_004)
              .summary(
                  """
              Microsoft's small reasoning models: Llama 2 fine-tuned on data from a stronger \
              teacher that demonstrates several reasoning strategies and when to use each, with \
              the teacher's instructions erased. The authors report them beating same-size models \
              and rivalling models five to ten times larger on zero-shot reasoning.""")
              .build());

  // 08 ConvNets Match Vision Transformers at Scale

  /** NFNets pre-trained on JFT-4B. Source: arXiv 2310.16764. */
  // not recorded: parameter counts of the F0 to F7+ variants (not confirmed)
  public static final GenerativeModel NFNET_CONVNETS_AT_SCALE =
      register(
          GenerativeModel.builder()
              .id("nfnet-convnets-at-scale")
              .name("NFNets pre-trained on JFT-4B")
              .addAliases("ConvNets Match Vision Transformers at Scale", "NFNet-F7+")
              .signature(ModalitySignature.parse("image->text"))
              .addDevelopers("google-deepmind")
              .released(YearMonth.of(2023, 10))
              .addAccess(Access.CLOSED)
              .addTechniques("cnn", "resnet", "nfnet")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "nfnet",
                      ARXIV_2310_16764,
                      "the NFNet family, scaled"))
              .paper(Paper.arxiv("2310.16764", "ConvNets Match Vision Transformers at Scale"))
              .addTrainingData(
                  confirmed(
                      "labelled images in JFT-4B",
                      q("4e9", Unit.IMAGES),
                      ARXIV_2310_16764,
                      "about 4 billion, Google-internal; seed 004 quotes the same"),
                  confirmed(
                      "largest pre-training budget in TPU-v4 core hours",
                      q("110000", Unit.HOURS),
                      ARXIV_2310_16764,
                      "TPU-v4 core compute hours, not GPU hours; budgets from 0.4k to 110k; seed 004"
                          + " quotes 110k TPU hours"))
              .addResults(
                  confirmed(
                      "ImageNet top-1 accuracy after fine-tuning",
                      q("90.4", Unit.PERCENT),
                      ARXIV_2310_16764))
              .addSources(ARXIV_2310_16764, SEED_004)
              .summary(
                  """
              A scaling study showing that a well-tuned convolutional family, NFNet, given \
              web-scale labelled data and ViT-like compute, follows a clean compute scaling law \
              and matches the reported ImageNet accuracy of Vision Transformers. It classifies \
              images rather than generating anything.""")
              .build());

  // 09 Segment Anything

  /** Segment Anything Model (SAM). Source: arXiv 2304.02643. */
  // not recorded: parameter counts of the ViT-H/L/B checkpoints (not confirmed); the seed's ">1500
  // citations in six months" (seed-only)
  public static final GenerativeModel SEGMENT_ANYTHING =
      register(
          GenerativeModel.builder()
              .id("segment-anything")
              .name("Segment Anything Model")
              .addAliases("SAM", "SAM ViT-H")
              .signature(ModalitySignature.parse("image->image"))
              .addDevelopers("meta")
              .released(YearMonth.of(2023, 4))
              .addAccess(Access.OPEN_WEIGHTS, Access.CODE, Access.DEMO)
              .addTechniques("vit", "mae", "transformer", "contrastive-language-image-pretraining")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "vit",
                      GITHUB_FACEBOOKRESEARCH_SEGMENT_ANYTHING,
                      "ViT-H, ViT-L or ViT-B image encoder"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "mae",
                      ARXIV_2304_02643,
                      "the image encoder is pretrained as a masked autoencoder"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "clip",
                      ARXIV_2304_02643,
                      "CLIP text encoder for text prompts, an exploratory experiment only; the"
                          + " released model takes points and boxes"))
              .paper(Paper.arxiv("2304.02643", "Segment Anything"))
              .addTrainingData(
                  confirmed(
                      "images in SA-1B",
                      q("11e6", Unit.IMAGES),
                      GITHUB_FACEBOOKRESEARCH_SEGMENT_ANYTHING,
                      "licensed images; seed 004 quotes the same"),
                  confirmed(
                      "masks in SA-1B",
                      q("1.1e9", Unit.MASKS),
                      GITHUB_FACEBOOKRESEARCH_SEGMENT_ANYTHING,
                      "seed 004 says over 1 billion"))
              .addSources(ARXIV_2304_02643, GITHUB_FACEBOOKRESEARCH_SEGMENT_ANYTHING, SEED_004)
              .summary(
                  """
              A promptable segmentation model that returns object masks for clicked points or \
              boxes and can mask everything in an image automatically; its output masks are \
              recorded as images. It was released under Apache 2.0 together with SA-1B, 1.1 \
              billion masks on 11 million images.""")
              .build());

  // 10 Emu Video (the section's heading names Video LDM)

  /** Emu, Meta's quality-tuned text-to-image model. Source: arXiv 2309.15807. */
  // not recorded: parameters (not confirmed); image generation in Meta's apps from September 2023
  // (reported by secondary sources as powered by Emu; no Meta statement confirms it), so only the
  // unreleased weights are recorded as access
  public static final GenerativeModel EMU =
      register(
          GenerativeModel.builder()
              .id("emu")
              .name("Emu")
              .signature(ModalitySignature.parse("text->image"))
              .addDevelopers("meta")
              .released(YearMonth.of(2023, 9))
              .addAccess(Access.CLOSED)
              .addTechniques("latent-space-diffusion", "ddpm")
              .paper(
                  Paper.arxiv(
                      "2309.15807",
                      "Emu: Enhancing Image Generation Models Using Photogenic Needles in a Haystack"))
              .addTrainingData(
                  confirmed(
                      "image-text pairs for pre-training",
                      q("1.1e9", Unit.IMAGE_TEXT_PAIRS),
                      ARXIV_2309_15807,
                      "then quality-tuned on a few thousand hand-picked images"))
              .addSources(ARXIV_2309_15807)
              .summary(
                  """
              Meta's latent-diffusion text-to-image model, whose key idea is quality tuning: after \
              pre-training on 1.1 billion image-text pairs it is fine-tuned on a few thousand \
              hand-picked, highly aesthetic images.""")
              .build());

  /** Emu Video, Meta's factorised text-to-video model. Source: arXiv 2311.10709. */
  // not recorded: parameters and training data (not confirmed)
  public static final GenerativeModel EMU_VIDEO =
      register(
          GenerativeModel.builder()
              .id("emu-video")
              .name("Emu Video")
              .signature(ModalitySignature.parse("text->video"))
              .addDevelopers("meta")
              .released(YearMonth.of(2023, 11))
              .addAccess(Access.DEMO)
              .addTechniques("ddpm", "latent-space-diffusion")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "emu",
                      ARXIV_2311_10709,
                      "secondary summaries of the paper say its spatial layers come from a pretrained"
                          + " text-to-image model; the abstract does not name Emu"))
              .paper(
                  Paper.arxiv(
                      "2311.10709",
                      "Emu Video: Factorizing Text-to-Video Generation by Explicit Image Conditioning"))
              .addResults(
                  confirmed(
                      "human raters preferring Emu Video over Imagen Video",
                      q("81", Unit.PERCENT),
                      ARXIV_2311_10709),
                  confirmed(
                      "human raters preferring Emu Video over PYOCO",
                      q("90", Unit.PERCENT),
                      ARXIV_2311_10709),
                  confirmed(
                      "human raters preferring Emu Video over Make-A-Video",
                      q("96", Unit.PERCENT),
                      ARXIV_2311_10709))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_004,
                          ClaimAttribute.PAPER,
                          "Align your Latents: High-Resolution Video Synthesis with Latent Diffusion"
                              + " Models",
                          "the heading of seed 004 §10, whose body discusses Emu Video"),
                      actual(
                          ClaimAttribute.PAPER,
                          "Emu Video: Factorizing Text-to-Video Generation by Explicit Image"
                              + " Conditioning (arXiv 2311.10709); Align your Latents is NVIDIA's Video"
                              + " LDM (arXiv 2304.08818)",
                          ARXIV_2311_10709)),
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_004,
                          ClaimAttribute.NAME,
                          "Emu",
                          "seed 004 §10 calls the video model Emu"),
                      actual(
                          ClaimAttribute.NAME,
                          "Emu Video; Emu is Meta's text-to-image model (arXiv 2309.15807)",
                          ARXIV_2311_10709)))
              .addSources(
                  ARXIV_2311_10709, Source.url("https://emu-video.metademolab.com"), SEED_004)
              .summary(
                  """
              A text-to-video model that first generates a key image from the prompt and then a \
              video conditioned on both prompt and image. Human raters preferred its videos to \
              those of Imagen Video, PYOCO and Make-A-Video; only a demo was released.""")
              .build());

  /**
   * Video LDM ("Align your Latents"), Stable Diffusion turned into a video model. Source: arXiv
   * 2304.08818.
   */
  // not recorded: parameters and training data (not confirmed); access (closed weights, not
  // re-checked)
  public static final GenerativeModel VIDEO_LDM =
      register(
          GenerativeModel.builder()
              .id("video-ldm")
              .name("Video LDM")
              .addAliases("Align your Latents")
              .signature(ModalitySignature.parse("text->video"))
              .addDevelopers(
                  "nvidia",
                  "lmu-munich",
                  "vector-institute",
                  "university-of-toronto",
                  "university-of-waterloo")
              .released(YearMonth.of(2023, 4))
              .addTechniques("latent-space-diffusion", "ddpm")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "stable-diffusion",
                      NVIDIA_VIDEOLDM,
                      "adds temporal layers to the public Stable Diffusion model"))
              .paper(
                  Paper.arxiv(
                      "2304.08818",
                      "Align your Latents: High-Resolution Video Synthesis with Latent Diffusion"
                          + " Models"))
              .addSources(Source.arxiv("2304.08818"), NVIDIA_VIDEOLDM, SEED_004)
              .summary(
                  """
              Turns a pretrained image latent diffusion model into a video generator by inserting \
              temporal alignment layers and training only those, keeping the spatial layers fixed. \
              Applied to Stable Diffusion it produced text-to-video at up to 1280x2048; it also \
              synthesises driving scenes.""")
              .build());

  // Named in passing

  /**
   * Switch Transformer, Google's top-1-routed mixture of experts (2021). Source: arXiv 2101.03961.
   */
  // not recorded: access at release (checkpoints are on Hugging Face from November 2022; what was
  // public in January 2021 is not confirmed); the exact parameter count (the abstract says "up to
  // trillion parameter models"; 1.6T is stated by the Hugging Face model card, not the paper)
  public static final GenerativeModel SWITCH_TRANSFORMER =
      register(
          GenerativeModel.builder()
              .id("switch-transformer")
              .name("Switch Transformer")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("google")
              .released(YearMonth.of(2021, 1))
              .addTechniques("mixture-of-experts", "transformer")
              .paper(
                  Paper.arxiv(
                      "2101.03961",
                      "Switch Transformers: Scaling to Trillion Parameter Models with Simple and"
                          + " Efficient Sparsity"))
              .addSources(Source.arxiv("2101.03961"), SEED_004)
              .summary(
                  """
              A simplified sparse mixture-of-experts Transformer that routes each token to a \
              single expert feed-forward block, reaching trillion-parameter scale without more \
              compute per token. Seed 004 uses it to explain Mixtral's design.""")
              .build());

  /**
   * Stanford Alpaca, LLaMA 7B tuned on 52K synthetic instructions. Source: stanford_alpaca README.
   */
  public static final GenerativeModel ALPACA =
      register(
          GenerativeModel.builder()
              .id("alpaca")
              .name("Stanford Alpaca")
              .addAliases("Alpaca 7B")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("stanford")
              .released(YearMonth.of(2023, 3))
              .addAccess(Access.DEMO, Access.CODE)
              .addTechniques("instruction-tuning", "self-instruct")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM, "llama-1", GITHUB_TATSU_LAB_STANFORD_ALPACA),
                  edge(
                      LineageRelation.DISTILLED_FROM,
                      "gpt-3-5",
                      GITHUB_TATSU_LAB_STANFORD_ALPACA,
                      "demonstrations generated with text-davinci-003, a GPT-3.5-series model"),
                  edge(
                      LineageRelation.TRAINED_WITH,
                      "self-instruct",
                      GITHUB_TATSU_LAB_STANFORD_ALPACA,
                      "a modified Self-Instruct pipeline"))
              .paperAbsentReason(
                  "Released as a GitHub repository and a Stanford CRFM blog post; no paper.")
              .parameters(confirmed("parameters", params("7e9"), GITHUB_TATSU_LAB_STANFORD_ALPACA))
              .addTrainingData(
                  confirmed(
                      "instruction-following demonstrations",
                      q("52000", Unit.EXAMPLES),
                      GITHUB_TATSU_LAB_STANFORD_ALPACA,
                      "generated with text-davinci-003"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_004,
                          ClaimAttribute.TRAINING_DATA,
                          "a Llama model fine-tuned on ChatGPT outputs",
                          "seed 004"),
                      actual(
                          ClaimAttribute.TRAINING_DATA,
                          "52K demonstrations generated with text-davinci-003, a GPT-3.5 completion"
                              + " model, not ChatGPT",
                          GITHUB_TATSU_LAB_STANFORD_ALPACA)))
              .addSources(GITHUB_TATSU_LAB_STANFORD_ALPACA, SEED_004)
              .summary(
                  """
              A 7B LLaMA fine-tuned on 52,000 instructions generated by a stronger model, which \
              made cheap instruction tuning popular. Code and data were published; the demo was \
              suspended.""")
              .build());

  /** LIMA, alignment from 1,000 examples. Source: arXiv 2305.11206. */
  // not recorded: access (the dataset was released; weights were not, not re-checked)
  public static final GenerativeModel LIMA =
      register(
          GenerativeModel.builder()
              .id("lima")
              .name("LIMA")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers(
                  "meta",
                  "carnegie-mellon-university",
                  "university-of-southern-california",
                  "tel-aviv-university")
              .released(YearMonth.of(2023, 5))
              .addTechniques("instruction-tuning")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM,
                      "llama-1",
                      ARXIV_2305_11206,
                      "a 65B LLaMa language model"))
              .paper(Paper.arxiv("2305.11206", "LIMA: Less Is More for Alignment"))
              .parameters(confirmed("parameters", params("65e9"), ARXIV_2305_11206))
              .addTrainingData(
                  confirmed(
                      "curated prompts and responses",
                      q("1000", Unit.EXAMPLES),
                      ARXIV_2305_11206,
                      "standard supervised loss, no reinforcement learning or preference modelling"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_004,
                          ClaimAttribute.RESULTS,
                          "beats the same model fine-tuned on 50k ChatGPT-generated responses",
                          "seed 004"),
                      actualSecondary(
                          ClaimAttribute.RESULTS,
                          "the baseline is Alpaca 65B, LLaMA-65B fine-tuned on the 52,000 Alpaca"
                              + " examples generated with text-davinci-003, not ChatGPT",
                          GITHUB_TATSU_LAB_STANFORD_ALPACA,
                          "the baseline is named by a summary of the paper; the data's origin by the"
                              + " Alpaca README")))
              .addSources(ARXIV_2305_11206, SEED_004)
              .summary(
                  """
              A study showing that fine-tuning a strong base model on about a thousand carefully \
              chosen examples yields a competitive assistant, which suggests that most of its \
              knowledge comes from pretraining.""")
              .build());

  /** Qwen-14B, Alibaba Cloud's bilingual base model. Source: arXiv 2309.16609. */
  public static final GenerativeModel QWEN_14B =
      register(
          GenerativeModel.builder()
              .id("qwen-14b")
              .name("Qwen-14B")
              .addAliases("通义千问-14B", "Qwen-14B-Chat")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("alibaba-cloud")
              .released(YearMonth.of(2023, 9))
              .addAccess(Access.OPEN_WEIGHTS)
              .paper(Paper.arxiv("2309.16609", "Qwen Technical Report"))
              .parameters(confirmed("parameters", params("14e9"), HUGGINGFACE_QWEN_QWEN_14B))
              .addTrainingData(
                  confirmed(
                      "pretraining tokens",
                      q("3e12", Unit.TOKENS),
                      HUGGINGFACE_QWEN_QWEN_14B,
                      "over 3 trillion tokens of Chinese, English, multilingual text, code and"
                          + " mathematics"))
              .addSources(Source.arxiv("2309.16609"), HUGGINGFACE_QWEN_QWEN_14B, SEED_004)
              .summary(
                  """
              Alibaba Cloud's 14B bilingual base model trained on web text, books and code, \
              released with an aligned chat variant, Qwen-14B-Chat.""")
              .build());

  /** Yi-34B, 01.AI's bilingual base model. Source: Yi-34B model card. */
  // not recorded: techniques (none confirmed)
  public static final GenerativeModel YI_34B =
      register(
          GenerativeModel.builder()
              .id("yi-34b")
              .name("Yi-34B")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("01-ai")
              .released(YearMonth.of(2023, 11))
              .addAccess(Access.OPEN_WEIGHTS)
              .paper(Paper.arxiv("2403.04652", "Yi: Open Foundation Models by 01.AI"))
              .parameters(confirmed("parameters", params("34e9"), HUGGINGFACE_01_AI_YI_34B))
              .addTrainingData(
                  confirmed(
                      "pretraining tokens",
                      q("3e12", Unit.TOKENS),
                      GITHUB_01_AI_YI,
                      "3T per the model table (data up to June 2023); the technical report of March"
                          + " 2024 gives 3.1 trillion tokens of English and Chinese"))
              .addSources(
                  HUGGINGFACE_01_AI_YI_34B, GITHUB_01_AI_YI, Source.arxiv("2403.04652"), SEED_004)
              .summary(
                  """
              A bilingual English and Chinese 34B base model, trained from scratch by 01.AI, that \
              ranked high on open leaderboards in late 2023; its licence changed from a custom one \
              to Apache 2.0 over time.""")
              .build());

  /**
   * DeepSeek LLM 67B, DeepSeek's first general model. Source: github.com/deepseek-ai/DeepSeek-LLM.
   */
  public static final GenerativeModel DEEPSEEK_LLM_67B =
      register(
          GenerativeModel.builder()
              .id("deepseek-llm-67b")
              .name("DeepSeek LLM 67B")
              .addAliases("deepseek-llm-67b-base", "deepseek-llm-67b-chat")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("deepseek")
              .released(YearMonth.of(2023, 11))
              .addAccess(Access.OPEN_WEIGHTS)
              .addTechniques(
                  "transformer", "grouped-query-attention", "autoregressive-lm-pretraining")
              .paper(
                  Paper.arxiv(
                      "2401.02954",
                      "DeepSeek LLM: Scaling Open-Source Language Models with Longtermism"))
              .parameters(
                  confirmed(
                      "parameters",
                      params("67e9"),
                      GITHUB_DEEPSEEK_AI_DEEPSEEK_LLM,
                      "also a 7B model"))
              .addTrainingData(
                  confirmed(
                      "training tokens, English and Chinese",
                      q("2e12", Unit.TOKENS),
                      GITHUB_DEEPSEEK_AI_DEEPSEEK_LLM))
              .addSources(GITHUB_DEEPSEEK_AI_DEEPSEEK_LLM, SEED_004)
              .summary(
                  """
              DeepSeek's first general language model, a 67B bilingual model trained on 2 trillion \
              tokens that its authors reported ahead of Llama 2 70B in reasoning, coding, maths \
              and Chinese. The weights came out in November 2023, the paper in January 2024.""")
              .build());

  // Added after the seeds: notable 2023 models no seed names, by release month

  /**
   * MusicLM, Google's text-to-music model. Source: arXiv 2301.11325 and Google Research's
   * publication page.
   */
  // not recorded: parameters and training data (not in the abstract); lineage to AudioLM and
  // MuLan (the abstract names neither); later public access (not confirmed)
  public static final GenerativeModel MUSICLM =
      register(
          GenerativeModel.builder()
              .id("musiclm")
              .name("MusicLM")
              .signature(ModalitySignature.parse("text+music->music"))
              .addDevelopers("google-research")
              .released(YearMonth.of(2023, 1))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "autoregressive-model")
              .paper(Paper.arxiv("2301.11325", "MusicLM: Generating Music From Text"))
              .addResults(
                  confirmed(
                      "music-text pairs in the released MusicCaps dataset",
                      q("5500", Unit.EXAMPLES),
                      Source.arxiv("2301.11325"),
                      "captions written by human experts; released for evaluation, the model was not"))
              .addSources(
                  Source.arxiv("2301.11325"), Source.url("https://research.google/pubs/pub52118"))
              .summary(
                  """
              MusicLM generates music at 24 kHz from a text description, as a hierarchical \
              sequence-to-sequence task, and stays consistent over several minutes. It can also \
              follow a whistled or hummed melody in the style a caption describes. Google released \
              the MusicCaps evaluation set, not the model.""")
              .build());
}
