package io.github.genaitaxonomy.testing;

import static io.github.genaitaxonomy.testing.TaxonomyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.data.Edition;
import org.junit.jupiter.api.Test;

class TaxonomyAssertionsTest {
  private static final GenerativeModel DALL_E_2 = Edition.ALL.catalog().get("dall-e-2");

  @Test
  void should_say_both_signatures_when_signature_differs() {
    assertThatThrownBy(() -> assertThat(DALL_E_2).hasSignature("text->video"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected model <dall-e-2> to have signature <text->video> but was <text->image>");
  }

  @Test
  void should_pass_when_signature_is_written_in_another_order() {
    GenerativeModel flamingo = Edition.ALL.catalog().get("flamingo");
    assertThat(flamingo).hasSignature(flamingo.signature().toString());
  }

  @Test
  void should_say_both_categories_when_classified_otherwise() {
    assertThatThrownBy(() -> assertThat(DALL_E_2).isClassifiedAs(Category.TEXT_TO_VIDEO))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected model <dall-e-2> with signature <text->image> to be classified as"
                + " <text-to-video> but was <text-to-image>");
  }

  @Test
  void should_say_the_survey_category_when_it_differs() {
    assertThatThrownBy(() -> assertThat(DALL_E_2).hasSurveyCategory(Category.TEXT_TO_TEXT))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected the survey to file model <dall-e-2> under <text-to-text> but it files it"
                + " under <text-to-image>");
  }

  @Test
  void should_list_the_developers_when_one_is_missing() {
    assertThatThrownBy(() -> assertThat(DALL_E_2).hasDeveloper("google"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected model <dall-e-2> to have developer <google> but its developers were"
                + " <[openai]>");
  }

  @Test
  void should_fail_on_null_when_model_is_null() {
    assertThatThrownBy(() -> assertThat((GenerativeModel) null).hasId("x"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void should_name_the_missing_ids_when_catalog_lacks_models() {
    Catalog fixture = CatalogFixtures.subset(Edition.ALL.catalog(), "dall-e-2");
    int size = fixture.models().size();
    assertThatThrownBy(() -> assertThat(fixture).containsModels("dall-e-2", "imagen", "parti"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected catalog to contain models <[dall-e-2, imagen, parti]> but these were"
                + " missing: <[imagen, parti]> (it has "
                + size
                + " models)");
  }

  @Test
  void should_name_the_present_ids_when_catalog_has_unwanted_models() {
    assertThatThrownBy(
            () -> assertThat(Edition.SURVEY_2022.catalog()).doesNotContainModels("dall-e-2", "x"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected catalog not to contain models <[dall-e-2, x]> but it contains <[dall-e-2]>");
  }

  @Test
  void should_give_both_counts_when_model_count_differs() {
    assertThatThrownBy(() -> assertThat(Catalog.empty()).hasModelCount(1))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected catalog to have 1 models but it has 0");
  }
}
