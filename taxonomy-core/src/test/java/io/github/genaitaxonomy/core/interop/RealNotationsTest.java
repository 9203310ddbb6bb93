package io.github.genaitaxonomy.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The modality values of real models, as their catalogs publish them, filed as labelled. */
class RealNotationsTest {
  private static final Pattern MODELS_DEV =
      Pattern.compile("input = \\[(.*)\\], output = \\[(.*)\\]");

  record Row(String catalog, String model, String notation, String expected) {}

  static List<Row> rows() throws IOException {
    String text;
    try (InputStream in =
        Objects.requireNonNull(RealNotationsTest.class.getResourceAsStream("real-notations.tsv"))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (String line : Splitter.on('\n').omitEmptyStrings().split(text)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      List<String> cells = Splitter.on('\t').splitToList(line);
      rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3)));
    }
    return rows;
  }

  static NotationResult read(Row row) {
    return switch (row.catalog()) {
      case "ecosystem-graphs" -> EcosystemGraphsNotation.read(row.notation());
      case "openrouter" -> OpenRouterNotation.read(row.notation());
      case "models.dev" -> {
        Matcher m = MODELS_DEV.matcher(row.notation());
        assertThat(m.matches()).as(row.notation()).isTrue();
        yield ModelsDevNotation.read(list(m.group(1)), list(m.group(2)));
      }
      default -> throw new AssertionError("unknown catalog " + row.catalog());
    };
  }

  private static ImmutableList<String> list(String items) {
    return Splitter.on(", ")
        .omitEmptyStrings()
        .splitToStream(items)
        .map(item -> item.substring(1, item.length() - 1))
        .collect(ImmutableList.toImmutableList());
  }

  static String outcome(NotationResult result) {
    return result
        .classification()
        .map(c -> c.surveyCategory().id())
        .orElseGet(() -> result.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  @Test
  void should_file_every_real_model_as_labelled_when_read_from_its_catalog() throws IOException {
    List<Row> rows = rows();
    List<String> disagreements = new ArrayList<>();
    int accepted = 0;
    for (Row row : rows) {
      NotationResult result = read(row);
      if (result.kind() == NotationResult.Kind.SIGNATURE) {
        accepted++;
      }
      String outcome = outcome(result);
      if (!outcome.equals(row.expected())) {
        disagreements.add(
            row.catalog() + " " + row.model() + " '" + row.notation() + "': " + outcome);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "real notations: %d rows, %d accepted (%.1f %%), %d agree with their label%n",
        rows.size(),
        accepted,
        100.0 * accepted / rows.size(),
        rows.size() - disagreements.size());
    assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
    assertThat(rows.stream().map(Row::catalog).distinct()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void should_throw_exactly_where_the_result_is_not_a_signature_when_parsing_real_values()
      throws IOException {
    for (Row row : rows()) {
      if (!row.catalog().equals("ecosystem-graphs") && !row.catalog().equals("openrouter")) {
        continue;
      }
      NotationResult result = read(row);
      boolean parses;
      try {
        if (row.catalog().equals("openrouter")) {
          OpenRouterNotation.parse(row.notation());
        } else {
          EcosystemGraphsNotation.parse(row.notation());
        }
        parses = true;
      } catch (io.github.genaitaxonomy.core.NotationException e) {
        parses = false;
        assertThat(e.position()).as(row.model()).isEqualTo(result.position());
        assertThat(e.token()).as(row.model()).isEqualTo(result.token());
      }
      assertThat(parses).as(row.model()).isEqualTo(result.signature().isPresent());
    }
  }
}
