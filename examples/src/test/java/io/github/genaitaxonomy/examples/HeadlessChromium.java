package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through Selenium: Debian's {@code chromium} and {@code chromium-driver},
 * found at fixed paths since nothing is downloaded at run time ({@code .ci/run} installs them).
 */
final class HeadlessChromium {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** A new browser with a fresh profile and no network features; quit it when done. */
  static ChromeDriver start() throws IOException {
    assertThat(CHROMIUM).as("chromium (apt-get install chromium chromium-driver)").exists();
    assertThat(DRIVER).as("chromedriver (apt-get install chromium-driver)").exists();
    Path profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--hide-scrollbars",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
    return new ChromeDriver(service, options);
  }
}
