package io.github.genaitaxonomy.it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.data.SurveyModels;
import io.github.genaitaxonomy.json.TaxonomyJson;
import org.junit.jupiter.api.Test;

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
}
