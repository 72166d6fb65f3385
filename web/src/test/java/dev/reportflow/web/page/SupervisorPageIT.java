package dev.reportflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.web.Http;
import dev.reportflow.web.Http.Multipart;
import dev.reportflow.web.OutputRecords;
import dev.reportflow.web.OutputRecords.Section;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.WebServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervisors' page in a real headless Chromium against a real broker: an office submits
 * through the HTTP intake, the routed sections appear, a supervisor picks a department and a
 * role, reads the section and follows it to its trace.
 */
class SupervisorPageIT {

    private static WebServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String submissionId;

    @BeforeAll
    static void start() throws InterruptedException {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        TestCluster.Namespace namespace = TestCluster.namespace("page", "finance", "audit");
        server = TestCluster.startServer(namespace);
        Http http = new Http(server.port());

        JsonNode receipt = Http.json(http.post("/submissions", new Multipart().field("office", "区财政局")
                .file("file", "区财政局2023年工作总结.txt", "区财政局2023年工作总结\n一、工作回顾\n".getBytes(StandardCharsets.UTF_8), "text/plain")));
        submissionId = receipt.get("submissionId").asText();
        KafkaCoordinates intake = new KafkaCoordinates(receipt.get("topic").asText(), receipt.get("partition").asInt(),
                receipt.get("offset").asLong());
        Instant received = Instant.now().minusSeconds(5);
        Section review = section("finance", "1", SectionRole.REVIEW, "一、强化预算执行管理", received);
        Section plan = section("finance", "3", SectionRole.PLAN, "三、2024年财政工作计划", received);
        Section problems = section("audit", "2", SectionRole.PROBLEMS, "二、专项资金使用不规范", received);
        try (OutputRecords out = new OutputRecords(namespace.topics())) {
            out.routed(review);
            out.routed(plan);
            out.routed(problems);
            out.classified(submissionId, intake, "区财政局", List.of(review, problems, plan));
        }
        http.awaitJson("/api/counts", counts -> counts.get("recordsRead").asInt() == 3, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSupervisorFiltersTheirDepartmentsSectionsAndFollowsOneToItsTrace() {
        browser.get("http://127.0.0.1:" + server.port() + "/");

        // The chart counts sections per department and role.
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#chart .bar-row"), 2));
        WebElement financeBar = browser.findElement(By.cssSelector("#chart .bar-row[data-department='finance']"));
        assertThat(financeBar.findElement(By.className("bar-total")).getText()).isEqualTo("2");
        assertThat(financeBar.findElements(By.cssSelector(".segment"))).extracting(e -> e.getAttribute("data-role"))
                .containsExactly("REVIEW", "PLAN");

        new Select(browser.findElement(By.id("department"))).selectByValue("finance");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "Latest sections for finance (2)"));
        assertThat(headings()).containsExactly("一、强化预算执行管理", "三、2024年财政工作计划");

        new Select(browser.findElement(By.id("role"))).selectByValue("PLAN");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "Latest sections for finance (1)"));
        WebElement section = browser.findElement(By.cssSelector("#sections .section"));
        assertThat(section.findElement(By.className("heading")).getText()).isEqualTo("三、2024年财政工作计划");
        assertThat(section.findElement(By.className("issuer")).getText()).isEqualTo("区财政局 (district)");
        assertThat(section.findElement(By.className("evidence")).getText()).contains("finance: 预算×3, 资金×2");
        assertThat(section.findElement(By.className("excerpt")).getText()).contains("追回资金");

        section.findElement(By.className("trace")).click();

        wait.until(ExpectedConditions.textToBe(By.id("status"), submissionId + ": CLASSIFIED"));
        assertThat(browser.getCurrentUrl()).endsWith("/trace/" + submissionId);
        assertThat(browser.findElement(By.id("received-details")).getText()).contains("区财政局2023年工作总结.txt");
        assertThat(browser.findElements(By.cssSelector("#delivery-rows tr"))).extracting(e -> e.getAttribute("data-department"))
                .containsExactlyInAnyOrder("finance", "finance", "audit");
    }

    @Test
    void restoresFiltersFromTheAddressAndSaysWhenNothingMatches() {
        browser.get("http://127.0.0.1:" + server.port() + "/?department=audit");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "Latest sections for audit (1)"));
        assertThat(headings()).containsExactly("二、专项资金使用不规范");

        browser.findElement(By.id("office")).sendKeys("镇政府");
        browser.findElement(By.id("apply")).click();

        wait.until(ExpectedConditions.textToBe(By.id("status"), "No section matches these filters."));
        assertThat(headings()).isEmpty();
    }

    private static List<String> headings() {
        return browser.findElements(By.cssSelector("#sections .section .heading")).stream().map(WebElement::getText).toList();
    }

    private static Section section(String department, String path, SectionRole role, String heading, Instant received) {
        return new Section(submissionId, department, path, role, heading, "区财政局", "区财政局", "district", received,
                received.plusSeconds(1));
    }
}
