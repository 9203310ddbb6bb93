package io.github.genaitaxonomy.data;

import static io.github.genaitaxonomy.data.Facts.SEED_000;
import static io.github.genaitaxonomy.data.Facts.SEED_001;
import static io.github.genaitaxonomy.data.Facts.SEED_002;
import static io.github.genaitaxonomy.data.Facts.SURVEY;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * The organizations that built, co-built or are named with the catalog's models.
 *
 * <pre>{@code
 * Organizations.DEEPMIND.parent();   // Optional[alphabet]
 * }</pre>
 */
public final class Organizations {
  // Ordering: every parent comes before its children; otherwise grouped under the headers below
  // and alphabetical by id within a group. Parents are the owner at the time of the model (2022 for
  // the survey entries, 2023 for the supplement). Ids that start with a digit get a leading
  // underscore in the constant name (01-ai -> _01_AI).

  private static final List<Organization> ALL = new ArrayList<>();

  // Sources cited more than once in this holder.
  private static final Source ARXIV_2102_10407 = Source.arxiv("2102.10407");
  private static final Source ARXIV_2112_09726 = Source.arxiv("2112.09726");
  private static final Source ARXIV_2208_11663 = Source.arxiv("2208.11663");
  private static final Source ARXIV_2208_12266 = Source.arxiv("2208.12266");
  private static final Source ARXIV_2303_17564 = Source.arxiv("2303.17564");
  private static final Source ARXIV_2305_11206 = Source.arxiv("2305.11206");
  private static final Source DREAMFUSION3D = Source.url("https://dreamfusion3d.github.io/");
  private static final Source GITHUB_COMPVIS_STABLE_DIFFUSION =
      Source.url("https://github.com/CompVis/stable-diffusion");
  private static final Source HUGGINGFACE_QWEN_QWEN_14B =
      Source.url("https://huggingface.co/Qwen/Qwen-14B");
  private static final Source NVIDIA_VIDEOLDM =
      Source.url("https://research.nvidia.com/labs/toronto-ai/VideoLDM/");
  private static final Source ACTUIA_STABILITY_AI_ANNOUNCES_THE_PUBLIC =
      Source.url(
          "https://www.actuia.com/english/stability-ai-announces-the-public-release-of-its-open-source-text-to-image-model-stable-diffusion/");

  private Organizations() {}

  /** Appends a constant to this holder's list, in declaration order, and returns it. */
  private static Organization register(Organization constant) {
    ALL.add(constant);
    return constant;
  }

  /** Every constant of this holder, in declaration order. */
  static ImmutableList<Organization> all() {
    return ImmutableList.copyOf(ALL);
  }

  // Alphabet and its units

  /**
   * Alphabet Inc., the holding company of Google and DeepMind.
   *
   * <p>Source: none recorded; the corporate structure is general knowledge.
   */
  // not recorded: sources
  public static final Organization ALPHABET =
      register(
          Organization.builder()
              .id("alphabet")
              .name("Alphabet Inc.")
              .kind(OrganizationKind.COMPANY)
              .country("US")
              .build());

  /**
   * Google LLC, credited by the survey for Imagen, AudioLM and others. Source: arXiv 2201.08239.
   */
  public static final Organization GOOGLE =
      register(
          Organization.builder()
              .id("google")
              .name("Google")
              .kind(OrganizationKind.COMPANY)
              .country("US")
              .parent("alphabet")
              .addSources(Source.arxiv("2201.08239"), SURVEY)
              .build());

  /**
   * Google Research, affiliation of Muse, AudioLM, Minerva and DreamFusion. Source: arXiv
   * 2209.03143.
   */
  public static final Organization GOOGLE_RESEARCH =
      register(
          Organization.builder()
              .id("google-research")
              .name("Google Research")
              .kind(OrganizationKind.RESEARCH_LAB)
              .country("US")
              .parent("google")
              .addSources(
                  Source.url("https://muse-model.github.io"),
                  Source.arxiv("2209.03143"),
                  Source.arxiv("2206.14858"),
                  Source.arxiv("2202.04200"),
                  DREAMFUSION3D)
              .build());

