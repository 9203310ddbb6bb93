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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The counts README.md shows are the catalog's own: the test fails when the data changes. */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");

  static String categoryTable() {
    StringBuilder table =
        new StringBuilder(
            "| category | filed there by the survey | classified there by true signature:"
                + " survey-2022 | supplement-2023 | all |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
    Catalog survey = Edition.SURVEY_2022.catalog();
    for (Category category : Category.survey()) {
      table
          .append("| ")
          .append(category.id())
          .append(" | ")
          .append(survey.query().surveyCategory(category).count());
      for (Edition edition : Edition.values()) {
        table.append(" | ").append(edition.catalog().query().classifiedAs(category).count());
      }
      table.append(" |\n");
    }
    table
        .append("| **models** | ")
        .append(survey.models().size() - survey.statistics().modelsOutsideSurvey());
    for (Edition edition : Edition.values()) {
      table.append(" | ").append(edition.catalog().models().size());
    }
    return table.append(" |\n").toString();
  }

  static String editionTable() {
    StringBuilder table =
        new StringBuilder(
            "| edition | organizations | techniques | models | discrepancies recorded |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
    for (Edition edition : Edition.values()) {
      Catalog catalog = edition.catalog();
      table
          .append("| `")
          .append(edition.id())
          .append("` | ")
          .append(catalog.organizations().size())
          .append(" | ")
          .append(catalog.techniques().size())
          .append(" | ")
          .append(catalog.models().size())
          .append(" | ")
          .append(catalog.discrepancies().size())
          .append(" |\n");
    }
    return table.toString();
  }

  @Test
  void should_show_the_catalogs_counts_when_the_readme_is_read() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertThat(readme).contains(categoryTable()).contains(editionTable());
  }

  @Test
  void should_behave_as_the_quick_start_says_when_its_lines_run() {
    Catalog catalog = Edition.ALL.catalog();
    GenerativeModel whisper = catalog.get("whisper");
    assertThat(whisper.surveyCategory()).contains(Category.TEXT_TO_AUDIO);
    assertThat(whisper.classification().surveyCategory()).isEqualTo(Category.OTHER);
    assertThat(whisper.discrepancies()).isNotEmpty();
    assertThat(catalog.query().output(Modality.IMAGE).developerWithin("alphabet").ids())
        .containsExactly("imagen", "muse", "maskgit", "parti");
    assertThat(
            Classification.of(ModalitySignature.parse("text+image->text")).surveyCategory())
        .isEqualTo(Category.IMAGE_TO_TEXT);
    assertThat(OpenRouterNotation.classify("text+image+file->text").surveyCategory())
        .isEqualTo(Category.IMAGE_TO_TEXT);
    assertThat(OpenRouterNotation.classify("text+image->text+image").surveyCategory())
        .isEqualTo(Category.TEXT_TO_IMAGE);
    assertThat(TaxonomyJson.defaults().write(catalog)).contains("\"format\": \"genai-taxonomy/1\"");
  }

  /** Prints the tables to paste into README.md after a catalog change. */
  public static void main(String[] args) {
    System.out.println(categoryTable());
    System.out.println(editionTable());
  }
}
