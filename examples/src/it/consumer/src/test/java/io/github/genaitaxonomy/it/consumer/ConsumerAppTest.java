package io.github.genaitaxonomy.it.consumer;

import static io.github.genaitaxonomy.testing.TaxonomyAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.data.SurveyModels;
import io.github.genaitaxonomy.json.TaxonomyJson;
import io.github.genaitaxonomy.testing.CatalogFixtures;
import io.github.genaitaxonomy.testing.EditionModelsSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class ConsumerAppTest {

  @Test
  void should_load_every_library_as_a_named_module_when_run_on_the_module_path() {
    assertEquals("io.github.genaitaxonomy.it.consumer", ConsumerApp.class.getModule().getName());
    assertEquals("io.github.genaitaxonomy.data", Edition.class.getModule().getName());
    assertEquals("io.github.genaitaxonomy.json", TaxonomyJson.class.getModule().getName());
    assertEquals("io.github.genaitaxonomy.core", Catalog.class.getModule().getName());
  }

  @Test
  void should_find_dall_e_2_when_querying_text_to_image() {
    assertTrue(ConsumerApp.textToImage().contains(SurveyModels.DALL_E_2.id()));
    assertTrue(ConsumerApp.imageMakers().contains(SurveyModels.DALL_E_2.name()));
  }

  @Test
  void should_read_back_an_equal_catalog_when_round_tripping_through_json() {
    Catalog all = Edition.ALL.catalog();

    assertEquals(all, ConsumerApp.jsonRoundTrip(all));
  }

  @Test
  void should_read_back_an_equal_catalog_when_round_tripping_through_json_lines() {
    Catalog all = Edition.ALL.catalog();

    assertEquals(all, ConsumerApp.jsonLinesRoundTrip(all));
  }

  @Test
  void should_classify_the_own_model_when_built_with_the_builders() {
    Catalog own = ConsumerApp.ownCatalog();

    assertThat(own).containsModels("dall-e-2").hasModelCount(1);
    assertThat(own.get("dall-e-2"))
        .hasSignature("text->image")
        .isClassifiedAs(Category.TEXT_TO_IMAGE);
    assertEquals(own, ConsumerApp.jsonRoundTrip(own));
  }

  @Test
  void should_cut_a_valid_fixture_when_subset_of_the_shipped_catalog() {
    Catalog fixture = CatalogFixtures.subset(Edition.ALL.catalog(), "dall-e-2");

    assertThat(fixture).containsModels("dall-e-2", "clip").doesNotContainModels("imagen");
  }

  @ParameterizedTest
  @EditionModelsSource(Edition.SURVEY_2022)
  void should_have_sources_when_a_survey_model(GenerativeModel model) {
    assertFalse(model.sources().isEmpty(), model.id());
  }
}
