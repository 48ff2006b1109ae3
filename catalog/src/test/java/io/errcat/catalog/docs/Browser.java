package io.errcat.catalog.docs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through the system chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}); Selenium Manager is never asked to download anything. Paths can be
 * overridden with {@code ERRCAT_CHROMIUM} and {@code ERRCAT_CHROMEDRIVER}. Without a browser the
 * tests are skipped with a message, except in CI (env {@code CI} set), where they fail.
 */
final class Browser implements AutoCloseable {
  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Starts one browser, or skips (fails in CI) when Chromium or chromedriver is missing. */
  static Browser start() throws IOException {
    File chromium = new File(env("ERRCAT_CHROMIUM", "/usr/bin/chromium"));
    File chromedriver = new File(env("ERRCAT_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      String msg = "browser tests need " + chromium + " and " + chromedriver
          + " (apt-get install chromium chromium-driver)";
      if (System.getenv("CI") != null) {
        fail("CI is set but " + msg);
      }
      Assumptions.abort("SKIPPED: " + msg);
    }
    // Never let Selenium Manager look for (or download) a driver or browser.
    System.setProperty("webdriver.chrome.driver", chromedriver.getPath());
    Path profile = Files.createTempDirectory("errcat-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars", "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver)
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(60))
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, profile);
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
