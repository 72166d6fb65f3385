package dev.reportflow.web.auth;

import dev.reportflow.web.http.JsonResponse;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before every matched route: finds who calls (HTTP Basic credentials, or the session cookie
 * of a signed-in browser), lets the route run only if the caller's role allows the route's
 * {@link Access}, and refuses a state-changing request of a browser session without its CSRF token.
 * <p>
 * Basic credentials are checked on every request and make no session: a script ({@code curl -u})
 * sends no cookie, so a forged cross-site request cannot ride on it and needs no CSRF token. A
 * browser that sends Basic credentials from another site ({@code Sec-Fetch-Site}) is refused all
 * the same, and the Basic challenge is sent only to clients that are not a page's script, so that no
 * browser is asked to remember a password for this site.
 */
public final class AccessControl {

    public static final String SESSION_COOKIE = "reportflow_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";
    private static final String USER = "reportflow.user";
    private static final String SESSION = "reportflow.session";
    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

    private final Authenticator authenticator;
    private final Sessions sessions;
    private final boolean metricsPublic;

    public AccessControl(Authenticator authenticator, Sessions sessions, boolean metricsPublic) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.metricsPublic = metricsPublic;
    }

    public void addTo(RoutesConfig routes) {
        routes.beforeMatched(this::check);
    }

    /** The caller of a route that needs a login; set before the route runs. */
    public static User user(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException(ctx.path() + " reads the caller but declares no login");
        }
        return user;
    }

    /** The browser session the caller came with, if it came with one rather than Basic credentials. */
    public static Optional<Sessions.Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    private void check(Context ctx) {
        Access access = declared(ctx);
        if (access == null) {
            LOG.error("{} {} declares no Access: refused", ctx.method(), ctx.path());
            deny(ctx, 403, "FORBIDDEN");
            return;
        }
        if (access == Access.PUBLIC || access == Access.METRICS && metricsPublic) {
            return;
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            checkBasic(ctx, authorization, access);
        } else {
            checkSession(ctx, access);
        }
    }

    private void checkBasic(Context ctx, String authorization, Access access) {
        Optional<String[]> credentials = basicCredentials(authorization);
        if (credentials.isEmpty()) {
            unauthenticated(ctx);
            return;
        }
        Authenticator.Result result = authenticator.signIn(credentials.get()[0], credentials.get()[1]);
        if (result.outcome() == Authenticator.Outcome.LOCKED) {
            ctx.header("Retry-After", String.valueOf(LoginThrottle.LOCK.toSeconds()));
            deny(ctx, 429, "LOCKED");
            return;
        }
        if (result.outcome() != Authenticator.Outcome.SIGNED_IN) {
            unauthenticated(ctx);
            return;
        }
        if (!isSafe(ctx) && fromAnotherSite(ctx)) {
            deny(ctx, 403, "CROSS_SITE");
            return;
        }
        admit(ctx, result.user(), access, null);
    }

    private void checkSession(Context ctx, Access access) {
        Optional<Sessions.Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        if (session.isEmpty()) {
            unauthenticated(ctx);
            return;
        }
        if (!isSafe(ctx) && !carriesCsrfToken(ctx, session.get())) {
            deny(ctx, 403, "CSRF");
            return;
        }
        admit(ctx, session.get().user(), access, session.get());
    }

    private void admit(Context ctx, User user, Access access, Sessions.Session session) {
        if (!user.role().allows(access)) {
            deny(ctx, 403, "FORBIDDEN");
            return;
        }
        ctx.attribute(USER, user);
        if (session != null) {
            ctx.attribute(SESSION, session);
        }
    }

    /** A browser opening a page is sent to sign in; every other caller gets 401. */
    private static void unauthenticated(Context ctx) {
        String accept = ctx.header("Accept");
        if (ctx.method() == HandlerType.GET && accept != null && accept.contains("text/html")) {
            String target = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
            ctx.redirect(LoginRoutes.PATH + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
            ctx.skipRemainingHandlers();
            return;
        }
        if (!fromABrowser(ctx)) {
            ctx.header("WWW-Authenticate", "Basic realm=\"reportflow\", charset=\"UTF-8\"");
        }
        deny(ctx, 401, "UNAUTHENTICATED");
    }

    /**
     * A page's script (which says so where browsers send Sec-Fetch headers: HTTPS and loopback) or a
     * browser that had a session (its cookie outlives the session); neither is sent the Basic challenge.
     */
    private static boolean fromABrowser(Context ctx) {
        return ctx.header("Sec-Fetch-Mode") != null || ctx.cookie(SESSION_COOKIE) != null;
    }

    private static void deny(Context ctx, int status, String code) {
        JsonResponse.error(ctx, status, code);
        ctx.skipRemainingHandlers();
    }

    private static Access declared(Context ctx) {
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof Access access) {
                return access;
            }
        }
        return null;
    }

    private static boolean isSafe(Context ctx) {
        return SAFE_METHODS.contains(ctx.method());
    }

    /** Browsers say where a request comes from; scripts say nothing, which is not another site. */
    static boolean fromAnotherSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        return site != null && !site.equals("same-origin") && !site.equals("none");
    }

    /** The token in the header (the page's scripts) or, for a plain form, in its hidden field; compared in constant time. */
    private static boolean carriesCsrfToken(Context ctx, Sessions.Session session) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && "application/x-www-form-urlencoded".equals(baseContentType(ctx))) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private static String baseContentType(Context ctx) {
        String type = ctx.contentType();
        return type == null ? null : type.split(";", 2)[0].strip();
    }

    private static Optional<String[]> basicCredentials(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
