package io.github.genaitaxonomy.data;

import static io.github.genaitaxonomy.data.Facts.confirmed;
import static io.github.genaitaxonomy.data.Facts.edge;
import static io.github.genaitaxonomy.data.Facts.params;
import static io.github.genaitaxonomy.data.Facts.q;
import static io.github.genaitaxonomy.data.Facts.secondary;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Access;
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
 * Models that the survey's models are built on but that the survey does not describe: GPT-3, CLIP,
 * T5 and the like. None has a survey category.
 *
 * <pre>{@code
 * SurveyModels.CODEX.lineage().get(0).target();   // "gpt-3"
 * BaseModels.GPT_3.surveyCategory();               // Optional.empty()
 * }</pre>
 */
public final class BaseModels {
  // Ordering: grouped by the kind of model (language, vision-language and image, 3D, video and
  // audio, agents); within a group, a model comes after the models it is built on where it has
  // any, otherwise by release month.

  private static final List<GenerativeModel> ALL = new ArrayList<>();

  /** OpenAI, "Aligning language models to follow instructions" (2022-01-27). */
  private static final Source INSTRUCTGPT_ANNOUNCEMENT =
      Source.url("https://openai.com/blog/instruction-following/");

  /** OpenAI, "CLIP: Connecting text and images" (2021-01-05). */
  private static final Source CLIP_ANNOUNCEMENT = Source.url("https://openai.com/blog/clip/");

  /**
   * Chung et al., w2v-BERT at IEEE ASRU 2021: the first author at MIT CSAIL and Google Brain, the
   * others at Google Brain.
   */
  private static final Source W2V_BERT_ASRU_PAPER = Source.doi("10.1109/ASRU51503.2021.9688253");

  /** The official T5 repository: code and the released checkpoints with their sizes. */
  private static final Source T5_README =
      Source.url("https://github.com/google-research/text-to-text-transfer-transformer");

  // Sources cited more than once in this holder.
  private static final Source ARXIV_2005_14165 = Source.arxiv("2005.14165");
  private static final Source ARXIV_2006_11477 = Source.arxiv("2006.11477");
  private static final Source ARXIV_2103_00020 = Source.arxiv("2103.00020");
  private static final Source ARXIV_2108_06209 = Source.arxiv("2108.06209");
  private static final Source ARXIV_2112_10741 = Source.arxiv("2112.10741");
  private static final Source ARXIV_2112_10752 = Source.arxiv("2112.10752");
  private static final Source ARXIV_2202_04200 = Source.arxiv("2202.04200");
  private static final Source ARXIV_2203_02155 = Source.arxiv("2203.02155");
  private static final Source ARXIV_2204_02311 = Source.arxiv("2204.02311");
  private static final Source ARXIV_2206_10789 = Source.arxiv("2206.10789");
  private static final Source ARCHIVE_XDCN0 = Source.url("https://archive.li/XDCN0");
  private static final Source LABINDEX_CHINCHILLA =
      Source.url("https://labindex.ai/outputs/google/chinchilla");
  private static final Source OPENAI_BETTER_LANGUAGE_MODELS =
      Source.url("https://openai.com/blog/better-language-models/");
  private static final Source LATENT_DIFFUSION_README =
      Source.url("https://github.com/CompVis/latent-diffusion");
  private static final Source NVIDIA_EDIFF_I =
      Source.url("https://research.nvidia.com/labs/dir/eDiff-I");
  private static final Source STUDY_PALM_SCALING_LANGUAGE_MODELING =
      Source.url("https://study.space/p/PaLM%3A_Scaling_Language_Modeling_with_Pathways");

  private BaseModels() {}

  /** Appends a constant to this holder's list, in declaration order, and returns it. */
  private static GenerativeModel register(GenerativeModel constant) {
    ALL.add(constant);
    return constant;
  }

  /** Every constant of this holder, in declaration order. */
  static ImmutableList<GenerativeModel> all() {
    return ImmutableList.copyOf(ALL);
  }

  // Language models

