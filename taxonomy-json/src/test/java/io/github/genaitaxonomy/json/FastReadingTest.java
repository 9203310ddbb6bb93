package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.json.internal.Decoder;
import io.github.genaitaxonomy.json.internal.DocumentReader;
import io.github.genaitaxonomy.json.internal.Keys;
import io.github.genaitaxonomy.json.internal.LinesDecoder;
import java.io.StringReader;
import java.io.StringWriter;
import io.github.genaitaxonomy.data.Edition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast first reading of documents and JSON Lines, on its own: it fails wherever the precise
 * reading reports a problem, reads the same catalog wherever that succeeds, and takes every valid
 * input without a second reading.
 *
 * <p>The facade hides the fast reading behind the precise one, which reports what the fast one
 * rejects; so the rejections of the fast reading are checked here, against the precise reading.
 */
class FastReadingTest {
  /** Parsers that reject duplicate keys, as the precise reading needs. */
  private static final JsonMapper PRECISE =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .build();
  /** Parsers that let duplicate keys through, as the fast reading is given. */
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static final String VALID = BadInputTest.VALID;
  private static final String MODEL_KEY = "\"summary\": \"Text to image.\"";

  /** The outcome of one reading: the catalog, or what was thrown. */
  private record Outcome(@Nullable Catalog catalog, @Nullable Throwable failure) {
    static Outcome of(java.util.function.Supplier<Catalog> read) {
      try {
        return new Outcome(read.get(), null);
      } catch (RuntimeException e) {
        return new Outcome(null, e);
      }
    }
  }

  private static Outcome fast(String text, boolean lenient) {
    return Outcome.of(
        () -> {
          try (JsonParser p = PLAIN.createParser(text)) {
            return DocumentReader.readFast(p, lenient);
          }
        });
  }

  private static Outcome precise(String text, boolean lenient) {
    return Outcome.of(
        () -> {
          try (JsonParser p = PRECISE.createParser(text)) {
            return DocumentReader.read(p, lenient, true);
          }
        });
  }

  private static void assertSameOutcome(String text, boolean lenient) {
    Outcome precise = precise(text, lenient);
    Outcome fast = fast(text, lenient);

    if (precise.catalog() == null) {
      assertThat(precise.failure()).isInstanceOf(CatalogFormatException.class);
      assertThat(fast.catalog()).as("the fast reading of a bad document").isNull();
    } else {
      assertThat(fast.failure()).as("the fast reading of a good document").isNull();
      assertThat(fast.catalog()).isEqualTo(precise.catalog());
    }
  }

  static Stream<Arguments> badDocuments() {
    return BadInputTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void should_fail_when_the_precise_reading_reports_a_problem(BadInputTest.Case c) {
    assertThat(precise(c.input(), false).failure()).isInstanceOf(CatalogFormatException.class);
    assertThat(fast(c.input(), false).catalog()).isNull();
  }

  @ParameterizedTest(name = "lenient: {0}")
  @MethodSource("badDocuments")
  void should_agree_with_the_precise_reading_when_lenient(BadInputTest.Case c) {
    assertSameOutcome(c.input(), true);
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("valid", VALID),
        Arguments.of("rich fixture", TaxonomyJson.defaults().write(Fixtures.rich())),
        Arguments.of("generated", TaxonomyJson.defaults().write(Fixtures.generated(40))),
        Arguments.of("empty lists", "{\"format\":\"genai-taxonomy/1\",\"organizations\":[],\"techniques\":[],\"models\":[]}"),
        Arguments.of("signature only",
            VALID.replace("      \"inputs\": [\"text\"],\n      \"outputs\": [\"image\"],\n", "")),
        Arguments.of("arrays only", VALID.replace("      \"signature\": \"text->image\",\n", "")),
        Arguments.of("signatures only, repeated", signaturesOnly(TaxonomyJson.defaults().write(Fixtures.generated(40)))),
        Arguments.of("no category", VALID.replace("      \"category\": \"text-to-image\",\n", "")),
        Arguments.of("paper by url", VALID.replace("\"arxiv\": \"2204.06125\"", "\"url\": \"https://example.org/p\"")),
        Arguments.of("paper by doi", VALID.replace("\"arxiv\": \"2204.06125\"", "\"doi\": \"10.1000/x\"")),
        Arguments.of("title first", VALID.replace(
            "{\"arxiv\": \"2204.06125\", \"title\": \"Hierarchical Text-Conditional Image Generation with CLIP Latents\"}",
            "{\"title\": \"T\", \"arxiv\": \"2204.06125\"}")),
        Arguments.of("keys in another order", VALID.replace(
            "\"id\": \"openai\", \"name\": \"OpenAI\", \"kind\": \"company\"",
            "\"kind\": \"company\", \"name\": \"OpenAI\", \"id\": \"openai\"")));
  }