  /**
   * Google Brain, the team inside Google Research that built Imagen (its Toronto office). Source:
   * arXiv 2205.11487.
   */
  public static final Organization GOOGLE_BRAIN =
      register(
          Organization.builder()
              .id("google-brain")
              .name("Google Brain")
              .kind(OrganizationKind.RESEARCH_LAB)
              .country("US")
              .parent("google-research")
              .addSources(Source.arxiv("2205.11487"))
              .build());

  /** Google DeepMind, the 2023 successor of DeepMind under Google. Source: arXiv 2310.16764. */
  // Summaries of arXiv 2310.16764 give its authors' affiliation as Google DeepMind; the abstract
  // does not state it. Google formed the unit in April 2023 from Google Research's Brain team and
  // DeepMind.
  public static final Organization GOOGLE_DEEPMIND =
      register(
          Organization.builder()
              .id("google-deepmind")
              .name("Google DeepMind")
              .kind(OrganizationKind.RESEARCH_LAB)
              .country("GB")
              .parent("google")
              .addSources(Source.arxiv("2310.16764"))
              .build());

  /**
   * DeepMind, the London lab behind Flamingo, AlphaCode, AlphaTensor and Gato. Source: arXiv
   * 1712.01815.
   */
  public static final Organization DEEPMIND =
      register(
          Organization.builder()
              .id("deepmind")
              .name("DeepMind")
              .kind(OrganizationKind.RESEARCH_LAB)
              .country("GB")
              .parent("alphabet")
              .addSources(Source.arxiv("1712.01815"), SEED_002)
              .build());

  // Meta and its units

  /** Meta Platforms, Inc., formerly Facebook. Source: survey; Llama 2 model card. */
  public static final Organization META =
      register(
          Organization.builder()
              .id("meta")
              .name("Meta Platforms, Inc.")
              .kind(OrganizationKind.COMPANY)
              .country("US")
              .addSources(
                  SURVEY,
                  Source.url(
                      "http://siliconangle.com/2022/08/31/meta-ai-researchers-develop-ways-read-speech-peoples-brains/"),
                  Source.url("https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md"))
              .build());

  /**
   * Meta AI, including FAIR, affiliation of PEER and the speech-from-brain model. Source: arXiv
   * 2208.11663.
   */
  public static final Organization META_AI =
      register(
          Organization.builder()
              .id("meta-ai")
              .name("Meta AI")
              .kind(OrganizationKind.RESEARCH_LAB)
              .country("US")
              .parent("meta")
              .addSources(ARXIV_2208_11663, ARXIV_2208_12266)
              .build());

  /** Papers with Code, the team inside Meta AI credited with Galactica. Source: survey; aiwiki. */
  // not recorded: country; widely described as London-based, but no source was checked
  public static final Organization PAPERS_WITH_CODE =
      register(
          Organization.builder()
              .id("papers-with-code")
              .name("Papers with Code")
              .kind(OrganizationKind.COMPANY)
              .parent("meta-ai")
              .addSources(
                  SEED_001,
                  Source.url("https://aiwiki.ai/wiki/galactica"),
                  Source.url("https://github.com/paperswithcode/galai"))
              .build());

  // Alibaba and its units

  /** Alibaba Group, parent of Alibaba Cloud. Source: Qwen-14B README. */
  // not recorded: country; the group is recorded only as the parent of Alibaba Cloud
  public static final Organization ALIBABA =
      register(
          Organization.builder()
              .id("alibaba")
              .name("Alibaba Group")
              .kind(OrganizationKind.COMPANY)
              .addSources(HUGGINGFACE_QWEN_QWEN_14B)
              .build());

  /** Alibaba Cloud, maker of the Qwen models. Source: Qwen-14B README. */
  public static final Organization ALIBABA_CLOUD =
      register(
          Organization.builder()
              .id("alibaba-cloud")
              .name("Alibaba Cloud")
              .kind(OrganizationKind.COMPANY)
              .country("CN")
              .parent("alibaba")
              .addSources(HUGGINGFACE_QWEN_QWEN_14B)
              .build());

  // Other companies

