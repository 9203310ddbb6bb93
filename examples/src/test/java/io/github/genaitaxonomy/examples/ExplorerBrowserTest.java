package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.examples.internal.Site;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The explorer site in headless Chromium ({@link HeadlessChromium}): filters against queries. */
class ExplorerBrowserTest {
  private static final Path SITE = Path.of("target", "explorer");

  private static final Catalog CATALOG = Edition.ALL.catalog();
  private static ChromeDriver browser;

  @BeforeAll
  static void open() throws Exception {
    Site.write(CATALOG, SITE);
    browser = HeadlessChromium.start();
    browser.get(SITE.resolve("index.html").toAbsolutePath().toUri().toString());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static List<String> visibleRows() {
    return browser.findElements(By.cssSelector("#table tbody tr")).stream()
        .filter(WebElement::isDisplayed)
        .map(row -> row.getAttribute("data-id"))
        .toList();
  }

  private static void reset() {
    browser.findElement(By.id("search")).clear();
    for (String id : List.of("category", "organization", "modality", "year", "access")) {
      new Select(browser.findElement(By.id(id))).selectByValue("");
    }
  }

  @Test
  void should_show_every_model_when_no_filter_is_set() {
    reset();
    assertThat(visibleRows()).containsExactlyElementsOf(CATALOG.models().ids());
  }

  @Test
  void should_show_the_models_the_catalog_query_finds_when_a_search_and_an_organization_are_set() {
    // GIVEN
    reset();

    // WHEN
    browser.findElement(By.id("search")).sendKeys("GPT");
    new Select(browser.findElement(By.id("organization"))).selectByValue("openai");

    // THEN
    List<String> expected =
        CATALOG.models().stream()
            .filter(m -> m.developers().contains("openai"))
            .filter(
                m ->
                    (m.name() + " " + m.id() + " " + String.join(" ", m.aliases()))
                        .toLowerCase(Locale.ROOT)
                        .contains("gpt"))
            .map(GenerativeModel::id)
            .toList();
    assertThat(expected).isNotEmpty();
    assertThat(visibleRows()).containsExactlyElementsOf(expected);
  }

  @Test
  void should_show_the_models_of_one_year_and_output_when_year_and_modality_are_set() {
    // GIVEN
    reset();

    // WHEN
    new Select(browser.findElement(By.id("year"))).selectByValue("2022");
    new Select(browser.findElement(By.id("modality"))).selectByValue("video");

    // THEN
    List<String> expected =
        CATALOG.models().stream()
            .filter(m -> m.released().getYear() == 2022)
            .filter(
                m ->
                    m.signature().inputs().stream().anyMatch(x -> x.id().equals("video"))
                        || m.signature().outputs().stream().anyMatch(x -> x.id().equals("video")))
            .map(GenerativeModel::id)
            .toList();
    assertThat(expected).isNotEmpty();
    assertThat(visibleRows()).containsExactlyElementsOf(expected);
  }
}
