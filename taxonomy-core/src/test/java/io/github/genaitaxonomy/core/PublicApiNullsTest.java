package io.github.genaitaxonomy.core;

import static io.github.genaitaxonomy.core.Fixtures.model;
import static io.github.genaitaxonomy.core.Fixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public method and constructor of core rejects null with a NullPointerException. */
class PublicApiNullsTest {
  static List<Class<?>> publicClasses() throws IOException {
    return ClassPath.from(Catalog.class.getClassLoader())
        .getTopLevelClassesRecursive("io.github.genaitaxonomy.core")
        .stream()
        .filter(info -> !info.getPackageName().endsWith(".internal"))
        .map(ClassPath.ClassInfo::load)
        .filter(type -> Modifier.isPublic(type.getModifiers()))
        .filter(type -> !type.getSimpleName().endsWith("Test"))
        .<Class<?>>map(type -> type)
        .toList();
  }

  private static NullPointerTester tester() {
    Source source = Source.arxiv("2107.03374");
    return new NullPointerTester()
        .setDefault(Source.class, source)
        .setDefault(ModalitySignature.class, ModalitySignature.parse("text->image"))
        .setDefault(Quantity.class, Quantity.of(1, Unit.PARAMETERS))
        .setDefault(Catalog.class, Catalog.empty())
        .setDefault(java.time.YearMonth.class, java.time.YearMonth.of(2021, 7))
        .setDefault(
            Claim.class,
            Claim.builder()
                .attribute(ClaimAttribute.RELEASED)
                .value("2021-07")
                .source(source)
                .confidence(Confidence.CONFIRMED)
                .build());
  }

  @Test
  void should_find_the_public_classes_when_the_class_path_is_scanned() throws IOException {
    assertThat(publicClasses()).contains(Catalog.class, Quantity.class, Source.class, Index.class);
  }

  @ParameterizedTest
  @MethodSource("publicClasses")
  void should_throw_null_pointer_exception_when_a_static_method_gets_null(Class<?> type) {
    tester().testAllPublicStaticMethods(type);
  }

  @Test
  void should_throw_null_pointer_exception_when_an_instance_method_gets_null() {
    Catalog catalog =
        Catalog.builder()
            .addOrganizations(organization("openai").build())
            .addModels(model("gpt-3").build())
            .build();
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(catalog);
    tester.testAllPublicInstanceMethods(catalog.models());
    tester.testAllPublicInstanceMethods(catalog.query());
    tester.testAllPublicInstanceMethods(Quantity.of(1, Unit.PARAMETERS));
    tester.testAllPublicInstanceMethods(Source.arxiv("2107.03374"));
  }
}
