package dev.reportflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.RoutedUnit;
import dev.reportflow.classifier.RoutingThresholds;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.web.Http;
import dev.reportflow.web.Http.Multipart;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.TestUsers;
import dev.reportflow.web.WebServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One section of a routed report waits for a person, with the default thresholds, in a real headless
 * Chromium against a real broker and the real streams app. The report is a real one from the corpus's dev
 * part (a community committee's summary): the classifier is sure enough of it to route it, but one of its
 * units ties to no line of work but the issuer's fallback. The triage page lists that unit alone, says why
 * in Chinese with its confidence and evidence, and the trace page shows the reason on its copy while the
 * report's other sections went to their departments.
 */
class UnitTriagePageIT {

    private static final Path REPORT = Path.of("..", "corpus", "documents", "base-024.txt");

    private static ReportRouter router;
    private static WebServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String submissionId;
    private static Set<String> waitingPaths;

    @BeforeAll
    static void start() throws Exception {
        String text = Files.readString(REPORT, StandardCharsets.UTF_8);
        Report expected = Classifier.standard().classify(text).reports().get(0);
        waitingPaths = expected.routedUnits().stream().filter(u -> RoutingThresholds.DEFAULT.unitWaits(expected, u))
                .map(RoutedUnit::path).collect(Collectors.toSet());
        assertThat(RoutingThresholds.DEFAULT.reportWaits(expected)).as("a report routed as a whole").isFalse();
        assertThat(waitingPaths).as("some of its units wait, not all").isNotEmpty().hasSizeLessThan(expected.routedUnits().size());

        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        TestCluster.Namespace namespace = TestCluster.namespace("unittriage");
        router = TestCluster.startRouter(namespace);
        server = TestCluster.startServer(namespace);

        HttpResponse<String> submitted = Http.as(server.port(), TestUsers.OFFICE).post("/submissions", new Multipart()
                .file("file", "工作总结.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain"));
        assertThat(submitted.statusCode()).as(submitted.body()).isBetween(200, 202);
        submissionId = Http.json(submitted).get("submissionId").asText();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (router != null) {
            router.close();
        }
    }

    @Test
    void aClerkSeesWhyOneSectionOfARoutedReportWaitsAndTheTraceShowsItBesideItsRoutedSiblings() throws Exception {
        JsonNode queue = Http.as(server.port(), TestUsers.TRIAGE)
                .awaitJson("/api/triage", body -> body.path("waiting").asInt() == 1, Duration.ofSeconds(60));
        JsonNode report = queue.get("reports").get(0);
        assertThat(report.get("triageReason").isNull()).isTrue();
        assertThat(report.get("units")).extracting(u -> u.get("sectionPath").asText())
                .containsExactlyInAnyOrderElementsOf(waitingPaths);
        assertThat(report.get("units")).allSatisfy(u -> {
            assertThat(u.get("routingReason").asText()).isEqualTo("low-unit-confidence");
            assertThat(u.get("confidence").asDouble()).isLessThan(RoutingThresholds.DEFAULT_MIN_UNIT_CONFIDENCE);
            assertThat(u.get("triageReason").asText()).contains("below the unit routing threshold");
            assertThat(u.at("/confidenceEvidence/rule").asText()).isEqualTo(RoutingThresholds.UNIT_CONFIDENCE_RULE);
        });

        signIn("/triage", TestUsers.TRIAGE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "待分拣 1 份报告"));
        WebElement pending = browser.findElement(By.cssSelector(".pending"));
        assertThat(pending.findElement(By.cssSelector("dd.why")).getText()).isEqualTo("报告已分办；下列章节分类把握不足，待人工分办");
        List<WebElement> units = pending.findElements(By.cssSelector("tr[data-unit-id]"));
        assertThat(units).hasSize(waitingPaths.size()).allSatisfy(unit -> assertThat(unit.findElement(By.className("unit-why")).getText())
                .startsWith("本节分类把握不足，待人工分办：置信度 0.").contains(RoutingThresholds.UNIT_CONFIDENCE_RULE));

        browser.manage().deleteAllCookies();
        signIn("/trace/" + submissionId, TestUsers.AUDITOR);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#delivery-rows tr[data-department='unassigned']")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#delivery-rows tr"));
        assertThat(rows).filteredOn(row -> "unassigned".equals(row.getAttribute("data-department"))).hasSize(waitingPaths.size())
                .allSatisfy(row -> assertThat(row.getText()).contains("本节分类把握不足，待人工分办", "置信度 0."));
        assertThat(rows).filteredOn(row -> !"unassigned".equals(row.getAttribute("data-department"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).doesNotContain("待人工分办"));
    }

    private static void signIn(String path, String user) {
        HeadlessChromium.signIn(browser, wait, "http://127.0.0.1:" + server.port() + path, user);
    }
}
