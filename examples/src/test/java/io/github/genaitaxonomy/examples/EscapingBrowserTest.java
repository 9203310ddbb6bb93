package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.examples.internal.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A site built from a catalog whose texts hold markup and script, in headless Chromium: every text
 * shows literally, no injected element exists and no injected script runs, on the page and in its
 * pictures.
 */
class EscapingBrowserTest {
  private static final Path SITE = Path.of("target", "escaping-site");

  private static final String NAME = "<script>alert(1)</script> & &amp; \"double\" 'single'";
  private static final String ORGANIZATION = "Org \"><img src=x onerror=window.injected=1>";
  private static final String SUMMARY =
      "Summary \"><img src=x onerror=window.injected=2> <b>not bold</b> &lt; &amp;";
  private static final String SOURCE = "https://example.org/a?b=1&amp;c='d'";
  private static final String NOTE = "<script>window.injected=3</script> note & more";

  private static final String INJECTED = "script:not(#explorer), img[src='x'], b, [onerror], image";

  private static ChromeDriver browser;

  static Catalog hostile() {
    Source source = Source.url(SOURCE);
    return Catalog.builder()
        .addOrganizations(
            Organization.builder()
                .id("hostile-org")
                .name(ORGANIZATION)
                .kind(OrganizationKind.COMPANY)
                .addSources(source)
                .build())
        .addModels(
            GenerativeModel.builder()
                .id("hostile-model")
                .name(NAME)
                .signature(ModalitySignature.parse("text->image"))
                .released(YearMonth.of(2022, 4))
                .addDevelopers("hostile-org")
                .paperAbsentReason("A blog post <i>only</i>.")
                .addSources(source)
                .summary(SUMMARY)
                .addDiscrepancies(
                    Discrepancy.of(
                        DiscrepancyKind.WRONG_ORGANIZATION,
                        Claim.of(
                            ClaimAttribute.DEVELOPERS,
                            "<b>Somebody</b>",
                            Source.arxiv("2301.04655"),
                            Confidence.DISPUTED),
                        Claim.builder()
                            .attribute(ClaimAttribute.DEVELOPERS)
                            .value(ORGANIZATION)
                            .source(source)
                            .confidence(Confidence.CONFIRMED)
                            .note(NOTE)
                            .build()))
                .build())
        .build();
  }

  @BeforeAll
  static void open() throws Exception {
    Site.write(hostile(), SITE);
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void open(String file) {
    browser.get(SITE.resolve(file).toAbsolutePath().toUri().toString());
  }

  private static void assertNothingRan() {
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.executeScript("return typeof window.injected")).isEqualTo("undefined");
    assertThat(browser.findElements(By.cssSelector(INJECTED))).isEmpty();
  }

  @Test
  void should_show_every_text_literally_and_run_no_script_when_the_catalog_holds_markup() {
    // WHEN
    open("index.html");

    // THEN
    assertNothingRan();
    String card = "#model-hostile-model ";
    assertThat(browser.findElement(By.cssSelector(card + "h3")).getText()).isEqualTo(NAME);
    assertThat(browser.findElement(By.cssSelector(card + "p")).getText()).isEqualTo(SUMMARY);
    assertThat(browser.findElement(By.cssSelector("#table tbody td a")).getText()).isEqualTo(NAME);
    assertThat(browser.findElement(By.cssSelector("#table tbody td:nth-child(4)")).getText())
        .isEqualTo(ORGANIZATION);
    List<String> items =
        browser.findElements(By.cssSelector(card + "li")).stream().map(e -> e.getText()).toList();
    assertThat(items).anyMatch(i -> i.contains(NOTE)).anyMatch(i -> i.contains("<b>Somebody</b>"));
    assertThat(items).contains(SOURCE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"taxonomy.svg", "timeline.svg", "organizations.svg", "lineage.svg"})
  void should_escape_every_text_and_run_no_script_when_a_picture_shows_markup(String picture)
      throws Exception {
    // GIVEN: the picture is well-formed XML
    SvgDocument svg =
        SvgDocument.parse(Files.readString(SITE.resolve(picture), StandardCharsets.UTF_8));

    // WHEN
    open(picture);

    // THEN
    assertNothingRan();
    assertThat(svg.elements("script")).isEmpty();
    String texts =
        String.join(" ", svg.elements("text").stream().map(t -> t.getTextContent()).toList());
    assertThat(
            Stream.of("<script>", "&amp;", "\"double\"", "'single'", ORGANIZATION.substring(0, 8)))
        .allMatch(texts::contains);
  }
}
