package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs each program in a JVM of its own, as a user would, to see its real exit status. */
class ExamplesTest {

  /** What a program printed and how it exited. */
  record Exit(int status, String out, String err) {}

  static Exit java(Path workDir, Class<?> main, String... args) throws Exception {
    // Surefire puts the test class path here; java.class.path may be its manifest-only jar.
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath);
    command.add(main.getName());
    command.addAll(List.of(args));
    Path out = workDir.resolve("out.txt");
    Path err = workDir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File(devNull())))
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", main).isTrue();
    return new Exit(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String devNull() {
    return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        QueryExample.class,
        BuildYourOwnCatalog.class,
        JsonRoundTrip.class,
        ClassifySignature.class,
        Tour.class
      })
  void should_exit_0_and_print_something_when_an_example_runs(Class<?> main, @TempDir Path dir)
      throws Exception {
    Exit exit = java(dir, main);

    assertThat(exit.err()).isEmpty();
    assertThat(exit.status()).isZero();
    assertThat(exit.out()).isNotBlank();
  }

  @Test
  void should_report_equal_catalogs_when_round_tripping_json(@TempDir Path dir) throws Exception {
    Exit exit = java(dir, JsonRoundTrip.class);

    assertThat(exit.out())
        .contains("equal: true")
        .doesNotContain("equal: false")
        .contains("Stable:     true");
  }

  @Test
  void should_exit_0_when_the_tour_is_asked_for_help(@TempDir Path dir) throws Exception {
    Exit exit = java(dir, Tour.class, "--help");

    assertThat(exit.status()).isZero();
    assertThat(exit.out()).startsWith("Usage: tour");
  }

  @Test
  void should_exit_2_with_usage_on_stderr_when_the_tour_gets_an_unknown_argument(@TempDir Path dir)
      throws Exception {
    Exit exit = java(dir, Tour.class, "--no-such-option");

    assertThat(exit.status()).isEqualTo(2);
    assertThat(exit.out()).isEmpty();
    assertThat(exit.err()).contains("Unknown option: '--no-such-option'").contains("Usage: tour");
  }

  @Test
  void should_exit_1_when_a_given_signature_is_not_canonical(@TempDir Path dir) throws Exception {
    Exit exit = java(dir, ClassifySignature.class, "text->image", "Text->Image");

    assertThat(exit.status()).isEqualTo(1);
    assertThat(exit.out()).contains("survey category: Text-to-Image", "not a canonical signature");
  }
}
