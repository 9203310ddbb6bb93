package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Measurement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The examples of docs/format.md are valid and written exactly as the library writes them. */
class FormatDocumentationTest {
  private static final Path FORMAT_MD = Path.of("..", "docs", "format.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL);

  private static List<String> jsonBlocks() throws IOException {
    Matcher m = JSON_BLOCK.matcher(Files.readString(FORMAT_MD, StandardCharsets.UTF_8));
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void should_read_the_example_and_write_it_back_byte_for_byte_when_the_docs_are_read()
      throws IOException {
    String example = jsonBlocks().get(0);

    Catalog catalog = TaxonomyJson.defaults().read(example);

    assertThat(catalog.models().ids()).containsExactly("dall-e-2");
    assertThat(TaxonomyJson.defaults().write(catalog)).isEqualTo(example);
  }

  @Test
  void should_read_the_measurement_example_when_the_docs_are_read() throws IOException {
    String example = jsonBlocks().get(1);
    JsonMapper mapper = JsonMapper.builder().addModule(new TaxonomyModule()).build();

    Measurement measurement = mapper.readValue(example, Measurement.class);

    assertThat(measurement.quantity().amount()).isEqualByComparingTo("860000000");
    assertThat(mapper.readTree(mapper.writeValueAsString(measurement)))
        .isEqualTo(mapper.readTree(example));
  }

  @Test
  void should_list_every_id_of_the_code_when_the_vocabulary_table_is_read() throws IOException {
    String docs = Files.readString(FORMAT_MD, StandardCharsets.UTF_8);

    for (String id : io.github.genaitaxonomy.core.Modality.ids()) {
      assertThat(docs).contains("`" + id + "`");
    }
    for (String id : io.github.genaitaxonomy.core.Unit.ids()) {
      assertThat(docs).contains("`" + id + "`");
    }
    for (String id : io.github.genaitaxonomy.core.DiscrepancyKind.ids()) {
      assertThat(docs).contains("`" + id + "`");
    }
    for (String id : io.github.genaitaxonomy.core.TechniqueKind.ids()) {
      assertThat(docs).contains("`" + id + "`");
    }
  }
}
