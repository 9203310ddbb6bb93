package io.github.genaitaxonomy.data;

import static io.github.genaitaxonomy.data.Facts.SEED_000;
import static io.github.genaitaxonomy.data.Facts.SEED_001;
import static io.github.genaitaxonomy.data.Facts.SEED_002;
import static io.github.genaitaxonomy.data.Facts.actual;
import static io.github.genaitaxonomy.data.Facts.actualSecondary;
import static io.github.genaitaxonomy.data.Facts.confirmed;
import static io.github.genaitaxonomy.data.Facts.discrepancy;
import static io.github.genaitaxonomy.data.Facts.edge;
import static io.github.genaitaxonomy.data.Facts.params;
import static io.github.genaitaxonomy.data.Facts.q;
import static io.github.genaitaxonomy.data.Facts.secondary;
import static io.github.genaitaxonomy.data.Facts.seed;
import static io.github.genaitaxonomy.data.Facts.survey;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Category;
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
 * The models the survey "ChatGPT is not all you need" (arXiv 2301.04655) describes, and the models
 * the seed write-ups name beside them (PhysDiff, Point-E), which have no survey category.
 *
 * <p>Each entry keeps the survey's filing in {@link GenerativeModel#surveyCategory()}, the true
 * signature, developers and date from the primary sources, and every point where the survey or a
 * seed disagrees with them as a {@link io.github.genaitaxonomy.core.Discrepancy}.
 *
 * <pre>{@code
 * SurveyModels.WHISPER.surveyCategory();                  // Optional[text-to-audio]
 * SurveyModels.WHISPER.classification().surveyCategory(); // other: speech->text
 * }</pre>
 */
public final class SurveyModels {
  // Ordering: by survey section (3.1 to 3.9), in the order the survey presents the models, then
  // the models only the seeds name (PhysDiff, which seed 000 puts in 3.9; Point-E, which seed 000
  // says the survey leaves out).
  //
  // Claims of the survey are sourced to arXiv 2301.04655 (read through the translation in seed
  // 001); claims of a write-up to its seed file. Figures found only in a seed or a third-party
  // text are SECONDARY, with a note.

  private static final List<GenerativeModel> ALL = new ArrayList<>();

  /** Fawzi et al., Nature 610:47-53 (2022), the AlphaTensor paper. */
  private static final Source ALPHATENSOR_PAPER = Source.doi("10.1038/s41586-022-05172-4");

  /** DeepMind's AlphaTensor repository: the discovered algorithms and code. */
  private static final Source ALPHATENSOR_REPOSITORY =
      Source.url("https://github.com/google-deepmind/alphatensor");

  /** The CompVis Stable Diffusion repository and README. */
  private static final Source STABLE_DIFFUSION_README =
      Source.url("https://github.com/CompVis/stable-diffusion");

  /** OpenAI, "Introducing ChatGPT and Whisper APIs" (2023-03-01). */
  private static final Source OPENAI_CHATGPT_WHISPER_APIS =
      Source.url("https://community.openai.com/t/introducing-chatgpt-and-whisper-apis/80485");

  // Sources cited more than once in this holder.
  private static final Source ARXIV_2005_00341 = Source.arxiv("2005.00341");
  private static final Source ARXIV_2102_10407 = Source.arxiv("2102.10407");
  private static final Source ARXIV_2107_03374 = Source.arxiv("2107.03374");
  private static final Source ARXIV_2112_09726 = Source.arxiv("2112.09726");
  private static final Source ARXIV_2201_08239 = Source.arxiv("2201.08239");
  private static final Source ARXIV_2203_07814 = Source.arxiv("2203.07814");
  private static final Source ARXIV_2204_06125 = Source.arxiv("2204.06125");
  private static final Source ARXIV_2205_11487 = Source.arxiv("2205.11487");
  private static final Source ARXIV_2206_14858 = Source.arxiv("2206.14858");
  private static final Source ARXIV_2208_11663 = Source.arxiv("2208.11663");
  private static final Source ARXIV_2208_12266 = Source.arxiv("2208.12266");
  private static final Source ARXIV_2209_03143 = Source.arxiv("2209.03143");
  private static final Source ARXIV_2209_14916 = Source.arxiv("2209.14916");
  private static final Source ARXIV_2209_14988 = Source.arxiv("2209.14988");
  private static final Source ARXIV_2210_02399 = Source.arxiv("2210.02399");
  private static final Source ARXIV_2211_10440 = Source.arxiv("2211.10440");
  private static final Source ARXIV_2212_02500 = Source.arxiv("2212.02500");
  private static final Source ARXIV_2212_04356 = Source.arxiv("2212.04356");
  private static final Source ARXIV_2301_00704 = Source.arxiv("2301.00704");
  private static final Source APPSPOT_A_GENERALIST_AGENT =
      Source.url(
          "https://7a0e920-dot-gdm-deepmind-com-prod.appspot.com/discover/blog/a-generalist-agent");
  private static final Source RAILWAY_A_GENERALIST_AGENT =
      Source.url(
          "https://auto-driving-wiki.up.railway.app/page/wiki/sources/papers/a-generalist-agent");
  private static final Source DEEPAI_SOUNDIFY_MATCHING_SOUND_EFFECTS =
      Source.url("https://deepai.org/publication/soundify-matching-sound-effects-to-video");
  private static final Source DREAMFUSION3D = Source.url("https://dreamfusion3d.github.io/");
  private static final Source GUVI_SOLVING_QUANTITATIVE_REASONING =
      Source.url(
          "https://forum.guvi.in/posts/7255/solving-quantitative-reasoning-problems-with-language-models-minerva");
  private static final Source GITHUB_GUYTEVET_MOTION_DIFFUSION_MODEL =
      Source.url("https://github.com/GuyTevet/motion-diffusion-model");
  private static final Source GITHUB_VISION_CAIR_VISUALGPT =
      Source.url("https://github.com/Vision-CAIR/VisualGPT");
  private static final Source GITHUB_OPENAI_JUKEBOX =
      Source.url("https://github.com/openai/jukebox");
  private static final Source GITHUB_OPENAI_WHISPER =
      Source.url("https://github.com/openai/whisper");
  private static final Source GWERN_MUSE =
      Source.url(
          "https://gwern.net/metadata/annotation/https%253A%252F%252Farxiv.org%252Fabs%252F2301.00704%2523google.html");
  private static final Source INFOQ_ALPHACODE_PROGRAM_SYNTHESIS =
      Source.url("https://infoq.com/news/2022/03/alphacode-program-synthesis");
  private static final Source KOINEU_2022_11_18_2211_10440 =
      Source.url("https://koineu.com/en/posts/2022/11/2022-11-18-2211_10440");
  private static final Source MUSE_MODEL = Source.url("https://muse-model.github.io");
  private static final Source NL2CODE_CODEX = Source.url("https://nl2code.github.io/posts/Codex");
  private static final Source OPENAI_CHATGPT = Source.url("https://openai.com/blog/chatgpt");
  private static final Source PAPERSWITHCODE_SOLVING_QUANTITATIVE =
      Source.url("https://paperswithcode.com/paper/solving-quantitative-reasoning-problems-with");
  private static final Source SUBHADITYAMUKHERJEE_MUSE =
      Source.url("https://subhadityamukherjee.github.io/AI-knowledge-base/KB/Muse");
  private static final Source THREADREADERAPP_1592546933679476736 =
      Source.url("https://threadreaderapp.com/scrolly/1592546933679476736");
  private static final Source VIMARSANA_GOOGLE_S_LAMDA_WILL_ENABLE =
      Source.url(
          "https://vimarsana.com/article/google-s-lamda-will-enable-open-ended-voice-conversations-202105195436397");
  private static final Source CODETD_16741047 =
      Source.url("https://www.codetd.com/en/article/16741047");
  private static final Source INFOQ_DEEPMIND_FLAMINGO_VLM =
      Source.url("https://www.infoq.com/news/2022/06/deepmind-flamingo-vlm/");
  private static final Source NATURE_S42256_023_00714_5 =
      Source.url("https://www.nature.com/articles/s42256-023-00714-5");

  private SurveyModels() {}

  /** Appends a constant to this holder's list, in declaration order, and returns it. */
  private static GenerativeModel register(GenerativeModel constant) {
    ALL.add(constant);
    return constant;
  }

  /** Every constant of this holder, in declaration order. */
  static ImmutableList<GenerativeModel> all() {
    return ImmutableList.copyOf(ALL);
  }

  // 3.1 Text-to-image

