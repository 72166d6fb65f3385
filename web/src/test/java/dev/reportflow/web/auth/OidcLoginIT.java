package dev.reportflow.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.TestUsers;
import dev.reportflow.web.WebServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single sign-on against a real OpenID Connect provider in-process (NAV's mock-oauth2-server: discovery,
 * authorization endpoint, token endpoint, signed ID tokens and their keys): the browser's round trip
 * (serve → provider → serve's callback) ends in a session whose role and departments come from the
 * person's groups; groups that make no login, or contradicting ones, sign nobody in; a callback
 * with a state this browser did not start is refused.
 */
class OidcLoginIT {

    private static final String CLIENT = "reportflow";
    private static MockOAuth2Server provider;
    private static WebServer server;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        provider = new MockOAuth2Server();
        provider.start();
        // serve's port is known only once it listens, so the redirect URI is fixed by a port chosen first.
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path settings = Files.writeString(dir.resolve("oidc.json"), """
                {"issuer": "%s", "clientId": "%s", "redirectUri": "http://127.0.0.1:%d/login/oidc/callback", "claim": "groups",
                 "groups": {"rf-finance": {"role": "supervisor", "departments": ["finance"]},
                            "rf-audit": {"role": "supervisor", "departments": ["audit"]},
                            "rf-audit-office": {"role": "office", "office": "区审计局"},
                            "rf-auditors": {"role": "auditor"}}}
                """.formatted(provider.issuerUrl("default"), CLIENT, port), StandardCharsets.UTF_8);
        OidcSettings oidc = OidcSettings.read(settings, Map.of(OidcSettings.SECRET_VARIABLE, "client-secret"));
        server = TestCluster.startServer(TestCluster.namespace("oidc", "finance", "audit"), Map.of(),
                new LoginSettings(TestUsers.users(), oidc, false, false), port);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void theLoginPageOffersSingleSignOnAndTheGroupsMakeTheLogin() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.get("/login?next=%2F%3Fdepartment%3Dfinance");
        assertThat(login.body()).contains("id=\"sso\"", "使用单位统一身份认证登录", "/login/oidc?next=%2F%3Fdepartment%3Dfinance");

        HttpResponse<String> back = browser.signIn("wang.fang", List.of("rf-finance", "rf-audit", "some-other-group"),
                "/login/oidc?next=%2F%3Fdepartment%3Dfinance");

        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.uri().getPath()).isEqualTo("/login/oidc/callback");
        assertThat(back.body()).contains("url=/?department=finance");
        JsonNode session = browser.json("/api/session");
        assertThat(session.get("name").asText()).isEqualTo("wang.fang");
        assertThat(session.get("role").asText()).isEqualTo("supervisor");
        assertThat(session.get("departments")).extracting(JsonNode::asText).containsExactly("audit", "finance");
        assertThat(browser.api("/api/sections?department=finance").statusCode()).isEqualTo(200);
        assertThat(browser.api("/metrics").statusCode()).as("a supervisor's rights only").isEqualTo(403);
    }

    @Test
    void anOfficesGroupSignsInAsThatOffice() throws Exception {
        Browser browser = new Browser();
        browser.signIn("clerk.li", List.of("rf-audit-office"), "/login/oidc");

        JsonNode session = browser.json("/api/session");
        assertThat(session.get("role").asText()).isEqualTo("office");
        assertThat(session.get("office").asText()).isEqualTo("区审计局");
    }

    @Test
    void noMappedGroupOrGroupsOfTwoRolesSignNobodyIn() throws Exception {
        Browser outsider = new Browser();
        HttpResponse<String> none = outsider.signIn("visitor", List.of("staff"), "/login/oidc");
        Browser twoRoles = new Browser();
        HttpResponse<String> both = twoRoles.signIn("chen", List.of("rf-finance", "rf-auditors"), "/login/oidc");

        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("没有开通 reportflow 的权限");
        assertThat(outsider.api("/api/session").statusCode()).isEqualTo(401);
        assertThat(both.statusCode()).as("never the union of two roles").isEqualTo(403);
        assertThat(twoRoles.api("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void aCallbackThisBrowserDidNotStartIsRefused() throws Exception {
        Browser victim = new Browser();
        // The attacker's own round trip, stopped before the callback: a code and state of theirs. (The
        // provider takes the enqueued claims at the token endpoint, which this trip never reaches.)
        Browser attacker = new Browser(HttpClient.Redirect.NEVER);
        String toProvider = attacker.get("/login/oidc").headers().firstValue("Location").orElseThrow();
        String toCallback = attacker.send(HttpRequest.newBuilder(URI.create(toProvider)).GET().build())
                .headers().firstValue("Location").orElseThrow();

        HttpResponse<String> lured = victim.send(HttpRequest.newBuilder(URI.create(toCallback)).GET().build());

        assertThat(lured.statusCode()).isEqualTo(400);
        assertThat(lured.body()).contains("不是从本浏览器发起的");
        assertThat(victim.api("/api/session").statusCode()).isEqualTo(401);
    }

    /** A browser: keeps cookies, follows redirects (unless told not to). */
    private static final class Browser {
        private final HttpClient client;

        Browser() {
            this(HttpClient.Redirect.NORMAL);
        }

        Browser(HttpClient.Redirect redirects) {
            client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(redirects).connectTimeout(Duration.ofSeconds(30)).build();
        }

        /** The provider will sign this person in with these groups; the browser goes there from {@code start}. */
        HttpResponse<String> signIn(String user, List<String> groups, String start) throws Exception {
            provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", user, "JWT", List.of(CLIENT),
                    Map.of("groups", groups, "preferred_username", user), 3600));
            return get(start);
        }

        /** A page, as a browser navigates to it. */
        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .header("Accept", "text/html").GET().build());
        }

        /** An API call, as the page's scripts make it. */
        HttpResponse<String> api(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .header("Accept", "application/json").GET().build());
        }

        JsonNode json(String path) throws Exception {
            HttpResponse<String> response = api(path);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new ObjectMapper().readTree(response.body());
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
