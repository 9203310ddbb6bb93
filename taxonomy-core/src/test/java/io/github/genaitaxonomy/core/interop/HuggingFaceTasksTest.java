package io.github.genaitaxonomy.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import com.google.common.testing.NullPointerTester;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.ModalitySignature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HuggingFaceTasksTest {

  /** Tag, name and modality of every PIPELINE_DATA key, extracted from the published source. */
  private static final String PIPELINE_DATA = "huggingface-tasks-pipeline-data.tsv";

  private static final String COLUMNS = "tag\tname\tmodality\tgenerative\tsignature\tnote";

  static List<HuggingFaceTask> tasks() {
    return HuggingFaceTasks.all();
  }

  private static List<List<String>> pipelineData() throws IOException {
    String text;
    try (InputStream in =
        Objects.requireNonNull(HuggingFaceTasksTest.class.getResourceAsStream(PIPELINE_DATA))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String line : Splitter.on('\n').omitEmptyStrings().split(text)) {
      if (!line.startsWith("#")) {
        rows.add(Splitter.on('\t').splitToList(line));
      }
    }
    return rows.subList(1, rows.size());
  }

  @Test
  void should_cover_exactly_the_57_tags_of_pipeline_data_when_loaded() throws IOException {
    List<List<String>> source = pipelineData();

    assertThat(source).hasSize(57);
    assertThat(HuggingFaceTasks.all())
        .extracting(HuggingFaceTask::tag)
        .containsExactlyElementsOf(source.stream().map(r -> r.get(0)).collect(Collectors.toList()));
    assertThat(HuggingFaceTasks.all())
        .extracting(HuggingFaceTask::huggingFaceName)
        .containsExactlyElementsOf(source.stream().map(r -> r.get(1)).collect(Collectors.toList()));
    assertThat(HuggingFaceTasks.all())
        .extracting(HuggingFaceTask::huggingFaceModality)
        .containsExactlyElementsOf(source.stream().map(r -> r.get(2)).collect(Collectors.toList()));
  }

  @Test
  void should_name_the_package_version_of_the_source_when_asked() throws IOException {
    String header;
    try (InputStream in =
        Objects.requireNonNull(HuggingFaceTasksTest.class.getResourceAsStream(PIPELINE_DATA))) {
      header =
          Splitter.on('\n')
              .splitToStream(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .filter(line -> line.startsWith("# source-version:"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(HuggingFaceTasks.sourceVersion()).isEqualTo("0.21.54");
    assertThat(header).endsWith(" " + HuggingFaceTasks.sourceVersion());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void should_state_a_reason_and_a_consistent_signature_for_every_tag(HuggingFaceTask task) {
    assertThat(task.note()).isNotBlank();
    assertThat(HuggingFaceTasks.get(task.tag())).isSameAs(task);
    assertThat(HuggingFaceTasks.find(task.tag())).containsSame(task);
    if (task.generative()) {
      assertThat(HuggingFaceTasks.classify(task.tag()))
          .isEqualTo(task.signature().map(Classification::of));
    } else {
      assertThat(task.signature()).isEmpty();
      assertThat(task.note()).startsWith("Not generative").as(task.tag());
      assertThat(HuggingFaceTasks.classify(task.tag())).isEmpty();
    }
  }

  @Test
  void should_leave_only_any_to_any_without_a_signature_when_generative() {
    assertThat(HuggingFaceTasks.all())
        .filteredOn(t -> t.generative() && t.signature().isEmpty())
        .extracting(HuggingFaceTask::tag)
        .containsExactly("reinforcement-learning", "any-to-any");
    assertThat(HuggingFaceTasks.all()).filteredOn(HuggingFaceTask::generative).hasSize(28);
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "text-to-image                  | true  | text->image               | text-to-image",
        "image-text-to-text             | true  | text+image->text          | image-to-text",
        "automatic-speech-recognition   | true  | speech->text              | other",
        "text-to-speech                 | true  | text->speech              | text-to-audio",
        "text-to-audio                  | true  | text->audio               | text-to-audio",
        "text-generation                | true  | text->text                | text-to-text",
        "translation                    | true  | text->text                | text-to-text",
        "image-to-text                  | true  | image->text               | image-to-text",
        "text-to-video                  | true  | text->video               | text-to-video",
        "text-to-3d                     | true  | text->3d                  | text-to-3d",
        "image-text-to-image            | true  | text+image->image         | text-to-image",
        "audio-text-to-text             | true  | text+audio->text          | other",
        "video-text-to-text             | true  | text+video->text          | image-to-text",
        "unconditional-image-generation | true  | ->image                   | other",
        "visual-question-answering      | true  | text+image->text          | image-to-text",
        "robotics                       | true  | image->action             | other",
        "time-series-forecasting        | true  | time-series->time-series  | other",
        "table-to-text                  | true  | tabular->text             | other",
        "any-to-any                     | true  | none                      | none",
        "image-classification           | false | none                      | none",
        "feature-extraction             | false | none                      | none",
        "fill-mask                      | false | none                      | none",
        "question-answering             | false | none                      | none",
        "document-question-answering    | false | none                      | none",
        "depth-estimation               | false | none                      | none",
        "mask-generation                | false | none                      | none",
        "reinforcement-learning         | true  | none                      | none",
        "other                          | false | none                      | none",
      })
  void should_map_key_tags_as_decided_when_looked_up(
      String tag, boolean generative, String signature, String surveyCategory) {
    HuggingFaceTask task = HuggingFaceTasks.get(tag);

    assertThat(task.generative()).isEqualTo(generative);
    assertThat(task.signature().map(ModalitySignature::toString))
        .isEqualTo(java.util.Optional.ofNullable(signature));
    assertThat(HuggingFaceTasks.classify(tag).map(c -> c.surveyCategory().id()))
        .isEqualTo(java.util.Optional.ofNullable(surveyCategory));
  }

  @Test
  void should_give_text_to_text_not_text_to_code_when_the_tag_is_text_generation() {
    HuggingFaceTask task = HuggingFaceTasks.get("text-generation");

    assertThat(HuggingFaceTasks.classify("text-generation"))
        .map(Classification::surveyCategory)
        .contains(Category.TEXT_TO_TEXT);
    assertThat(task.note()).contains("code").contains("text->code");
  }

  @Test
  void should_name_the_tag_and_the_nearest_tags_when_the_tag_is_unknown() {
    assertThatThrownBy(() -> HuggingFaceTasks.get("text-to-imag"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'text-to-imag'")
        .hasMessageContaining("nearest known tags: text-to-image")
        .hasMessageContaining("0.21.54");
    assertThatThrownBy(() -> HuggingFaceTasks.classify("text2image"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'text2image'");
    assertThat(HuggingFaceTasks.find("Text-To-Image")).as("tags are matched exactly").isEmpty();
    assertThat(HuggingFaceTasks.find("")).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "tag\tname\tmodality\tgenerative\tsignature\tnote~x\ty\tnlp\tno\t-\tz"
            + " | line 1: missing '# source-version: <version>' header",
        "# source-version: 1~tag\tname | line 2: expected the column header",
        "# source-version: 1~"
            + COLUMNS
            + "~x\ty\tnlp\tno\t-"
            + " | line 3: expected 6 tab-separated cells but found 5",
        "# source-version: 1~"
            + COLUMNS
            + "~x\ty\tnlp\tmaybe\t-\tz"
            + " | line 3: generative must be 'yes' or 'no' but was 'maybe'",
        "# source-version: 1~"
            + COLUMNS
            + "~x\ty\tnlp\tyes\ttext->imag\tz"
            + " | line 3: Invalid arrow notation at position 6 ('imag')",
        "# source-version: 1~"
            + COLUMNS
            + "~x\ty\tnlp\tno\ttext->text\tz"
            + " | line 3: HuggingFaceTask.signature must be absent when generative is false",
        "# source-version: 1~"
            + COLUMNS
            + "~Text\ty\tnlp\tno\t-\tz"
            + " | line 3: HuggingFaceTask.tag must be kebab-case",
        "# source-version: 1~"
            + COLUMNS
            + "~x\ty\tnlp\tno\t-\tz~x\ty\tnlp\tno\t-\tz"
            + " | line 4: duplicate tag 'x'",
      })
  void should_name_the_line_when_the_shipped_table_is_malformed(String table, String problem) {
    assertThatThrownBy(() -> HuggingFaceTasks.parse(table.replace('~', '\n')))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("huggingface-pipeline-tags.tsv " + problem);
  }

  @Test
  void should_reject_nulls_when_a_static_method_is_given_null() {
    new NullPointerTester().testAllPublicStaticMethods(HuggingFaceTasks.class);
  }
}
