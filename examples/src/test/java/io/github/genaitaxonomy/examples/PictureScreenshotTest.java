package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.examples.internal.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Each committed picture ({@code docs/*.svg}) and each picture of the explorer site, opened in
 * headless Chromium ({@link HeadlessChromium}) and screenshot into {@code target/screenshots}: no
 * text may overlap another or leave the canvas, as the browser lays the texts out.
 */
class PictureScreenshotTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final Path SITE = Path.of("target", "screenshot-site");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** How far, in the picture's units, two texts may reach into each other or past the edge. */
  private static final double TOLERANCE = 0.5;

  /** Largest side of a screenshot; a larger picture is measured all the same. */
  private static final int MAX_SIZE = 8000;

  /**
   * The canvas (viewBox, else width and height) and every non-empty text's box as the browser draws
   * it, in the picture's own units: {@code [x0, y0, x1, y1]} and {@code [text, x0, y0, x1, y1]}.
   */
  private static final String MEASURE =
      """
      const svg = document.documentElement;
      const r = svg.getBoundingClientRect();
      const vb = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0
          ? svg.viewBox.baseVal : null;
      const sx = vb ? vb.width / r.width : 1, sy = vb ? vb.height / r.height : 1;
      const ox = vb ? vb.x : 0, oy = vb ? vb.y : 0;
      const texts = Array.from(svg.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'text'))
          .filter(t => t.textContent.trim() !== '')
          .map(t => {
            const b = t.getBoundingClientRect();
            return [t.textContent, ox + (b.left - r.left) * sx, oy + (b.top - r.top) * sy,
                ox + (b.right - r.left) * sx, oy + (b.bottom - r.top) * sy];
          });
      return {canvas: [ox, oy, ox + r.width * sx, oy + r.height * sy],
          size: [r.width, r.height], texts: texts};
      """;

  private static ChromeDriver browser;

  @BeforeAll
  static void open() throws IOException {
    Site.write(Edition.ALL.catalog(), SITE);
    Files.createDirectories(SCREENSHOTS);
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  static Stream<Path> pictures() throws IOException {
    List<Path> pictures = new ArrayList<>();
    for (Path folder : List.of(DOCS, SITE)) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(f -> f.toString().endsWith(".svg")).sorted().forEach(pictures::add);
      }
    }
    return pictures.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pictures")
  void should_keep_every_text_clear_of_the_others_and_on_the_canvas_when_chromium_draws_it(
      Path picture) throws IOException {
    assertThat(problems(picture)).isEmpty();
  }

  @Test
  void should_report_the_overlap_and_the_text_off_the_canvas_when_a_picture_has_them()
      throws IOException {
    // GIVEN: two texts on one spot, and one that runs past the right edge
    Path bad = Path.of("target", "overlapping.svg");
    Files.writeString(
        bad,
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"
            font-family="'DejaVu Sans'">
          <text x="10" y="30" font-size="14">First label</text>
          <text x="30" y="34" font-size="14">Second label</text>
          <text x="150" y="80" font-size="14">Runs off the edge</text>
        </svg>
        """,
        StandardCharsets.UTF_8);

    // WHEN
    List<String> problems = problems(bad);

    // THEN
    assertThat(problems)
        .anyMatch(p -> p.contains("'First label'") && p.contains("overlaps 'Second label'"))
        .anyMatch(p -> p.contains("'Runs off the edge'") && p.contains("leaves the canvas"))
        .hasSize(2);
  }

  /**
   * Opens the picture, screenshots it into {@code target/screenshots} and lists every pair of
   * overlapping texts and every text that leaves the canvas.
   */
  @SuppressWarnings("unchecked")
  private static List<String> problems(Path picture) throws IOException {
    browser.get(picture.toAbsolutePath().toUri().toString());
    Map<String, Object> measured =
        (Map<String, Object>) Objects.requireNonNull(browser.executeScript(MEASURE), "measured");
    // The whole picture, also past the window: Chrome's DevTools capture beyond the viewport.
    List<Number> size = (List<Number>) Objects.requireNonNull(measured.get("size"), "size");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", Math.min(MAX_SIZE, Math.ceil(size.get(0).doubleValue())),
            "height", Math.min(MAX_SIZE, Math.ceil(size.get(1).doubleValue())),
            "scale", 1);
    Map<String, Object> shot =
        browser.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    String name =
        Objects.requireNonNull(picture.getParent()).getFileName()
            + "-"
            + picture.getFileName()
            + ".png";
    Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));

    double[] canvas =
        numbers((List<Object>) Objects.requireNonNull(measured.get("canvas"), "canvas"), 0);
    List<String> texts = new ArrayList<>();
    List<double[]> boxes = new ArrayList<>();
    for (List<Object> text :
        (List<List<Object>>) Objects.requireNonNull(measured.get("texts"), "texts")) {
      texts.add((String) text.get(0));
      boxes.add(numbers(text, 1));
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      double[] a = boxes.get(i);
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] b = boxes.get(j);
        if (a[0] < b[2] - TOLERANCE
            && b[0] < a[2] - TOLERANCE
            && a[1] < b[3] - TOLERANCE
            && b[1] < a[3] - TOLERANCE) {
          problems.add(quote(texts.get(i)) + box(a) + " overlaps " + quote(texts.get(j)) + box(b));
        }
      }
      if (a[0] < canvas[0] - TOLERANCE
          || a[1] < canvas[1] - TOLERANCE
          || a[2] > canvas[2] + TOLERANCE
          || a[3] > canvas[3] + TOLERANCE) {
        problems.add(quote(texts.get(i)) + box(a) + " leaves the canvas" + box(canvas));
      }
    }
    return problems;
  }

  private static double[] numbers(List<Object> values, int from) {
    double[] numbers = new double[4];
    for (int i = 0; i < 4; i++) {
      numbers[i] = ((Number) values.get(from + i)).doubleValue();
    }
    return numbers;
  }

  private static String quote(String text) {
    return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
  }

  private static String box(double[] box) {
    return String.format(Locale.ROOT, " [%.1f,%.1f - %.1f,%.1f]", box[0], box[1], box[2], box[3]);
  }
}
