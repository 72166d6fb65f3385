package dev.reportflow.web.auth;

import dev.reportflow.text.SafeText;
import dev.reportflow.web.http.JsonResponse;
import dev.reportflow.web.i18n.Language;
import dev.reportflow.web.i18n.Messages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET/POST /login} (the sign-in form, Chinese first), {@code POST /logout} and
 * {@code GET /api/session} (who is signed in, and the CSRF token the page's scripts send back).
 * The session cookie is HttpOnly and SameSite=Strict, and Secure when the request came over HTTPS
 * or serve runs behind a TLS proxy ({@code --behind-tls-proxy}).
 */
public final class LoginRoutes {

    public static final String PATH = "/login";
    private static final List<String> PAGE_KEYS = List.of("login.title", "lang.choose", "app.name", "login.prompt",
            "login.username", "login.password", "login.submit");
    /** The login page may be shown by no other site (clickjacking) and runs no script. */
    private static final String POLICY = "default-src 'self'; script-src 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Authenticator authenticator;
    private final Sessions sessions;
    private final boolean behindTlsProxy;
    private final boolean singleSignOn;
    private final String page = read("login.html");

    /** {@code singleSignOn}: the login page also offers the organisation's OpenID Connect sign-in ({@link OidcRoutes}). */
    public LoginRoutes(Authenticator authenticator, Sessions sessions, boolean behindTlsProxy, boolean singleSignOn) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.behindTlsProxy = behindTlsProxy;
        this.singleSignOn = singleSignOn;
    }

    public void addTo(RoutesConfig routes) {
        routes.get(PATH, ctx -> page(ctx, 200, null), Access.PUBLIC);
        routes.post(PATH, this::signIn, Access.PUBLIC);
        routes.post("/logout", this::signOut, Access.SIGNED_IN);
        routes.get("/api/session", this::whoAmI, Access.SIGNED_IN);
    }

    private void signIn(Context ctx) {
        if (AccessControl.fromAnotherSite(ctx)) { // another site signing this browser in to an account of its choosing
            JsonResponse.error(ctx, 403, "CROSS_SITE");
            return;
        }
        Authenticator.Result result = authenticator.signIn(ctx.formParam("username"), ctx.formParam("password"));
        switch (result.outcome()) {
            case LOCKED -> page(ctx, 429, "login.locked");
            case WRONG_CREDENTIALS -> page(ctx, 401, "login.wrong");
            case SIGNED_IN -> {
                startSession(ctx, result.user());
                ctx.redirect(localPath(ctx.formParam("next")), HttpStatus.SEE_OTHER);
            }
        }
    }

    /** A fresh session for this browser (ending the one it came with), in its cookie. */
    void startSession(Context ctx, User user) {
        String previous = ctx.cookie(AccessControl.SESSION_COOKIE);
        if (previous != null) {
            sessions.end(previous);
        }
        Sessions.Session session = sessions.start(user);
        ctx.cookie(cookie(ctx, session.id(), -1));
    }

    private void signOut(Context ctx) {
        AccessControl.session(ctx).ifPresent(session -> sessions.end(session.id()));
        ctx.cookie(cookie(ctx, "", 0));
        ctx.redirect(PATH, HttpStatus.SEE_OTHER);
    }

    private void whoAmI(Context ctx) {
        User user = AccessControl.user(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", user.name());
        body.put("role", user.role().id());
        if (user.office() != null) {
            body.put("office", user.office());
        }
        DepartmentScope scope = user.scope();
        body.put("departments", scope.everyDepartment() ? "all" : scope.departments().stream().sorted().toList());
        AccessControl.session(ctx).ifPresent(session -> body.put("csrfToken", session.csrfToken()));
        ctx.header("Cache-Control", "no-store");
        JsonResponse.send(ctx, 200, body);
    }

    private Cookie cookie(Context ctx, String value, int maxAge) {
        boolean secure = behindTlsProxy || "https".equalsIgnoreCase(ctx.scheme());
        return new Cookie(AccessControl.SESSION_COOKIE, value, "/", maxAge, secure, true, null, SameSite.STRICT);
    }

    /** The sign-in form in the request's language; {@code errorKey} names the sentence to show, if any. */
    void page(Context ctx, int status, String errorKey) {
        String next = localPath(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
        Language language = Messages.languageOf(ctx);
        String html = page.replace("{{lang}}", language.tag())
                .replace("{{next}}", SafeText.html(next))
                .replace("{{nextParameter}}", SafeText.html("&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                .replace("{{error}}", errorKey == null ? "" : SafeText.html(Messages.text(language, errorKey)))
                .replace("{{sso}}", !singleSignOn ? "" : "<p><a id=\"sso\" href=\"" + SafeText.html(OidcRoutes.link(next)) + "\">"
                        + SafeText.html(Messages.text(language, "login.sso")) + "</a></p>");
        for (String key : PAGE_KEYS) {
            html = html.replace("{{" + key + "}}", SafeText.html(Messages.text(language, key)));
        }
        Messages.rememberChoice(ctx, behindTlsProxy);
        ctx.status(status).header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store").contentType("text/html; charset=utf-8").result(html);
    }

    /** Where to go after signing in: a path of this site only, never another site (an open redirect). */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || SafeText.containsControl(next)) {
            return "/";
        }
        return next;
    }

    private static String read(String name) {
        try (InputStream in = LoginRoutes.class.getResourceAsStream("/dev/reportflow/web/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing page resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
