package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.genaitaxonomy.core.Catalog;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad documents of {@link BadInputTest} through the other two document paths: lenient reading,
 * and a plain mapper with the module.
 */
class BadInputPathsTest {
  private static final TaxonomyJson LENIENT =
      TaxonomyJson.builder().ignoreUnknownKeys(true).build();
  private static final JsonMapper PLAIN =
      JsonMapper.builder()
          .addModule(new TaxonomyModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /**
   * Cases a plain mapper reports through Jackson itself, without the module: nothing to read, what
   * follows the document, and the limits, which only {@link TaxonomyJson} sets.
   */
  private static final Set<String> JACKSON_OWN =
      Set.of(
          "empty input",
          "trailing object",
          "trailing garbage",
          "trailing long number",
          "malformed: not JSON",
          "malformed: truncated document",
          "malformed: two commas",
          "malformed: unquoted key");

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.genaitaxonomy.json.BadInputTest#cases")
  void should_fail_at_the_same_path_or_read_when_lenient(BadInputTest.Case c) {
    if (c.fragment().startsWith("unknown key")) {
      Catalog strict =
          TaxonomyJson.defaults()
              .read(
                  c.input()
                      .replaceAll(", \"(color|unit2)\": \"[a-z]+\"", "")
                      .replace("\"extra\": 1,\n", ""));
      assertThat(LENIENT.read(c.input())).as(c.name()).isEqualTo(strict);
      return;
    }

    CatalogFormatException e =
        catchThrowableOfType(CatalogFormatException.class, () -> LENIENT.read(c.input()));

    assertThat(e).as(c.name()).isNotNull();
    assertThat(e.jsonPath()).as(c.name() + ": " + e.getMessage()).isEqualTo(c.path());
    assertThat(e.problem()).as(c.name()).contains(c.fragment());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.genaitaxonomy.json.BadInputTest#cases")
  void should_fail_with_the_located_cause_when_a_plain_mapper_reads(BadInputTest.Case c) {
    Throwable thrown = catchThrowable(() -> PLAIN.readValue(c.input(), Catalog.class));

    assertThat(thrown).as(c.name()).isInstanceOf(JacksonException.class);
    if (JACKSON_OWN.contains(c.name()) || c.fragment().startsWith("input limit")) {
      return;
    }
    assertThat(thrown.getCause())
        .as(c.name() + ": " + thrown.getMessage())
        .isInstanceOf(CatalogFormatException.class);
    CatalogFormatException e =
        (CatalogFormatException) java.util.Objects.requireNonNull(thrown.getCause());
    assertThat(e.jsonPath()).as(c.name() + ": " + e.getMessage()).isEqualTo(c.path());
    assertThat(e.problem()).as(c.name()).contains(c.fragment());
  }
}
