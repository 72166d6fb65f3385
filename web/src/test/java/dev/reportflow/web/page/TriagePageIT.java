package dev.reportflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportflow.config.AppConfig;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.correct.CorrectionDesk;
import dev.reportflow.consumers.correct.CorrectionRequest;
import dev.reportflow.consumers.correct.Corrector;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.web.Http;
import dev.reportflow.web.Http.Multipart;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.TestUsers;
import dev.reportflow.web.WebServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The triage page in a real headless Chromium, against a real broker and the real streams app: an
 * office submits a report that names no issuer, so it waits on routed.unassigned; a triage clerk
 * signs in, reads why it waits and the classifier's guesses, reassigns it to finance with a reason;
 * the streams app applies the correction, and the finance supervisor's page shows the section with
 * who sent it and why, while the clerk's queue is empty. A correction of that correction moves one
 * unit on to audit: finance's page, /api/sections and the trace show the finance copy withdrawn, by
 * whom, when and why, and the trace lists every correction in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TriagePageIT {

    private static final String NO_ISSUER = """
            2024年工作总结

            一、工作开展情况
            （一）加强资金管理。全年统筹资金500万元，完成预算执行。
            （二）推进项目建设。完成道路硬化3公里。
            二、存在的问题
            资金压力较大。
            三、2025年工作计划
            继续加强预算管理。
            """;

    private static ReportRouter router;
    private static WebServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String reportId;
    private static String submissionId;
    private static TestCluster.Namespace namespace;

    @BeforeAll
    static void start() throws Exception {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        namespace = TestCluster.namespace("triage", "finance", "audit");
        router = TestCluster.startRouter(namespace);
        server = TestCluster.startServer(namespace);

        HttpResponse<String> submitted = Http.as(server.port(), TestUsers.OFFICE).post("/submissions", new Multipart()
                .file("file", "2024年工作总结.txt", NO_ISSUER.getBytes(StandardCharsets.UTF_8), "text/plain"));
        assertThat(submitted.statusCode()).as(submitted.body()).isBetween(200, 202);
        submissionId = Http.json(submitted).get("submissionId").asText();
        JsonNode queue = Http.as(server.port(), TestUsers.TRIAGE)
                .awaitJson("/api/triage", body -> body.path("waiting").asInt() == 1, Duration.ofSeconds(60));
        reportId = queue.get("reports").get(0).get("reportId").asText();
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
    @Order(1)
    void aClerkReassignsAnUnassignedReportAndTheDepartmentsSupervisorSeesIt() {
        signIn("/triage", TestUsers.TRIAGE);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "待分拣 1 份报告"));
        WebElement report = browser.findElement(By.cssSelector(".pending[data-report-id='" + reportId + "']"));
        assertThat(report.findElement(By.className("title")).getText()).isEqualTo("2024年工作总结");
        assertThat(report.findElement(By.className("office")).getText()).isEqualTo(TestUsers.OFFICE_NAME);
        assertThat(report.findElement(By.className("confidence")).getText()).startsWith("0.00");
        assertThat(report.findElement(By.className("issuer")).getText()).contains("issuer.none");
        List<WebElement> units = report.findElements(By.cssSelector("tr[data-unit-id]"));
        assertThat(units).extracting(u -> u.getAttribute("data-unit-id"))
                .containsExactly(reportId + "/1.1", reportId + "/1.2", reportId + "/2", reportId + "/3");
        // The department names come from the classifier's departments.json, Chinese first.
        assertThat(units.get(1).findElement(By.className("guess")).getText()).contains("（development_reform）");

        report.findElement(By.cssSelector("input[value='reassign']")).click();
        new Select(report.findElement(By.className("report-departments"))).selectByValue("finance");
        report.findElement(By.className("submit")).click();
        // The reason is required: the browser does not send the form without it.
        assertThat(report.findElement(By.className("result")).getText()).isEmpty();
        report.findElement(By.className("reason")).sendKeys("系区财政局报告，标题未写单位");
        report.findElement(By.className("submit")).click();

        wait.until(ExpectedConditions.textToBePresentInElement(report.findElement(By.className("result")), "已改派。"));
        assertThat(report.getAttribute("data-state")).isEqualTo("done");
        browser.findElement(By.id("refresh")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "没有待分拣的报告"));

        browser.manage().deleteAllCookies();
        signIn("/?department=finance", TestUsers.FINANCE_SUPERVISOR);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#sections .section[data-department='finance']"), 4));
        WebElement section = browser.findElement(By.cssSelector("#sections .section[data-delivery-id='" + reportId + "/1.1@finance']"));
        assertThat(section.getAttribute("data-status")).isEqualTo("delivered");
        assertThat(section.findElement(By.className("heading")).getText()).isEqualTo("（一）加强资金管理。");
        assertThat(section.findElement(By.className("correction")).getText())
                .contains("改派：" + TestUsers.TRIAGE).contains("系区财政局报告，标题未写单位");
    }

    @Test
    @Order(2)
    void aCorrectionOfTheCorrectionWithdrawsTheCopyAndEveryViewSaysByWhomAndWhy() throws Exception {
        Http supervisor = Http.as(server.port(), TestUsers.SUPERVISOR);
        String first = supervisor.getJson("/api/sections?department=finance").get(0).at("/corrected/correctionId").asText();
        AppConfig readConfig = AppConfig.load(WebServer.READ_CONFIG_RESOURCE, null, Map.of(), namespace.flags());
        Corrector corrector = new Corrector(new KafkaClients(readConfig), namespace.topics(), Clock.systemUTC());
        CorrectionRequest moveOn = new CorrectionRequest(reportId + "/1.1", null, List.of("audit"), List.of("finance"),
                null, null, null, "王芳", "资金管理属审计整改事项", first);

        Corrector.Result result = corrector.correct(moveOn, Duration.ofSeconds(30));

        assertThat(result).isInstanceOfSatisfying(Corrector.Sent.class,
                sent -> assertThat(sent.outcome()).isInstanceOf(CorrectionDesk.Applied.class));
        JsonNode withdrawn = supervisor.awaitJson("/api/sections?department=finance", sections -> section(sections,
                reportId + "/1.1@finance").path("status").asText().equals("withdrawn"), Duration.ofSeconds(30));
        JsonNode withdrawal = section(withdrawn, reportId + "/1.1@finance").get("withdrawn");
        assertThat(withdrawal.get("by").asText()).isEqualTo("王芳");
        assertThat(withdrawal.get("reason").asText()).isEqualTo("资金管理属审计整改事项");
        assertThat(withdrawal.get("at").asText()).isNotBlank();
        assertThat(section(withdrawn, reportId + "/1.1@finance").get("excerpt").asText()).isEmpty();
        JsonNode audit = supervisor.getJson("/api/sections?department=audit");
        assertThat(section(audit, reportId + "/1.1@audit").get("status").asText()).isEqualTo("delivered");
        int standing = 0;
        for (JsonNode count : supervisor.getJson("/api/counts").at("/routed/finance")) {
            standing += count.asInt();
        }
        assertThat(standing).as("finance's copies that stand").isEqualTo(3);

        JsonNode trace = Http.as(server.port(), TestUsers.AUDITOR).getJson("/api/trace/" + submissionId);
        JsonNode corrections = trace.get("corrections");
        assertThat(corrections).hasSize(5);
        assertThat(corrections.get(4).get("previousCorrectionId").asText()).isEqualTo(first);
        assertThat(corrections.get(4).get("by").asText()).isEqualTo("王芳");
        assertThat(corrections.get(0).get("by").asText()).isEqualTo(TestUsers.TRIAGE);
        assertThat(trace.get("deliveries")).filteredOn(d -> d.get("status").asText().equals("withdrawn"))
                .extracting(d -> d.get("department").asText() + " " + d.get("sectionPath").asText())
                .containsExactlyInAnyOrder("unassigned 1.1", "unassigned 1.2", "unassigned 2", "unassigned 3", "finance 1.1");

        browser.manage().deleteAllCookies();
        signIn("/?department=finance", TestUsers.SUPERVISOR);
        WebElement notice = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#sections .section[data-delivery-id='" + reportId + "/1.1@finance'][data-status='withdrawn']")));
        assertThat(notice.getText()).contains("已撤回").contains("王芳").contains("资金管理属审计整改事项")
                .doesNotContain("500万元");
        browser.get("http://127.0.0.1:" + server.port() + "/trace/" + submissionId);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#correction-list li"), 5));
        assertThat(browser.findElements(By.cssSelector("#correction-list li")).get(4).getText())
                .contains("王芳").contains("+audit -finance").contains("更正了 " + first);
    }

    @Test
    @Order(3)
    void onlyATriageClerkMayCorrectAndAReasonIsRequired() {
        Http supervisor = Http.as(server.port(), TestUsers.SUPERVISOR);
        assertThat(supervisor.get("/api/triage").statusCode()).isEqualTo(403);
        assertThat(supervisor.post("/api/triage/corrections", "application/json",
                ("{\"reportId\":\"" + reportId + "\",\"action\":\"reassign\",\"departments\":[\"audit\"],\"reason\":\"x\"}")
                        .getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);

        Http clerk = Http.as(server.port(), TestUsers.TRIAGE);
        HttpResponse<String> noReason = clerk.post("/api/triage/corrections", "application/json",
                ("{\"reportId\":\"" + reportId + "\",\"action\":\"reassign\",\"departments\":[\"audit\"],\"reason\":\" \"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(Http.json(noReason).get("message").asText()).startsWith("操作有误：请填写分拣理由");
        HttpResponse<String> unknown = clerk.post("/api/triage/corrections", "application/json",
                ("{\"reportId\":\"" + reportId + "\",\"action\":\"reassign\",\"departments\":[\"financ\"],\"reason\":\"x\"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(Http.json(unknown).get("message").asText()).startsWith("未知的部门代码").contains("financ").contains("finance");
    }

    private static JsonNode section(JsonNode sections, String deliveryId) {
        for (JsonNode section : sections) {
            if (section.get("deliveryId").asText().equals(deliveryId)) {
                return section;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static void signIn(String path, String user) {
        HeadlessChromium.signIn(browser, wait, "http://127.0.0.1:" + server.port() + path, user);
    }
}
