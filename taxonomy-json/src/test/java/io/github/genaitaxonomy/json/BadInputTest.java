package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.genaitaxonomy.core.Catalog;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input fails with one exception that names the path, line, column and problem.
 */
class BadInputTest {
  /** A valid document; each case breaks it in one place. */
  static final String VALID =
      """
      {
        "format": "genai-taxonomy/1",
        "organizations": [
          {"id": "openai", "name": "OpenAI", "kind": "company", "country": "US", "sources": ["https://openai.com/"]}
        ],
        "techniques": [
          {"id": "diffusion", "name": "Diffusion", "kind": "generative-family", "year": 2015, "reference": "arxiv:1503.03585"}
        ],
        "models": [
          {
            "id": "dall-e-2",
            "name": "DALL-E 2",
            "category": "text-to-image",
            "inputs": ["text"],
            "outputs": ["image"],
            "signature": "text->image",
            "developers": ["openai"],
            "released": "2022-04",
            "access": ["api"],
            "techniques": ["diffusion"],
            "lineage": [{"relation": "trained-with", "target": "diffusion", "source": "arxiv:2204.06125"}],
            "paper": {"arxiv": "2204.06125", "title": "Hierarchical Text-Conditional Image Generation with CLIP Latents"},
            "parameters": {"subject": "parameters", "amount": 5500000000, "unit": "parameters", "source": "arxiv:2204.06125", "confidence": "estimate"},
            "trainingData": [{"subject": "image-text pairs", "amount": 650000000, "unit": "image-text-pairs", "source": "arxiv:2204.06125", "confidence": "confirmed"}],
            "discrepancies": [{"kind": "wrong-organization", "claimed": {"attribute": "developers", "value": "Google", "source": "arxiv:2301.04655", "confidence": "disputed"}, "actual": {"attribute": "developers", "value": "OpenAI", "source": "arxiv:2204.06125", "confidence": "confirmed"}}],
            "sources": ["arxiv:2204.06125"],
            "summary": "Text to image."
          }
        ]
      }
      """;

  record Case(String name, String input, String path, String fragment) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case replace(
      String name, String target, String replacement, String path, String fragment) {
    if (!VALID.contains(target)) {
      throw new IllegalArgumentException("The valid document has no '" + target + "'");
    }
    return new Case(name, VALID.replace(target, replacement), path, fragment);
  }

