package io.github.genaitaxonomy.core;

import static io.github.genaitaxonomy.core.Fixtures.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GenerativeModelTest {

  @Test
  void should_build_a_model_and_classify_its_signature() {
    GenerativeModel codex = model("codex").surveyCategory(Category.TEXT_TO_CODE).build();
    assertThat(codex.classification().surveyCategory()).isEqualTo(Category.TEXT_TO_CODE);
    assertThat(codex.aliases()).isEmpty();
    assertThat(codex.parameters()).isEmpty();
    assertThat(model("unknown-maker").developers(java.util.List.of()).build().developers())
        .as("a model whose maker no source names")
        .isEmpty();
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        violation("id", b -> b.id("Codex")),
        violation("name", b -> b.name(" ")),
        violation("summary", b -> b.summary("")),
        violation("aliases[1]", b -> b.addAliases("ok", " ")),
        violation("developers[0]", b -> b.developers(java.util.List.of("Open AI"))),
        violation("developers[1]", b -> b.addDevelopers("openai")),
        violation("techniques[1]", b -> b.addTechniques("transformer", "transformer")),
        violation("sources", b -> b.sources(java.util.List.of())),
        violation("paperAbsentReason", b -> b.paperAbsentReason("blog post only")),
        violation("paperAbsentReason", b -> b.paper(java.util.Optional.empty())),
        violation(
            "parameters",
            b ->
                b.parameters(
                    Measurement.of("size", Quantity.of(1, Unit.BYTES), Fixtures.PAPER_SOURCE))),
        violation("access", b -> b.addAccess(Access.CLOSED, Access.API)),
        violation(
            "lineage[0]",
            b ->
                b.addLineage(
                    LineageEdge.of(LineageRelation.VARIANT_OF, "m", Fixtures.PAPER_SOURCE))),
        violation(
            "lineage[1]",
            b ->
                b.addLineage(
                    LineageEdge.of(LineageRelation.VARIANT_OF, "gpt-3", Fixtures.PAPER_SOURCE),
                    LineageEdge.of(
                        LineageRelation.FINE_TUNED_FROM, "gpt-3", Fixtures.PAPER_SOURCE))));
  }

  private static Arguments violation(
      String attribute, UnaryOperator<GenerativeModel.Builder> change) {
    return Arguments.of(attribute, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void should_name_the_attribute_when_an_invariant_is_violated(
      String attribute, UnaryOperator<GenerativeModel.Builder> change) {
    assertThatThrownBy(() -> change.apply(model("m")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GenerativeModel." + attribute);
  }

  @Test
  void should_name_missing_required_attributes() {
    assertThatThrownBy(() -> GenerativeModel.builder().id("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("signature")
        .hasMessageContaining("released")
        .hasMessageContaining("summary");
  }

  @Test
  void should_be_equal_when_every_attribute_is_equal() {
    new EqualsTester()
        .addEqualityGroup(model("codex").build(), model("codex").build())
        .addEqualityGroup(model("codex").addAliases("Codex 12B").build())
        .addEqualityGroup(model("codex").parameters(Fixtures.parameters(12_000_000_000L)).build())
        .addEqualityGroup(model("codex").surveyCategory(Category.TEXT_TO_CODE).build())
        .testEquals();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void should_reject_null_arguments_with_a_named_null_pointer_exception() {
    new NullPointerTester().testAllPublicInstanceMethods(GenerativeModel.builder());
    assertThatThrownBy(() -> GenerativeModel.builder().id(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
  }
}
