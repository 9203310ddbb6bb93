package io.github.genaitaxonomy.core.interop;

import static io.github.genaitaxonomy.core.interop.NotationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import com.google.common.testing.NullPointerTester;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EcosystemGraphsNotationTest {

  private static final String NOTATION = "ecosystem-graphs";

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // the usual forms
        "image, text; text                            | text+image->text          | image, text; text",
        "text; text                                   | text->text                | text; text",
        "audio, image, text, video; text              | text+image+video+audio->text | audio, image, text, video; text",
        "text; code, text                             | text->text+code           | text; code, text",
        "text; text, code                             | text->text+code           | text; code, text",
        "text, image, video; video                    | text+image+video->video   | image, text, video; video",
        // sloppy spacing and case
        "text ;text                                   | text->text                | text; text",
        "\" image,text ; text \"                      | text+image->text          | image, text; text",
        "\"IMAGE ,  Text;TEXT\"                       | text+image->text          | image, text; text",
        "\"text\t;\timage\"                           | text->image               | text; image",
        "\"text\u00A0; image\u3000\"                  | text->image               | text; image",
        "\"text;  robotics   trajectories\"           | text->action              | text; action",
        // their words
        "image; 3D                                    | image->3d                 | image; 3D",
        "images, text, robot trajectories; robot trajectories | text+image+action->action | action, image, text; action",
        "image, text; robotics trajectories           | text+image->action        | image, text; action",
        "text; in-game actions                        | text->action              | text; action",
        "text; music                                  | text->music               | text; music",
        "text; speech                                 | text->speech              | text; speech",
        "text; protein sequence                       | text->scientific-text     | text; scientific-text",
        "image, text, genome sequence; text           | text+image+scientific-text->text | image, scientific-text, text; text",
        "amino acid sequence; protein structure       | scientific-text->3d       | scientific-text; 3D",
        "molecules; text                              | scientific-text->text     | scientific-text; text",
        "time-series; time-series                     | time-series->time-series  | time-series; time-series",
        "Time Series; time_series                     | time-series->time-series  | time-series; time-series",
        "human trajectories; text                     | motion->text              | motion; text",
        "text; API                                    | text->code                | text; code",
        "text; text, vision                           | text->text+image          | text; image, text",
        "image, vision; text                          | image->text               | image; text",
        "text; climate forecasts                      | text->time-series         | text; time-series",
        "text; vector graphic                         | text->image               | text; image",
        // our own ids
        "brain-signals; speech                        | brain-signals->speech     | brain-signals; speech",
        "tabular, graph; algorithm                    | tabular+graph->algorithm  | graph, tabular; algorithm",
        // an unconditional generator
        "; image                                      | ->image                   | ; image",
        "\"  ;image\"                                 | ->image                   | ; image",
      })
  void should_read_the_signature_and_write_it_back_canonically_when_the_value_is_valid(
      String text, String signature, String formatted) {
    ModalitySignature parsed = EcosystemGraphsNotation.parse(text);

    assertThat(parsed).hasToString(signature);
    assertThat(EcosystemGraphsNotation.format(parsed)).isEqualTo(formatted);
    assertThat(EcosystemGraphsNotation.parse(formatted)).isEqualTo(parsed);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // empty, missing or extra separators
        "\"\"                       | 0  | \"\"         | expected 'inputs; outputs' but was empty",
        "\"   \"                    | 0  | \"\"         | expected 'inputs; outputs' but was only whitespace",
        "image, text                | 11 | \"\"         | missing ';' between inputs and outputs",
        "\"image, text   \"         | 11 | \"\"         | missing ';'",
        "\",,,\"                    | 0  | \"\"         | expected a modality before ','",
        "text -> image              | 5  | ->         | separate inputs from outputs with ';', not '->'",
        "text; text; text           | 10 | ;          | more than one ';'",
        ";;                         | 1  | ;          | more than one ';'",
        "text;                      | 5  | \"\"         | expected at least one output after ';'",
        "\"text ;   \"              | 6  | \"\"         | expected at least one output",
        ";                          | 1  | \"\"         | expected at least one output",
        "\", ; text\"               | 0  | \"\"         | expected a modality before ','",
        "\"text,, image; text\"     | 5  | \"\"         | expected a modality before ','",
        "\"text,  , image; text\"   | 7  | \"\"         | expected a modality before ','",
        "\"text, ; text\"           | 5  | \"\"         | expected a modality after ','",
        "\"text; image,\"           | 12 | \"\"         | expected a modality after ','",
        "\"text; image,  \"         | 12 | \"\"         | expected a modality after ','",
        // unknown tokens, positions after stray whitespace
        "text; imag                 | 6  | imag       | unknown Ecosystem Graphs output modality; known: text, image",
        "\" image , foo ; text\"    | 9  | foo        | unknown Ecosystem Graphs input modality",
        "\"text ;  tasks\"          | 8  | tasks      | unknown Ecosystem Graphs output modality",
        "\"text;\t\tNLP   tasks \"  | 7  | \"NLP   tasks\" | unknown",
        "text (English; text        | 0  | text (English | unknown",
        "Text and Image; text       | 0  | Text and Image | unknown",
        "text+image; text           | 0  | text+image | unknown",
        "unknown; text              | 0  | unknown    | unknown",
        // not generative
        "image; embeddings          | 7  | embeddings | not a generative output: an embedding model returns vectors",
        "text; text, Embedding      | 12 | Embedding  | not a generative output",
        "embeddings; text           | 0  | embeddings | not a modality: embeddings are vectors",
        // duplicates, after normalising
        "text, Text; text           | 6  | Text       | duplicate input modality",
        "text; image, IMAGE         | 13 | IMAGE      | duplicate output modality",
        "time-series, time series; text | 13 | time series | duplicate input modality",
        "\"robot  trajectories, robot trajectories; text\" | 21 | robot trajectories | duplicate input",
        // unicode
        "t\u00EBxt; text            | 0  | t\u00EBxt  | unknown",
        "\u6587\u672C; text         | 0  | \u6587\u672C | unknown",
        "text; \uD83D\uDE00         | 6  | \uD83D\uDE00 | unknown",
        "\"text;\u200Bimage\"       | 5  | \u200Bimage | unknown",
        "text\uFF1B image           | 4  | \uFF1B     | write ';', not the full-width",
        "\u0130MAGE; text           | 0  | \u0130MAGE | unknown",
      })
  void should_name_position_and_token_when_the_value_is_malformed(
      String text, int position, String token, String problem) {
    assertRefused(EcosystemGraphsNotation::parse, NOTATION, text, position, token, problem);
  }

  @Test
  void should_name_position_and_token_when_the_value_is_very_long() {
    String repeated = "text, ".repeat(20_000) + "; text";
    assertRefused(EcosystemGraphsNotation::parse, NOTATION, repeated, 6, "text", "duplicate input");

    String padded = "image," + " ".repeat(100_000) + "foo ; text";
    assertRefused(EcosystemGraphsNotation::parse, NOTATION, padded, 100_006, "foo", "unknown");

    String longToken = "x".repeat(100_000);
    assertRefused(
        EcosystemGraphsNotation::parse, NOTATION, "text; " + longToken, 6, longToken, "unknown");
  }

  static List<Arguments> sourceValues() throws IOException {
    String text;
    try (InputStream in =
        Objects.requireNonNull(
            EcosystemGraphsNotationTest.class.getResourceAsStream(
                "ecosystem-graphs-model-modalities.tsv"))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Arguments> values = new ArrayList<>();
    for (String line : Splitter.on('\n').omitEmptyStrings().split(text)) {
      if (!line.startsWith("#") && !line.startsWith("models\t")) {
        List<String> cells = Splitter.on('\t').splitToList(line);
        values.add(Arguments.of(cells.get(1), cells.get(2)));
      }
    }
    return values;
  }

  @Test
  void should_hold_every_distinct_model_value_of_the_source_when_loaded() throws IOException {
    assertThat(sourceValues()).hasSize(64);
  }

  private static final Pattern REFUSED = Pattern.compile("! (\\d+) '(.*)'");

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @MethodSource("sourceValues")
  void should_read_or_refuse_as_expected_when_the_value_comes_from_ecosystem_graphs(
      String value, String expected) {
    Matcher refused = REFUSED.matcher(expected);
    if (refused.matches()) {
      assertRefused(
          EcosystemGraphsNotation::parse,
          NOTATION,
          value,
          Integer.parseInt(refused.group(1)),
          refused.group(2),
          "");
    } else {
      ModalitySignature signature = EcosystemGraphsNotation.parse(value);
      assertThat(signature).hasToString(expected);
      assertThat(EcosystemGraphsNotation.parse(EcosystemGraphsNotation.format(signature)))
          .isEqualTo(signature);
    }
  }

  static List<ModalitySignature> signatures() {
    List<ModalitySignature> signatures = new ArrayList<>();
    for (Modality output : Modality.values()) {
      signatures.add(ModalitySignature.of(List.of(), List.of(output)));
      for (Modality input : Modality.values()) {
        signatures.add(ModalitySignature.of(input, output));
      }
    }
    Random random = new Random(6);
    Modality[] all = Modality.values();
    for (int i = 0; i < 500; i++) {
      Set<Modality> inputs = EnumSet.noneOf(Modality.class);
      Set<Modality> outputs = EnumSet.of(all[random.nextInt(all.length)]);
      for (Modality modality : all) {
        if (random.nextInt(4) == 0) {
          inputs.add(modality);
        }
        if (random.nextInt(4) == 0) {
          outputs.add(modality);
        }
      }
      signatures.add(ModalitySignature.of(inputs, outputs));
    }
    return signatures;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("signatures")
  void should_read_back_an_equal_signature_when_any_signature_is_written(
      ModalitySignature signature) {
    String written = EcosystemGraphsNotation.format(signature);

    assertThat(EcosystemGraphsNotation.parse(written)).isEqualTo(signature);
    assertThat(written).doesNotContain("  ").doesNotEndWith(" ").contains("; ");
  }

  @Test
  void should_write_each_side_alphabetically_with_their_spelling_of_3d() {
    assertThat(
            EcosystemGraphsNotation.format(
                ModalitySignature.parse("text+image+video+audio->text+image+audio")))
        .isEqualTo("audio, image, text, video; audio, image, text");
    assertThat(EcosystemGraphsNotation.format(ModalitySignature.parse("text+image->3d+text")))
        .isEqualTo("image, text; 3D, text");
  }

  @Test
  void should_classify_in_the_survey_and_exactly_when_the_value_is_valid() {
    Classification flamingo = EcosystemGraphsNotation.classify("image, text; text");

    assertThat(flamingo.surveyCategory()).isEqualTo(Category.IMAGE_TO_TEXT);
    assertThat(flamingo.pairCategories())
        .extracting(Category::id)
        .containsExactly("text-to-text", "image-to-text");
    assertThat(EcosystemGraphsNotation.classify("text; code, text").surveyCategory())
        .isEqualTo(Category.TEXT_TO_TEXT);
    assertThat(EcosystemGraphsNotation.classify("text; code (Python)").surveyCategory())
        .isEqualTo(Category.TEXT_TO_CODE);
    assertThat(EcosystemGraphsNotation.classify("Text ; 3D").exact()).contains(Category.TEXT_TO_3D);
    assertRefused(
        EcosystemGraphsNotation::classify, NOTATION, "image; embeddings", 7, "embeddings", "");
  }

  @Test
  void should_read_every_modality_id_when_written_as_id() {
    for (Modality modality : Modality.values()) {
      assertThat(EcosystemGraphsNotation.parse("text; " + modality.id()).outputs())
          .containsExactly(modality);
    }
  }

  @Test
  void should_reject_nulls_when_a_static_method_is_given_null() {
    new NullPointerTester().testAllPublicStaticMethods(EcosystemGraphsNotation.class);
  }
}
