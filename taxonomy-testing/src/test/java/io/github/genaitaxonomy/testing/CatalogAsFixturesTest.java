package io.github.genaitaxonomy.testing;

import static io.github.genaitaxonomy.testing.TaxonomyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.data.Edition;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The shipped catalog used as test fixtures, the way the README shows it. */
class CatalogAsFixturesTest {
  private static final AtomicInteger SURVEY_RUNS = new AtomicInteger();

  @Test
  void should_hold_the_model_and_what_it_builds_on_when_subset() {
    Catalog fixture = CatalogFixtures.subset(Edition.ALL.catalog(), "dall-e-2");

    assertThat(fixture).containsModels("dall-e-2", "clip").doesNotContainModels("imagen");
    assertThat(fixture.models().ids()).first().isEqualTo("dall-e-2");
    assertThat(fixture.organizations().ids()).contains("openai");
    assertThat(fixture.techniques().ids())
        .contains("diffusion-model", "contrastive-language-image-pretraining", "transformer");
    assertThat(fixture.get("dall-e-2"))
        .hasSignature("text->image")
        .isClassifiedAs(Category.TEXT_TO_IMAGE)
        .hasSurveyCategory(Category.TEXT_TO_IMAGE)
        .hasDeveloper("openai");
  }

  @Test
  void should_keep_the_order_given_when_subset_of_several() {
    Catalog fixture = CatalogFixtures.subset(Edition.ALL.catalog(), "imagen", "dall-e-2");

    assertThat(fixture.models().ids()).startsWith("imagen", "dall-e-2");
  }

  @Test
  void should_name_the_unknown_id_when_subset_asks_for_it() {
    assertThatThrownBy(() -> CatalogFixtures.subset(Edition.ALL.catalog(), "dall-e-3x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dall-e-3x");
  }

  @ParameterizedTest
  @EditionModelsSource(Edition.ALL)
  void should_build_a_valid_catalog_when_subset_of_any_shipped_model(GenerativeModel model) {
    Catalog fixture = CatalogFixtures.subset(Edition.ALL.catalog(), model.id());

    assertThat(fixture).containsModels(model.id());
    for (LineageEdge edge : model.lineage()) {
      assertThat(
              fixture.models().contains(edge.target())
                  || fixture.techniques().contains(edge.target()))
          .as("lineage target %s of %s", edge.target(), model.id())
          .isTrue();
    }
    assertThat(fixture.models().size()).isLessThan(Edition.ALL.catalog().models().size());
  }

  @ParameterizedTest
  @EditionModelsSource(Edition.SURVEY_2022)
  void should_give_every_model_of_the_edition_when_used_as_argument_source(GenerativeModel model) {
    assertThat(Edition.SURVEY_2022.catalog().models().contains(model.id())).isTrue();
    SURVEY_RUNS.incrementAndGet();
  }

  @AfterAll
  static void should_have_run_once_per_survey_model() {
    assertThat(SURVEY_RUNS.get()).isEqualTo(Edition.SURVEY_2022.catalog().models().size());
  }
}
