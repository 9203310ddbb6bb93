package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.internal.Ids;
import java.lang.reflect.Method;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The closed vocabularies: every constant has a kebab-case id that looks it up again. */
class VocabularyTest {

  static Stream<Class<? extends Enum<?>>> vocabularies() {
    return Stream.of(
        Access.class,
        ClaimAttribute.class,
        Confidence.class,
        DiscrepancyKind.class,
        LineageRelation.class,
        OrganizationKind.class,
        SourceKind.class,
        TechniqueKind.class,
        Unit.class);
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void should_round_trip_every_constant_through_its_id(Class<? extends Enum<?>> type)
      throws Exception {
    Method id = type.getMethod("id");
    Method fromId = type.getMethod("fromId", String.class);
    Method find = type.getMethod("find", String.class);
    for (Enum<?> constant : type.getEnumConstants()) {
      String text = (String) id.invoke(constant);
      assertThat(Ids.isKebabCase(text)).as(text).isTrue();
      assertThat(fromId.invoke(null, text)).isSameAs(constant);
      assertThat(constant).hasToString(text);
      assertThat(find.invoke(null, text)).isEqualTo(java.util.Optional.of(constant));
    }
    assertThat(find.invoke(null, "no-such-id")).isEqualTo(java.util.Optional.empty());
  }

  @Test
  void should_keep_the_wire_strings_when_claim_attributes_became_an_enum() {
    assertThat(ClaimAttribute.ids())
        .containsExactly(
            "access",
            "architecture",
            "base-model",
            "context-length",
            "developers",
            "license",
            "method",
            "name",
            "paper",
            "parameters",
            "released",
            "results",
            "signature",
            "survey-category",
            "survey-coverage",
            "techniques",
            "text-encoder",
            "training-data",
            "training-method");
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void should_name_the_type_and_id_when_the_id_is_unknown(Class<? extends Enum<?>> type)
      throws Exception {
    Method fromId = type.getMethod("fromId", String.class);
    assertThatThrownBy(() -> invoke(fromId, "no-such-id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(type.getSimpleName())
        .hasMessageContaining("'no-such-id'")
        .hasMessageContaining("allowed:");
  }

  private static Object invoke(Method method, String argument) throws Throwable {
    try {
      return method.invoke(null, argument);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
