package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.interop.OpenRouterNotation;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.json.TaxonomyJson;
import org.junit.jupiter.api.Test;

/** The quick start of README.md behaves as its comments say. */
class ReadmeTest {
  @Test
  void should_behave_as_the_quick_start_says_when_its_lines_run() {
    Catalog catalog = Edition.ALL.catalog();
    GenerativeModel whisper = catalog.get("whisper");
    assertThat(whisper.surveyCategory()).contains(Category.TEXT_TO_AUDIO);
    assertThat(whisper.classification().surveyCategory()).isEqualTo(Category.OTHER);
    assertThat(whisper.discrepancies()).isNotEmpty();
    assertThat(catalog.query().output(Modality.IMAGE).developerWithin("alphabet").ids())
        .containsExactly("imagen", "muse", "maskgit", "parti");
    assertThat(Classification.of(ModalitySignature.parse("text+image->text")).surveyCategory())
        .isEqualTo(Category.IMAGE_TO_TEXT);
    assertThat(OpenRouterNotation.classify("text+image+file->text").surveyCategory())
        .isEqualTo(Category.IMAGE_TO_TEXT);
    assertThat(OpenRouterNotation.classify("text+image->text+image").surveyCategory())
        .isEqualTo(Category.TEXT_TO_IMAGE);
    assertThat(TaxonomyJson.defaults().write(catalog)).contains("\"format\": \"genai-taxonomy/1\"");
  }
}