  /** GPT-2, OpenAI's 1.5B-parameter language model. Source: OpenAI report, 2019. */
  public static final GenerativeModel GPT_2 =
      register(
          GenerativeModel.builder()
              .id("gpt-2")
              .name("GPT-2")
              .addAliases("GPT-2 XL")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("openai")
              .released(YearMonth.of(2019, 2))
              .addAccess(Access.OPEN_WEIGHTS, Access.CODE)
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .paper(
                  Paper.of(
                      "Language Models are Unsupervised Multitask Learners",
                      Source.url(
                          "https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf")))
              .parameters(
                  confirmed(
                      "parameters of the largest model",
                      params("1.5e9"),
                      OPENAI_BETTER_LANGUAGE_MODELS,
                      "sizes 124M, 355M, 774M and 1.5B; read in a copy of the blog"))
              .addTrainingData(
                  confirmed(
                      "WebText",
                      q("40e9", Unit.BYTES),
                      OPENAI_BETTER_LANGUAGE_MODELS,
                      "about 40 GB of text; read in a copy of the blog"),
                  confirmed(
                      "web pages in WebText",
                      q("8e6", Unit.DOCUMENTS),
                      OPENAI_BETTER_LANGUAGE_MODELS,
                      "outbound Reddit links with at least 3 karma (the filter is from a secondary"
                          + " source)"))
              .addSources(
                  OPENAI_BETTER_LANGUAGE_MODELS,
                  Source.url("https://centerconsulting.com/ai-library/milestones/2019-gpt-2"),
                  Source.url("https://www.alansalomon.ai/ai-museum/gpt-2"))
              .summary(
                  """
              OpenAI's 1.5B-parameter Transformer language model trained on WebText. It showed \
              that a language model can transfer to tasks zero-shot, and was released in stages \
              during 2019 out of concern about misuse. VisualGPT starts from its weights.""")
              .build());

  /**
   * GPT-3, OpenAI's 175B-parameter few-shot learner. Source: arXiv 2005.14165; access is OpenAI's
   * "OpenAI API" post of 2020-06-11: the API ran GPT-3 models in a private beta with a waitlist.
   */
  // not recorded: training data (not confirmed)
  public static final GenerativeModel GPT_3 =
      register(
          GenerativeModel.builder()
              .id("gpt-3")
              .name("GPT-3")
              .addAliases("davinci")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("openai")
              .released(YearMonth.of(2020, 5))
              .addAccess(Access.API, Access.WAITLIST)
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .addLineage(
                  edge(
                      LineageRelation.SUCCESSOR_OF,
                      "gpt-2",
                      ARXIV_2005_14165,
                      "mirrors GPT-2's architecture with alternating dense and sparse attention (per a"
                          + " secondary summary)"))
              .paper(Paper.arxiv("2005.14165", "Language Models are Few-Shot Learners"))
              .parameters(confirmed("parameters", params("175e9"), ARXIV_2005_14165))
              .addSources(
                  ARXIV_2005_14165,
                  Source.url("https://openai.com/blog/openai-api/"),
                  Source.url(
                      "https://deepai.com/publication/language-models-are-few-shot-learners"))
              .summary(
                  """
              A 175-billion-parameter autoregressive Transformer language model which showed that \
              scale alone brings strong few-shot learning from examples in the prompt, without \
              gradient updates. Codex and InstructGPT are fine-tuned from it.""")
              .build());

