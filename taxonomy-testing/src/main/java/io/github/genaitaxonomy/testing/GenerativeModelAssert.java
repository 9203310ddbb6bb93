package io.github.genaitaxonomy.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.ModalitySignature;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a {@link GenerativeModel}; get one from {@link
 * TaxonomyAssertions#assertThat(GenerativeModel)}. Every failure names the model and says what was
 * expected and what it has.
 */
public final class GenerativeModelAssert
    extends AbstractObjectAssert<GenerativeModelAssert, GenerativeModel> {

  GenerativeModelAssert(@Nullable GenerativeModel actual) {
    super(actual, GenerativeModelAssert.class);
  }

  /** Verifies that the model has this id. */
  public GenerativeModelAssert hasId(String expected) {
    checkNotNull(expected, "expected");
    GenerativeModel model = model();
    if (!model.id().equals(expected)) {
      failWithMessage("Expected model to have id <%s> but was <%s>", expected, model.id());
    }
    return this;
  }

  /**
   * Verifies that the model has this modality signature, given in the signature notation ({@code
   * text+image->text}); the comparison is of parsed signatures, so the order of modalities on
   * either side does not matter.
   *
   * @throws io.github.genaitaxonomy.core.NotationException if {@code expected} is not a signature
   */
  public GenerativeModelAssert hasSignature(String expected) {
    checkNotNull(expected, "expected");
    ModalitySignature signature = ModalitySignature.parse(expected);
    GenerativeModel model = model();
    if (!model.signature().equals(signature)) {
      failWithMessage(
          "Expected model <%s> to have signature <%s> but was <%s>",
          model.id(), signature, model.signature());
    }
    return this;
  }

  /** Verifies that the model's classification files it under this category. */
  public GenerativeModelAssert isClassifiedAs(Category expected) {
    checkNotNull(expected, "expected");
    GenerativeModel model = model();
    Category actualCategory = model.classification().surveyCategory();
    if (!actualCategory.equals(expected)) {
      failWithMessage(
          "Expected model <%s> with signature <%s> to be classified as <%s> but was <%s>",
          model.id(), model.signature(), expected.id(), actualCategory.id());
    }
    return this;
  }

  /** Verifies that the survey files the model under this category. */
  public GenerativeModelAssert hasSurveyCategory(Category expected) {
    checkNotNull(expected, "expected");
    GenerativeModel model = model();
    Optional<Category> surveyCategory = model.surveyCategory();
    if (!surveyCategory.equals(Optional.of(expected))) {
      failWithMessage(
          "Expected the survey to file model <%s> under <%s> but it %s",
          model.id(),
          expected.id(),
          surveyCategory.map(c -> "files it under <" + c.id() + ">").orElse("does not name it"));
    }
    return this;
  }

  /** Verifies that the organization with this id is among the model's developers. */
  public GenerativeModelAssert hasDeveloper(String organizationId) {
    checkNotNull(organizationId, "organizationId");
    GenerativeModel model = model();
    if (!model.developers().contains(organizationId)) {
      failWithMessage(
          "Expected model <%s> to have developer <%s> but its developers were <%s>",
          model.id(), organizationId, model.developers());
    }
    return this;
  }

  private GenerativeModel model() {
    isNotNull();
    return checkNotNull(actual);
  }
}