  /** 01.AI, maker of Yi-34B. Source: Yi-34B model card. */
  public static final Organization _01_AI =
      register(
          Organization.builder()
              .id("01-ai")
              .name("01.AI")
              .kind(OrganizationKind.COMPANY)
              .country("CN")
              .addSources(Source.url("https://huggingface.co/01-ai/Yi-34B"))
              .build());

  /** Bloomberg L.P., maker of BloombergGPT. Source: arXiv 2303.17564. */
  public static final Organization BLOOMBERG =
      register(
          Organization.builder()
              .id("bloomberg")
              .name("Bloomberg L.P.")
              .kind(OrganizationKind.COMPANY)
              .country("US")
              .addSources(
                  ARXIV_2303_17564,
                  Source.url(
                      "https://iblnews.org/bloomberg-introduces-a-50-billion-parameter-llm-built-for-finance/"))
              .build());

  /** DeepSeek, maker of DeepSeek LLM. Source: github.com/deepseek-ai/DeepSeek-LLM. */
  public static final Organization DEEPSEEK =
      register(
          Organization.builder()
              .id("deepseek")
              .name("DeepSeek")
              .kind(OrganizationKind.COMPANY)
              .country("CN")
              .addSources(Source.url("https://github.com/deepseek-ai/DeepSeek-LLM"))
              .build());

  /** Hugging Face, whose H4 team made Zephyr. Source: Zephyr model card. */
  // The headquarters (US, New York) is stated by secondary sources only.
  public static final Organization HUGGING_FACE =
      register(
          Organization.builder()
              .id("hugging-face")
              .name("Hugging Face")
              .kind(OrganizationKind.COMPANY)
              .country("US")
              .addSources(
                  Source.url("https://huggingface.co/HuggingFaceH4/zephyr-7b-beta"),
                  Source.arxiv("2310.16944"))
              .build());

  /**
   * Microsoft, maker of phi and Orca 2 and an investor in OpenAI. Source: arXiv 2311.11045; seed
   * 002.
   */
  public static final Organization MICROSOFT =
      register(
          Organization.builder()
              .id("microsoft")
              .name("Microsoft")
              .kind(OrganizationKind.COMPANY)
              .country("US")
              .addSources(
                  SEED_002,
                  Source.url(
                      "http://microsoft.com/en-us/research/publication/textbooks-are-all-you-need/"),
                  Source.arxiv("2311.11045"))
              .build());

  /** Mistral AI, maker of Mistral 7B and Mixtral. Source: arXiv 2310.06825. */
  public static final Organization MISTRAL_AI =
      register(
          Organization.builder()
              .id("mistral-ai")
              .name("Mistral AI")
              .kind(OrganizationKind.COMPANY)
              .country("FR")
              .addSources(
                  Source.arxiv("2310.06825"),
                  Source.url("https://mistral.ai/news/announcing-mistral-7b/"),
                  Source.arxiv("2401.04088"))
              .build());

  /** NVIDIA Corporation, maker of Magic3D, eDiff-I and PhysDiff. Source: Magic3D project page. */
  public static final Organization NVIDIA =
      register(
          Organization.builder()
              .id("nvidia")
              .name("NVIDIA Corporation")
              .kind(OrganizationKind.COMPANY)
              .country("US")
              .addSources(
                  Source.url("https://research.nvidia.com/labs/dir/magic3d/"),
                  Source.url("https://research.nvidia.com/labs/dir/eDiff-I"),
                  NVIDIA_VIDEOLDM)
              .build());

  /**
   * OpenAI, the San Francisco lab behind GPT-3, DALL-E 2, Whisper and ChatGPT. Source: arXiv
   * 2204.06125 and its other papers' author lines.
   */
  // Microsoft invested in OpenAI (seed 002) but is not its parent.
  public static final Organization OPENAI =
      register(
          Organization.builder()
              .id("openai")
              .name("OpenAI")
              .kind(OrganizationKind.COMPANY)
              .country("US")
              .addSources(
                  Source.arxiv("2204.06125"),
                  Source.arxiv("2103.00020"),
                  Source.arxiv("2212.04356"))
              .build());

