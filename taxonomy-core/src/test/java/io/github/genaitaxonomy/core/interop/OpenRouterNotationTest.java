package io.github.genaitaxonomy.core.interop;

import static io.github.genaitaxonomy.core.interop.NotationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Sets;
import com.google.common.testing.NullPointerTester;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OpenRouterNotationTest {

  private static final String NOTATION = "openrouter";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text->text                        | text->text",
        "text+image->text                  | text+image->text",
        "text+image+file->text             | text+image->text",
        "text+image+file+audio+video->text | text+image+video+audio->text",
        "text+image+video->text            | text+image+video->text",
        "text+image->text+image            | text+image->text+image",
        "text+image->image+text            | text+image->text+image",
        "text+audio->text+audio            | text+audio->text+audio",
        "text->audio                       | text->audio",
        "text->image                       | text->image",
        "text->video                       | text->video",
        "text->speech                      | text->speech",
        "audio->text                       | audio->text",
        "audio->transcription              | audio->text",
        "text->text+transcription          | text->text",
        "file->text                        | text->text",
        "video+text->text                  | text+video->text",
        "->image                           | ->image",
      })
  void should_read_the_signature_and_format_it_canonically_when_the_string_is_valid(
      String text, String canonical) {
    ModalitySignature signature = OpenRouterNotation.parse(text);

    assertThat(signature).hasToString(canonical);
    assertThat(OpenRouterNotation.format(signature)).isEqualTo(canonical);
    assertThat(OpenRouterNotation.parse(OpenRouterNotation.format(signature))).isEqualTo(signature);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // empty, missing or extra separators
        "\"\"                   | 0  | \"\"       | expected inputs->outputs but was empty",
        "text                   | 4  | \"\"       | missing '->' between inputs and outputs",
        "text-image             | 10 | \"\"       | missing '->'",
        "text->text->text       | 10 | ->         | more than one '->'",
        "->->                   | 2  | ->         | more than one '->'",
        "->                     | 2  | \"\"       | expected at least one output",
        "text->                 | 6  | \"\"       | expected at least one output",
        "+                      | 1  | \"\"       | missing '->'",
        "+->text                | 0  | \"\"       | expected an OpenRouter input modality before",
        "text++image->text      | 5  | \"\"       | expected an OpenRouter input modality before",
        "text+->text            | 5  | \"\"       | expected an OpenRouter input modality before",
        "text->text+            | 11 | \"\"       | expected an OpenRouter output modality before",
        "text->+text            | 6  | \"\"       | expected an OpenRouter output modality before",
        // unknown tokens, tokens on the wrong side
        "text->imag             | 6  | imag       | unknown OpenRouter output modality; allowed: text, image, audio, video, speech, transcription",
        "doc->text              | 0  | doc        | unknown OpenRouter input modality; allowed: text, image, file, pdf, audio, video",
        "text->3d               | 6  | 3d         | unknown OpenRouter output modality",
        "text->code             | 6  | code       | unknown OpenRouter output modality",
        "speech->text           | 0  | speech     | 'speech' is allowed only as an output, not as an input",
        "text->file             | 6  | file       | 'file' is allowed only as an input, not as an output",
        "text-->text            | 0  | text-      | unknown OpenRouter input modality",
        // not generative
        "text->embeddings       | 6  | embeddings | not a generative output: an embedding model returns vectors",
        "text->embedding        | 6  | embedding  | not a generative output",
        "text->text+embeddings  | 11 | embeddings | not a generative output",
        "text->rerank           | 6  | rerank     | not a generative output: a reranker returns relevance scores",
        // duplicates
        "text+text->text        | 5  | text       | duplicate input modality",
        "text+file+file->text   | 10 | file       | duplicate input modality",
        "text->image+image      | 12 | image      | duplicate output modality",
        // whitespace and case
        "\" text->text\"        | 0  | \" text\"  | whitespace is not allowed",
        "\"text ->text\"        | 0  | \"text \"  | whitespace is not allowed",
        "\"text-> text\"        | 6  | \" text\"  | whitespace is not allowed",
        "\"text+ image->text\"  | 5  | \" image\" | whitespace is not allowed",
        "\"text->text\t\"       | 6  | \"text\t\" | whitespace is not allowed",
        "Text->text             | 0  | Text       | write the OpenRouter input modality in lower case: 'text'",
        "text->IMAGE            | 6  | IMAGE      | in lower case: 'image'",
        "text+Image+FILE->text  | 5  | Image      | in lower case",
        // unicode
        "text\u2192image        | 4  | \u2192     | write '->', not '\u2192'",
        "t\u00EBxt->text        | 0  | t\u00EBxt  | unknown OpenRouter input modality",
        "text->text\u00A0       | 6  | text\u00A0 | unknown OpenRouter output modality",
        "text->\uD83D\uDE00     | 6  | \uD83D\uDE00 | unknown OpenRouter output modality",
        "text\uFF0Bimage->text  | 0  | text\uFF0Bimage | unknown",
      })
  void should_name_position_and_token_when_the_string_is_malformed(
      String text, int position, String token, String problem) {
    assertRefused(OpenRouterNotation::parse, NOTATION, text, position, token, problem);
  }

  @Test
  void should_name_position_and_token_when_the_string_is_very_long() {
    String repeated = "text+".repeat(20_000) + "image->text";
    assertRefused(OpenRouterNotation::parse, NOTATION, repeated, 5, "text", "duplicate input");

    String longToken = "x".repeat(100_000);
    assertRefused(
        OpenRouterNotation::parse, NOTATION, longToken + "->text", 0, longToken, "unknown");

    String late = "text->" + "text+image+audio+video+speech+".repeat(1) + "v".repeat(50_000);
    assertRefused(OpenRouterNotation::parse, NOTATION, late, 36, "v".repeat(50_000), "unknown");
  }

  static List<ModalitySignature> expressibleSignatures() {
    Set<Modality> inputs =
        EnumSet.of(Modality.TEXT, Modality.IMAGE, Modality.VIDEO, Modality.AUDIO);
    Set<Modality> outputs = EnumSet.copyOf(inputs);
    outputs.add(Modality.SPEECH);
    List<ModalitySignature> signatures = new ArrayList<>();
    for (Set<Modality> in : Sets.powerSet(inputs)) {
      for (Set<Modality> out : Sets.powerSet(outputs)) {
        if (!out.isEmpty()) {
          signatures.add(ModalitySignature.of(in, out));
        }
      }
    }
    return signatures;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expressibleSignatures")
  void should_read_back_an_equal_signature_when_openrouter_can_express_it(
      ModalitySignature signature) {
    String written = OpenRouterNotation.format(signature);

    assertThat(written).isEqualTo(signature.toString());
    assertThat(OpenRouterNotation.parse(written)).isEqualTo(signature);
  }

  @Test
  void should_count_every_expressible_signature_when_enumerated() {
    assertThat(expressibleSignatures()).hasSize(16 * 31);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text->code                     | text->text",
        "text->text+code                | text->text",
        "text->scientific-text          | text->text",
        "text->music                    | text->audio",
        "speech->text                   | audio->text",
        "speech->speech                 | audio->speech",
        "image+code->text               | text+image->text",
        "video+music->text              | video+audio->text",
      })
  void should_write_the_broader_token_when_openrouter_has_none_for_a_narrower_modality(
      String signature, String written) {
    assertThat(OpenRouterNotation.format(ModalitySignature.parse(signature))).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "text->3d, 3d",
    "->motion, motion",
    "tabular->text, tabular",
    "text+image->action, action"
  })
  void should_name_the_modality_when_openrouter_cannot_write_it(String signature, String modality) {
    assertThatThrownBy(() -> OpenRouterNotation.format(ModalitySignature.parse(signature)))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(io.github.genaitaxonomy.core.NotationException.class)
        .hasMessageContaining("OpenRouter has no")
        .hasMessageContaining(" " + modality + " ")
        .hasMessageContaining("'" + signature + "'");
  }

  @Test
  void should_classify_in_the_survey_and_exactly_when_the_string_is_valid() {
    Classification classification = OpenRouterNotation.classify("text+image+file->text");

    assertThat(classification.surveyCategory()).isEqualTo(Category.IMAGE_TO_TEXT);
    assertThat(classification.pairCategories())
        .extracting(Category::id)
        .containsExactly("text-to-text", "image-to-text");
    assertThat(OpenRouterNotation.classify("text->image").exact()).contains(Category.TEXT_TO_IMAGE);
    assertRefused(
        OpenRouterNotation::classify, NOTATION, "text->embeddings", 6, "embeddings", "generative");
  }

  @Test
  void should_reject_nulls_when_a_static_method_is_given_null() {
    new NullPointerTester().testAllPublicStaticMethods(OpenRouterNotation.class);
  }
}
