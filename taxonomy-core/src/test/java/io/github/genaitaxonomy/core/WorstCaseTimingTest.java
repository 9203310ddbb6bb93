package io.github.genaitaxonomy.core;

import static io.github.genaitaxonomy.core.Fixtures.model;
import static io.github.genaitaxonomy.core.Fixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated worst cases of core's parsers and value types, each under 1 MB of text: every one is
 * accepted or rejected with an {@link IllegalArgumentException}, and fast. The bound is far above
 * the time measured (see docs/reliability.md) so that a busy machine cannot make it flake.
 */
class WorstCaseTimingTest {
  private static final int SIZE = 999_000;

  /** Far above the slowest case measured on a quiet JVM, and above it on a machine under load. */
  private static final Duration BOUND = Duration.ofSeconds(10);

  static List<Named<Runnable>> worstCases() {
    Catalog catalog =
        Catalog.builder()
            .addOrganizations(organization("openai").build())
            .addModels(
                IntStream.range(0, 2_000).mapToObj(i -> model("model-" + i).build()).toList())
            .build();
    return List.of(
        Named.of("amount of 999,000 digits", () -> Quantity.of("9".repeat(SIZE), Unit.TOKENS)),
        Named.of(
            "amount of 999,000 zeros after the point",
            () -> Quantity.of("0." + "0".repeat(SIZE) + "1", Unit.TOKENS)),
        Named.of("amount 1e2147483647", () -> Quantity.of("1e2147483647", Unit.TOKENS)),
        Named.of("amount -1e999999999", () -> Quantity.of("-1e999999999", Unit.TOKENS)),
        Named.of("id of 999,000 characters", () -> organization("a".repeat(SIZE)).build()),
        Named.of("id of 999,000 dashes", () -> organization("a-".repeat(SIZE / 2)).build()),
        Named.of(
            "name of 999,000 characters",
            () -> organization("openai").name("N".repeat(SIZE)).build()),
        Named.of(
            "summary of 999,000 format characters",
            () -> model("m").summary("\u200b".repeat(SIZE)).build()),
        Named.of("summary of 999,000 letters", () -> model("m").summary("a".repeat(SIZE)).build()),
        Named.of(
            "unknown id of 999,000 characters",
            () -> {
              var unused = catalog.get("m".repeat(SIZE));
            }),
        Named.of(
            "unknown id close to 2,000 ids",
            () -> {
              var unused = catalog.get("model-99999");
            }),
        Named.of(
            "4,000 distinct unknown ids, each close to many of 4,000 known ones",
            () -> {
              var unused = HardeningTest.danglingDevelopers(4_000).build();
            }),
        Named.of(
            "category id of 999,001 characters of 'a-to-a-...'",
            () -> Category.fromId("a" + "-to-a".repeat(199_800))),
        Named.of(
            "URL of 999,000 characters",
            () -> Source.parse("https://example.com/" + "a".repeat(SIZE))),
        Named.of(
            "URL of 999,000 bad characters",
            () -> Source.parse("https://example.com/" + " ".repeat(SIZE))),
        Named.of(
            "signature of 999,000 look-alike arrows",
            () -> ModalitySignature.parse("text" + "=".repeat(SIZE) + ">image")),
        Named.of(
            "signature of 999,000 semicolons", () -> ModalitySignature.parse(";".repeat(SIZE))),
        Named.of(
            "signature of 999,000 '-to-' pieces",
            () -> ModalitySignature.parse("text-to-".repeat(SIZE / 8))));
  }

  @ParameterizedTest
  @MethodSource("worstCases")
  void should_accept_or_reject_within_the_bound_when_the_input_is_a_generated_worst_case(
      Runnable worstCase) {
    long start = System.nanoTime();
    try {
      worstCase.run();
    } catch (IllegalArgumentException expected) {
      assertThat(expected.getMessage()).hasSizeLessThan(2_000_000);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    assertThat(elapsed).isLessThan(BOUND);
  }
}
