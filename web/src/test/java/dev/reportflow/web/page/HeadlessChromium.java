package dev.reportflow.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real Chromium, headless, driven through chromedriver: Debian's packages by default
 * ({@code apt-get install chromium chromium-driver}), or the binaries named by
 * {@code -Dreportflow.chromium=...} and {@code -Dreportflow.chromedriver=...}. Without them the
 * test fails and says so; a developer without a browser skips it deliberately with
 * {@code -Dreportflow.browser.skip=true}.
 */
final class HeadlessChromium {

    static final String SKIP_PROPERTY = "reportflow.browser.skip";

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY), "Browser tests skipped with -D" + SKIP_PROPERTY + "=true");
        Path chromium = Path.of(System.getProperty("reportflow.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("reportflow.chromedriver", "/usr/bin/chromedriver"));
        for (Path binary : new Path[] {chromium, chromedriver}) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the supervisor page is tested in a real browser. Install it with"
                        + " `apt-get install chromium chromium-driver`, point -Dreportflow.chromium / -Dreportflow.chromedriver"
                        + " at other binaries, or skip deliberately with -D" + SKIP_PROPERTY + "=true.");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + freshProfile());
        // The driver is named explicitly, so Selenium never looks for (or downloads) one itself.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static Path freshProfile() {
        try {
            Path profile = Files.createTempDirectory("reportflow-chromium-");
            profile.toFile().deleteOnExit();
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
