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
import dev.reportflow.web.TestUsers;
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
 * through the HTTP intake, the routed sections appear, a supervisor signs in on the login page,
 * picks a department and a role, reads the section and follows it to its trace.
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
        Http office = Http.as(server.port(), TestUsers.OFFICE);

        JsonNode receipt = Http.json(office.post("/submissions", new Multipart()
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
        Http.as(server.port(), TestUsers.SUPERVISOR)
                .awaitJson("/api/counts", counts -> counts.get("recordsRead").asInt() == 3, Duration.ofSeconds(30));
        signIn(TestUsers.SUPERVISOR, TestUsers.PASSWORD);
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
    void aWrongPasswordIsRefusedOnTheLoginPageInChinese() {
        browser.get("http://127.0.0.1:" + server.port() + "/login");
        browser.findElement(By.id("username")).sendKeys(TestUsers.SUPERVISOR);
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.id("sign-in")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "用户名或密码错误"));
        assertThat(browser.getTitle()).startsWith("登录");
    }

    @Test
    void aSupervisorFiltersTheirDepartmentsSectionsAndFollowsOneToItsTrace() {
        browser.get("http://127.0.0.1:" + server.port() + "/");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), TestUsers.SUPERVISOR));
        // The chart counts sections per department and role.
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#chart .bar-row"), 2));
        WebElement financeBar = browser.findElement(By.cssSelector("#chart .bar-row[data-department='finance']"));
        assertThat(financeBar.findElement(By.className("bar-total")).getText()).isEqualTo("2");
        assertThat(financeBar.findElements(By.cssSelector(".segment"))).extracting(e -> e.getAttribute("data-role"))
                .containsExactly("REVIEW", "PLAN");

        new Select(browser.findElement(By.id("department"))).selectByValue("finance");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "财政的最新章节（2）"));
        assertThat(headings()).containsExactly("一、强化预算执行管理", "三、2024年财政工作计划");

        new Select(browser.findElement(By.id("role"))).selectByValue("PLAN");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "财政的最新章节（1）"));
        WebElement section = browser.findElement(By.cssSelector("#sections .section"));
        assertThat(section.findElement(By.className("heading")).getText()).isEqualTo("三、2024年财政工作计划");
        assertThat(section.findElement(By.className("issuer")).getText()).isEqualTo("区财政局（区级）");
        assertThat(section.findElement(By.className("evidence")).getText()).contains("财政：预算×3, 资金×2");
        assertThat(section.findElement(By.className("role")).getText()).isEqualTo("工作计划");
        assertThat(section.findElement(By.tagName("time")).getText()).as("a date as written in Chinese").matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        assertThat(section.findElement(By.className("excerpt")).getText()).contains("追回资金");

        section.findElement(By.className("trace")).click();

        wait.until(ExpectedConditions.textToBe(By.id("status"), submissionId + "：已分类分送"));
        assertThat(browser.getCurrentUrl()).endsWith("/trace/" + submissionId);
        assertThat(browser.findElement(By.id("received-details")).getText()).contains("区财政局2023年工作总结.txt");
        assertThat(browser.findElements(By.cssSelector("#delivery-rows tr"))).extracting(e -> e.getAttribute("data-department"))
                .containsExactlyInAnyOrder("finance", "finance", "audit");
    }

    @Test
    void restoresFiltersFromTheAddressAndSaysWhenNothingMatches() {
        browser.get("http://127.0.0.1:" + server.port() + "/?department=audit");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "审计的最新章节（1）"));
        assertThat(headings()).containsExactly("二、专项资金使用不规范");

        browser.findElement(By.id("office")).sendKeys("镇政府");
        browser.findElement(By.id("apply")).click();

        wait.until(ExpectedConditions.textToBe(By.id("status"), "没有符合条件的章节。"));
        assertThat(headings()).isEmpty();
    }

    @Test
    void thePageIsInChineseWithDepartmentNamesAndRolesInWords() {
        browser.get("http://127.0.0.1:" + server.port() + "/");

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#chart .bar-row"), 2));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.getTitle()).startsWith("分送的报告章节");
        assertThat(browser.findElement(By.id("filters")).getText()).contains("部门", "章节类别", "层级", "筛选", "刷新");
        assertThat(new Select(browser.findElement(By.id("department"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("全部部门", "财政（2）", "审计（1）");
        assertThat(browser.findElements(By.cssSelector("#chart .bar-label"))).extracting(WebElement::getText)
                .containsExactly("财政", "审计");
        assertThat(browser.findElement(By.id("legend")).getText()).contains("工作回顾", "存在问题", "工作计划");
        assertThat(browser.findElement(By.id("who-name")).getText()).isEqualTo(TestUsers.SUPERVISOR + "（部门督办：审计、财政）");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("finance", "Latest", "REVIEW");
    }

    @Test
    void englishIsOneChoiceAwayAndStaysChosen() {
        browser.get("http://127.0.0.1:" + server.port() + "/?department=finance");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "财政的最新章节（2）"));

        new Select(browser.findElement(By.id("lang"))).selectByValue("en");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "Latest sections for finance (2)"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.get("http://127.0.0.1:" + server.port() + "/?department=audit");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "Latest sections for audit (1)"));

        new Select(browser.findElement(By.id("lang"))).selectByValue("zh-CN");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "审计的最新章节（1）"));
    }

    /** Every text the pages show, in the colours the browser computed, against what is behind it. */
    @Test
    void everyTextOnThePagesKeepsWcagAaContrast() {
        browser.get("http://127.0.0.1:" + server.port() + "/?department=finance");
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "财政的最新章节（2）"));
        List<Contrast.Sample> page = Contrast.measure(browser);
        browser.get("http://127.0.0.1:" + server.port() + "/trace/" + submissionId);
        wait.until(ExpectedConditions.textToBe(By.id("status"), submissionId + "：已分类分送"));
        List<Contrast.Sample> trace = Contrast.measure(browser);
        browser.get("http://127.0.0.1:" + server.port() + "/login");
        List<Contrast.Sample> login = Contrast.measure(browser);

        assertThat(page).extracting(Contrast.Sample::text).as("the role labels and the muted text are measured")
                .contains("工作回顾", "工作计划", "财政");
        assertThat(trace).hasSizeGreaterThan(10);
        assertThat(login).extracting(Contrast.Sample::text).contains("用户名", "密码");
        for (List<Contrast.Sample> samples : List.of(page, trace, login)) {
            assertThat(samples).filteredOn(sample -> sample.ratio() < Contrast.AA).as("below 4.5:1").isEmpty();
        }
    }

    /** Opens a page anonymously, is sent to the login page, signs in there and lands on the page it asked for. */
    private static void signIn(String user, String password) {
        browser.get("http://127.0.0.1:" + server.port() + "/?department=finance");
        wait.until(ExpectedConditions.urlContains("/login?next="));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("用户名", "密码", "登录");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlToBe("http://127.0.0.1:" + server.port() + "/?department=finance"));
        wait.until(ExpectedConditions.textToBe(By.id("list-title"), "财政的最新章节（2）"));
    }

    private static List<String> headings() {
        return browser.findElements(By.cssSelector("#sections .section .heading")).stream().map(WebElement::getText).toList();
    }

    private static Section section(String department, String path, SectionRole role, String heading, Instant received) {
        return new Section(submissionId, department, path, role, heading, "区财政局", "区财政局", "district", received,
                received.plusSeconds(1));
    }
}