  /** Runway, co-developer of Stable Diffusion and Soundify. Source: arXiv 2112.09726. */
  public static final Organization RUNWAY =
      register(
          Organization.builder()
              .id("runway")
              .name("Runway")
              .kind(OrganizationKind.COMPANY)
              .country("US")
              .addSources(ARXIV_2112_09726, GITHUB_COMPVIS_STABLE_DIFFUSION)
              .build());

  /**
   * Stability AI, the London start-up that funded and released Stable Diffusion. Source: CompVis
   * README.
   */
  public static final Organization STABILITY_AI =
      register(
          Organization.builder()
              .id("stability-ai")
              .name("Stability AI")
              .kind(OrganizationKind.COMPANY)
              .country("GB")
              .addSources(GITHUB_COMPVIS_STABLE_DIFFUSION, ACTUIA_STABILITY_AI_ANNOUNCES_THE_PUBLIC)
              .build());

  // Universities and their groups

  /**
   * Carnegie Mellon University, co-developer of VisualGPT, Soundify, PEER and LIMA. Source: arXiv
   * 2102.10407.
   */
  public static final Organization CARNEGIE_MELLON_UNIVERSITY =
      register(
          Organization.builder()
              .id("carnegie-mellon-university")
              .name("Carnegie Mellon University")
              .kind(OrganizationKind.UNIVERSITY)
              .country("US")
              .addSources(
                  ARXIV_2102_10407, ARXIV_2112_09726, ARXIV_2208_11663, ARXIV_2305_11206, SEED_002)
              .build());

  /** Heidelberg University, where the CompVis group built VQGAN. Source: arXiv 2012.09841. */
  public static final Organization HEIDELBERG_UNIVERSITY =
      register(
          Organization.builder()
              .id("heidelberg-university")
              .name("Heidelberg University")
              .kind(OrganizationKind.UNIVERSITY)
              .country("DE")
              .addSources(Source.arxiv("2012.09841"))
              .build());

  /**
   * Johns Hopkins University, co-developer of BloombergGPT. Source: JHU Hub, 2023-05-31 (Mark
   * Dredze "was part of the team that created it").
   */
  public static final Organization JOHNS_HOPKINS_UNIVERSITY =
      register(
          Organization.builder()
              .id("johns-hopkins-university")
              .name("Johns Hopkins University")
              .kind(OrganizationKind.UNIVERSITY)
              .country("US")
              .addSources(
                  ARXIV_2303_17564,
                  Source.url("https://hub.jhu.edu/2023/05/31/ai-chatbot-speaks-finance/"))
              .build());

  /**
   * King Abdullah University of Science and Technology, lead developer of VisualGPT. Source: arXiv
   * 2102.10407.
   */
  public static final Organization KAUST =
      register(
          Organization.builder()
              .id("kaust")
              .name("King Abdullah University of Science and Technology")
              .kind(OrganizationKind.UNIVERSITY)
              .country("SA")
              .addSources(
                  ARXIV_2102_10407,
                  Source.url(
                      "https://academia.kaust.edu.sa/en/publications/visualgpt-data-efficient-adaptation-of-pretrained-language-models"),
                  SEED_002)
              .build());

  /**
   * Ludwig-Maximilians-Universität München, home of the CompVis group since 2021. Source: seed 001.
   */
  public static final Organization LMU_MUNICH =
      register(
          Organization.builder()
              .id("lmu-munich")
              .name("Ludwig-Maximilians-Universität München")
              .kind(OrganizationKind.UNIVERSITY)
              .country("DE")
              .addSources(SEED_001, ACTUIA_STABILITY_AI_ANNOUNCES_THE_PUBLIC, NVIDIA_VIDEOLDM)
              .build());

  /**
   * CompVis, Björn Ommer's Computer Vision and Learning group, at LMU Munich (at Heidelberg until
   * 2021). Source: CompVis/stable-diffusion README.
   */
  public static final Organization COMPVIS =
      register(
          Organization.builder()
              .id("compvis")
              .name("CompVis (Computer Vision & Learning group)")
              .kind(OrganizationKind.RESEARCH_LAB)
              .country("DE")
              .parent("lmu-munich")
              .addSources(GITHUB_COMPVIS_STABLE_DIFFUSION, ACTUIA_STABILITY_AI_ANNOUNCES_THE_PUBLIC)
              .build());

