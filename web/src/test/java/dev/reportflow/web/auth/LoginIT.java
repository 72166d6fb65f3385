package dev.reportflow.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.web.Http;
import dev.reportflow.web.Http.Multipart;
import dev.reportflow.web.OutputRecords;
import dev.reportflow.web.OutputRecords.Section;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.TestUsers;
import dev.reportflow.web.WebServer;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logins and least privilege on the real server over a real broker: nothing without a login but
 * /login and /health, each role sees what it may and no more, browser sessions need their CSRF token
 * to change anything, and wrong passwords are refused and throttled.
 */
class LoginIT {

    private static final Instant RECEIVED = Instant.parse("2024-03-10T02:00:00Z");
    private static final byte[] REPORT = "区审计局2023年工作总结\n一、工作回顾\n".getBytes(StandardCharsets.UTF_8);
    private static WebServer server;
    private static Http anonymous;

    @BeforeAll
    static void start() throws InterruptedException {
        TestCluster.Namespace namespace = TestCluster.namespace("login", "finance", "audit");
        server = TestCluster.startServer(namespace);
        anonymous = new Http(server.port());
        try (OutputRecords out = new OutputRecords(namespace.topics())) {
            out.routed(new Section("sub-f", "finance", "1", SectionRole.REVIEW, "一、预算执行", "区财政局", "区财政局", "district",
                    RECEIVED, RECEIVED.plusSeconds(1)));
            out.routed(new Section("sub-a", "audit", "1", SectionRole.PROBLEMS, "一、审计发现的问题", "区审计局", "区审计局", "district",
                    RECEIVED, RECEIVED.plusSeconds(1)));
            out.rejected("sub-r", RejectionReason.BINARY);
        }
        as(TestUsers.TRIAGE).awaitJson("/api/counts", counts -> counts.get("recordsRead").asInt() == 3, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anonymousCallersGet401OrTheLoginPageAndOnlyHealthAndLoginAreOpen() {
        for (String path : List.of("/api/sections", "/api/counts", "/api/departments", "/api/trace/sub-f", "/api/session", "/metrics")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(Http.json(response).get("error").asText()).isEqualTo("UNAUTHENTICATED");
            assertThat(Http.json(response).get("message").asText()).isEqualTo("请先登录。");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        }
        HttpResponse<String> page = anonymous.getPage("/?department=finance");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValue("/login?next=" + URLEncoder.encode("/?department=finance", StandardCharsets.UTF_8));
        assertThat(anonymous.getPage("/trace/sub-f").statusCode()).isEqualTo(302);
        assertThat(anonymous.post("/submissions", new Multipart().file("file", "r.txt", REPORT, "text/plain")).statusCode())
                .isEqualTo(401);

        HttpResponse<String> login = anonymous.getPage("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("登录", "用户名", "密码");
        assertThat(anonymous.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void chineseByDefaultEnglishForWhoeverAsks() {
        HttpResponse<String> english = anonymous.send(anonymous.request("/api/sections").header("Accept-Language", "en-GB,en;q=0.8").GET().build());
        HttpResponse<String> bilingual = anonymous.send(anonymous.request("/api/sections").header("Accept-Language", "en-US,zh-CN;q=0.5").GET().build());
        HttpResponse<String> chosen = anonymous.send(anonymous.request("/login?lang=en").header("Accept", "text/html").GET().build());
        HttpResponse<String> remembered = anonymous.send(anonymous.request("/i18n/messages.json").header("Cookie", "reportflow_lang=en").GET().build());

        assertThat(Http.json(english).get("message").asText()).startsWith("Sign in first");
        assertThat(Http.json(bilingual).get("message").asText()).isEqualTo("请先登录。");
        assertThat(chosen.body()).contains("<html lang=\"en\">", "User name", "Password").doesNotContain("用户名");
        assertThat(chosen.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("reportflow_lang=en"));
        assertThat(Http.json(remembered).get("lang").asText()).isEqualTo("en");
        assertThat(Http.json(remembered).at("/messages/role.PLAN").asText()).isEqualTo("Plan");
        assertThat(Http.json(anonymous.get("/i18n/messages.json")).at("/messages/role.PLAN").asText()).isEqualTo("工作计划");
    }

    @Test
    void aFinanceSupervisorSeesOnlyFinance() {
        Http finance = as(TestUsers.FINANCE_SUPERVISOR);

        assertThat(departmentsOf(finance.getJson("/api/sections"))).containsExactly("finance");
        assertThat(departmentsOf(finance.getJson("/api/sections?department=finance"))).containsExactly("finance");
        HttpResponse<String> audit = finance.get("/api/sections?department=audit");
        assertThat(audit.statusCode()).isEqualTo(403);
        assertThat(Http.json(audit).get("error").asText()).isEqualTo("FORBIDDEN_DEPARTMENT");

        JsonNode counts = finance.getJson("/api/counts");
        assertThat(fieldNames(counts.get("routed"))).containsExactly("finance");
        assertThat(counts.get("rejected").isEmpty()).as("rejections are not a department's").isTrue();
        assertThat(codesOf(finance.getJson("/api/departments"))).containsExactly("finance");
        assertThat(finance.getJson("/api/departments").get(0).get("name").asText()).as("from departments.json").isEqualTo("财政");

        assertThat(finance.get("/api/trace/sub-a").statusCode()).as("a submission routed to audit only").isEqualTo(404);
        assertThat(finance.get("/metrics").statusCode()).isEqualTo(403);
        assertThat(finance.post("/submissions", new Multipart().file("file", "r.txt", REPORT, "text/plain")).statusCode())
                .as("a supervisor does not submit").isEqualTo(403);
    }

    @Test
    void triageAndAuditorsSeeEveryDepartmentAndOnlyAuditorsTheMetrics() {
        assertThat(departmentsOf(as(TestUsers.TRIAGE).getJson("/api/sections"))).containsExactlyInAnyOrder("finance", "audit");
        assertThat(as(TestUsers.AUDITOR).get("/api/trace/sub-a").statusCode()).isEqualTo(200);
        assertThat(as(TestUsers.TRIAGE).get("/metrics").statusCode()).isEqualTo(403);
        assertThat(as(TestUsers.AUDITOR).get("/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void aMonitorScrapesTheMetricsAndReadsNothingElse() {
        Http monitor = as(TestUsers.MONITOR);

        assertThat(monitor.get("/metrics").statusCode()).isEqualTo(200);
        for (String path : List.of("/api/sections", "/api/counts", "/api/departments", "/api/trace/sub-a", "/api/triage")) {
            assertThat(monitor.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(monitor.getPage("/").statusCode()).as("no page of sections").isEqualTo(403);
        assertThat(monitor.post("/submissions", new Multipart().file("file", "r.txt", REPORT, "text/plain")).statusCode())
                .as("a monitor does not submit").isEqualTo(403);
    }

    @Test
    void anOfficeSubmitsButReadsNothing() {
        Http office = as(TestUsers.OFFICE);

        assertThat(office.get("/api/sections").statusCode()).isEqualTo(403);
        assertThat(office.get("/api/trace/sub-a").statusCode()).isEqualTo(403);
        HttpResponse<String> home = office.getPage("/");
        assertThat(home.statusCode()).as("an office's home is its upload form").isEqualTo(303);
        assertThat(home.headers().firstValue("Location")).hasValue("/upload");
        assertThat(office.getPage("/upload").statusCode()).isEqualTo(200);
        assertThat(as(TestUsers.FINANCE_SUPERVISOR).getPage("/upload").statusCode()).as("only offices submit").isEqualTo(403);
        assertThat(Http.json(office.get("/api/session")).get("office").asText()).isEqualTo(TestUsers.OFFICE_NAME);
    }

    @Test
    void aBrowserSessionNeedsItsCsrfTokenToPostAndLogoutEndsIt() {
        HttpResponse<String> signedIn = postForm("/login", null, "username=" + TestUsers.OFFICE + "&password=" + TestUsers.PASSWORD
                + "&next=%2Fapi%2Fsession");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/api/session");
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith(AccessControl.SESSION_COOKIE + "=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict")
                .doesNotContain("Secure");
        String cookie = setCookie.split(";", 2)[0];
        String token = Http.json(anonymous.send(anonymous.request("/api/session").header("Cookie", cookie).GET().build()))
                .get("csrfToken").asText();
        Multipart form = new Multipart().file("file", "r.txt", REPORT, "text/plain");

        HttpResponse<String> forged = submit(cookie, null, form);
        HttpResponse<String> wrongToken = submit(cookie, token + "x", form);
        HttpResponse<String> withToken = submit(cookie, token, form);

        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        assertThat(Http.json(forged).get("error").asText()).isEqualTo("CSRF");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);

        assertThat(postForm("/logout", cookie, "").statusCode()).as("logout without the token").isEqualTo(403);
        assertThat(postForm("/logout", cookie, "_csrf=" + token).statusCode()).isEqualTo(303);
        HttpResponse<String> ended = anonymous.send(anonymous.request("/api/session").header("Cookie", cookie).GET().build());
        assertThat(ended.statusCode()).as("the session has ended").isEqualTo(401);
        assertThat(ended.headers().firstValue("WWW-Authenticate")).as("no password dialog for a browser").isEmpty();
    }

    @Test
    void wrongPasswordsAreRefusedAndFiveInARowLockTheLoginForAWhile() {
        assertThat(Http.as(server.port(), TestUsers.SUPERVISOR, "wrong password").get("/api/counts").statusCode()).isEqualTo(401);
        assertThat(Http.as(server.port(), "nobody", TestUsers.PASSWORD).get("/api/counts").statusCode()).isEqualTo(401);
        HttpResponse<String> loginPage = postForm("/login", null, "username=" + TestUsers.SUPERVISOR + "&password=wrong");
        assertThat(loginPage.statusCode()).isEqualTo(401);
        assertThat(loginPage.body()).contains("用户名或密码错误");

        Http wrong = Http.as(server.port(), TestUsers.LOCKOUT, "wrong password");
        for (int attempt = 0; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
            assertThat(wrong.get("/api/session").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = as(TestUsers.LOCKOUT).get("/api/session");
        assertThat(locked.statusCode()).as("the right password, while locked").isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(as(TestUsers.OFFICE).get("/api/session").statusCode()).as("other logins are not locked").isEqualTo(200);
    }

    @Test
    void aBrowserRequestFromAnotherSiteIsRefusedEvenWithBasicCredentials() {
        HttpResponse<String> response = anonymous.send(as(TestUsers.OFFICE).request("/submissions")
                .header("Sec-Fetch-Site", "cross-site").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Http.json(response).get("error").asText()).isEqualTo("CROSS_SITE");
    }

    private static Http as(String user) {
        return Http.as(server.port(), user);
    }

    private static HttpResponse<String> postForm(String path, String cookie, String body) {
        HttpRequest.Builder request = anonymous.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return anonymous.send(request.build());
    }

    private static HttpResponse<String> submit(String cookie, String csrfToken, Multipart form) {
        HttpRequest.Builder request = anonymous.request("/submissions").header("Cookie", cookie).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()));
        if (csrfToken != null) {
            request.header(AccessControl.CSRF_HEADER, csrfToken);
        }
        return anonymous.send(request.build());
    }

    private static List<String> departmentsOf(JsonNode sections) {
        List<String> departments = new ArrayList<>();
        sections.forEach(s -> departments.add(s.get("department").asText()));
        return departments.stream().distinct().toList();
    }

    private static List<String> codesOf(JsonNode departments) {
        List<String> codes = new ArrayList<>();
        departments.forEach(d -> codes.add(d.get("code").asText()));
        return codes;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