  /**
   * InstructGPT, GPT-3 tuned to follow instructions with human feedback. Source: arXiv 2203.02155;
   * the release month is OpenAI's announcement of 2022-01-27, which made the models the API's
   * default, before the paper of 2022-03.
   */
  public static final GenerativeModel INSTRUCTGPT =
      register(
          GenerativeModel.builder()
              .id("instructgpt")
              .name("InstructGPT")
              .addAliases("text-davinci-001", "davinci-instruct-beta")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("openai")
              .released(YearMonth.of(2022, 1))
              .addAccess(Access.API)
              .addTechniques("transformer", "instruction-tuning", "rlhf", "ppo")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM,
                      "gpt-3",
                      ARXIV_2203_02155,
                      "supervised fine-tuning of GPT-3, then RLHF"))
              .paper(
                  Paper.arxiv(
                      "2203.02155",
                      "Training language models to follow instructions with human feedback"))
              .parameters(
                  confirmed(
                      "parameters of the largest model",
                      params("175e9"),
                      ARXIV_2203_02155,
                      "sizes from 1.3B; raters preferred the 1.3B InstructGPT to the 175B GPT-3"))
              .addSources(
                  ARXIV_2203_02155,
                  INSTRUCTGPT_ANNOUNCEMENT,
                  Source.url(
                      "https://samafind.sama.gov.sa/index.php/EdsRecord/edsarx,edsarx.2203.02155"))
              .summary(
                  """
              InstructGPT fine-tunes GPT-3 on demonstrations written by human labellers and then \
              with reinforcement learning from their rankings of answers. The resulting models \
              follow instructions better and are more truthful and less toxic than a much larger \
              GPT-3; ChatGPT was trained the same way.""")
              .build());

  /** The GPT-3.5 series, the base of ChatGPT. Source: OpenAI's model index for researchers. */
  // not recorded: parameters (never disclosed). The first public month of the series is not
  // known; 2022-11 is an upper bound: the ChatGPT announcement of 2022-11-30 describes the series.
  public static final GenerativeModel GPT_3_5 =
      register(
          GenerativeModel.builder()
              .id("gpt-3-5")
              .name("GPT-3.5 series")
              .addAliases("code-davinci-002", "text-davinci-002", "text-davinci-003")
              .signature(ModalitySignature.parse("text+code->text+code"))
              .addDevelopers("openai")
              .released(YearMonth.of(2022, 11))
              .addAccess(Access.API)
              .addTechniques("transformer", "instruction-tuning", "rlhf", "ppo")
              .addLineage(
                  edge(
                      LineageRelation.SUCCESSOR_OF,
                      "gpt-3",
                      ARCHIVE_XDCN0,
                      "same OpenAI GPT line, as the naming and the model index frame it"),
                  edge(
                      LineageRelation.VARIANT_OF,
                      "instructgpt",
                      ARCHIVE_XDCN0,
                      "text-davinci-002 is an InstructGPT model based on code-davinci-002;"
                          + " text-davinci-003 adds PPO"))
              .paperAbsentReason(
                  "Described only on OpenAI's \"Model index for researchers\" page and in the ChatGPT"
                      + " blog post.")
              .addSources(ARCHIVE_XDCN0, Source.url("https://openai.com/blog/chatgpt"))
              .summary(
                  """
              OpenAI's 2022 family of GPT models trained on text and code from before the last \
              quarter of 2021: code-davinci-002 is the base model, text-davinci-002 and \
              text-davinci-003 are instruction-tuned variants, and ChatGPT was fine-tuned from a \
              model of the series. Its first public month is not known; the recorded November 2022 \
              is an upper bound.""")
              .build());

  /** T5, Google's text-to-text Transformer. Source: arXiv 1910.10683. */
  public static final GenerativeModel T5 =
      register(
          GenerativeModel.builder()
              .id("t5")
              .name("T5")
              .addAliases("Text-to-Text Transfer Transformer", "T5-XXL", "T5-11B")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("google")
              .released(YearMonth.of(2019, 10))
              .addAccess(Access.CODE, Access.OPEN_WEIGHTS)
              .addTechniques("transformer")
              .paper(
                  Paper.arxiv(
                      "1910.10683",
                      "Exploring the Limits of Transfer Learning with a Unified Text-to-Text"
                          + " Transformer"))
              .parameters(
                  confirmed(
                      "parameters of the largest model (T5-11B)",
                      params("11e9"),
                      T5_README,
                      "released checkpoints T5-Small (60M), T5-Base (220M), T5-Large (770M), T5-3B"
                          + " and T5-11B"))
              .addSources(
                  Source.arxiv("1910.10683"),
                  T5_README,
                  Source.url("https://jmlr.org/papers/v21/20-074.bib"),
                  Source.url("https://centerconsulting.com/ai-library/papers/t5-text-to-text"),
                  Source.url("https://huggingface.co/google/t5-xxl-lm-adapt/blob/main/README.md"))
              .summary(
                  """
              T5 casts every language task as text in, text out, and uses that framing to study \
              transfer learning systematically, scaling an encoder-decoder Transformer to 11B \
              parameters trained on the C4 web corpus. Its frozen XXL encoder is the text encoder \
              of Imagen, Muse and eDiff-I.""")
              .build());

  /** Chinchilla, DeepMind's compute-optimal language model. Source: arXiv 2203.15556. */
  public static final GenerativeModel CHINCHILLA =
      register(
          GenerativeModel.builder()
              .id("chinchilla")
              .name("Chinchilla")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("deepmind")
              .released(YearMonth.of(2022, 3))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .paper(Paper.arxiv("2203.15556", "Training Compute-Optimal Large Language Models"))
              .parameters(
                  secondary(
                      "parameters", params("70e9"), LABINDEX_CHINCHILLA, "third-party summaries"))
              .addTrainingData(
                  secondary(
                      "training tokens",
                      q("1.4e12", Unit.TOKENS),
                      LABINDEX_CHINCHILLA,
                      "third-party summary"))
              .addSources(
                  Source.arxiv("2203.15556"),
                  LABINDEX_CHINCHILLA,
                  Source.url(
                      "https://www.centerconsulting.com/ai-library/facts/chinchilla-doubling-rule"))
              .summary(
                  """
              DeepMind's 70B-parameter language model, trained on many more tokens than earlier \
              models of similar compute, which showed that parameters and training data should \
              grow together. It is the frozen language backbone of Flamingo.""")
              .build());

  /** PaLM, Google's 540B-parameter Pathways model. Source: arXiv 2204.02311. */
  public static final GenerativeModel PALM =
      register(
          GenerativeModel.builder()
              .id("palm")
              .name("PaLM")
              .addAliases("Pathways Language Model", "PaLM 540B")
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("google-research")
              .released(YearMonth.of(2022, 4))
              .addAccess(Access.CLOSED)
              .addTechniques(
                  "transformer", "autoregressive-lm-pretraining", "chain-of-thought-prompting")
              .paper(Paper.arxiv("2204.02311", "PaLM: Scaling Language Modeling with Pathways"))
              .parameters(
                  confirmed(
                      "parameters of the largest model",
                      params("540e9"),
                      ARXIV_2204_02311,
                      "also 62B and 8B variants"))
              .addTrainingData(
                  secondary(
                      "training tokens",
                      q("780e9", Unit.TOKENS),
                      STUDY_PALM_SCALING_LANGUAGE_MODELING,
                      "third-party summary; trained on 6144 TPU v4 chips per the abstract"))
              .addSources(
                  ARXIV_2204_02311,
                  Source.url(
                      "https://research.google/pubs/palm-scaling-language-modeling-with-pathways/"),
                  STUDY_PALM_SCALING_LANGUAGE_MODELING)
              .summary(
                  """
              Google's 540B-parameter dense Transformer, trained with the Pathways system on 6144 \
              TPU v4 chips, with breakthrough few-shot reasoning results. Minerva continues its \
              training on mathematical text.""")
              .build());

  // Vision-language and image models

  /**
   * CLIP, OpenAI's contrastive image-text encoder. Source: arXiv 2103.00020; announced with the
   * paper on 2021-01-05 (the arXiv posting followed in February).
   */
  // not recorded: parameters; only the 123M text encoder of ViT-L/14 is known (CompVis README)
  public static final GenerativeModel CLIP =
      register(
          GenerativeModel.builder()
              .id("clip")
              .name("CLIP")
              .addAliases("Contrastive Language-Image Pre-training", "CLIP ViT-L/14")
              .signature(ModalitySignature.parse("text+image->text+image"))
              .addDevelopers("openai")
              .released(YearMonth.of(2021, 1))
              .addAccess(Access.CODE, Access.OPEN_WEIGHTS)
              .addTechniques(
                  "contrastive-language-image-pretraining", "transformer", "vit", "resnet")
              .paper(
                  Paper.arxiv(
                      "2103.00020",
                      "Learning Transferable Visual Models From Natural Language Supervision"))
              .addTrainingData(
                  confirmed(
                      "image-text pairs collected from the internet",
                      q("400e6", Unit.IMAGE_TEXT_PAIRS),
                      ARXIV_2103_00020))
              .addSources(
                  ARXIV_2103_00020,
                  CLIP_ANNOUNCEMENT,
                  Source.url("https://studylib.net/doc/25904084/radford21a"),
                  Source.url("https://summarizepaper.com/en/tree/2103.00020v1"))
              .summary(
                  """
              CLIP learns joint embeddings of images and text by training to match 400 million web \
              images with their captions, which enables zero-shot image classification. It is an \
              encoder, not a generator; its signature records embeddings of both modalities, and \
              it is the conditioning backbone of many 2022 generative models.""")
              .build());

  /** GLIDE, OpenAI's text-guided diffusion model. Source: arXiv 2112.10741. */
  // not recorded: training data (not confirmed)
  public static final GenerativeModel GLIDE =
      register(
          GenerativeModel.builder()
              .id("glide")
              .name("GLIDE")
              .addAliases("glide-text2im")
              .signature(ModalitySignature.parse("text->image"))
              .addDevelopers("openai")
              .released(YearMonth.of(2021, 12))
              .addAccess(Access.CODE, Access.OPEN_WEIGHTS)
              .addTechniques("diffusion-model", "classifier-free-guidance")
              .paper(
                  Paper.arxiv(
                      "2112.10741",
                      "GLIDE: Towards Photorealistic Image Generation and Editing with Text-Guided"
                          + " Diffusion Models"))
              .parameters(
                  confirmed(
                      "parameters of the text-conditional diffusion model",
                      params("3.5e9"),
                      ARXIV_2112_10741,
                      "a smaller model trained on filtered data was released"))
              .addSources(ARXIV_2112_10741, Source.url("https://icml.cc/virtual/2022/poster/16339"))
              .summary(
                  """
              OpenAI's text-guided diffusion model, which showed that classifier-free guidance \
              gives more photorealistic images than CLIP guidance and that diffusion can also edit \
              images by inpainting. Its links to DALL·E 2's decoder and Point·E's image stage are \
              unconfirmed and not recorded as lineage.""")
              .build());

  /** VQGAN (Taming Transformers), the Heidelberg image tokenizer. Source: arXiv 2012.09841. */
  // not recorded: parameters and training data (not confirmed)
  public static final GenerativeModel VQGAN =
      register(
          GenerativeModel.builder()
              .id("vqgan")
              .name("VQGAN")
              .addAliases("Taming Transformers", "VQ-GAN")
              .signature(ModalitySignature.parse("image->image"))
              .addDevelopers("heidelberg-university")
              .released(YearMonth.of(2020, 12))
              .addAccess(Access.CODE, Access.OPEN_WEIGHTS)
              .addTechniques("vector-quantized-gan", "gan", "transformer")
              .paper(
                  Paper.arxiv(
                      "2012.09841", "Taming Transformers for High-Resolution Image Synthesis"))
              .addSources(
                  Source.arxiv("2012.09841"),
                  Source.url("https://studylib.net/doc/27211488/2012.09841---vqgan"),
                  Source.url("https://www.scholarfeed.org/paper/2012.09841v3"))
              .summary(
                  """
              VQGAN learns a codebook of context-rich image parts with a convolutional autoencoder \
              trained with adversarial and perceptual losses, then models sequences of those codes \
              with a Transformer to synthesise megapixel images. Built by the CompVis group while \
              it was at Heidelberg, its tokenizer underlies Muse, Parti and latent diffusion.""")
              .build());

  /** The Latent Diffusion Model of CompVis and Runway. Source: arXiv 2112.10752. */
  // not recorded: the size of the text-to-image training data (the README names LAION-400M as the
  // database, not how much of it was used). The affiliations (LMU Munich, Heidelberg University,
  // Runway) are as the paper is commonly cited; the paper header was not read.
  public static final GenerativeModel LATENT_DIFFUSION =
      register(
          GenerativeModel.builder()
              .id("latent-diffusion")
              .name("Latent Diffusion Model")
              .addAliases("LDM")
              .signature(ModalitySignature.parse("text->image"))
              .addDevelopers("compvis", "heidelberg-university", "runway")
              .released(YearMonth.of(2021, 12))
              .addAccess(Access.CODE, Access.OPEN_WEIGHTS)
              .addTechniques("latent-space-diffusion")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "vqgan",
                      ARXIV_2112_10752,
                      "diffusion in the latent space of the group's pretrained autoencoders; the"
                          + " explicit VQGAN link is from a secondary source"))
              .paper(
                  Paper.arxiv(
                      "2112.10752", "High-Resolution Image Synthesis with Latent Diffusion Models"))
              .parameters(
                  confirmed(
                      "parameters of the released text-to-image model",
                      params("1.45e9"),
                      LATENT_DIFFUSION_README,
                      "trained on LAION-400M; the README also releases autoencoders, class-conditional"
                          + " ImageNet, inpainting and unconditional models"))
              .addSources(
                  ARXIV_2112_10752,
                  LATENT_DIFFUSION_README,
                  Source.url("https://github.com/CompVis/stable-diffusion"),
                  Source.url("https://hyper.ai/en/papers/2112.10752"))
              .summary(
                  """
              LDM runs diffusion in the compressed latent space of a pretrained autoencoder and \
              adds cross-attention conditioning, cutting compute while keeping quality; Stable \
              Diffusion is a scaled, text-conditioned configuration of it.""")
              .build());

  /** MaskGIT, Google's masked generative image Transformer. Source: arXiv 2202.04200. */
  // not recorded: parameters. Access is the google-research/maskgit repository: the official JAX
  // implementation with ImageNet checkpoints (training code "coming soon"); the month it went
  // public is not stated.
  public static final GenerativeModel MASKGIT =
      register(
          GenerativeModel.builder()
              .id("maskgit")
              .name("MaskGIT")
              .addAliases("Masked Generative Image Transformer")
              .signature(ModalitySignature.parse("image->image"))
              .addDevelopers("google-research")
              .released(YearMonth.of(2022, 2))
              .addAccess(Access.CODE, Access.OPEN_WEIGHTS)
              .addTechniques("masked-generative-transformer", "transformer")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "vqgan",
                      ARXIV_2202_04200,
                      "replaces VQGAN's second-stage autoregressive transformer (per re-implementation"
                          + " notes)"))
              .paper(Paper.arxiv("2202.04200", "MaskGIT: Masked Generative Image Transformer"))
              .addSources(
                  ARXIV_2202_04200,
                  Source.url("https://github.com/google-research/maskgit"),
                  Source.url("https://ar5iv.arxiv.org/html/2202.04200"),
                  Source.url(
                      "https://openaccess.thecvf.com/content/CVPR2022/html/Chang_MaskGIT_Masked_Generative_Image_Transformer_CVPR_2022_paper.html"))
              .summary(
                  """
              MaskGIT replaces raster-order decoding of image tokens with a bidirectional \
              Transformer that predicts masked tokens and refines all of them in a few parallel \
              steps, for large speed-ups in class-conditional synthesis and editing. Muse and \
              Phenaki decode the same way.""")
              .build());

  /** Parti, Google's autoregressive text-to-image model. Source: arXiv 2206.10789. */
  // not recorded: training data (not confirmed). The Google Research affiliation is assumed from
  // the project's domain; the affiliation line was not read.
  public static final GenerativeModel PARTI =
      register(
          GenerativeModel.builder()
              .id("parti")
              .name("Parti")
              .addAliases("Pathways Autoregressive Text-to-Image", "Parti-3B", "Parti-20B")
              .signature(ModalitySignature.parse("text->image"))
              .addDevelopers("google-research")
              .released(YearMonth.of(2022, 6))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "autoregressive-model")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "vqgan",
                      ARXIV_2206_10789,
                      "uses the ViT-VQGAN image tokenizer, a VQGAN variant"))
              .paper(
                  Paper.arxiv(
                      "2206.10789",
                      "Scaling Autoregressive Models for Content-Rich Text-to-Image Generation"))
              .parameters(
                  confirmed("parameters of the largest model", params("20e9"), ARXIV_2206_10789))
              .addSources(
                  ARXIV_2206_10789, Source.url("https://summarizepaper.com/en/tree/2206.10789v1"))
              .summary(
                  """
              Google's autoregressive text-to-image model, which treats image generation as \
              translation from text tokens to ViT-VQGAN image tokens, scales to 20B parameters and \
              introduced the PartiPrompts benchmark. Muse compares its speed against Parti-3B.""")
              .build());

  /** eDiff-I, NVIDIA's ensemble-of-experts diffusion model. Source: arXiv 2211.01324. */
  // not recorded: parameters and training data (not confirmed)
  public static final GenerativeModel EDIFF_I =
      register(
          GenerativeModel.builder()
              .id("ediff-i")
              .name("eDiff-I")
              .addAliases("eDiffi")
              .signature(ModalitySignature.parse("text->image"))
              .addDevelopers("nvidia")
              .released(YearMonth.of(2022, 11))
              .addAccess(Access.CLOSED)
              .addTechniques("diffusion-model")
              .addLineage(
                  edge(LineageRelation.BUILT_ON, "t5", NVIDIA_EDIFF_I, "T5-XXL text embeddings"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "clip",
                      NVIDIA_EDIFF_I,
                      "CLIP text and image embeddings"))
              .paper(
                  Paper.arxiv(
                      "2211.01324",
                      "eDiff-I: Text-to-Image Diffusion Models with an Ensemble of Expert Denoisers"))
              .addSources(Source.arxiv("2211.01324"), NVIDIA_EDIFF_I)
              .summary(
                  """
              NVIDIA's cascaded text-to-image diffusion model (64 to 256 to 1024 pixels) that \
              divides denoising among expert networks specialised for different noise levels, \
              conditioned on T5 and CLIP embeddings. A secondary source reports its base model as \
              Magic3D's coarse-stage prior.""")
              .build());

  // 3D

  /**
   * NeRF, neural radiance fields for view synthesis. Source: arXiv 2003.08934; the affiliations (UC
   * Berkeley, Google Research, UC San Diego) are the project page's.
   */
  // not recorded: parameters (a small per-scene MLP).
  public static final GenerativeModel NERF =
      register(
          GenerativeModel.builder()
              .id("nerf")
              .name("NeRF")
              .addAliases("Neural Radiance Fields")
              .signature(ModalitySignature.parse("image->3d"))
              .addDevelopers("uc-berkeley", "google-research", "uc-san-diego")
              .released(YearMonth.of(2020, 3))
              .addAccess(Access.CODE)
              .addTechniques("neural-radiance-field")
              .paper(
                  Paper.arxiv(
                      "2003.08934",
                      "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis"))
              .addSources(
                  Source.arxiv("2003.08934"),
                  Source.url("https://www.matthewtancik.com/nerf"),
                  Source.url("https://m-cacm.acm.org/magazines/2022/1/257450-nerf/fulltext"),
                  Source.url(
                      "https://deeplearn.org/arxiv/122000/nerf:-representing-scenes-as-neural-radiance-fields-for-view-synthesis"))
              .summary(
                  """
              NeRF represents one scene as a small network mapping a 3D position and viewing \
              direction to density and colour, fitted to posed photographs through differentiable \
              volume rendering. DreamFusion and Magic3D optimise such fields against 2D diffusion \
              models instead of photographs.""")
              .build());

  // Video and audio

  /** ViViT, Google's video vision Transformer. Source: arXiv 2103.15691. */
  // not recorded: parameters (not confirmed)
  public static final GenerativeModel VIVIT =
      register(
          GenerativeModel.builder()
              .id("vivit")
              .name("ViViT")
              .addAliases("Video Vision Transformer")
              .signature(ModalitySignature.parse("video->text"))
              .addDevelopers("google-research")
              .released(YearMonth.of(2021, 3))
              .addAccess(Access.CODE)
              .addTechniques("transformer", "vit")
              .paper(Paper.arxiv("2103.15691", "ViViT: A Video Vision Transformer"))
              .addSources(
                  Source.arxiv("2103.15691"),
                  Source.url("https://summarizepaper.com/en/tree/2103.15691v2"),
                  Source.url(
                      "https://fdokumen.com/documents/vivit-a-video-vision-transformer-cvf-open-access.html"))
              .summary(
                  """
              ViViT is a pure-Transformer video classifier that cuts videos into spatio-temporal \
              tubelets and factorises attention over space and time for efficiency; its output is \
              a class label, not generated content. Phenaki's causal C-ViViT tokenizer adapts the \
              design.""")
              .build());

  /** wav2vec 2.0, Meta AI's self-supervised speech model. Source: arXiv 2006.11477. */
  // not recorded: parameters (not confirmed)
  public static final GenerativeModel WAV2VEC_2 =
      register(
          GenerativeModel.builder()
              .id("wav2vec-2")
              .name("wav2vec 2.0")
              .addAliases("wave2vec 2.0")
              .signature(ModalitySignature.parse("speech->text"))
              .addDevelopers("meta-ai")
              .released(YearMonth.of(2020, 6))
              .addAccess(Access.CODE, Access.OPEN_WEIGHTS)
              .addTechniques("contrastive-learning", "transformer", "cnn")
              .paper(
                  Paper.arxiv(
                      "2006.11477",
                      "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations"))
              .addTrainingData(
                  confirmed(
                      "hours of unlabelled speech for pre-training",
                      q("53000", Unit.HOURS),
                      ARXIV_2006_11477,
                      "up to 53k hours; as little as 10 minutes of labelled speech for fine-tuning"))
              .addSources(
                  ARXIV_2006_11477,
                  Source.url("https://www.researchtrend.ai/papers/2006.11477"),
                  Source.url("https://anwarvic.github.io/speech-recognition/wav2vec_2"))
              .summary(
                  """
              wav2vec 2.0 learns speech representations from raw audio by masking latent features \
              and solving a contrastive task over quantised targets, then fine-tunes for \
              recognition with very little labelled data. Meta's brain-decoding model aligns MEG \
              and EEG signals to these representations.""")
              .build());

  /** SoundStream, Google's neural audio codec. Source: arXiv 2107.03312. */
  // not recorded: parameters and training-data sizes (not confirmed)
  public static final GenerativeModel SOUNDSTREAM =
      register(
          GenerativeModel.builder()
              .id("soundstream")
              .name("SoundStream")
              .signature(ModalitySignature.parse("audio->audio"))
              .addDevelopers("google")
              .released(YearMonth.of(2021, 7))
              .addAccess(Access.CLOSED)
              .addTechniques("cnn", "vq-vae", "gan")
              .paper(Paper.arxiv("2107.03312", "SoundStream: An End-to-End Neural Audio Codec"))
              .addSources(
                  Source.arxiv("2107.03312"),
                  Source.url("https://ar5iv.labs.arxiv.org/html/2107.03312"),
                  Source.url(
                      "http://research.google/pubs/soundstream-an-end-to-end-neural-audio-codec/"))
              .summary(
                  """
              SoundStream is a neural audio codec: a convolutional encoder and decoder with a \
              residual vector quantiser in between, trained with adversarial and reconstruction \
              losses to work at 3 to 18 kbps. AudioLM uses its discrete codes as acoustic tokens.""")
              .build());

  /**
   * w2v-BERT, Google Brain's contrastive and masked speech pre-training. Source: arXiv 2108.06209;
   * the affiliations are the ASRU 2021 paper's (doi:10.1109/ASRU51503.2021.9688253).
   */
  // not recorded: parameters (not confirmed)
  public static final GenerativeModel W2V_BERT =
      register(
          GenerativeModel.builder()
              .id("w2v-bert")
              .name("w2v-BERT")
              .addAliases("W2v-BERT")
              .signature(ModalitySignature.parse("speech->text"))
              .addDevelopers("google-brain", "mit")
              .released(YearMonth.of(2021, 8))
              .addAccess(Access.CLOSED)
              .addTechniques("contrastive-learning", "masked-lm-pretraining", "transformer")
              .paper(
                  Paper.arxiv(
                      "2108.06209",
                      "W2v-BERT: Combining Contrastive Learning and Masked Language Modeling for"
                          + " Self-Supervised Speech Pre-Training"))
              .addTrainingData(
                  confirmed(
                      "hours of unlabelled speech (Libri-Light)",
                      q("60000", Unit.HOURS),
                      ARXIV_2108_06209))
              .addSources(
                  ARXIV_2108_06209,
                  W2V_BERT_ASRU_PAPER,
                  Source.url("https://unitedpopcorn.top/abs/2108.06209"))
              .summary(
                  """
              w2v-BERT combines wav2vec-style contrastive learning, which discretises speech, with \
              BERT-style masked prediction in one end-to-end model. A secondary source identifies \
              it as the source of AudioLM's semantic tokens.""")
              .build());

  // Agents

  /** AlphaZero, self-play reinforcement learning with tree search. Source: arXiv 1712.01815. */
  // not recorded: parameters (not confirmed); lineage to AlphaGo Zero (not catalogued)
  public static final GenerativeModel ALPHAZERO =
      register(
          GenerativeModel.builder()
              .id("alphazero")
              .name("AlphaZero")
              .signature(ModalitySignature.parse("->action"))
              .addDevelopers("deepmind")
              .released(YearMonth.of(2017, 12))
              .addAccess(Access.CLOSED)
              .addTechniques("deep-reinforcement-learning", "monte-carlo-tree-search")
              .paper(
                  Paper.arxiv(
                      "1712.01815",
                      "Mastering Chess and Shogi by Self-Play with a General Reinforcement Learning"
                          + " Algorithm"))
              .addSources(
                  Source.arxiv("1712.01815"), Source.url("http://ondoc.logand.com/d/7763/txt"))
              .summary(
                  """
              AlphaZero generalises AlphaGo Zero's self-play reinforcement learning with tree \
              search to chess, shogi and Go, reaching superhuman play from the rules alone. Its \
              signature has no input modality: it maps a game state to a move. AlphaTensor reuses \
              the approach for algorithm discovery.""")
              .build());
}