  /** The document without the models' input and output arrays, so that each has its signature only. */
  private static String signaturesOnly(String document) {
    String text = document.replaceAll("\n *\"(inputs|outputs)\": \\[[^\\]]*\\],", "");
    if (text.contains("\"inputs\"") || !text.contains("\"signature\"")) {
      throw new IllegalStateException("the models still have inputs, or no signature");
    }
    return text;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void should_read_what_the_precise_reading_reads_when_a_document_is_valid(String name, String text) {
    Outcome precise = precise(text, false);

    assertThat(precise.failure()).as(name).isNull();
    assertThat(fast(text, false).catalog()).as(name).isEqualTo(precise.catalog()).isNotNull();
    assertThat(fast(text, true).catalog()).as(name).isEqualTo(precise.catalog());
  }

  /** Unknown values the lenient reading skips, each with a problem hidden in it, or none. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1",
        "null",
        "\"x\"",
        "[1, [2, []], {\"a\": {\"b\": [true]}}]",
        "{\"a\": 1, \"b\": {\"a\": 2}}",
        "{\"a\": 1, \"a\": 2}",
        "{\"a\": {\"b\": 1, \"b\": 1}}",
        "[{\"a\": 1}, {\"a\": 1, \"a\": 1}]",
        "[[{\"c\": [], \"c\": []}]]",
      })
  void should_agree_with_the_precise_reading_when_lenient_and_skipping(String unknown) {
    assertSameOutcome(VALID.replace(MODEL_KEY, MODEL_KEY + ", \"extra\": " + unknown), true);
    assertSameOutcome(VALID.replace("\"models\": [", "\"extra\": " + unknown + ",\n  \"models\": ["), true);
    assertSameOutcome(VALID.replace(MODEL_KEY, MODEL_KEY + ", \"extra\": " + unknown), false);
  }

  @Test
  void should_fail_when_lenient_and_an_unknown_key_is_repeated() {
    String text = VALID.replace(MODEL_KEY, MODEL_KEY + ", \"x\": 1, \"y\": 2, \"x\": 3");

    assertThat(precise(text, true).failure()).isInstanceOf(CatalogFormatException.class);
    assertThat(fast(text, true).catalog()).isNull();
    assertThat(fast(VALID.replace(MODEL_KEY, MODEL_KEY + ", \"x\": 1, \"y\": 2"), true).catalog())
        .isNotNull();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        " ",
        "{\"format\":\"genai-taxonomy/1\",\"organizations\":[],\"techniques\":[],\"models\":[]} {}",
        "{\"format\":\"genai-taxonomy/1\",\"organizations\":[],\"techniques\":[],\"models\":[]} 1",
        "{\"format\":\"genai-taxonomy/1\",\"organizations\":[],\"techniques\":[],\"models\":[{\"x\":[1,",
        "{\"format\":\"genai-taxonomy/1\",\"organizations\":[],\"techniques\":[],\"extra\":[1,",
        "{\"format\":\"genai-taxonomy/1\",\"organizations\":[],\"techniques\":[]}",
        "{\"organizations\":[],\"format\":\"genai-taxonomy/1\",\"techniques\":[],\"models\":[]}",
      })
  void should_fail_when_the_document_is_empty_incomplete_or_followed_by_more(String text) {
    assertSameOutcome(text, true);
    assertThat(fast(text, true).catalog()).isNull();
  }

  @Test
  void should_share_one_value_when_a_document_repeats_a_source() {
    Catalog catalog =
        Objects.requireNonNull(
            fast(TaxonomyJson.defaults().write(Edition.SURVEY_2022.catalog()), false).catalog());

    List<Source> sources = new ArrayList<>();
    for (GenerativeModel model : catalog.models()) {
      model.discrepancies().forEach(d -> sources.add(d.claimed().source()));
    }
    List<Source> survey = sources.stream().filter(Source.arxiv("2301.04655")::equals).toList();

    assertThat(survey).as("the survey, a source of many models").hasSizeGreaterThan(1);
    assertThat(survey).as("read once").allMatch(s -> s == survey.get(0));
  }

  @Test
  void should_refuse_to_resume_an_object_when_precise_or_at_an_unknown_key() {
    try (JsonParser p = PLAIN.createParser("{\"id\": \"x\"}")) {
      assertThat(Decoder.fast(p, false, 0).isPrecise()).isFalse();
      assertThat(new Decoder(p, false, 0).isPrecise()).isTrue();
      assertThatThrownBy(() -> new Decoder(p, false, 0).resumeObject(Keys.MODEL, "id"))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> Decoder.fast(p, false, 0).resumeObject(Keys.MODEL, "type"))
          .isInstanceOf(IllegalStateException.class);
      assertThat(Decoder.fast(p, false, 0).resumeObject(Keys.MODEL, "id").key()).isEqualTo("id");
    }
  }

  // ---------------------------------------------------------------- JSON Lines

  /** Reads every line with a lines decoder; returns the values, and how many were read again. */
  private static List<Object> readLines(String text, boolean lenient, int[] reread) {
    List<Object> values = new ArrayList<>();
    try (LinesDecoder decoder =
        new LinesDecoder(new StringReader(text), PRECISE, PLAIN.reader(), lenient, 1 << 20, true)) {
      try {
        for (LinesDecoder.Line line = decoder.next(); line != null; line = decoder.next()) {
          values.add(line.value());
        }
      } finally {
        reread[0] = decoder.rereadLines();
      }
    }
    return values;
  }

  private static String lines(Catalog catalog) {
    StringWriter out = new StringWriter();
    TaxonomyJson.defaults().writeLines(catalog, out);
    return out.toString();
  }

  @Test
  void should_read_every_written_line_the_fast_way() {
    Catalog rich = Fixtures.rich();
    int[] reread = {-1};

    List<Object> values = readLines(lines(rich), false, reread);

    assertThat(reread[0]).isZero();
    assertThat(values)
        .hasSize(rich.organizations().size() + rich.techniques().size() + rich.models().size());
    assertThat(values.get(values.size() - 1)).isEqualTo(rich.models().asList().get(rich.models().size() - 1));
  }

  @Test
  void should_read_lines_the_fast_way_when_the_type_is_not_the_first_key() {
    Catalog rich = Fixtures.rich();
    String moved =
        lines(rich)
            .lines()
            .map(line -> line.replaceFirst("^\\{(\"type\":\"[a-z]+\"),(.*)\\}$", "{$2,$1}"))
            .reduce("", (a, b) -> a + b + "\n");
    int[] reread = {-1};

    assertThat(moved).contains(",\"type\":\"model\"}");
    List<Object> values = readLines(moved, true, reread);

    assertThat(reread[0]).isZero();
    assertThat(values).containsExactlyElementsOf(readLines(lines(rich), false, new int[1]));
  }

  static Stream<Arguments> badLines() {
    String header = "{\"format\":\"genai-taxonomy/1\",\"kind\":\"header\"}\n";
    String org = "{\"type\":\"organization\",\"id\":\"openai\",\"name\":\"OpenAI\",\"kind\":\"company\"}";
    String tech = "{\"type\":\"technique\",\"id\":\"diffusion\",\"name\":\"Diffusion\",\"kind\":\"generative-family\"}";
    String model =
        "{\"type\":\"model\",\"id\":\"m\",\"name\":\"M\",\"signature\":\"text->text\",\"developers\":[\"openai\"],"
            + "\"released\":\"2022-04\",\"paperAbsentReason\":\"none\",\"sources\":[\"https://example.org/\"],\"summary\":\"S.\"}";
    return Stream.of(
        Arguments.of("organization after a model", header + org + "\n" + model + "\n" + org.replace("openai", "other") + "\n"),
        Arguments.of("technique after a model", header + org + "\n" + model + "\n" + tech + "\n"),
        Arguments.of("type not first, after a model",
            header + org + "\n" + model + "\n" + "{\"id\":\"t\",\"name\":\"T\",\"kind\":\"backbone-architecture\",\"type\":\"technique\"}\n"),
        Arguments.of("trailing object", header + org + " {}\n"),
        Arguments.of("trailing object, type not first", header + "{\"id\":\"openai\",\"name\":\"OpenAI\",\"kind\":\"company\",\"type\":\"organization\"} {}\n"),
        Arguments.of("type not a string", header + "{\"type\":1}\n"),
        Arguments.of("unknown type", header + "{\"type\":\"person\",\"id\":\"x\"}\n"),
        Arguments.of("unknown type, not first", header + "{\"id\":\"x\",\"type\":\"person\"}\n"),
        Arguments.of("array", header + "[]\n"),
        Arguments.of("no type", header + "{\"id\":\"x\"}\n"),
        Arguments.of("bad model", header + org + "\n" + model.replace("2022-04", "2022-13") + "\n"),
        Arguments.of("duplicate type", header + "{\"type\":\"organization\",\"type\":\"organization\",\"id\":\"openai\",\"name\":\"OpenAI\",\"kind\":\"company\"}\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void should_read_a_bad_line_again_precisely_and_fail(String name, String text) {
    int[] reread = {-1};

    assertThatThrownBy(() -> readLines(text, false, reread))
        .as(name)
        .isInstanceOf(CatalogFormatException.class);
    assertThat(reread[0]).as(name).isEqualTo(1);
  }
}
