package dev.reportflow.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import dev.reportflow.web.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium, headless, driven through chromedriver: Debian's packages by default
 * ({@code apt-get install chromium chromium-driver}), or the binaries named by
 * {@code -Dreportflow.chromium=...} and {@code -Dreportflow.chromedriver=...}. Where they are
 * missing the browser tests are skipped with a message, so that `mvn -B verify` passes on a machine
 * with only Java and Maven; CI installs the browser and passes {@code -Dreportflow.browser.required=true},
 * under which a missing browser fails the build instead.
 */
final class HeadlessChromium {

    static final String REQUIRED_PROPERTY = "reportflow.browser.required";

    private HeadlessChromium() {
    }

    /** A browser whose language is Chinese, as an office's is. */
    static ChromeDriver start() {
        return start("zh-CN,zh");
    }

    /** A browser that asks for these languages ({@code Accept-Language}), e.g. {@code "en-US,en"}. */
    static ChromeDriver start(String language) {
        Path chromium = Path.of(System.getProperty("reportflow.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("reportflow.chromedriver", "/usr/bin/chromedriver"));
        for (Path binary : new Path[] {chromium, chromedriver}) {
            String missing = binary + " is missing: the supervisor page is tested in a real browser. Install it with"
                    + " `apt-get install chromium chromium-driver`, or point -Dreportflow.chromium / -Dreportflow.chromedriver"
                    + " at other binaries.";
            if (!Files.isExecutable(binary)) {
                if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
                    throw new IllegalStateException(missing + " (-D" + REQUIRED_PROPERTY + "=true)");
                }
                Assumptions.abort(missing + " Skipping the browser tests.");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + freshProfile(), "--lang=" + language);
        // What the browser of an office in China sends; the English tests ask for English themselves.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
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

    /** Opens {@code url} anonymously, is sent to the login page, signs in as {@code user} and lands on {@code url}. */
    static void signIn(ChromeDriver browser, WebDriverWait wait, String url, String user) {
        browser.get(url);
        wait.until(ExpectedConditions.urlContains("/login?next="));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlToBe(url));
    }
}