  /**
   * Massachusetts Institute of Technology, whose CSAIL is one affiliation of w2v-BERT's first
   * author. Source: the w2v-BERT paper at IEEE ASRU 2021.
   */
  public static final Organization MIT =
      register(
          Organization.builder()
              .id("mit")
              .name("Massachusetts Institute of Technology")
              .kind(OrganizationKind.UNIVERSITY)
              .country("US")
              .addSources(Source.doi("10.1109/ASRU51503.2021.9688253"))
              .build());

  /**
   * Nanyang Technological University, Singapore, co-developer of VisualGPT. Source: arXiv
   * 2102.10407.
   */
  public static final Organization NANYANG_TECHNOLOGICAL_UNIVERSITY =
      register(
          Organization.builder()
              .id("nanyang-technological-university")
              .name("Nanyang Technological University")
              .kind(OrganizationKind.UNIVERSITY)
              .country("SG")
              .addSources(ARXIV_2102_10407, SEED_002)
              .build());

  /** National University of Singapore, the inferred home of OpenMoE. Source: OpenMoE README. */
  // The affiliation is inferred from a link in the README; OpenMoE itself is not catalogued.
  public static final Organization NATIONAL_UNIVERSITY_OF_SINGAPORE =
      register(
          Organization.builder()
              .id("national-university-of-singapore")
              .name("National University of Singapore")
              .kind(OrganizationKind.UNIVERSITY)
              .country("SG")
              .addSources(Source.url("https://github.com/XueFuzhao/OpenMoE"))
              .build());

  /**
   * PSL University (with the École normale supérieure), co-affiliation on PEER and
   * speech-from-brain. Source: arXiv 2208.11663.
   */
  public static final Organization PSL_UNIVERSITY =
      register(
          Organization.builder()
              .id("psl-university")
              .name("PSL University")
              .kind(OrganizationKind.UNIVERSITY)
              .country("FR")
              .addSources(ARXIV_2208_11663, ARXIV_2208_12266)
              .build());

  /** Stanford University, home of DPO and Alpaca. Source: arXiv 2305.18290. */
  public static final Organization STANFORD =
      register(
          Organization.builder()
              .id("stanford")
              .name("Stanford University")
              .kind(OrganizationKind.UNIVERSITY)
              .country("US")
              .addSources(
                  Source.arxiv("2305.18290"),
                  Source.url("https://github.com/tatsu-lab/stanford_alpaca"))
              .build());

  /** Tel Aviv University, maker of the Human Motion Diffusion Model. Source: arXiv 2209.14916. */
  public static final Organization TEL_AVIV_UNIVERSITY =
      register(
          Organization.builder()
              .id("tel-aviv-university")
              .name("Tel Aviv University")
              .kind(OrganizationKind.UNIVERSITY)
              .country("IL")
              .addSources(Source.arxiv("2209.14916"), SEED_002, ARXIV_2305_11206)
              .build());

  /**
   * University of California, Berkeley, co-developer of DreamFusion. Source: DreamFusion project
   * page.
   */
  public static final Organization UC_BERKELEY =
      register(
          Organization.builder()
              .id("uc-berkeley")
              .name("University of California, Berkeley")
              .kind(OrganizationKind.UNIVERSITY)
              .country("US")
              .addSources(DREAMFUSION3D, SEED_000, Source.arxiv("2305.15717"))
              .build());

  /**
   * University of California San Diego, co-affiliation on NeRF (Ravi Ramamoorthi). Source: the NeRF
   * project page.
   */
  public static final Organization UC_SAN_DIEGO =
      register(
          Organization.builder()
              .id("uc-san-diego")
              .name("University of California San Diego")
              .kind(OrganizationKind.UNIVERSITY)
              .country("US")
              .addSources(
                  Source.arxiv("2003.08934"), Source.url("https://www.matthewtancik.com/nerf"))
              .build());

  /**
   * Universidad Pontificia Comillas, Madrid, the survey authors' university. Source: arXiv
   * 2301.04655.
   */
  public static final Organization UNIVERSIDAD_PONTIFICIA_COMILLAS =
      register(
          Organization.builder()
              .id("universidad-pontificia-comillas")
              .name("Universidad Pontificia Comillas")
              .kind(OrganizationKind.UNIVERSITY)
              .country("ES")
              .addSources(SURVEY, SEED_000, SEED_002)
              .build());

