package dev.reportflow.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.web.Http;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.TestUsers;
import dev.reportflow.web.WebServer;
import java.nio.file.Path;
import java.time.Duration;
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
 * The office's upload form in a real headless Chromium, against a real broker and the real routing
 * app: a clerk signs in, uploads a PDF made by LibreOffice, reads the receipt and then where the
 * report went; the same file again is rejected as a duplicate, in Chinese. A finance supervisor's
 * browser sees finance only and is refused another department; a browser without a session gets
 * 401, and a post from the clerk's session without its CSRF token is refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClerkUploadPageIT {

    /** The 县应急管理局 report of the documents module's fixtures, exported to PDF by LibreOffice. */
    private static final Path PDF = Path.of("../documents/src/test/resources/fixtures/report.pdf").toAbsolutePath().normalize();
    private static final Duration ROUTING = Duration.ofSeconds(90);

    private static ReportRouter router;
    private static WebServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        assertThat(PDF).exists();
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        TestCluster.Namespace namespace = TestCluster.namespace("clerk", "finance", "emergency_management");
        router = TestCluster.startRouter(namespace);
        server = TestCluster.startServer(namespace);
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
    void aClerkUploadsAPdfAndSeesWhereItWentThenTheSameFileIsRejectedAsADuplicate() throws Exception {
        signIn(TestUsers.OFFICE);
        wait.until(ExpectedConditions.urlToBe(url("/upload")));
        wait.until(ExpectedConditions.textToBe(By.id("office"), TestUsers.OFFICE_NAME));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.getTitle()).startsWith("报送工作报告");
        assertThat(browser.findElement(By.id("upload")).getText()).contains("报告文件", "提交");

        String first = upload();
        WebElement status = wait(ROUTING).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#outcome-status[data-status='CLASSIFIED']")));
        assertThat(status.getText()).contains("识别出 1 份报告", "已分送至以下部门");
        assertThat(browser.findElements(By.cssSelector("#outcome-departments li")))
                .extracting(li -> li.getAttribute("data-department") + "=" + li.getText())
                .containsExactly("emergency_management=应急管理/安全生产");
        assertThat(browser.findElement(By.id("receipt-details")).getText()).contains(first, "report.pdf");

        String second = upload();
        assertThat(second).isNotEqualTo(first);
        WebElement rejected = wait(ROUTING).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#outcome-status[data-status='REJECTED']")));
        assertThat(rejected.getText()).isEqualTo("报送被退回：重复报送");
        assertThat(browser.findElement(By.cssSelector("#outcome-rejections .rejection")).getAttribute("data-reason"))
                .isEqualTo("DUPLICATE");
    }

    @Test
    @Order(2)
    void aPostFromTheClerksSessionWithoutItsCsrfTokenIsRefused() throws Exception {
        signIn(TestUsers.OFFICE);
        wait.until(ExpectedConditions.textToBe(By.id("office"), TestUsers.OFFICE_NAME));

        JsonNode forged = fetch("""
                const body = new FormData();
                body.append('file', new Blob(['区审计局2024年工作总结\\n一、工作回顾\\n'], {type: 'text/plain'}), 'forged.txt');
                return fetch('/submissions', {method: 'POST', body});""");
        JsonNode withToken = fetch("""
                const session = await (await fetch('/api/session')).json();
                const body = new FormData();
                body.append('file', new Blob(['区审计局2024年工作总结\\n一、工作回顾\\n全年完成审计项目12个。\\n'], {type: 'text/plain'}), 'real.txt');
                return fetch('/submissions', {method: 'POST', body, headers: {'X-CSRF-Token': session.csrfToken}});""");

        assertThat(forged.get("status").asInt()).isEqualTo(403);
        assertThat(forged.at("/body/error").asText()).isEqualTo("CSRF");
        assertThat(forged.at("/body/message").asText()).isEqualTo("请求缺少有效的安全令牌，请刷新页面后重试。");
        assertThat(withToken.get("status").asInt()).as("the same post with the token").isEqualTo(201);
    }

    @Test
    @Order(3)
    void aFinanceSupervisorSeesOnlyFinanceAndABrowserWithoutASessionGets401() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        JsonNode anonymous = fetch("return fetch('/api/sections');");
        assertThat(anonymous.get("status").asInt()).isEqualTo(401);
        assertThat(anonymous.at("/body/message").asText()).isEqualTo("请先登录。");

        // The clerk's report (the first test) is on the emergency department's topic: the auditor sees it.
        Http.as(server.port(), TestUsers.AUDITOR).awaitJson("/api/sections?department=emergency_management", sections -> sections.size() > 0, ROUTING);

        signIn(TestUsers.FINANCE_SUPERVISOR);
        wait.until(ExpectedConditions.textToBe(By.id("status"), "没有符合条件的章节。"));
        assertThat(new Select(browser.findElement(By.id("department"))).getOptions()).extracting(WebElement::getText)
                .containsExactly("全部部门", "财政（0）");
        assertThat(browser.findElements(By.cssSelector("#sections .section"))).isEmpty();
        JsonNode other = fetch("return fetch('/api/sections?department=emergency_management');");
        assertThat(other.get("status").asInt()).isEqualTo(403);
        assertThat(other.at("/body/error").asText()).isEqualTo("FORBIDDEN_DEPARTMENT");
        assertThat(other.at("/body/message").asText()).isEqualTo("此账号无权查看“emergency_management”的材料。");
    }

    /** Chooses the PDF in the form, submits it and returns the receipt's submission id. */
    private static String upload() {
        WebElement previous = browser.findElement(By.id("receipt-details"));
        String before = previous.getAttribute("data-submission-id");
        browser.findElement(By.id("file")).sendKeys(PDF.toString());
        browser.findElement(By.id("send")).click();
        wait.until(driver -> {
            String id = driver.findElement(By.id("receipt-details")).getAttribute("data-submission-id");
            return id != null && !id.equals(before) && driver.findElement(By.id("receipt")).isDisplayed();
        });
        return browser.findElement(By.id("receipt-details")).getAttribute("data-submission-id");
    }

    /** Runs a fetch in the page (an async script body returning a Response) and gives its status and JSON body. */
    private static JsonNode fetch(String script) throws Exception {
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => { %s })()
                  .then(async response => done(JSON.stringify({status: response.status, body: await response.json().catch(() => null)})))
                  .catch(error => done(JSON.stringify({status: -1, body: String(error)})));""".formatted(script));
        return new ObjectMapper().readTree((String) result);
    }

    private static void signIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        wait.until(ExpectedConditions.urlContains("/login?next="));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }
}