  /** DALL-E 2, OpenAI's CLIP-latent diffusion model. Source: arXiv 2204.06125. */
  // not recorded: parameters and training data; the paper's abstract gives neither and figures
  // quoted elsewhere (a 3.5B decoder) were not confirmed. Lineage to GLIDE is unconfirmed.
  public static final GenerativeModel DALL_E_2 =
      register(
          GenerativeModel.builder()
              .id("dall-e-2")
              .name("DALL·E 2")
              .addAliases("DALL-E 2", "DALLE-2", "unCLIP")
              .surveyCategory(Category.TEXT_TO_IMAGE)
              .signature(ModalitySignature.parse("text->image"))
              .addDevelopers("openai")
              .released(YearMonth.of(2022, 4))
              .addAccess(Access.PRODUCT, Access.API)
              .addTechniques(
                  "diffusion-model", "contrastive-language-image-pretraining", "transformer")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "clip",
                      ARXIV_2204_06125,
                      "the prior produces a CLIP image embedding on which the decoder is conditioned"))
              .paper(
                  Paper.arxiv(
                      "2204.06125",
                      "Hierarchical Text-Conditional Image Generation with CLIP Latents"))
              .addSources(
                  ARXIV_2204_06125,
                  Source.url("https://summarizepaper.com/en/tree/2204.06125v1"),
                  Source.url(
                      "https://study.space/p/Hierarchical_Text-Conditional_Image_Generation_with_CLIP_Latents"),
                  Source.url("https://everythingthreads.com/wire/01GGY4M6C0W6G3PYMYJGAFZ87J"),
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              OpenAI's second text-to-image system. A prior network turns a caption into a CLIP \
              image embedding and a diffusion decoder paints an image from that embedding, which \
              also allows variations of an image and edits guided by language. By the survey's \
              date it was a web product and the DALL·E API was in public beta (reported by \
              secondary sources); the weights were never released.""")
              .build());

  /**
   * Imagen, Google's cascaded diffusion model with a frozen T5 encoder. Source: arXiv 2205.11487.
   */
  // not recorded: parameters (only the Muse paper's table lists "Imagen-3.4B", secondary) and
  // training data (unconfirmed; the Muse paper calls the Imagen dataset 460M pairs). The survey's
  // DrawBench size of 200 prompts is unconfirmed.
  public static final GenerativeModel IMAGEN =
      register(
          GenerativeModel.builder()
              .id("imagen")
              .name("Imagen")
              .addAliases("Google Imagen")
              .surveyCategory(Category.TEXT_TO_IMAGE)
              .signature(ModalitySignature.parse("text->image"))
              .addDevelopers("google-brain")
              .released(YearMonth.of(2022, 5))
              .addAccess(Access.CLOSED)
              .addTechniques("diffusion-model", "transformer")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "t5",
                      ARXIV_2205_11487,
                      "frozen T5-XXL text encoder"))
              .paper(
                  Paper.arxiv(
                      "2205.11487",
                      "Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.ACCESS_CLAIM,
                      survey(
                          ClaimAttribute.ACCESS,
                          "an API can be found on their web page",
                          "survey §3.1"),
                      actualSecondary(
                          ClaimAttribute.ACCESS,
                          "closed: no public API in January 2023, only a project page with samples",
                          Source.url(
                              "https://aimpact.prandi.net/en/events/2022-05-23-google-imagen/"),
                          "secondary report that Google did not open Imagen to the public")),
                  discrepancy(
                      DiscrepancyKind.OTHER,
                      survey(
                          ClaimAttribute.TEXT_ENCODER,
                          "a pretrained text encoder like BERT",
                          "survey §3.1"),
                      actual(
                          ClaimAttribute.TEXT_ENCODER,
                          "a frozen T5-XXL text encoder",
                          ARXIV_2205_11487,
                          "the abstract names generic language models such as T5")))
              .addSources(
                  ARXIV_2205_11487,
                  Source.url(
                      "https://papers.nips.cc/paper_files/paper/2022/hash/ec795aeadae0b7d230fa35cbaf04c041-Abstract-Conference.html"),
                  Source.url("https://huggingface.co/papers/2205.11487"),
                  Source.url(
                      "https://readkong.com/page/photorealistic-text-to-image-diffusion-models-with-deep-3350220"),
                  SEED_000,
                  SEED_001)
              .summary(
                  """
              Google's cascaded pixel-space diffusion model for text-to-image generation. Its \
              central finding is that a larger frozen text encoder (a T5 language model) improves \
              image fidelity and prompt alignment more than a larger image model; the paper also \
              introduced the DrawBench benchmark and reported a zero-shot COCO FID of 7.27.""")
              .build());

  /**
   * Stable Diffusion v1, the open-weights latent diffusion model. Source: CompVis/stable-diffusion
   * README, which cites arXiv 2112.10752 as its paper.
   */
  public static final GenerativeModel STABLE_DIFFUSION =
      register(
          GenerativeModel.builder()
              .id("stable-diffusion")
              .name("Stable Diffusion")
              .addAliases("SD", "SD 1.x")
              .surveyCategory(Category.TEXT_TO_IMAGE)
              .signature(ModalitySignature.parse("text->image"))
              .addDevelopers("compvis", "runway", "stability-ai")
              .released(YearMonth.of(2022, 8))
              .addAccess(Access.OPEN_WEIGHTS, Access.CODE, Access.PRODUCT)
              .addTechniques("latent-space-diffusion", "transformer", "classifier-free-guidance")
              .addLineage(
                  edge(
                      LineageRelation.VARIANT_OF,
                      "latent-diffusion",
                      STABLE_DIFFUSION_README,
                      "the README calls Stable Diffusion a latent diffusion model"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "clip",
                      STABLE_DIFFUSION_README,
                      "frozen CLIP ViT-L/14 text encoder"))
              .paper(
                  Paper.arxiv(
                      "2112.10752", "High-Resolution Image Synthesis with Latent Diffusion Models"))
              .parameters(
                  confirmed(
                      "UNet parameters",
                      params("860e6"),
                      STABLE_DIFFUSION_README,
                      "plus a 123M-parameter CLIP ViT-L/14 text encoder"))
              .addTrainingData(
                  confirmed(
                      "laion-high-resolution examples (512x512 stage of sd-v1-1)",
                      q("170e6", Unit.IMAGE_TEXT_PAIRS),
                      STABLE_DIFFUSION_README,
                      "194k steps at 512x512 after 237k steps at 256x256 on laion2B-en, subsets of"
                          + " LAION-5B"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.WRONG_ORGANIZATION,
                      survey(
                          ClaimAttribute.DEVELOPERS,
                          "the CompVis group at LMU Munich",
                          "survey §3.1; seed 000 says the same"),
                      actual(
                          ClaimAttribute.DEVELOPERS,
                          "CompVis (LMU Munich) with Runway, compute from Stability AI and data support"
                              + " from LAION",
                          STABLE_DIFFUSION_README)),
                  discrepancy(
                      DiscrepancyKind.OTHER,
                      survey(ClaimAttribute.ACCESS, "an API through their website", "survey §3.1"),
                      actualSecondary(
                          ClaimAttribute.ACCESS,
                          "an API existed (Stability AI's, with the DreamStudio web app), but the model"
                              + " is above all open: weights and code released under CreativeML"
                              + " OpenRAIL-M",
                          Source.url("http://apidog.com/blog/stable-diffusion-api"),
                          "the licence and the release are the README's; the API is described by a"
                              + " secondary source")))
              .addSources(
                  STABLE_DIFFUSION_README,
                  Source.arxiv("2112.10752"),
                  Source.url(
                      "https://www.actuia.com/english/stability-ai-announces-the-public-release-of-its-open-source-text-to-image-model-stable-diffusion/"),
                  Source.url(
                      "https://centerconsulting.com/ai-library/milestones/2022-stable-diffusion"),
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              An open-weights text-to-image model: a UNet removes noise in the latent space of a \
              pretrained autoencoder, steered by frozen CLIP text embeddings through \
              cross-attention. Trained on LAION-5B subsets and released publicly in August 2022, \
              it brought high-quality image generation to consumer GPUs.""")
              .build());

  /** Muse, Google's masked-token text-to-image Transformer. Source: arXiv 2301.00704. */
  public static final GenerativeModel MUSE =
      register(
          GenerativeModel.builder()
              .id("muse")
              .name("Muse")
              .addAliases("Muse-900M", "Muse-3B")
              .surveyCategory(Category.TEXT_TO_IMAGE)
              .signature(ModalitySignature.parse("text->image"))
              .addDevelopers("google-research")
              .released(YearMonth.of(2023, 1))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "masked-generative-transformer", "vector-quantized-gan")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "vqgan",
                      GWERN_MUSE,
                      "VQGAN tokenizers encode and decode images (secondary summaries of the paper)"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "t5",
                      ARXIV_2301_00704,
                      "frozen T5-XXL text embeddings (the abstract says a pre-trained large language"
                          + " model; T5-XXL per secondary summaries)"),
                  edge(
                      LineageRelation.SUCCESSOR_OF,
                      "maskgit",
                      GWERN_MUSE,
                      "same masked parallel decoding and lead authors"))
              .paper(
                  Paper.arxiv(
                      "2301.00704",
                      "Muse: Text-To-Image Generation via Masked Generative Transformers"))
              .parameters(
                  confirmed(
                      "parameters of the largest model (Muse-3B)",
                      params("3e9"),
                      MUSE_MODEL,
                      "zero-shot COCO FID 7.88; secondary summaries give a family from 632M to 3B"))
              .addTrainingData(
                  secondary(
                      "text-image pairs (the Imagen dataset)",
                      q("460e6", Unit.IMAGE_TEXT_PAIRS),
                      GWERN_MUSE,
                      "read in an excerpt of the paper; 1M steps, batch 512, 512-core TPU-v4, about a"
                          + " week"))
              .addResults(
                  confirmed(
                      "parameters of the CC3M model (Muse-900M)",
                      params("900e6"),
                      MUSE_MODEL,
                      "the model that set the CC3M state of the art (FID 6.06); seed 000 quotes 900M"),
                  confirmed(
                      "seconds per 512x512 image (Muse-3B, TPUv4)",
                      q("1.3", Unit.SECONDS),
                      MUSE_MODEL),
                  confirmed(
                      "seconds per 256x256 image (Muse-3B, TPUv4)",
                      q("0.5", Unit.SECONDS),
                      MUSE_MODEL),
                  secondary(
                      "speed-up over Stable Diffusion 1.4",
                      q("3", Unit.TIMES),
                      SUBHADITYAMUKHERJEE_MUSE,
                      "the sentence is the paper's, reproduced by third-party notes; the timing table"
                          + " measures Muse-3B (1.3 s) against SD 1.4 (3.7 s); also stated by seeds 000"
                          + " and 001"),
                  secondary(
                      "speed-up over Imagen-3B and Parti-3B",
                      q("10", Unit.TIMES),
                      SUBHADITYAMUKHERJEE_MUSE,
                      "the paper's claim as reproduced by third-party notes; table: Parti-3B 6.4 s,"
                          + " Imagen 9.1 s against Muse-3B 1.3 s; also stated by seeds 000 and 001"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.WRONG_DATE,
                      seed(
                          SEED_002,
                          ClaimAttribute.RELEASED,
                          "2022",
                          "seed 002 calls every model of the survey a 2022 model; the survey's Figure"
                              + " 2 dates Muse to 2023, as seed 000 reports"),
                      actual(
                          ClaimAttribute.RELEASED,
                          "2023-01",
                          ARXIV_2301_00704,
                          "posted on 2023-01-02, after 2022")),
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_000,
                          ClaimAttribute.RESULTS,
                          "3x faster than SD 1.4 and 10x faster than Imagen-3B and Parti-3B with only"
                              + " 900M parameters",
                          "seed 000's summary of §3.1"),
                      actual(
                          ClaimAttribute.RESULTS,
                          "the timing comparison is for Muse-3B; the 900M model is the CC3M model",
                          MUSE_MODEL,
                          "the timing table itself was read in third-party notes of the paper")))
              .addSources(
                  ARXIV_2301_00704,
                  MUSE_MODEL,
                  GWERN_MUSE,
                  SUBHADITYAMUKHERJEE_MUSE,
                  SEED_000,
                  SEED_001)
              .summary(
                  """
              A Google text-to-image Transformer that predicts randomly masked VQGAN image tokens \
              from T5-XXL text embeddings and decodes many tokens in parallel. That makes it much \
              faster than pixel-space diffusion or autoregressive models, and it can edit images \
              zero-shot by inpainting and outpainting. It appeared in January 2023, just after the \
              year the survey covers.""")
              .build());

  // 3.2 Text-to-3D

  /** DreamFusion, text-to-3D by score distillation. Source: arXiv 2209.14988. */
  // not recorded: parameters (it optimises a NeRF per prompt and has no model size of its own)
  public static final GenerativeModel DREAMFUSION =
      register(
          GenerativeModel.builder()
              .id("dreamfusion")
              .name("DreamFusion")
              .surveyCategory(Category.TEXT_TO_3D)
              .signature(ModalitySignature.parse("text->3d"))
              .addDevelopers("google-research", "uc-berkeley")
              .released(YearMonth.of(2022, 9))
              .addAccess(Access.CLOSED)
              .addTechniques(
                  "score-distillation-sampling", "neural-radiance-field", "diffusion-model")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "imagen",
                      DREAMFUSION3D,
                      "frozen 2D text-to-image diffusion prior"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "nerf",
                      ARXIV_2209_14988,
                      "optimises a randomly initialised neural radiance field"))
              .paper(Paper.arxiv("2209.14988", "DreamFusion: Text-to-3D using 2D Diffusion"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.WRONG_ORGANIZATION,
                      survey(ClaimAttribute.DEVELOPERS, "Google Research", "survey §3.2"),
                      actual(
                          ClaimAttribute.DEVELOPERS,
                          "Google Research and UC Berkeley",
                          DREAMFUSION3D,
                          "Ajay Jain is at UC Berkeley; seed 000 gets this right")))
              .addSources(
                  ARXIV_2209_14988,
                  DREAMFUSION3D,
                  Source.url("https://www.scholarfeed.org/paper/2209.14988v1"),
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              DreamFusion turns a text prompt into a 3D object by optimising a neural radiance \
              field until its renderings from random viewpoints look right to a frozen 2D \
              text-to-image diffusion model (Imagen), a loss it calls score distillation. It needs \
              no 3D training data at all.""")
              .build());

  /** Magic3D, NVIDIA's coarse-to-fine text-to-3D method. Source: arXiv 2211.10440. */
  // not recorded: parameters (optimisation-based, no model size of its own)
  public static final GenerativeModel MAGIC3D =
      register(
          GenerativeModel.builder()
              .id("magic3d")
              .name("Magic3D")
              .surveyCategory(Category.TEXT_TO_3D)
              .signature(ModalitySignature.parse("text->3d"))
              .addDevelopers("nvidia")
              .released(YearMonth.of(2022, 11))
              .addAccess(Access.CLOSED)
              .addTechniques(
                  "score-distillation-sampling", "neural-radiance-field", "latent-space-diffusion")
              .addLineage(
                  edge(
                      LineageRelation.SUCCESSOR_OF,
                      "dreamfusion",
                      ARXIV_2211_10440,
                      "addresses DreamFusion's slow optimisation and low-resolution supervision"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "ediff-i",
                      KOINEU_2022_11_18_2211_10440,
                      "eDiff-I base model as the coarse-stage prior (secondary summary)"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "latent-diffusion",
                      ARXIV_2211_10440,
                      "the fine stage uses a high-resolution latent diffusion model"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "nerf",
                      ARXIV_2211_10440,
                      "the coarse stage is a neural field with a sparse 3D hash grid"))
              .paper(
                  Paper.arxiv("2211.10440", "Magic3D: High-Resolution Text-to-3D Content Creation"))
              .addResults(
                  confirmed(
                      "raters preferring Magic3D over DreamFusion",
                      q("61.7", Unit.PERCENT),
                      ARXIV_2211_10440,
                      "also quoted by seeds 000 and 001"),
                  confirmed(
                      "minutes to create a mesh",
                      q("40", Unit.MINUTES),
                      ARXIV_2211_10440,
                      "DreamFusion reportedly takes 1.5 hours on average; also quoted by seed 000"),
                  confirmed(
                      "speed-up over DreamFusion",
                      q("2", Unit.TIMES),
                      ARXIV_2211_10440,
                      "also quoted by seed 000"))
              .addSources(
                  ARXIV_2211_10440,
                  Source.url("https://research.nvidia.com/labs/dir/magic3d/"),
                  Source.url(
                      "https://papers.cool/venue/Lin_Magic3D_High-Resolution_Text-to-3D_Content_Creation@CVPR2023@CVF"),
                  KOINEU_2022_11_18_2211_10440,
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              NVIDIA's two-stage text-to-3D method: it first optimises a coarse neural field \
              against a low-resolution diffusion prior, then refines a textured mesh with a \
              high-resolution latent diffusion model. It is reported to be about twice as fast as \
              DreamFusion, and most raters preferred its results.""")
              .build());

  // 3.3 Image-to-text

  /** Flamingo, DeepMind's few-shot visual language model. Source: arXiv 2204.14198. */
  public static final GenerativeModel FLAMINGO =
      register(
          GenerativeModel.builder()
              .id("flamingo")
              .name("Flamingo")
              .addAliases("Flamingo-80B")
              .surveyCategory(Category.IMAGE_TO_TEXT)
              .signature(ModalitySignature.parse("text+image+video->text"))
              .addDevelopers("deepmind")
              .released(YearMonth.of(2022, 4))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "autoregressive-model")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "chinchilla",
                      INFOQ_DEEPMIND_FLAMINGO_VLM,
                      "frozen Chinchilla 70B language model (secondary)"))
              .paper(
                  Paper.arxiv(
                      "2204.14198", "Flamingo: a Visual Language Model for Few-Shot Learning"))
              .parameters(
                  secondary(
                      "parameters of the largest model",
                      params("80e9"),
                      INFOQ_DEEPMIND_FLAMINGO_VLM,
                      "third-party report; not read in the paper"))
              .addTrainingData(
                  secondary(
                      "ALIGN image and alt-text pairs",
                      q("1.8e9", Unit.IMAGE_TEXT_PAIRS),
                      CODETD_16741047,
                      "third-party summary of the paper"),
                  secondary(
                      "LTIP image-text pairs",
                      q("312e6", Unit.IMAGE_TEXT_PAIRS),
                      CODETD_16741047,
                      "third-party summary of the paper"),
                  secondary(
                      "VTP short video-text pairs",
                      q("27e6", Unit.VIDEOS),
                      CODETD_16741047,
                      "third-party summary of the paper"),
                  secondary(
                      "M3W web pages with interleaved images and text",
                      q("43e6", Unit.DOCUMENTS),
                      CODETD_16741047,
                      "third-party summary of the paper"))
              .addSources(
                  Source.arxiv("2204.14198"),
                  Source.url(
                      "https://papers.neurips.cc/paper_files/paper/2022/hash/960a172bc7fbf0177ccccbb411a7d800-Abstract-Conference.html"),
                  INFOQ_DEEPMIND_FLAMINGO_VLM,
                  CODETD_16741047,
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              Flamingo connects a frozen vision encoder to a frozen Chinchilla language model \
              through new gated cross-attention layers, so it can read text interleaved with \
              images and video and answer in text. Given a handful of examples in its prompt it \
              set few-shot records on many vision-language benchmarks.""")
              .build());

  /** VisualGPT, data-efficient captioning from GPT-2. Source: arXiv 2102.10407. */
  // not recorded: parameters (the GPT-2 size used was not confirmed)
  public static final GenerativeModel VISUALGPT =
      register(
          GenerativeModel.builder()
              .id("visualgpt")
              .name("VisualGPT")
              .surveyCategory(Category.IMAGE_TO_TEXT)
              .signature(ModalitySignature.parse("image->text"))
              .addDevelopers(
                  "kaust", "carnegie-mellon-university", "nanyang-technological-university")
              .released(YearMonth.of(2021, 2))
              .addAccess(Access.CODE)
              .addTechniques("transformer")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "gpt-2",
                      GITHUB_VISION_CAIR_VISUALGPT,
                      "the decoder starts from GPT-2's pretrained weights"))
              .paper(
                  Paper.arxiv(
                      "2102.10407",
                      "VisualGPT: Data-efficient Adaptation of Pretrained Language Models for Image"
                          + " Captioning"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.WRONG_ORGANIZATION,
                      survey(
                          ClaimAttribute.DEVELOPERS,
                          "OpenAI",
                          "survey §3.3; repeated by seed 000 and seed 002's model section"),
                      actual(
                          ClaimAttribute.DEVELOPERS,
                          "KAUST, Carnegie Mellon University and Nanyang Technological University",
                          ARXIV_2102_10407,
                          "OpenAI only supplied the GPT-2 weights; seed 002's organization paragraph"
                              + " names the right makers")),
                  discrepancy(
                      DiscrepancyKind.RELEASED_BEFORE_2022,
                      survey(
                          ClaimAttribute.RELEASED,
                          "2022",
                          "survey §2 presents its models as 2022 releases"),
                      actual(
                          ClaimAttribute.RELEASED,
                          "2021-02",
                          ARXIV_2102_10407,
                          "first posted in February 2021; only the CVPR proceedings version is 2022")),
                  discrepancy(
                      DiscrepancyKind.ACCESS_CLAIM,
                      survey(
                          ClaimAttribute.ACCESS, "its API can be found on GitHub", "survey §3.3"),
                      actual(
                          ClaimAttribute.ACCESS,
                          "research code on GitHub, no API",
                          GITHUB_VISION_CAIR_VISUALGPT)))
              .addSources(
                  ARXIV_2102_10407,
                  GITHUB_VISION_CAIR_VISUALGPT,
                  Source.url(
                      "https://academia.kaust.edu.sa/en/publications/visualgpt-data-efficient-adaptation-of-pretrained-language-models"),
                  Source.url(
                      "https://vdocuments.us/2-1-3-1-king-abdullah-university-of-science-and-technology-.html"),
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              VisualGPT turns a pretrained GPT-2 into an image-captioning decoder through a gated, \
              self-resurrecting encoder-decoder attention, so that it learns to caption from very \
              little paired data (as little as 0.1% of MS COCO). It did best in low-data settings \
              and on a medical report dataset. It is academic work from KAUST, CMU and NTU, not an \
              OpenAI model.""")
              .build());

  // 3.4 Text-to-video

  /**
   * Phenaki, variable-length video from a story of prompts. Source: arXiv 2210.02399 (ICLR 2023);
   * University College London holds the paper in UCL Discovery as the work of its authors.
   */
  // not recorded: parameters and training-data sizes (not confirmed); the survey's 1.4 s training
  // clips are unconfirmed. A University of Michigan affiliation of a co-author is not confirmed.
  public static final GenerativeModel PHENAKI =
      register(
          GenerativeModel.builder()
              .id("phenaki")
              .name("Phenaki")
              .surveyCategory(Category.TEXT_TO_VIDEO)
              .signature(ModalitySignature.parse("text->video"))
              .addDevelopers("google-brain", "university-college-london")
              .released(YearMonth.of(2022, 10))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "masked-generative-transformer", "vq-vae")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "vivit",
                      ARXIV_2210_02399,
                      "the C-ViViT tokenizer is a variant of ViViT that is causal in time; the"
                          + " derivation was not read in the paper text"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "masked-generative-transformer",
                      ARXIV_2210_02399,
                      "technique-level link: a bidirectional masked transformer generates the video"
                          + " tokens; an explicit MaskGIT citation was not checked"))
              .paper(
                  Paper.arxiv(
                      "2210.02399",
                      "Phenaki: Variable Length Video Generation From Open Domain Textual Description"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.ACCESS_CLAIM,
                      survey(
                          ClaimAttribute.ACCESS,
                          "the model's API can be accessed from GitHub",
                          "survey §3.4"),
                      actualSecondary(
                          ClaimAttribute.ACCESS,
                          "no official code or API; GitHub holds only unofficial re-implementations"
                              + " such as phenaki-pytorch",
                          ARXIV_2210_02399,
                          "no official release was found; the re-implementation was found in a code"
                              + " index")))
              .addSources(
                  ARXIV_2210_02399,
                  Source.url("https://discovery.ucl.ac.uk/id/eprint/10196597/"),
                  Source.url(
                      "https://pith.science/api/pith-number/SGZ4SGJVXWZXRTENYLEDTU2CHY/graph.json"),
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              Phenaki compresses video into discrete spatio-temporal tokens with C-ViViT, a \
              tokenizer that is causal in time, and generates those tokens from text with a \
              bidirectional masked Transformer. Because the tokenizer is causal it can keep \
              extending a video, producing long clips from a sequence of changing prompts.""")
              .build());

  /** Soundify, sound effects matched to video. Source: arXiv 2112.09726. */
  public static final GenerativeModel SOUNDIFY =
      register(
          GenerativeModel.builder()
              .id("soundify")
              .name("Soundify")
              .surveyCategory(Category.TEXT_TO_VIDEO)
              .signature(ModalitySignature.parse("video->audio"))
              .addDevelopers("carnegie-mellon-university", "runway")
              .released(YearMonth.of(2021, 12))
              .addAccess(Access.DEMO)
              .addTechniques("contrastive-language-image-pretraining")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "clip",
                      ARXIV_2112_09726,
                      "CLIP used zero-shot to detect the sound emitters in each scene"))
              .paper(Paper.arxiv("2112.09726", "Soundify: Matching Sound Effects to Video"))
              .addTrainingData(
                  confirmed(
                      "labelled sound effects in the Epidemic Sound library it retrieves from",
                      q("90000", Unit.EXAMPLES),
                      DEEPAI_SOUNDIFY_MATCHING_SOUND_EFFECTS,
                      "more than 90,000; a retrieval library, not training data of its own"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.MISFILED_CATEGORY,
                      survey(ClaimAttribute.SURVEY_CATEGORY, "text-to-video", "survey §3.4"),
                      actual(
                          ClaimAttribute.SURVEY_CATEGORY,
                          "other: video->audio, sound effects retrieved from a library rather than"
                              + " generated",
                          ARXIV_2112_09726)),
                  discrepancy(
                      DiscrepancyKind.RELEASED_BEFORE_2022,
                      survey(
                          ClaimAttribute.RELEASED,
                          "2022",
                          "survey §2; the survey's own reference 21 says 2021"),
                      actual(
                          ClaimAttribute.RELEASED,
                          "2021-12",
                          ARXIV_2112_09726,
                          "first posted on 2021-12-17")),
                  discrepancy(
                      DiscrepancyKind.WRONG_ORGANIZATION,
                      survey(ClaimAttribute.DEVELOPERS, "Runway", "survey §3.4"),
                      actual(
                          ClaimAttribute.DEVELOPERS,
                          "Carnegie Mellon University and Runway",
                          ARXIV_2112_09726,
                          "the first author is at CMU")))
              .addSources(
                  ARXIV_2112_09726,
                  Source.url("https://arxiv.org/html/2112.09726v4"),
                  DEEPAI_SOUNDIFY_MATCHING_SOUND_EFFECTS,
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              Soundify helps video editors add sound: CLIP classifies the sound-emitting objects \
              in each scene, matching effects are retrieved from a sound library, then \
              synchronised to the frames and mixed with changing panning and volume. It matches \
              and retrieves sounds rather than generating them, and takes no text prompt.""")
              .build());

  // 3.5 Text-to-audio

  /** AudioLM, language modelling over audio tokens. Source: arXiv 2209.03143. */
  // not recorded: parameters and corpus sizes (not confirmed)
  public static final GenerativeModel AUDIOLM =
      register(
          GenerativeModel.builder()
              .id("audiolm")
              .name("AudioLM")
              .surveyCategory(Category.TEXT_TO_AUDIO)
              .signature(ModalitySignature.parse("audio->audio"))
              .addDevelopers("google-research")
              .released(YearMonth.of(2022, 9))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "autoregressive-model", "self-supervised-pretraining")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "w2v-bert",
                      ARXIV_2209_03143,
                      "semantic tokens from a masked language model pre-trained on audio; its identity"
                          + " as w2v-BERT is from a secondary source"),
                  edge(
                      LineageRelation.BUILT_ON,
                      "soundstream",
                      ARXIV_2209_03143,
                      "acoustic tokens from a neural audio codec; its identity as SoundStream is from"
                          + " a secondary source"))
              .paper(
                  Paper.arxiv(
                      "2209.03143", "AudioLM: a Language Modeling Approach to Audio Generation"))
              .addResults(
                  secondary(
                      "raters telling real from AudioLM speech correctly",
                      q("51.2", Unit.PERCENT),
                      SEED_001,
                      "the survey's figure (also seed 002): 1,000 ratings on 10-second samples, not"
                          + " significantly different from chance; not found in the paper"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.MISFILED_CATEGORY,
                      survey(ClaimAttribute.SURVEY_CATEGORY, "text-to-audio", "survey §3.5"),
                      actual(
                          ClaimAttribute.SURVEY_CATEGORY,
                          "other: audio->audio, it continues an audio prompt and has no text input",
                          ARXIV_2209_03143)),
                  discrepancy(
                      DiscrepancyKind.ACCESS_CLAIM,
                      survey(
                          ClaimAttribute.ACCESS,
                          "as with other models, the API can be found on GitHub",
                          "survey §3.5"),
                      actualSecondary(
                          ClaimAttribute.ACCESS,
                          "no official code or API; only audio samples",
                          ARXIV_2209_03143,
                          "abstract and blog mirrors show samples; no official repository was found")),
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_000,
                          ClaimAttribute.RESULTS,
                          "51.2% of raters judged AudioLM's output to be human speech",
                          "seed 000's summary of §3.5"),
                      actualSecondary(
                          ClaimAttribute.RESULTS,
                          "51.2% is the raters' success rate at telling real from synthetic speech,"
                              + " i.e. chance level",
                          SEED_001,
                          "what the survey itself reports; the number was not found in the paper")))
              .addSources(
                  ARXIV_2209_03143,
                  Source.url("https://www.arxiv-vanity.com/papers/2209.03143/"),
                  Source.url("https://carlosholivan.github.io/audiolm-google-torch"),
                  Source.url(
                      "https://techiespedia.org/2022/10/06/latest-from-google-ai-audiolm-a-language-modeling-approach-to-audio-generation/"),
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              AudioLM treats audio generation as language modelling over two kinds of discrete \
              tokens: semantic tokens from a self-supervised speech model for long-range structure \
              and codec tokens from SoundStream for fidelity. From a few seconds of speech or \
              piano it continues the audio coherently, keeping the speaker's voice or the playing \
              style.""")
              .build());

  /** Jukebox, OpenAI's raw-audio music model. Source: arXiv 2005.00341. */
  public static final GenerativeModel JUKEBOX =
      register(
          GenerativeModel.builder()
              .id("jukebox")
              .name("Jukebox")
              .surveyCategory(Category.TEXT_TO_AUDIO)
              .signature(ModalitySignature.parse("text+music->music"))
              .addDevelopers("openai")
              .released(YearMonth.of(2020, 4))
              .addAccess(Access.OPEN_WEIGHTS, Access.CODE)
              .addTechniques("vq-vae", "transformer", "autoregressive-model")
              .paper(Paper.arxiv("2005.00341", "Jukebox: A Generative Model for Music"))
              .parameters(
                  confirmed(
                      "parameters of the top-level prior",
                      params("5e9"),
                      GITHUB_OPENAI_JUKEBOX,
                      "released priors 5b, 5b_lyrics and 1b_lyrics; the VQ-VAE itself has about 2M"
                          + " parameters (arXiv 2005.00341)"))
              .addTrainingData(
                  secondary(
                      "songs with lyrics and metadata from LyricWiki",
                      q("1.2e6", Unit.SONGS),
                      SEED_001,
                      "the survey's figure; third-party notes quoting OpenAI's Jukebox blog give the"
                          + " same 1.2 million songs, 600,000 of them in English"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.RELEASED_BEFORE_2022,
                      survey(
                          ClaimAttribute.RELEASED,
                          "2022",
                          "survey §2; seed 002; seed 000 says all but LaMDA and Muse are 2022"),
                      actual(ClaimAttribute.RELEASED, "2020-04", ARXIV_2005_00341)),
                  discrepancy(
                      DiscrepancyKind.OTHER,
                      survey(
                          ClaimAttribute.PARAMETERS,
                          "the VQ-VAE has 5 billion parameters and was trained on 9-second clips for"
                              + " 3 days",
                          "survey §3.5"),
                      actual(
                          ClaimAttribute.PARAMETERS,
                          "5 billion is the top-level Transformer prior; the VQ-VAE has about 2 million"
                              + " (the 9-second, 3-day figures belong to the VQ-VAE)",
                          ARXIV_2005_00341,
                          "the paper gives the VQ-VAE's size; the README lists the released 5B and 1B"
                              + " priors")),
                  discrepancy(
                      DiscrepancyKind.ACCESS_CLAIM,
                      survey(
                          ClaimAttribute.ACCESS, "its API can be found on GitHub", "survey §3.5"),
                      actual(
                          ClaimAttribute.ACCESS,
                          "GitHub hosts code and weights, not an API",
                          GITHUB_OPENAI_JUKEBOX)),
                  discrepancy(
                      DiscrepancyKind.OTHER,
                      survey(ClaimAttribute.SURVEY_CATEGORY, "text-to-audio", "survey §3.5"),
                      actual(
                          ClaimAttribute.SURVEY_CATEGORY,
                          "only partly text-to-audio: it is conditioned on artist and genre and,"
                              + " optionally, lyrics, and can continue an audio prompt",
                          GITHUB_OPENAI_JUKEBOX,
                          "a partial misfiling at most: by its signature the survey's category still"
                              + " applies, so it is not recorded as misfiled-category")))
              .addSources(
                  ARXIV_2005_00341,
                  GITHUB_OPENAI_JUKEBOX,
                  Source.url("https://pith.science/p/2005.00341"),
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              OpenAI's music model compresses raw audio into three levels of discrete codes with a \
              VQ-VAE and models those codes with large autoregressive Transformers conditioned on \
              artist, genre and unaligned lyrics. It generates songs minutes long with rudimentary \
              singing, and appeared in April 2020, well before the year the survey covers.""")
              .build());

  /** Whisper, OpenAI's multilingual speech recogniser. Source: arXiv 2212.04356. */
  public static final GenerativeModel WHISPER =
      register(
          GenerativeModel.builder()
              .id("whisper")
              .name("Whisper")
              .addAliases("OpenAI Whisper")
              .surveyCategory(Category.TEXT_TO_AUDIO)
              .signature(ModalitySignature.parse("speech->text"))
              .addDevelopers("openai")
              .released(YearMonth.of(2022, 9))
              .addAccess(Access.OPEN_WEIGHTS, Access.CODE)
              .addTechniques("transformer", "seq2seq")
              .paper(
                  Paper.arxiv(
                      "2212.04356", "Robust Speech Recognition via Large-Scale Weak Supervision"))
              .parameters(
                  confirmed(
                      "parameters of the large model",
                      params("1550e6"),
                      GITHUB_OPENAI_WHISPER,
                      "sizes tiny 39M, base 74M, small 244M, medium 769M, large 1550M"))
              .addTrainingData(
                  confirmed(
                      "hours of weakly labelled multilingual, multitask audio",
                      q("680000", Unit.HOURS),
                      ARXIV_2212_04356,
                      "seeds 000 and 001 quote the same figure"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.MISFILED_CATEGORY,
                      survey(
                          ClaimAttribute.SURVEY_CATEGORY,
                          "text-to-audio",
                          "survey §3.5, though its text calls Whisper an audio-to-text transformer"),
                      actual(
                          ClaimAttribute.SURVEY_CATEGORY, "other: speech->text", ARXIV_2212_04356)),
                  discrepancy(
                      DiscrepancyKind.ACCESS_CLAIM,
                      survey(
                          ClaimAttribute.ACCESS,
                          "as in the previous cases, its API can be found on GitHub",
                          "survey §3.5"),
                      actual(
                          ClaimAttribute.ACCESS,
                          "GitHub hosts code and weights, not an API; OpenAI's Whisper API launched on"
                              + " 2023-03-01",
                          OPENAI_CHATGPT_WHISPER_APIS,
                          "the repository holds the code and weights; this announcement opened the"
                              + " API")))
              .addSources(
                  ARXIV_2212_04356,
                  GITHUB_OPENAI_WHISPER,
                  OPENAI_CHATGPT_WHISPER_APIS,
                  Source.url("https://innervu.ai/board/post_content/Innervu/478"),
                  Source.url("https://opchatgptai.com/chat-gpt-api-for-developers/"),
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              Whisper is an encoder-decoder Transformer trained on 680,000 hours of weakly \
              labelled web audio to transcribe speech in many languages, translate it into English \
              and identify the language. OpenAI released the weights and code in September 2022 \
              (the paper followed in December); it maps speech to text, the opposite of the \
              survey's text-to-audio.""")
              .build());

  // 3.6 Text-to-text

  /** ChatGPT, OpenAI's conversational model. Source: OpenAI blog "Introducing ChatGPT". */
  // not recorded: parameters; OpenAI never disclosed them
  public static final GenerativeModel CHATGPT =
      register(
          GenerativeModel.builder()
              .id("chatgpt")
              .name("ChatGPT")
              .addAliases("ChatGPT research preview")
              .surveyCategory(Category.TEXT_TO_TEXT)
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("openai")
              .released(YearMonth.of(2022, 11))
              .addAccess(Access.PRODUCT)
              .addTechniques("transformer", "instruction-tuning", "rlhf", "ppo")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM,
                      "gpt-3-5",
                      OPENAI_CHATGPT,
                      "a GPT-3.5-series model that finished training in early 2022"),
                  edge(
                      LineageRelation.TRAINED_WITH,
                      "instructgpt",
                      OPENAI_CHATGPT,
                      "trained with InstructGPT's RLHF methods and its dataset converted to dialogue"))
              .paperAbsentReason(
                  "OpenAI announced it only in a blog post, \"Introducing ChatGPT\" (2022-11-30).")
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.ACCESS_CLAIM,
                      survey(
                          ClaimAttribute.ACCESS,
                          "an API can be found on OpenAI's website",
                          "survey §3.6"),
                      actual(
                          ClaimAttribute.ACCESS,
                          "a free web research preview only; the ChatGPT API launched on 2023-03-01",
                          OPENAI_CHATGPT_WHISPER_APIS)),
                  discrepancy(
                      DiscrepancyKind.OTHER,
                      survey(ClaimAttribute.NAME, "ChatGPT3", "survey §4, conclusions"),
                      actual(
                          ClaimAttribute.NAME,
                          "ChatGPT, fine-tuned from a GPT-3.5-series model",
                          OPENAI_CHATGPT)))
              .addSources(OPENAI_CHATGPT, OPENAI_CHATGPT_WHISPER_APIS, SEED_000, SEED_001, SEED_002)
              .summary(
                  """
              OpenAI's conversational model, fine-tuned from a GPT-3.5-series model on dialogues \
              written by human trainers and then with reinforcement learning from human feedback, \
              the recipe of InstructGPT. It launched as a free web research preview on 30 November \
              2022; its API came only in March 2023.""")
              .build());

  /** LaMDA, Google's dialogue language models. Source: arXiv 2201.08239. */
  // not recorded: the survey's "0.001% of the training data used for fine-tuning" (seeds 000 and
  // 001); the abstract only says a small amount of crowdworker-annotated data
  public static final GenerativeModel LAMDA =
      register(
          GenerativeModel.builder()
              .id("lamda")
              .name("LaMDA")
              .addAliases("Language Model for Dialogue Applications")
              .surveyCategory(Category.TEXT_TO_TEXT)
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers("google")
              .released(YearMonth.of(2021, 5))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer")
              .paper(Paper.arxiv("2201.08239", "LaMDA: Language Models for Dialog Applications"))
              .parameters(
                  confirmed(
                      "parameters of the largest model",
                      params("137e9"),
                      ARXIV_2201_08239,
                      "seeds 000 and 001 quote the same figure"))
              .addTrainingData(
                  confirmed(
                      "words of public dialog data and web text",
                      q("1.56e12", Unit.WORDS),
                      ARXIV_2201_08239,
                      "seeds 000 and 001 quote the same figure"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.RELEASED_BEFORE_2022,
                      seed(
                          SEED_002,
                          ClaimAttribute.RELEASED,
                          "2022",
                          "seed 002 counts 21 models published in 2022; the survey's Figure 2 dates"
                              + " LaMDA to 2021, as seed 000 reports"),
                      actualSecondary(
                          ClaimAttribute.RELEASED,
                          "2021-05 (announced at Google I/O); paper 2022-01",
                          VIMARSANA_GOOGLE_S_LAMDA_WILL_ENABLE,
                          "press coverage of Google I/O 2021; the paper is arXiv 2201.08239")))
              .addSources(
                  ARXIV_2201_08239,
                  Source.url(
                      "https://research.google/pubs/lamda-language-models-for-dialog-applications"),
                  Source.url("https://ar5iv.labs.arxiv.org/html/2201.08239"),
                  VIMARSANA_GOOGLE_S_LAMDA_WILL_ENABLE,
                  Source.url(
                      "https://indiatoday.in/technology/talking-points/story/google-io-with-lamda-google-hopes-to-give-human-voice-and-conversational-skills-to-gadgets-and-machines-1804665-2021-05-20"),
                  SEED_000,
                  SEED_001)
              .summary(
                  """
              Google's family of dialogue Transformer language models, up to 137B parameters, \
              pre-trained on 1.56 trillion words of dialogue and web text and then fine-tuned to \
              filter unsafe answers and to consult external tools (retrieval, a translator, a \
              calculator) for factual grounding. Announced at Google I/O in May 2021, with the \
              paper in January 2022.""")
              .build());

  /** PEER, a collaborative writing model. Source: arXiv 2208.11663. */
  // not recorded: parameters (3B and 11B from LM-adapted T5 are often reported, not verified),
  // lineage to T5 (not verified), access (no release checked), and the survey's DeepSpeed remark
  public static final GenerativeModel PEER =
      register(
          GenerativeModel.builder()
              .id("peer")
              .name("PEER")
              .addAliases("Plan, Edit, Explain, Repeat")
              .surveyCategory(Category.TEXT_TO_TEXT)
              .signature(ModalitySignature.parse("text->text"))
              .addDevelopers(
                  "meta-ai",
                  "carnegie-mellon-university",
                  "inria",
                  "psl-university",
                  "university-college-london")
              .released(YearMonth.of(2022, 8))
              .addTechniques("transformer")
              .paper(Paper.arxiv("2208.11663", "PEER: A Collaborative Language Model"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.WRONG_ORGANIZATION,
                      survey(ClaimAttribute.DEVELOPERS, "Meta AI", "survey §3.6; seed 000"),
                      actual(
                          ClaimAttribute.DEVELOPERS,
                          "Meta AI Research with co-authors at Carnegie Mellon University, Inria & ENS"
                              + " (PSL University) and University College London",
                          ARXIV_2208_11663,
                          "ICLR 2023 paper header")))
              .addSources(
                  ARXIV_2208_11663,
                  Source.url("https://ar5iv.labs.arxiv.org/html/2208.11663"),
                  Source.url(
                      "https://the-decoder.com/meta-peer-are-large-language-models-any-good-as-writing-assistants"),
                  SEED_000,
                  SEED_001)
              .summary(
                  """
              PEER learns the writing process rather than only the finished text: it proposes a \
              plan, makes an edit, explains it with references, and repeats. Trained on Wikipedia \
              edit histories, it uses several PEER instances to fill in missing plans and \
              documents so it can be self-trained on domains without edit logs.""")
              .build());

  /** Meta AI's model that decodes perceived speech from MEG/EEG. Source: arXiv 2208.12266. */
  // not recorded: parameters (not confirmed); access (brainmagick code exists, release date not
  // confirmed); the participant counts (169 in the 2022 announcement, 175 in the later paper)
  // have no unit in the catalog and stay in the summary
  public static final GenerativeModel SPEECH_FROM_BRAIN =
      register(
          GenerativeModel.builder()
              .id("speech-from-brain")
              .name("Speech from Brain")
              .addAliases("Meta AI Speech from Brain", "brainmagick")
              .surveyCategory(Category.TEXT_TO_TEXT)
              .signature(ModalitySignature.parse("brain-signals->speech"))
              .addDevelopers("meta-ai", "psl-university")
              .released(YearMonth.of(2022, 8))
              .addTechniques("contrastive-learning", "cnn")
              .addLineage(
                  edge(
                      LineageRelation.TRAINED_WITH,
                      "wav2vec-2",
                      NATURE_S42256_023_00714_5,
                      "brain signals are aligned to pretrained wav2vec 2.0 speech representations"))
              .paper(
                  Paper.arxiv("2208.12266", "Decoding speech from non-invasive brain recordings"))
              .addTrainingData(
                  secondary(
                      "hours of brain recordings",
                      q("150", Unit.HOURS),
                      SEED_001,
                      "the survey's figure only; the paper describes four public MEG/EEG datasets and"
                          + " 175 volunteers, not hours"))
              .addResults(
                  confirmed(
                      "accuracy identifying the heard speech segment from 3 s of MEG",
                      q("41", Unit.PERCENT),
                      NATURE_S42256_023_00714_5,
                      "up to 41%, among more than 1,000 candidates; later version of the paper"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.MISFILED_CATEGORY,
                      survey(ClaimAttribute.SURVEY_CATEGORY, "text-to-text", "survey §3.6"),
                      actual(
                          ClaimAttribute.SURVEY_CATEGORY,
                          "other: brain-signals->speech, MEG/EEG in and identification of the heard"
                              + " speech out, with no text on either side",
                          ARXIV_2208_12266)),
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_000,
                          ClaimAttribute.METHOD,
                          "decodes the content the brain produces and synthesises the corresponding"
                              + " speech",
                          "seed 000's summary of §3.6"),
                      actual(
                          ClaimAttribute.METHOD,
                          "identifies which heard speech segment, among candidates, a recording"
                              + " matches; it neither synthesises speech nor decodes produced speech",
                          ARXIV_2208_12266,
                          "the survey itself names speech production as future work")),
                  discrepancy(
                      DiscrepancyKind.OTHER,
                      survey(
                          ClaimAttribute.BASE_MODEL,
                          "wave2vec 2.0",
                          "survey §3.6; seed 000 repeats it"),
                      actual(ClaimAttribute.BASE_MODEL, "wav2vec 2.0", Source.arxiv("2006.11477"))))
              .addSources(
                  ARXIV_2208_12266,
                  Source.url("https://ar5iv.labs.arxiv.org/html/2208.12266"),
                  NATURE_S42256_023_00714_5,
                  Source.url(
                      "http://siliconangle.com/2022/08/31/meta-ai-researchers-develop-ways-read-speech-peoples-brains/"),
                  Source.url(
                      "https://fbanews.org/2022/09/12/meta-working-on-ai-tech-that-can-read-brain-waves-to-hear-what-people-can-hear/"),
                  Source.url("https://github.com/facebookresearch/brainmagick"),
                  SEED_000,
                  SEED_001)
              .summary(
                  """
              Meta AI trained a convolutional brain module with a contrastive loss so that \
              3-second windows of non-invasive MEG or EEG align with wav2vec 2.0 representations \
              of the speech a volunteer was hearing (175 volunteers in the paper; 169 in the 2022 \
              announcement). At test time it picks out which of about a thousand speech snippets \
              was heard, a step towards non-invasive speech decoding.""")
              .build());

  // 3.7 Text-to-code

  /** Codex, GPT-3 fine-tuned on code. Source: arXiv 2107.03374. */
  public static final GenerativeModel CODEX =
      register(
          GenerativeModel.builder()
              .id("codex")
              .name("Codex")
              .addAliases("OpenAI Codex", "Codex-12B")
              .surveyCategory(Category.TEXT_TO_CODE)
              .signature(ModalitySignature.parse("text->code"))
              .addDevelopers("openai")
              .released(YearMonth.of(2021, 7))
              .addAccess(Access.API, Access.PRODUCT)
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM,
                      "gpt-3",
                      ARXIV_2107_03374,
                      "a GPT language model fine-tuned on public code; initialised from GPT-3 per a"
                          + " secondary summary"))
              .paper(Paper.arxiv("2107.03374", "Evaluating Large Language Models Trained on Code"))
              .parameters(
                  secondary(
                      "parameters of the evaluated Codex",
                      params("12e9"),
                      NL2CODE_CODEX,
                      "third-party summary of the paper; sizes from 12M to 12B"))
              .addTrainingData(
                  secondary(
                      "Python files under 1 MB from 54 million public GitHub repositories (May 2020)",
                      q("179e9", Unit.BYTES),
                      NL2CODE_CODEX,
                      "third-party summary of the paper; before filtering, which left 159 GB (notes"
                          + " repository); seeds 001 and 002 give 179 GB without saying so"))
              .addResults(
                  confirmed(
                      "HumanEval problems solved with one sample (12B)",
                      q("28.8", Unit.PERCENT),
                      ARXIV_2107_03374),
                  confirmed(
                      "HumanEval problems solved with 100 samples (12B)",
                      q("70.2", Unit.PERCENT),
                      ARXIV_2107_03374))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.RELEASED_BEFORE_2022,
                      survey(
                          ClaimAttribute.RELEASED,
                          "2022",
                          "survey §2; seed 002; seed 000; the survey's own reference 8 says 2021"),
                      actual(
                          ClaimAttribute.RELEASED,
                          "2021-07",
                          ARXIV_2107_03374,
                          "GitHub Copilot, powered by a Codex version, was already public in 2021")),
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_000,
                          ClaimAttribute.METHOD,
                          "Codex first breaks a problem into simpler programming problems, then finds"
                              + " solutions in existing code",
                          "seed 000's summary of §3.7"),
                      actual(
                          ClaimAttribute.METHOD,
                          "a code-generating language model; the survey describes those two steps as"
                              + " parts of a programmer's work, the second of which Codex helps with",
                          ARXIV_2107_03374)))
              .addSources(
                  ARXIV_2107_03374,
                  Source.url("https://phind.xodi.top/papers/2107.03374"),
                  NL2CODE_CODEX,
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              Codex is a GPT-3-based language model fine-tuned on public GitHub code; the 12B \
              version solved 28.8% of the HumanEval Python problems with one attempt and 70.2% \
              with 100 samples. A production version powered GitHub Copilot from 2021.""")
              .build());

  /** AlphaCode, DeepMind's competitive-programming system. Source: arXiv 2203.07814. */
  public static final GenerativeModel ALPHACODE =
      register(
          GenerativeModel.builder()
              .id("alphacode")
              .name("AlphaCode")
              .surveyCategory(Category.TEXT_TO_CODE)
              .signature(ModalitySignature.parse("text->code"))
              .addDevelopers("deepmind")
              .released(YearMonth.of(2022, 2))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "multi-query-attention", "masked-lm-pretraining")
              .paper(Paper.arxiv("2203.07814", "Competition-Level Code Generation with AlphaCode"))
              .parameters(
                  secondary(
                      "parameters of the largest model",
                      params("41e9"),
                      INFOQ_ALPHACODE_PROGRAM_SYNTHESIS,
                      "third-party report; models range from 300M to 41B"))
              .addTrainingData(
                  confirmed(
                      "filtered GitHub code for pre-training",
                      q("715.1e9", Unit.BYTES),
                      ARXIV_2203_07814,
                      "715.1 GB, read in a copy of the paper's section 3.1; seeds 000 and 001 quote the"
                          + " same figure"))
              .addResults(
                  confirmed(
                      "average ranking in Codeforces contests (top share of participants)",
                      q("54.3", Unit.PERCENT),
                      ARXIV_2203_07814,
                      "top 54.3% in contests with more than 5,000 participants"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.OTHER,
                      survey(
                          ClaimAttribute.ARCHITECTURE,
                          "a shallow encoder and a deep encoder; Codeforces contests used in the"
                              + " validation phase to improve the model",
                          "survey §3.7"),
                      actualSecondary(
                          ClaimAttribute.ARCHITECTURE,
                          "a shallow encoder with a deep decoder; fine-tuned on CodeContests and"
                              + " evaluated on Codeforces",
                          INFOQ_ALPHACODE_PROGRAM_SYNTHESIS,
                          "third-party report, consistent with the paper's abstract")),
                  discrepancy(
                      DiscrepancyKind.OTHER,
                      seed(
                          SEED_002,
                          ClaimAttribute.SURVEY_COVERAGE,
                          "the survey covers 21 models, AlphaCode not clearly among them",
                          "seed 002's count of Figure 1"),
                      actualSecondary(
                          ClaimAttribute.SURVEY_COVERAGE,
                          "described in survey §3.7 (text-to-code); whether Figure 1 shows it is"
                              + " unresolved",
                          SEED_001,
                          "the translation of the survey text; the figure itself could not be read")))
              .addSources(
                  ARXIV_2203_07814,
                  Source.url("https://yiyibooks.cn/__src__/arxiv/2203.07814v1/index.html"),
                  INFOQ_ALPHACODE_PROGRAM_SYNTHESIS,
                  Source.url("https://aiwiki.ai/wiki/alphacode/raw"),
                  SEED_000,
                  SEED_001)
              .summary(
                  """
              DeepMind's AlphaCode pre-trains encoder-decoder Transformers on GitHub code, \
              fine-tunes them on competitive-programming problems, then samples up to millions of \
              candidate programs per problem and filters and clusters them down to ten \
              submissions. It reached roughly the median human rank in simulated Codeforces \
              contests.""")
              .build());

  // 3.8 Text-to-science

  /** Galactica, Meta AI's scientific language model. Source: arXiv 2211.09085. */
  // not recorded: training tokens (not confirmed); "48 million papers" is a secondary blog figure
  public static final GenerativeModel GALACTICA =
      register(
          GenerativeModel.builder()
              .id("galactica")
              .name("Galactica")
              .addAliases("GALACTICA", "GAL 120B")
              .surveyCategory(Category.TEXT_TO_SCIENCE)
              .signature(ModalitySignature.parse("text->scientific-text"))
              .addDevelopers("meta-ai", "papers-with-code")
              .released(YearMonth.of(2022, 11))
              .addAccess(Access.OPEN_WEIGHTS, Access.CODE, Access.DEMO)
              .addTechniques("transformer", "autoregressive-lm-pretraining")
              .paper(Paper.arxiv("2211.09085", "Galactica: A Large Language Model for Science"))
              .parameters(
                  confirmed(
                      "parameters of the largest model",
                      params("120e9"),
                      THREADREADERAPP_1592546933679476736,
                      "official announcement thread; sizes from 125M; seed 000 quotes 120B"))
              .addSources(
                  Source.arxiv("2211.09085"),
                  THREADREADERAPP_1592546933679476736,
                  Source.url("https://aiwiki.ai/wiki/galactica"),
                  Source.url(
                      "https://phind.xodi.top/facebook/galactica-120b/blame/903d44f66628233fb9c1e7960eda0128599dd0a1/README.md"),
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              A family of decoder-only language models, up to 120B parameters, trained for several \
              epochs on a curated corpus of papers, reference works and knowledge bases, with \
              special tokens for citations, equations, molecules and proteins. The weights were \
              released, but the public demo was taken down after about three days because it \
              produced fluent but false science.""")
              .build());

  /** Minerva, PaLM further trained on mathematics. Source: arXiv 2206.14858. */
  public static final GenerativeModel MINERVA =
      register(
          GenerativeModel.builder()
              .id("minerva")
              .name("Minerva")
              .addAliases("Minerva 8B", "Minerva 62B", "Minerva 540B")
              .surveyCategory(Category.TEXT_TO_SCIENCE)
              .signature(ModalitySignature.parse("text->scientific-text"))
              .addDevelopers("google-research")
              .released(YearMonth.of(2022, 6))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "chain-of-thought-prompting")
              .addLineage(
                  edge(
                      LineageRelation.FINE_TUNED_FROM,
                      "palm",
                      ARXIV_2206_14858,
                      "further trained on technical content; the base being PaLM is from a summary of"
                          + " Google's blog"))
              .paper(
                  Paper.arxiv(
                      "2206.14858", "Solving Quantitative Reasoning Problems with Language Models"))
              .parameters(
                  secondary(
                      "parameters of the largest model",
                      params("540e9"),
                      PAPERSWITHCODE_SOLVING_QUANTITATIVE,
                      "results table lists Minerva 8B, 62B and 540B"))
              .addTrainingData(
                  secondary(
                      "arXiv papers and web pages with mathematical expressions",
                      q("118e9", Unit.BYTES),
                      GUVI_SOLVING_QUANTITATIVE_REASONING,
                      "118 GB, from a summary of Google's blog"))
              .addSources(
                  ARXIV_2206_14858,
                  Source.url("https://research.google/pubs/pub51528/"),
                  PAPERSWITHCODE_SOLVING_QUANTITATIVE,
                  GUVI_SOLVING_QUANTITATIVE_REASONING,
                  SEED_000,
                  SEED_001)
              .summary(
                  """
              Minerva continues training Google's PaLM models on mathematical web pages and arXiv \
              papers with their LaTeX intact, and answers with chain-of-thought prompting and \
              majority voting. It solves many school and university maths and science problems \
              step by step without external tools.""")
              .build());

  // 3.9 Other

  /**
   * AlphaTensor, reinforcement learning that finds matrix-multiplication algorithms. Source: Nature
   * 610:47-53, doi:10.1038/s41586-022-05172-4.
   */
  // not recorded: parameters (not confirmed); seed 000's "70+ matrix sizes" (the abstract says
  // "many sizes").
  public static final GenerativeModel ALPHATENSOR =
      register(
          GenerativeModel.builder()
              .id("alphatensor")
              .name("AlphaTensor")
              .surveyCategory(Category.OTHER)
              .signature(ModalitySignature.parse("->algorithm"))
              .addDevelopers("deepmind")
              .released(YearMonth.of(2022, 10))
              .addAccess(Access.CODE)
              .addTechniques("deep-reinforcement-learning", "monte-carlo-tree-search")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "alphazero",
                      ALPHATENSOR_PAPER,
                      "a deep reinforcement learning approach based on AlphaZero (abstract)"))
              .paper(
                  Paper.of(
                      "Discovering faster matrix multiplication algorithms with reinforcement learning",
                      ALPHATENSOR_PAPER))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_000,
                          ClaimAttribute.RESULTS,
                          "improved the best known 4x4 matrix multiplication",
                          "seed 000's summary of §3.9, without qualification"),
                      actual(
                          ClaimAttribute.RESULTS,
                          "beats Strassen's two-level algorithm for 4x4 matrices only in a finite field"
                              + " (modular arithmetic)",
                          ALPHATENSOR_PAPER,
                          "the Nature abstract")))
              .addSources(
                  ALPHATENSOR_PAPER,
                  ALPHATENSOR_REPOSITORY,
                  Source.url(
                      "https://www.kilmangero.com/blog/1045201_discovering-faster-matrix-multiplication-algorithms-with-reinforcement-learning"),
                  Source.url(
                      "https://365newsx.com/us/article/discovering-faster-matrix-multiplication-algorithms-with-reinforcement-learning-nature-com"),
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              AlphaTensor, an AlphaZero-style reinforcement-learning agent, treats finding a \
              matrix-multiplication algorithm as a single-player game of decomposing a 3D tensor \
              into as few rank-one terms as possible. It found algorithms better than the best \
              known for several sizes, including 4x4 over a finite field, and variants tuned for \
              specific hardware. Published in Nature on 5 October 2022; DeepMind's GitHub \
              repository publishes the discovered algorithms and the code to check and recombine \
              them.""")
              .build());

  /** Gato, DeepMind's generalist agent. Source: arXiv 2205.06175. */
  public static final GenerativeModel GATO =
      register(
          GenerativeModel.builder()
              .id("gato")
              .name("Gato")
              .addAliases("GATO")
              .surveyCategory(Category.OTHER)
              .signature(ModalitySignature.parse("text+image+action->text+action"))
              .addDevelopers("deepmind")
              .released(YearMonth.of(2022, 5))
              .addAccess(Access.CLOSED)
              .addTechniques("transformer", "autoregressive-model")
              .paper(Paper.arxiv("2205.06175", "A Generalist Agent"))
              .parameters(
                  secondary(
                      "parameters",
                      params("1.2e9"),
                      RAILWAY_A_GENERALIST_AGENT,
                      "about 1.2B (24 layers, 2048-wide embeddings), third-party summary; the survey"
                          + " (seeds 001 and 002) says the same"))
              .addTrainingData(
                  secondary(
                      "distinct control tasks, besides language and vision data",
                      q("604", Unit.TASKS),
                      RAILWAY_A_GENERALIST_AGENT,
                      "third-party summary; seed 000's \"600+ tasks\" is consistent"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_000,
                          ClaimAttribute.TRAINING_METHOD,
                          "taught its 600+ tasks with reinforcement learning",
                          "seed 000's summary of §3.9"),
                      actual(
                          ClaimAttribute.TRAINING_METHOD,
                          "trained offline and supervised, predicting expert actions and text tokens;"
                              + " no online reinforcement learning",
                          APPSPOT_A_GENERALIST_AGENT,
                          "mirror of DeepMind's blog: the loss is masked to action and text targets")))
              .addSources(
                  Source.arxiv("2205.06175"),
                  APPSPOT_A_GENERALIST_AGENT,
                  Source.url(
                      "https://allainews.com/item/a-generalist-agent-arxiv220506175v1-csai-2022-05-13/"),
                  RAILWAY_A_GENERALIST_AGENT,
                  SEED_000,
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              Gato is one Transformer with one set of weights that turns text, images, \
              proprioception and actions into a single token stream. Trained offline, it plays \
              Atari, captions images, chats and stacks blocks with a real robot arm, choosing from \
              context which kind of tokens to output. The survey files it under other, a fair home \
              for a generalist whose signature spans several categories.""")
              .build());

  /**
   * The Human Motion Diffusion Model (MDM). Source: arXiv 2209.14916.
   *
   * <p>Filed under {@link Category#OTHER}: survey §3.9 says other published models generate human
   * motion without naming one, and seed 002 names Tel Aviv University's model.
   */
  // not recorded: parameters (not stated in the abstract or README)
  public static final GenerativeModel HUMAN_MOTION_DIFFUSION_MODEL =
      register(
          GenerativeModel.builder()
              .id("human-motion-diffusion-model")
              .name("Human Motion Diffusion Model")
              .addAliases("MDM", "Motion Diffusion Model")
              .surveyCategory(Category.OTHER)
              .signature(ModalitySignature.parse("text->motion"))
              .addDevelopers("tel-aviv-university")
              .released(YearMonth.of(2022, 9))
              .addAccess(Access.CODE, Access.OPEN_WEIGHTS)
              .addTechniques("diffusion-model", "classifier-free-guidance", "transformer")
              .addLineage(
                  edge(
                      LineageRelation.BUILT_ON,
                      "clip",
                      GITHUB_GUYTEVET_MOTION_DIFFUSION_MODEL,
                      "CLIP is the text encoder, as inferred from the README's setup"))
              .paper(Paper.arxiv("2209.14916", "Human Motion Diffusion Model"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.OTHER,
                      survey(
                          ClaimAttribute.DEVELOPERS,
                          "one of only six organizations deploying these models (OpenAI, Google,"
                              + " DeepMind, Meta, Runway, NVIDIA)",
                          "survey §2; seed 002"),
                      actual(
                          ClaimAttribute.DEVELOPERS,
                          "Tel Aviv University, an academic group",
                          ARXIV_2209_14916,
                          "seed 002 itself notes that the human-motion model is academic work")))
              .addSources(
                  ARXIV_2209_14916,
                  GITHUB_GUYTEVET_MOTION_DIFFUSION_MODEL,
                  Source.url("https://ar5iv.labs.arxiv.org/html/2209.14916"),
                  SEED_001,
                  SEED_002)
              .summary(
                  """
              MDM applies classifier-free diffusion to human motion with a Transformer that \
              predicts the clean motion at each step, which makes geometric losses such as foot \
              contact easy to add. It generates motion from text or action labels (trained on \
              HumanML3D, KIT-ML, UESTC and HumanAct12) and reached the state of the art with \
              modest compute; code and weights are open.""")
              .build());

  /**
   * ChatBCG, a slide-generation web tool. Source: survey §3.9.
   *
   * <p>Filed under {@link Category#OTHER}, where survey §3.9 puts it; its signature, inferred from
   * tool directories, spans text and image, so it is not recorded as misfiled.
   */
  // not recorded: the maker's identity, the launch month and the underlying model are unknown;
  // lineage to ChatGPT is the survey's statement only (unconfirmed). No source names its maker, so
  // its developer list is empty; the month is an upper bound.
  public static final GenerativeModel CHATBCG =
      register(
          GenerativeModel.builder()
              .id("chatbcg")
              .name("ChatBCG")
              .addAliases("Chat BCG")
              .surveyCategory(Category.OTHER)
              .signature(ModalitySignature.parse("text->text+image"))
              .released(YearMonth.of(2023, 1))
              .addAccess(Access.PRODUCT)
              .paperAbsentReason(
                  "A web tool (chatbcg.com) with no paper; arXiv 2407.12875 \"ChatBCG: Can AI Read Your"
                      + " Slide Deck?\" (2024) is an unrelated later evaluation paper.")
              .addSources(
                  SEED_001,
                  Source.url("https://www.chatbcg.com/"),
                  Source.url("https://www.scholarfeed.org/paper/2407.12875v1"))
              .summary(
                  """
              ChatBCG is a web tool that generates presentation slides from a text prompt; the \
              survey says it uses ChatGPT underneath as a surrogate model. Its maker, launch date \
              and model are unknown beyond tool-directory listings: the recorded month, January \
              2023, is the survey's publication month, an upper bound, and the signature is \
              inferred from those listings.""")
              .build());

  // Named by the seeds, not by the survey

  /**
   * PhysDiff, physics-guided human motion diffusion. Source: arXiv 2212.02500.
   *
   * <p>Not a survey model: only seed 000's summary of survey §3.9 names it; the translation of §3.9
   * in seed 001 does not, so it has no survey category and the seed's claim is a discrepancy.
   */
  // not recorded: parameters; the base motion denoiser it plugs into (not confirmed). The NVIDIA
  // affiliation follows seed 000 and the authors' identities; the paper header was not read.
  public static final GenerativeModel PHYSDIFF =
      register(
          GenerativeModel.builder()
              .id("physdiff")
              .name("PhysDiff")
              .addAliases("Physics-Guided Human Motion Diffusion Model")
              .signature(ModalitySignature.parse("text->motion"))
              .addDevelopers("nvidia")
              .released(YearMonth.of(2022, 12))
              .addAccess(Access.CLOSED)
              .addTechniques("diffusion-model")
              .paper(
                  Paper.arxiv(
                      "2212.02500", "PhysDiff: Physics-Guided Human Motion Diffusion Model"))
              .addResults(
                  confirmed(
                      "improvement in physical plausibility",
                      q("78", Unit.PERCENT),
                      ARXIV_2212_02500,
                      "more than 78% on all datasets"))
              .addDiscrepancies(
                  discrepancy(
                      DiscrepancyKind.SEED_ERROR,
                      seed(
                          SEED_000,
                          ClaimAttribute.SURVEY_COVERAGE,
                          "PhysDiff is one of the survey's other models (§3.9)",
                          "seed 000's summary of §3.9"),
                      actualSecondary(
                          ClaimAttribute.SURVEY_COVERAGE,
                          "§3.9 of the survey, as translated in seed 001, does not name PhysDiff",
                          SEED_001,
                          "the translation of the survey's sections")))
              .addSources(
                  ARXIV_2212_02500,
                  Source.url("https://ar5iv.labs.arxiv.org/html/2212.02500"),
                  Source.url(
                      "http://openaccess.thecvf.com//content/ICCV2023/html/Yuan_PhysDiff_Physics-Guided_Human_Motion_Diffusion_Model_ICCV_2023_paper.html"),
                  Source.url("https://www.sciencestack.ai/paper/2212.02500"),
                  SEED_000)
              .summary(
                  """
              PhysDiff adds a physics-based projection step to the denoising loop of a \
              human-motion diffusion model: a motion-imitation controller in a physics simulator \
              turns each intermediate motion into a physically plausible one, reducing floating, \
              foot sliding and ground penetration.""")
              .build());

  /** Point-E, OpenAI's fast text-to-point-cloud system. Source: arXiv 2212.08751. */
  // not recorded: parameters (not confirmed); lineage to GLIDE (unconfirmed)
  public static final GenerativeModel POINT_E =
      register(
          GenerativeModel.builder()
              .id("point-e")
              .name("Point·E")
              .addAliases("Point-E", "POINT-E")
              .signature(ModalitySignature.parse("text->3d"))
              .addDevelopers("openai")
              .released(YearMonth.of(2022, 12))
              .addAccess(Access.CODE, Access.OPEN_WEIGHTS)
              .addTechniques("diffusion-model", "transformer")
              .paper(
                  Paper.arxiv(
                      "2212.08751",
                      "Point-E: A System for Generating 3D Point Clouds from Complex Prompts"))
              .addSources(
                  Source.arxiv("2212.08751"),
                  Source.url("https://www.scholarfeed.org/paper/2212.08751v1"),
                  Source.url(
                      "https://syncedreview.com/2022/12/27/openais-point%C2%B7e-generating-3d-point-clouds-from-complex-prompts-in-minutes-on-a-single-gpu/"),
                  SEED_000)
              .summary(
                  """
              Point·E makes a 3D point cloud in one to two minutes on a single GPU: a \
              text-to-image diffusion model first draws one synthetic view, then a second \
              diffusion model produces a point cloud conditioned on that image. It trades sample \
              quality for sampling one to two orders of magnitude faster than optimisation methods \
              such as DreamFusion. Seed 000 notes that the survey leaves it out.""")
              .build());
}