  /** University College London, co-affiliation on PEER. Source: arXiv 2208.11663. */
  public static final Organization UNIVERSITY_COLLEGE_LONDON =
      register(
          Organization.builder()
              .id("university-college-london")
              .name("University College London")
              .kind(OrganizationKind.UNIVERSITY)
              .country("GB")
              .addSources(ARXIV_2208_11663)
              .build());

  /** University of Southern California, co-affiliation on LIMA. Source: arXiv 2305.11206. */
  public static final Organization UNIVERSITY_OF_SOUTHERN_CALIFORNIA =
      register(
          Organization.builder()
              .id("university-of-southern-california")
              .name("University of Southern California")
              .kind(OrganizationKind.UNIVERSITY)
              .country("US")
              .addSources(ARXIV_2305_11206)
              .build());

  /** University of Toronto, co-affiliation on Video LDM. Source: VideoLDM project page. */
  public static final Organization UNIVERSITY_OF_TORONTO =
      register(
          Organization.builder()
              .id("university-of-toronto")
              .name("University of Toronto")
              .kind(OrganizationKind.UNIVERSITY)
              .country("CA")
              .addSources(NVIDIA_VIDEOLDM)
              .build());

  /** University of Washington, home of QLoRA and Guanaco. Source: arXiv 2305.14314. */
  public static final Organization UNIVERSITY_OF_WASHINGTON =
      register(
          Organization.builder()
              .id("university-of-washington")
              .name("University of Washington")
              .kind(OrganizationKind.UNIVERSITY)
              .country("US")
              .addSources(
                  Source.arxiv("2305.14314"),
                  Source.url("https://huggingface.co/timdettmers/guanaco-65b"))
              .build());

  /** University of Waterloo, co-affiliation on Video LDM. Source: VideoLDM project page. */
  public static final Organization UNIVERSITY_OF_WATERLOO =
      register(
          Organization.builder()
              .id("university-of-waterloo")
              .name("University of Waterloo")
              .kind(OrganizationKind.UNIVERSITY)
              .country("CA")
              .addSources(NVIDIA_VIDEOLDM)
              .build());

  // Nonprofits and research institutes

  /** EleutherAI, the research collective behind Pythia. Source: Pythia model cards. */
  // not recorded: country (US is reported, not confirmed)
  public static final Organization ELEUTHERAI =
      register(
          Organization.builder()
              .id("eleutherai")
              .name("EleutherAI")
              .kind(OrganizationKind.NONPROFIT)
              .addSources(
                  Source.url("https://github.com/EleutherAI/pythia"),
                  Source.url("https://huggingface.co/EleutherAI/pythia-1b"),
                  ACTUIA_STABILITY_AI_ANNOUNCES_THE_PUBLIC)
              .build());

  /**
   * Inria, the French national institute for digital science, co-affiliation on PEER. Source: arXiv
   * 2208.11663.
   */
  public static final Organization INRIA =
      register(
          Organization.builder()
              .id("inria")
              .name("Inria")
              .kind(OrganizationKind.RESEARCH_LAB)
              .country("FR")
              .addSources(ARXIV_2208_11663)
              .build());

  /**
   * LAION, the German nonprofit whose LAION-5B subsets trained Stable Diffusion. Source: CompVis
   * README.
   */
  public static final Organization LAION =
      register(
          Organization.builder()
              .id("laion")
              .name("LAION")
              .kind(OrganizationKind.NONPROFIT)
              .country("DE")
              .addSources(GITHUB_COMPVIS_STABLE_DIFFUSION)
              .build());

  /** Vector Institute, Toronto, co-affiliation on Video LDM. Source: VideoLDM project page. */
  public static final Organization VECTOR_INSTITUTE =
      register(
          Organization.builder()
              .id("vector-institute")
              .name("Vector Institute")
              .kind(OrganizationKind.RESEARCH_LAB)
              .country("CA")
              .addSources(NVIDIA_VIDEOLDM)
              .build());
}