  private static Case whole(String name, String input, String path, String fragment) {
    return new Case(name, input, path, fragment);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
            // malformed JSON, trailing content, duplicate keys
            replace(
                "malformed: two commas",
                "\"name\": \"OpenAI\",",
                "\"name\": \"OpenAI\",,",
                "$.organizations[0].name",
                "malformed JSON"),
            replace(
                "malformed: unquoted key",
                "\"name\": \"DALL-E 2\"",
                "name: \"DALL-E 2\"",
                "$.models[0].id",
                "malformed JSON"),
            whole(
                "malformed: truncated document",
                VALID.substring(0, VALID.indexOf("\"models\"")),
                "$.techniques",
                "malformed JSON"),
            whole("malformed: not JSON", "format: genai-taxonomy/1", "$", "malformed JSON"),
            whole("empty input", "", "$", "empty input"),
            whole("trailing object", VALID + "{}", "$", "trailing content after the document"),
            whole("trailing garbage", VALID + "x", "$", "trailing content after the document"),
            whole(
                "trailing long number",
                VALID + "1".repeat(TaxonomyJson.MAX_NUMBER_LENGTH + 1),
                "$",
                "input limit exceeded"),
            replace(
                "duplicate key",
                "\"name\": \"DALL-E 2\",",
                "\"name\": \"DALL-E 2\", \"name\": \"X\",",
                "$.models[0].name",
                "duplicate key"),
            // wrong JSON types
            replace(
                "object for the organizations",
                "\"organizations\": [\n    {\"id\": \"openai\", \"name\": \"OpenAI\", \"kind\": \"company\", \"country\": \"US\", \"sources\": [\"https://openai.com/\"]}\n  ]",
                "\"organizations\": {}",
                "$.organizations",
                "expected an array of organizations but found an object"),
            replace(
                "string for the techniques",
                "\"techniques\": [\n    {\"id\": \"diffusion\", \"name\": \"Diffusion\", \"kind\": \"generative-family\", \"year\": 2015, \"reference\": \"arxiv:1503.03585\"}\n  ]",
                "\"techniques\": \"diffusion\"",
                "$.techniques",
                "expected an array of techniques but found the string 'diffusion'"),
            whole(
                "null for the models",
                "{\"format\": \"genai-taxonomy/1\", \"organizations\": [], \"techniques\": [], \"models\": null}",
                "$.models",
                "expected an array of models but found null"),
            whole(
                "root is an array",
                "[]",
                "$",
                "expected a catalog document (a JSON object) but found an array"),
            replace(
                "number for a string",
                "\"name\": \"OpenAI\"",
                "\"name\": 42",
                "$.organizations[0].name",
                "expected a string but found the number 42"),
            replace(
                "null for a string",
                "\"summary\": \"Text to image.\"",
                "\"summary\": null",
                "$.models[0].summary",
                "expected a string but found null"),
            replace(
                "string for an array",
                "\"developers\": [\"openai\"]",
                "\"developers\": \"openai\"",
                "$.models[0].developers",
                "expected an array of organization ids but found the string 'openai'"),
            replace(
                "array for an object",
                "\"paper\": {\"arxiv\": \"2204.06125\", \"title\": \"Hierarchical Text-Conditional Image Generation with CLIP Latents\"}",
                "\"paper\": []",
                "$.models[0].paper",
                "expected a paper (a JSON object) but found an array"),
            replace(
                "string for a number",
                "\"amount\": 650000000",
                "\"amount\": \"650000000\"",
                "$.models[0].trainingData[0].amount",
                "expected a number but found the string '650000000'"),
            replace(
                "boolean for an enum",
                "\"kind\": \"company\"",
                "\"kind\": true",
                "$.organizations[0].kind",
                "expected a string but found true"),
            // unknown ids
            replace(
                "unknown modality",
                "\"inputs\": [\"text\"]",
                "\"inputs\": [\"txt\"]",
                "$.models[0].inputs[0]",
                "unknown modality 'txt'; allowed: text, image, video"),
            replace(
                "unknown category",
                "\"text-to-image\"",
                "\"text-to-imag\"",
                "$.models[0].category",
                "unknown category 'text-to-imag'; allowed: text-to-image, text-to-3d"),
            replace(
                "unknown access",
                "\"access\": [\"api\"]",
                "\"access\": [\"public\"]",
                "$.models[0].access[0]",
                "unknown access 'public'; allowed: api, open-weights"),
            replace(
                "unknown unit",
                "\"unit\": \"image-text-pairs\"",
                "\"unit\": \"pairs\"",
                "$.models[0].trainingData[0].unit",
                "unknown unit 'pairs'; allowed: parameters, tokens"),
            replace(
                "unknown confidence",
                "\"confidence\": \"estimate\"",
                "\"confidence\": \"guess\"",
                "$.models[0].parameters.confidence",
                "unknown confidence 'guess'; allowed: confirmed, secondary"),
            replace(
                "unknown relation",
                "\"trained-with\"",
                "\"trained-on\"",
                "$.models[0].lineage[0].relation",
                "unknown lineage relation 'trained-on'; allowed: fine-tuned-from"),
            replace(
                "unknown discrepancy kind",
                "\"wrong-organization\"",
                "\"wrong-org\"",
                "$.models[0].discrepancies[0].kind",
                "unknown discrepancy kind 'wrong-org'; allowed: wrong-organization"),
            replace(
                "unknown organization kind",
                "\"kind\": \"company\"",
                "\"kind\": \"corp\"",
                "$.organizations[0].kind",
                "unknown organization kind 'corp'; allowed: company, university"),
            replace(
                "unknown technique kind",
                "\"generative-family\"",
                "\"family\"",
                "$.techniques[0].kind",
                "unknown technique kind 'family'; allowed: backbone-architecture"),
            // missing and unknown keys
            replace(
                "missing model key",
                "      \"released\": \"2022-04\",\n",
                "",
                "$.models[0]",
                "missing required key 'released' in a model; required: id, name, released, sources, summary"),
            replace(
                "missing organization key",
                "\"kind\": \"company\", ",
                "",
                "$.organizations[0]",
                "missing required key 'kind' in an organization"),
            replace(
                "missing claim key",
                "\"value\": \"Google\", ",
                "",
                "$.models[0].discrepancies[0].claimed",
                "missing required key 'value' in a claim"),
            replace(
                "missing signature",
                "      \"inputs\": [\"text\"],\n      \"outputs\": [\"image\"],\n      \"signature\": \"text->image\",\n",
                "",
                "$.models[0]",
                "missing required key 'signature' (or 'inputs' and 'outputs')"),
            replace(
                "inputs without outputs",
                "      \"outputs\": [\"image\"],\n      \"signature\": \"text->image\",\n",
                "",
                "$.models[0]",
                "missing key 'outputs'"),
            replace(
                "missing technique key",
                "\"kind\": \"generative-family\", ",
                "",
                "$.techniques[0]",
                "missing required key 'kind' in a technique; required: id, name, kind"),
            replace(
                "missing lineage key",
                "\"relation\": \"trained-with\", ",
                "",
                "$.models[0].lineage[0]",
                "missing required key 'relation' in a lineage edge"),
            replace(
                "missing paper title",
                ", \"title\": \"Hierarchical Text-Conditional Image Generation with CLIP Latents\"",
                "",
                "$.models[0].paper",
                "missing required key 'title' in a paper"),
            replace(
                "missing measurement key",
                "\"amount\": 650000000, ",
                "",
                "$.models[0].trainingData[0]",
                "missing required key 'amount' in a measurement"),
            replace(
                "missing discrepancy key",
                "\"kind\": \"wrong-organization\", ",
                "",
                "$.models[0].discrepancies[0]",
                "missing required key 'kind' in a discrepancy"),
            replace(
                "string for a modality array",
                "\"inputs\": [\"text\"]",
                "\"inputs\": \"text\"",
                "$.models[0].inputs",
                "expected an array of modality ids but found the string 'text'"),
            replace(
                "unknown model key",
                "\"summary\": \"Text to image.\"",
                "\"summary\": \"Text to image.\", \"color\": \"red\"",
                "$.models[0].color",
                "unknown key 'color' in a model; allowed keys: id, name, aliases"),
            replace(
                "unknown top-level key",
                "\"techniques\": [\n",
                "\"extra\": 1,\n  \"techniques\": [\n",
                "$.extra",
                "unknown key 'extra' in a catalog document"),
            replace(
                "unknown measurement key",
                "\"confidence\": \"estimate\"}",
                "\"confidence\": \"estimate\", \"unit2\": \"x\"}",
                "$.models[0].parameters.unit2",
                "unknown key 'unit2' in a measurement"),
            // values: months, years, amounts, arXiv ids, sources, signatures
            replace(
                "month 13",
                "\"2022-04\"",
                "\"2022-13\"",
                "$.models[0].released",
                "expected a month 'YYYY-MM' (01 to 12) but was '2022-13'"),
            replace(
                "month in words",
                "\"2022-04\"",
                "\"April 2022\"",
                "$.models[0].released",
                "expected a month 'YYYY-MM'"),
            replace(
                "year out of range",
                "\"year\": 2015",
                "\"year\": 20150",
                "$.techniques[0].year",
                "expected a year (a whole number from 0 to 9999) but found the number 20150"),
            replace(
                "fractional year",
                "\"year\": 2015",
                "\"year\": 2015.5",
                "$.techniques[0].year",
                "expected a year"),
            replace(
                "amount with a huge exponent",
                "\"amount\": 650000000",
                "\"amount\": 1e999999999",
                "$.models[0].trainingData[0].amount",
                "Quantity.amount must have at most 30 digits before the point"),
            replace(
                "invalid arXiv id",
                "\"arxiv\": \"2204.06125\"",
                "\"arxiv\": \"2204.6125\"",
                "$.models[0].paper.arxiv",
                "expected an arXiv id such as '2204.06125'"),
            replace(
                "invalid arXiv source",
                "\"sources\": [\"arxiv:2204.06125\"]",
                "\"sources\": [\"arxiv:nope\"]",
                "$.models[0].sources[0]",
                "invalid source: Source.reference of an arXiv source must look like"),
            replace(
                "source without scheme",
                "\"https://openai.com/\"",
                "\"openai.com\"",
                "$.organizations[0].sources[0]",
                "invalid source: Source must be 'arxiv:<id>', 'doi:<doi>'"),
            replace(
                "paper URL that is not http",
                "\"arxiv\": \"2204.06125\"",
                "\"url\": \"ftp://example.org/x\"",
                "$.models[0].paper.url",
                "invalid source: Source.reference of a URL must be an absolute http(s) URL"),
            replace(
                "paper with two locators",
                "\"arxiv\": \"2204.06125\"",
                "\"arxiv\": \"2204.06125\", \"doi\": \"10.1000/x\"",
                "$.models[0].paper.doi",
                "a paper has exactly one of 'arxiv', 'url' or 'doi'"),
            replace(
                "paper without locator",
                "\"arxiv\": \"2204.06125\", ",
                "",
                "$.models[0].paper",
                "give one of 'arxiv', 'url' or 'doi'"),
            replace(
                "invalid signature",
                "\"text->image\"",
                "\"text=>image\"",
                "$.models[0].signature",
                "invalid signature: Invalid arrow notation"),
            replace(
                "signature disagrees",
                "\"text->image\"",
                "\"text->video\"",
                "$.models[0].signature",
                "signature 'text->video' disagrees with inputs and outputs, which give 'text->image'"),
            replace(
                "repeated modality",
                "\"inputs\": [\"text\"]",
                "\"inputs\": [\"text\", \"text\"]",
                "$.models[0].inputs[1]",
                "repeats the modality 'text'"),
            replace(
                "no outputs",
                "\"outputs\": [\"image\"]",
                "\"outputs\": []",
                "$.models[0].outputs",
                "expected at least one modality but the array is empty"),
            // core invariants
            replace(
                "id not kebab-case",
                "\"id\": \"dall-e-2\"",
                "\"id\": \"DALL E 2\"",
                "$.models[0].id",
                "GenerativeModel.id must be kebab-case (a-z, 0-9, single '-') but was 'DALL E 2'"),
            replace(
                "country not ISO",
                "\"country\": \"US\"",
                "\"country\": \"usa\"",
                "$.organizations[0].country",
                "Organization.country must be an ISO 3166-1 alpha-2 code"),
            replace(
                "blank name",
                "\"name\": \"OpenAI\"",
                "\"name\": \"  \"",
                "$.organizations[0].name",
                "Organization.name must not be blank"),
            replace(
                "negative amount",
                "\"amount\": 650000000",
                "\"amount\": -5",
                "$.models[0].trainingData[0].amount",
                "Quantity.amount must not be negative but was -5"),
            replace(
                "amount with 13 decimals",
                "\"amount\": 650000000",
                "\"amount\": 0.1234567890123",
                "$.models[0].trainingData[0].amount",
                "Quantity.amount must have at most 12 digits after the point"),
            replace(
                "parameters in tokens",
                "\"unit\": \"parameters\"",
                "\"unit\": \"tokens\"",
                "$.models[0].parameters",
                "GenerativeModel.parameters must be in parameters"),
            replace(
                "discrepancy without a difference",
                "\"value\": \"Google\"",
                "\"value\": \"OpenAI\"",
                "$.models[0].discrepancies[0].actual",
                "Discrepancy.actual must differ from the claimed value 'OpenAI'"),
            replace(
                "paper and reason",
                "\"sources\": [\"arxiv:2204.06125\"],",
                "\"paperAbsentReason\": \"none\", \"sources\": [\"arxiv:2204.06125\"],",
                "$.models[0].paper",
                "exactly one must be present"),
            replace(
                "lineage to itself",
                "\"target\": \"diffusion\"",
                "\"target\": \"dall-e-2\"",
                "$.models[0].lineage[0]",
                "must not point at the model itself"),
            // catalog rules
            replace(
                "duplicate id",
                "\"id\": \"diffusion\"",
                "\"id\": \"openai\"",
                "$.techniques[0].id",
                "duplicate id 'openai': the technique reuses the id of the organization at $.organizations[0]"),
            replace(
                "dangling developer",
                "\"developers\": [\"openai\"]",
                "\"developers\": [\"open-ai\"]",
                "$.models[0].developers[0]",
                "unknown organization 'open-ai'; nearest known: openai"),
            replace(
                "dangling technique",
                "\"techniques\": [\"diffusion\"]",
                "\"techniques\": [\"difusion\"]",
                "$.models[0].techniques[0]",
                "unknown technique 'difusion'"),
            replace(
                "dangling lineage target",
                "\"target\": \"diffusion\"",
                "\"target\": \"dall-e-1\"",
                "$.models[0].lineage[0].target",
                "unknown model or technique 'dall-e-1'"),
            replace(
                "dangling parent",
                "\"country\": \"US\"",
                "\"parent\": \"microsoft\"",
                "$.organizations[0].parent",
                "unknown organization 'microsoft'"),
            // the format key
            replace(
                "wrong format",
                "\"genai-taxonomy/1\"",
                "\"genai-taxonomy/2\"",
                "$.format",
                "unsupported format 'genai-taxonomy/2'; expected 'genai-taxonomy/1'"),
            replace(
                "format not a string",
                "\"genai-taxonomy/1\"",
                "1",
                "$.format",
                "expected a string but found the number 1"),
            replace(
                "missing format",
                "  \"format\": \"genai-taxonomy/1\",\n",
                "",
                "$.organizations",
                "the first key of a catalog document must be 'format'"),
            whole("empty object", "{}", "$", "missing required key 'format' in a catalog document"))
        .map(c -> Arguments.of(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_throw_format_exception_at_the_path_when_input_is_bad(Case c) {
    // WHEN
    CatalogFormatException e =
        catchThrowableOfType(
            CatalogFormatException.class, () -> TaxonomyJson.defaults().read(c.input()));

    // THEN
    assertThat(e).as(c.name()).isNotNull();
    assertThat(e.jsonPath()).as(c.name() + ": " + e.getMessage()).isEqualTo(c.path());
    assertThat(e.line()).as(c.name()).isPositive();
    assertThat(e.column()).as(c.name()).isPositive();
    assertThat(e.problem()).as(c.name()).contains(c.fragment());
    assertThat(e.getMessage())
        .as(c.name())
        .startsWith(c.path() + " (line " + e.line() + ", column " + e.column() + "): ");
  }

  @Test
  void should_hold_more_than_35_cases_when_counted() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(35);
  }

  @Test
  void should_read_the_valid_document_when_nothing_is_broken() {
    Catalog catalog = TaxonomyJson.defaults().read(VALID);

    assertThat(catalog.models().ids()).containsExactly("dall-e-2");
  }

  @Test
  void should_point_at_line_and_column_of_the_value_when_a_month_is_invalid() {
    String input = VALID.replace("\"2022-04\"", "\"2022-13\"");

    assertThatThrownBy(() -> TaxonomyJson.defaults().read(input))
        .isInstanceOfSatisfying(
            CatalogFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(18);
              assertThat(e.column()).isEqualTo(19);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "$.models[0].released (line 18, column 19): expected a month 'YYYY-MM'"
                          + " (01 to 12) but was '2022-13'");
            });
  }

  @Test
  void should_point_at_the_reference_when_a_developer_is_dangling() {
    String input = VALID.replace("\"developers\": [\"openai\"]", "\"developers\": [\"open-ai\"]");

    assertThatThrownBy(() -> TaxonomyJson.defaults().read(input))
        .isInstanceOfSatisfying(
            CatalogFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(17);
              assertThat(e.column()).isEqualTo(22);
              assertThat(e.getCause())
                  .isInstanceOf(io.github.genaitaxonomy.core.CatalogValidationException.class);
              assertThat(e.problem())
                  .isEqualTo("unknown organization 'open-ai'; nearest known: openai");
            });
  }

  @Test
  void should_list_every_problem_when_several_references_are_dangling() {
    String input =
        VALID
            .replace("\"developers\": [\"openai\"]", "\"developers\": [\"open-ai\"]")
            .replace("\"techniques\": [\"diffusion\"]", "\"techniques\": [\"difusion\"]");

    assertThatThrownBy(() -> TaxonomyJson.defaults().read(input))
        .isInstanceOfSatisfying(
            CatalogFormatException.class,
            e ->
                assertThat(e.problem())
                    .startsWith("unknown organization 'open-ai'")
                    .contains(
                        "(and 1 more: $.models[0].techniques[0]: unknown technique 'difusion'"));
  }

  @Test
  void should_list_each_further_problem_once_when_three_references_are_dangling() {
    String input =
        VALID
            .replace("\"developers\": [\"openai\"]", "\"developers\": [\"open-ai\"]")
            .replace("\"techniques\": [\"diffusion\"]", "\"techniques\": [\"difusion\"]")
            .replace("\"country\": \"US\"", "\"parent\": \"microsoft\"");

    CatalogFormatException e =
        catchThrowableOfType(
            CatalogFormatException.class, () -> TaxonomyJson.defaults().read(input));

    assertThat(e.jsonPath()).isEqualTo("$.organizations[0].parent");
    assertThat(e.problem())
        .isEqualTo(
            "unknown organization 'microsoft' (and 2 more: "
                + "$.models[0].developers[0]: unknown organization 'open-ai'; nearest known: openai; "
                + "$.models[0].techniques[0]: unknown technique 'difusion'; nearest known: diffusion)");
  }

  @Test
  void should_be_an_illegal_argument_exception_when_caught_generically() {
    assertThatThrownBy(() -> TaxonomyJson.defaults().read("{"))
        .isInstanceOf(IllegalArgumentException.class)
        .isInstanceOf(CatalogFormatException.class);
  }

  @Test
  void should_throw_unchecked_io_exception_when_the_reader_fails() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk on fire");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> TaxonomyJson.defaults().read(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
  }

  @Test
  void should_not_close_the_reader_when_reading() {
    boolean[] closed = {false};
    Reader in =
        new StringReader(VALID) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    TaxonomyJson.defaults().read(in);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void should_name_every_case_once_when_listed() {
    List<String> names = cases().map(a -> a.get()[0].toString()).toList();

    assertThat(names).doesNotHaveDuplicates();
  }
}
