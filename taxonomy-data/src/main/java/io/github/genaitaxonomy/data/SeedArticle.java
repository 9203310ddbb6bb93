package io.github.genaitaxonomy.data;

import io.github.genaitaxonomy.core.Source;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The seed articles, the write-ups of the survey and of 2023's papers that the catalog was first
 * drawn from: the record behind each {@code seed:} source.
 *
 * <p>The survey itself is cited by its arXiv id, {@code arxiv:2301.04655}, never as a seed. Each
 * article keeps the title, outlet, language and date it states about itself; what it does not state
 * is absent.
 *
 * <pre>{@code
 * SeedArticle.of(Source.parse("seed:000_e7843f9ae806c1d0.txt"))   // Optional[seed-000]
 * SeedArticle.SEED_000.outlet();                                   // Optional[QbitAI (量子位)]
 * }</pre>
 */
public enum SeedArticle {
  /** Chinese news write-up of the survey: its nine categories and their representative models. */
  SEED_000(
      "seed-000",
      "000_e7843f9ae806c1d0.txt",
      "2022 生成模型进展有多快,新论文盘点 9 类生成模型代表作",
      "QbitAI (量子位)",
      "zh",
      LocalDate.of(2023, 1, 29),
      null,
      "A news write-up of the survey: the nine categories and their representative models, with"
          + " the survey's Figure 2 read as all 2022 models except LaMDA (2021) and Muse (2023)."),

  /** Chinese section-by-section translation of the survey, with its references. */
  SEED_001(
      "seed-001",
      "001_16f3bec8d293b44f.txt",
      "Paperreading:ChatGPT is not all you need. A State of the Art Review of large Generative AI"
          + " models",
      null,
      "zh",
      null,
      null,
      "A section-by-section Chinese translation of the survey, with its references; the catalog"
          + " reads the survey's claims through it."),

  /** German write-up of the survey: "21 models in nine categories". */
  SEED_002(
      "seed-002",
      "002_3474951f779e3850.txt",
      "Lesen Sie alle generativen SOTA-Modelle in einem Artikel: eine vollständige Übersicht über 21"
          + " Modelle in neun Kategorien!",
      "php.cn (German edition)",
      "de",
      LocalDate.of(2023, 5, 2),
      null,
      "A German write-up of the survey: 21 models in nine categories, six organizations and their"
          + " academic collaborators."),

  /** Chinese article on the technology stack behind AI-generated content. */
  SEED_003(
      "seed-003",
      "003_b7f53e5b4180e4df.txt",
      "AIGC 背后的技术栈",
      null,
      "zh",
      null,
      null,
      "The technology stack behind AI-generated content: backbone architectures, self-supervised"
          + " pretraining and the families of deep generative models."),

  /** Chinese translation of Sebastian Raschka's "Ten Noteworthy AI Research Papers of 2023". */
  SEED_004(
      "seed-004",
      "004_9656ac10ea99cd45.txt",
      "2023年十大人工智能(LLM)必读论文",
      "WeChat account 阿法兔研究笔记 (translator)",
      "zh",
      null,
      null,
      "A Chinese translation of Sebastian Raschka's \"Ten Noteworthy AI Research Papers of 2023\":"
          + " Pythia, Llama 2, QLoRA, BloombergGPT, DPO, Mistral 7B, Orca 2, ConvNets at scale,"
          + " Segment Anything and Emu Video.");

  private final String id;

  @SuppressWarnings("ImmutableEnumChecker") // Source is an immutable value type
  private final Source source;

  private final String title;
  private final @Nullable String outlet;
  private final String language;
  private final @Nullable LocalDate published;
  private final @Nullable String url;
  private final String about;

  SeedArticle(
      String id,
      String fileName,
      String title,
      @Nullable String outlet,
      String language,
      @Nullable LocalDate published,
      @Nullable String url,
      String about) {
    this.id = id;
    this.source = Source.seed(fileName);
    this.title = title;
    this.outlet = outlet;
    this.language = language;
    this.published = published;
    this.url = url;
    this.about = about;
  }

  /** The stable kebab-case id: {@code seed-000}. */
  public String id() {
    return id;
  }

  /** The {@code seed:} source that cites this article: {@code seed:000_e7843f9ae806c1d0.txt}. */
  public Source source() {
    return source;
  }

  /** The file name of the article's text: {@code 000_e7843f9ae806c1d0.txt}. */
  public String fileName() {
    return source.reference();
  }

  /** The title, as the article states it, in its own language. */
  public String title() {
    return title;
  }

  /** Where it was published, when the article names it. */
  public Optional<String> outlet() {
    return Optional.ofNullable(outlet);
  }

  /** The language, as a BCP 47 tag: {@code zh}, {@code de}. */
  public String language() {
    return language;
  }

  /** The publication date, when the article states it. */
  public Optional<LocalDate> published() {
    return Optional.ofNullable(published);
  }

  /** The address of the article, when one is known. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** What the article is, in a sentence or two. */
  public String about() {
    return about;
  }

  /** The article a {@code seed:} source cites; empty for any other source. */
  public static Optional<SeedArticle> of(Source source) {
    return Arrays.stream(values()).filter(a -> a.source.equals(source)).findFirst();
  }

  /**
   * The article a {@code seed:} source cites.
   *
   * @throws IllegalArgumentException naming the source and the known seed files
   */
  public static SeedArticle get(Source source) {
    return of(source)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "SeedArticle: no seed article for source '"
                        + source
                        + "'; known: "
                        + Arrays.stream(values())
                            .map(a -> a.source.toString())
                            .collect(Collectors.joining(", "))));
  }

  @Override
  public String toString() {
    return id;
  }
}
