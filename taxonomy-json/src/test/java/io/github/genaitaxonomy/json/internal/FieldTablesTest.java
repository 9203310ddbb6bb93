package io.github.genaitaxonomy.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each field table spells the keys, their order and which are required as the schema and the docs
 * do.
 */
class FieldTablesTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([A-Za-z]+)` \\| [^|]+ \\| ([^|]+) \\|");

  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of("organizationFields", "Organization", EntityFields.ORGANIZATION),
        Arguments.of("techniqueFields", "Technique", EntityFields.TECHNIQUE),
        Arguments.of("modelFields", "Model", EntityFields.MODEL),
        Arguments.of("lineageEdge", "Lineage edge", ValueFields.LINEAGE_EDGE),
        Arguments.of("measurement", "Measurement", ValueFields.MEASUREMENT),
        Arguments.of("discrepancy", "Discrepancy", ValueFields.DISCREPANCY));
  }

  /** The tables whose schema definition is not one table of docs/format.md. */
  static Stream<Arguments> schemaOnlyTables() {
    return Stream.of(
        Arguments.of("paper", "Paper", ValueFields.PAPER),
        Arguments.of("claim", "Claim", ValueFields.CLAIM));
  }

  private static JsonNode schemaFields(String def) throws IOException {
    try (InputStream in =
        FieldTablesTest.class.getResourceAsStream(
            "/io/github/genaitaxonomy/json/genai-taxonomy-1.schema.json")) {
      return JsonMapper.builder().build().readTree(in).get("$defs").get(def);
    }
  }

  /** The rows of the table under {@code ### heading} in docs/format.md: key, then "Required". */
  private static List<String[]> docRows(String heading) throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("..", "docs", "format.md"), StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    int i = lines.indexOf("### " + heading);
    assertThat(i).as("heading ### " + heading).isNotNegative();
    for (i++; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      Matcher m = ROW.matcher(lines.get(i));
      if (m.find()) {
        rows.add(new String[] {m.group(1), m.group(2).strip()});
      }
    }
    return rows;
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource({"tables", "schemaOnlyTables"})
  void should_list_the_schema_keys_in_order_when_compared_with_the_schema(
      String def, String heading, FieldTable<?, ?> table) throws IOException {
    JsonNode fields = schemaFields(def);
    List<String> schemaKeys = new ArrayList<>(fields.get("properties").propertyNames());
    List<String> schemaRequired = new ArrayList<>();
    fields.get("required").forEach(n -> schemaRequired.add(n.asString()));

    assertThat(table.keys().names()).containsExactlyElementsOf(schemaKeys);
    assertThat(table.keys().required()).containsExactlyElementsOf(schemaRequired);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("tables")
  void should_list_the_documented_keys_in_order_when_compared_with_format_md(
      String def, String heading, FieldTable<?, ?> table) throws IOException {
    List<String[]> rows = docRows(heading);

    assertThat(rows.stream().map(r -> r[0]).toList())
        .containsExactlyElementsOf(table.keys().names());
    assertThat(rows.stream().filter(r -> r[1].startsWith("yes")).map(r -> r[0]).toList())
        .containsExactlyElementsOf(table.keys().required());
  }

  @org.junit.jupiter.api.Test
  void should_document_the_paper_locators_and_the_claim_keys_when_compared_with_format_md()
      throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "format.md"), StandardCharsets.UTF_8);
    List<String> keys = ValueFields.PAPER.keys().names();

    assertThat(doc)
        .contains("| `" + keys.get(0) + "` / `" + keys.get(1) + "` / `" + keys.get(2) + "` |")
        .contains("A **claim** is `{" + claimSummary() + "}`");
    assertThat(docRows("Paper").stream().map(r -> r[0]).toList()).containsExactly(keys.get(3));
  }

  /** {@code attribute, value, source, confidence, note?}: optional keys marked. */
  private static String claimSummary() {
    List<String> parts = new ArrayList<>();
    for (String key : ValueFields.CLAIM.keys().names()) {
      parts.add(ValueFields.CLAIM.keys().required().contains(key) ? key : key + "?");
    }
    return String.join(", ", parts);
  }
}
