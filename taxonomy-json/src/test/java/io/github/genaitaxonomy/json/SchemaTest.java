package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.TechniqueKind;
import io.github.genaitaxonomy.core.Unit;
import io.github.genaitaxonomy.data.Edition;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped JSON Schema accepts what the library writes, rejects what it rejects, and follows the
 * code.
 */
class SchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNode SCHEMA_NODE = load();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema DOCUMENT = REGISTRY.getSchema(SCHEMA_NODE);
  private static final Schema HEADER = REGISTRY.getSchema(definition("jsonLinesHeader"));
  private static final Schema RECORD = REGISTRY.getSchema(definition("jsonLinesRecord"));

  private static JsonNode load() {
    try (InputStream in = TaxonomyJson.schemaUrl().openStream()) {
      return MAPPER.readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A schema whose root is one of the shipped schema's definitions. */
  private static JsonNode definition(String name) {
    ObjectNode root = (ObjectNode) SCHEMA_NODE.deepCopy();
    root.retain("$schema", "$defs");
    root.put("$ref", "#/$defs/" + name);
    return root;
  }

  private static List<Error> validate(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void should_be_draft_2020_12_and_strict_when_loaded() {
    assertThat(SCHEMA_NODE.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA_NODE.get("additionalProperties").asBoolean()).isFalse();
    assertThat(TaxonomyJson.class.getResource(TaxonomyJson.SCHEMA_RESOURCE)).isNotNull();
  }

  @Test
  void should_accept_the_document_when_the_rich_catalog_is_written() {
    assertThat(validate(DOCUMENT, TaxonomyJson.defaults().write(Fixtures.rich()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Edition.class)
  void should_accept_the_document_when_an_edition_is_written(Edition edition) {
    assertThat(validate(DOCUMENT, TaxonomyJson.defaults().write(edition.catalog()))).isEmpty();
  }

  @Test
  void should_accept_the_document_when_the_catalog_is_empty() {
    assertThat(validate(DOCUMENT, TaxonomyJson.defaults().write(Catalog.empty()))).isEmpty();
  }

  @Test
  void should_accept_every_line_when_the_rich_catalog_is_written_as_json_lines() {
    StringWriter out = new StringWriter();
    TaxonomyJson.defaults().writeLines(Fixtures.rich(), out);
    List<String> lines = out.toString().lines().toList();

    assertThat(lines).hasSize(15);
    assertThat(validate(HEADER, lines.get(0))).isEmpty();
    for (int i = 1; i < lines.size(); i++) {
      assertThat(validate(RECORD, lines.get(i))).as("line %d: %s", i + 1, lines.get(i)).isEmpty();
    }
  }

  static Stream<Arguments> rejected() {
    String valid = BadInputTest.VALID;
    return Stream.of(
        Arguments.of(
            "unknown top-level key",
            valid.replace("\"techniques\": [\n", "\"extra\": 1,\n  \"techniques\": [\n")),
        Arguments.of(
            "unknown model key",
            valid.replace(
                "\"summary\": \"Text to image.\"", "\"summary\": \"x\", \"color\": \"red\"")),
        Arguments.of("unknown modality", valid.replace("[\"text\"]", "[\"txt\"]")),
        Arguments.of("unknown unit", valid.replace("\"image-text-pairs\"", "\"pairs\"")),
        Arguments.of("month 13", valid.replace("\"2022-04\"", "\"2022-13\"")),
        Arguments.of(
            "invalid arXiv id",
            valid.replace("\"arxiv\": \"2204.06125\"", "\"arxiv\": \"2204.6125\"")),
        Arguments.of("invalid source", valid.replace("\"https://openai.com/\"", "\"openai.com\"")),
        Arguments.of("wrong format", valid.replace("genai-taxonomy/1", "genai-taxonomy/2")),
        Arguments.of(
            "missing required key", valid.replace("      \"released\": \"2022-04\",\n", "")),
        Arguments.of(
            "paper and reason",
            valid.replace(
                "\"sources\": [\"arxiv:2204.06125\"],",
                "\"paperAbsentReason\": \"none\", \"sources\": [\"arxiv:2204.06125\"],")),
        Arguments.of("negative amount", valid.replace("\"amount\": 650000000", "\"amount\": -5")),
        Arguments.of(
            "parameters in tokens",
            valid.replace("\"unit\": \"parameters\"", "\"unit\": \"tokens\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void should_reject_the_document_when_it_breaks_the_format(String name, String json) {
    assertThat(validate(DOCUMENT, BadInputTest.VALID)).isEmpty();

    assertThat(validate(DOCUMENT, json)).as(name).isNotEmpty();
  }

  @Test
  void should_reject_a_record_when_its_type_does_not_match_its_keys() {
    String organization =
        "{\"type\":\"model\",\"id\":\"openai\",\"name\":\"OpenAI\",\"kind\":\"company\"}";

    assertThat(validate(RECORD, organization)).isNotEmpty();
    assertThat(validate(RECORD, organization.replace("model", "organization"))).isEmpty();
  }

  static Stream<Arguments> vocabularies() {
    return Stream.of(
        Arguments.of("modality", Modality.ids()),
        Arguments.of("access", Access.ids()),
        Arguments.of("confidence", Confidence.ids()),
        Arguments.of("unit", Unit.ids()),
        Arguments.of("lineageRelation", LineageRelation.ids()),
        Arguments.of("discrepancyKind", DiscrepancyKind.ids()),
        Arguments.of("organizationKind", OrganizationKind.ids()),
        Arguments.of("techniqueKind", TechniqueKind.ids()),
        Arguments.of(
            "surveyCategory",
            Category.survey().stream().map(Category::id).collect(Collectors.toList())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabularies")
  void should_list_the_ids_of_the_code_when_an_enum_of_the_schema_is_read(
      String definition, List<String> ids) {
    List<String> listed = new ArrayList<>();
    SCHEMA_NODE.get("$defs").get(definition).get("enum").forEach(n -> listed.add(n.asString()));

    assertThat(listed)
        .as(
            "$defs/%s/enum of %s drifted from the code; set it to %s",
            definition, TaxonomyJson.SCHEMA_RESOURCE, ids)
        .isEqualTo(ids);
  }

  @Test
  void should_list_the_modality_ids_when_patterns_name_modalities() {
    String alternatives = "(" + String.join("|", Modality.ids()) + ")";
    String pairCategory = "^" + alternatives + "-to-" + alternatives + "$";
    String side = alternatives + "(\\+" + alternatives + ")*";
    String signature = "^(" + side + ")?->" + side + "$";

    assertThat(SCHEMA_NODE.get("$defs").get("pairCategory").get("pattern").asString())
        .as("$defs/pairCategory/pattern drifted from Modality.ids()")
        .isEqualTo(pairCategory);
    assertThat(SCHEMA_NODE.get("$defs").get("signature").get("pattern").asString())
        .as("$defs/signature/pattern drifted from Modality.ids()")
        .isEqualTo(signature);
  }

  @Test
  void should_accept_every_pair_category_when_any_two_modalities_are_paired() {
    Schema category = REGISTRY.getSchema(definition("category"));

    for (Modality input : Modality.values()) {
      for (Modality output : Modality.values()) {
        String id = Category.of(io.github.genaitaxonomy.core.ModalityPair.of(input, output)).id();
        assertThat(validate(category, "\"" + id + "\"")).as(id).isEmpty();
      }
    }
    assertThat(validate(category, "\"text-to-imag\"")).isNotEmpty();
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "2204.06125",
        "2204.06125v2",
        "1501.00001",
        "0704.0001",
        "1412.9999",
        "hep-th/9901001",
        "cs.LG/0101001",
        "math-ph/0312001v3",
        "2204.6125",
        "1412.12345",
        "1501.0001",
        "0612.0001",
        "2213.00001",
        "2204.06125v0",
        "HEP-TH/9901001",
        "hep-th/9913001",
        "arxiv",
        "",
        "2204.06125 "
      })
  void should_agree_with_the_code_when_an_arxiv_id_is_checked(String id) {
    Schema arxiv = REGISTRY.getSchema(definition("arxivId"));
    Schema source = REGISTRY.getSchema(definition("source"));
    boolean valid = io.github.genaitaxonomy.core.ArxivId.isValid(id);
    String json = MAPPER.writeValueAsString(id);
    String sourceJson = MAPPER.writeValueAsString("arxiv:" + id);

    assertThat(validate(arxiv, json).isEmpty()).as("arxivId %s", id).isEqualTo(valid);
    assertThat(validate(source, sourceJson).isEmpty()).as("source arxiv:%s", id).isEqualTo(valid);
  }
}
