package io.github.genaitaxonomy.testing;

import io.github.genaitaxonomy.data.Edition;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a JUnit 5 {@code @ParameterizedTest} once per model of an edition, in catalog order, with
 * the {@link io.github.genaitaxonomy.core.GenerativeModel} as the argument.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EditionModelsSource(Edition.SURVEY_2022)
 * void should_have_a_source_when_curated(GenerativeModel model) {
 *   assertThat(model.sources()).isNotEmpty();
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(EditionModelsProvider.class)
public @interface EditionModelsSource {
  /** The edition whose models are the arguments. */
  Edition value();
}
