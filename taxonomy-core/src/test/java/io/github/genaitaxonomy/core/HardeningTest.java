package io.github.genaitaxonomy.core;

import static io.github.genaitaxonomy.core.Fixtures.model;
import static io.github.genaitaxonomy.core.Fixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Regression tests for the hostile inputs of the hardening review, one per finding. */
class HardeningTest {
  /** A message quotes at most 80 characters of a value, plus its frame. */
  private static final int MAX_MESSAGE = 300;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e2147483647", "-1e2147483647", "-1e999999999", "-1e100000000", "1e999999999",
        "1e-999999999", "1e-2147483647", "1e2147483648", "1e-2147483648", "1.0000000000001",
        "1e31", "-0.5"
      })
  void should_throw_one_invalid_attribute_exception_with_a_short_message_when_the_amount_is_extreme(
      String amount) {
    assertThatThrownBy(() -> Quantity.of(amount, Unit.PARAMETERS))
        .isInstanceOfSatisfying(
            InvalidAttributeException.class,
            e -> {
              assertThat(e.type()).isEqualTo("Quantity");
              assertThat(e.attribute()).isEqualTo("amount");
              assertThat(e.getMessage())
                  .startsWith("Quantity.amount ")
                  .hasSizeLessThan(MAX_MESSAGE);
            });
  }

  @Test
  void should_not_expand_the_amount_when_a_huge_big_decimal_is_rejected() {
    BigDecimal huge = new BigDecimal("1" + "0".repeat(20_000)).movePointLeft(20_000);
    assertThatThrownBy(() -> Quantity.of(huge, Unit.PARAMETERS))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("at most 100 digits")
        .hasMessageContaining("20001 digits");
  }

  @Test
  void should_reject_before_parsing_when_the_amount_text_is_longer_than_128_characters() {
    assertThatThrownBy(() -> Quantity.of("9".repeat(999_000), Unit.PARAMETERS))
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("at most 128 characters")
        .hasMessageContaining("(999000 characters)");
  }

  @Test
  void should_accept_bounds_and_normalize_when_the_amount_is_at_its_limits() {
    assertThat(Quantity.of("9".repeat(30), Unit.TOKENS).amount().precision()).isEqualTo(30);
    assertThat(Quantity.of("0.000000000001", Unit.TOKENS).amount().scale()).isEqualTo(12);
    assertThat(Quantity.of("1.500", Unit.TOKENS)).isEqualTo(Quantity.of("1.5", Unit.TOKENS));
    assertThat(Quantity.of("0e2147483647", Unit.TOKENS).amount()).isEqualTo(BigDecimal.ZERO);
    assertThat(Quantity.of("12e3", Unit.TOKENS).toString()).isEqualTo("12000 tokens");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000",
        "a\u0000b",
        "\ud800",
        "x\udc00",
        "\u200b",
        "\u202e",
        "\u200b\u202e \ufeff",
        "a\u007fb",
        "a\u0085b"
      })
  void
      should_reject_the_name_naming_the_attribute_when_it_has_control_or_lone_surrogate_or_only_format_characters(
          String name) {
    assertThatThrownBy(() -> organization("openai").name(name).build())
        .isInstanceOfSatisfying(
            InvalidAttributeException.class,
            e -> {
              assertThat(e.type()).isEqualTo("Organization");
              assertThat(e.attribute()).isEqualTo("name");
            });
  }

  @Test
  void should_reject_aliases_and_summaries_when_they_are_only_format_characters() {
    assertThatThrownBy(() -> model("m").addAliases("ok", "\u200b").build())
        .isInstanceOfSatisfying(
            InvalidAttributeException.class,
            e -> assertThat(e.attribute()).isEqualTo("aliases[1]"));
    assertThatThrownBy(() -> model("m").summary("\u202e").build())
        .isInstanceOfSatisfying(
            InvalidAttributeException.class, e -> assertThat(e.attribute()).isEqualTo("summary"));
  }

  @Test
  void should_accept_text_when_it_has_tabs_line_breaks_pairs_and_inner_format_characters() {
    assertThat(organization("openai").name("Open\u200bAI \ud83d\ude00").build().name())
        .isEqualTo("Open\u200bAI \ud83d\ude00");
    assertThat(model("m").summary("one\tline\nand another").build().summary()).contains("\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'  Open AI'      | must not start or end with whitespace",
        "'Open AI '       | must not start or end with whitespace",
        "'   '            | must not be blank",
        "'OpenAI\u0001'   | has U+0001 at index 6",
        "'Open\u007fAI'   | has U+007F at index 4",
        "'Open~AI\u0085'  | has U+0085 at index 7"
      })
  void should_name_the_first_problem_when_mostly_ascii_text_is_bad(String name, String problem) {
    assertThatThrownBy(() -> organization("openai").name(name).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageStartingWith("Organization.name")
        .hasMessageContaining(problem);
  }

  @Test
  void should_reject_the_id_first_with_a_short_message_when_it_is_too_long() {
    String id = "a".repeat(1_000_000);
    assertThatThrownBy(() -> organization(id).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("at most 128 characters")
        .hasMessageContaining("(1000000 characters)")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(MAX_MESSAGE));
    assertThatThrownBy(() -> organization("openai").name("N".repeat(201)).build())
        .isInstanceOf(InvalidAttributeException.class)
        .hasMessageContaining("at most 200 characters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://user:pw@example.com:99999/x", "https://user@example.com/x",
        "https://example.com:99999/x", "https://example.com:0/x"
      })
  void should_reject_the_url_when_it_has_user_information_or_a_port_out_of_range(String url) {
    assertThatThrownBy(() -> Source.parse(url))
        .isInstanceOfSatisfying(
            InvalidAttributeException.class,
            e -> assertThat(e.getMessage()).startsWith("Source.reference of a URL"));
    assertThat(Source.parse("https://example.com:8443/x").reference())
        .isEqualTo("https://example.com:8443/x");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "text=>image|4|=>",
        "text\u21D2image|4|\u21D2",
        "text\u27F6image|4|\u27F6",
        "text\u2014>image|4|\u2014>",
        "text\u2013>image|4|\u2013>",
        "text\u2212>image|4|\u2212>",
        "text-\uFF1Eimage|4|-\uFF1E",
        "text\u2192image|4|\u2192",
        "text;image|4|;",
        "text-to-image|4|-to-",
      })
  void should_report_the_look_alike_arrow_at_its_position_with_a_hint_when_the_arrow_is_misspelt(
      String text, int position, String token) {
    assertThatThrownBy(() -> ModalitySignature.parse(text))
        .isInstanceOfSatisfying(
            NotationException.class,
            e -> {
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.token()).isEqualTo(token);
              assertThat(e.getMessage()).contains("write '->'");
            });
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void should_name_the_parameter_when_get_and_find_are_given_null() {
    Catalog catalog = Catalog.builder().addOrganizations(organization("openai").build()).build();
    assertThatThrownBy(() -> catalog.get(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> catalog.find(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> catalog.query().developer(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("organizationId");
    assertThatThrownBy(() -> catalog.query().access(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("access");
  }

  @Test
  void should_suggest_only_close_ids_and_never_the_entity_itself_when_a_reference_is_unknown() {
    GenerativeModel gpt = model("gpt-3").build();
    GenerativeModel chat =
        model("gpt-4")
            .addLineage(
                LineageEdge.of(LineageRelation.FINE_TUNED_FROM, "gpt-5", Fixtures.PAPER_SOURCE))
            .build();
    assertThatThrownBy(() -> Catalog.builder().addModels(gpt, chat).build())
        .isInstanceOf(CatalogValidationException.class)
        .hasMessageContaining("unknown model or technique 'gpt-5'; nearest known: gpt-3")
        .hasMessageNotContaining("gpt-3, gpt-4");
  }

  /** 4,000 organizations, and 4,000 models each naming an unknown developer close to many. */
  static Catalog.Builder danglingDevelopers(int count) {
    Catalog.Builder builder = Catalog.builder();
    for (int i = 0; i < count; i++) {
      builder.addOrganizations(organization("org-" + i).build());
      builder.addModels(model("m-" + i).developers(java.util.List.of("dev-" + i)).build());
    }
    return builder;
  }

  @Test
  void
      should_suggest_for_the_first_20_unknown_ids_and_count_the_rest_when_4000_references_dangle() {
    assertThatThrownBy(() -> danglingDevelopers(4_000).build())
        .isInstanceOfSatisfying(
            CatalogValidationException.class,
            e -> {
              assertThat(e.violations()).hasSize(4_000);
              assertThat(e.violations().subList(0, CatalogValidationException.SHOWN_VIOLATIONS))
                  .allSatisfy(v -> assertThat(v.message()).contains("; nearest known: org-"));
              assertThat(e.violations().get(0).message())
                  .isEqualTo("unknown organization 'dev-0'; nearest known: org-0");
              assertThat(e.violations().get(CatalogValidationException.SHOWN_VIOLATIONS).message())
                  .isEqualTo("unknown organization 'dev-20'");
              String message = String.valueOf(e.getMessage());
              assertThat(message)
                  .startsWith("Invalid catalog: 4000 problems")
                  .contains("m-19.developers[0]: unknown organization 'dev-19'; nearest known")
                  .doesNotContain("dev-20'")
                  .endsWith("and 3980 more (see violations())");
              assertThat(message.lines()).hasSize(22);
            });
  }

  @Test
  void should_suggest_to_every_reference_when_many_name_one_unknown_id_after_the_first_20() {
    Catalog.Builder builder = danglingDevelopers(30);
    builder.addModels(model("late").developers(java.util.List.of("dev-0")).build());
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            CatalogValidationException.class,
            e ->
                assertThat(e.violations().get(30).message())
                    .isEqualTo("unknown organization 'dev-0'; nearest known: org-0"));
  }

  @Test
  void should_use_an_before_a_vowel_when_an_article_is_needed() {
    assertThat(io.github.genaitaxonomy.core.internal.Ids.withArticle("organization"))
        .isEqualTo("an organization");
    assertThat(io.github.genaitaxonomy.core.internal.Ids.withArticle("model")).isEqualTo("a model");
  }
}
