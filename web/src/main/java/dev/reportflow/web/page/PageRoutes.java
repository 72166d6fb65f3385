package dev.reportflow.web.page;

import dev.reportflow.web.auth.Access;
import dev.reportflow.web.auth.AccessControl;
import dev.reportflow.web.auth.Role;
import dev.reportflow.web.http.JsonResponse;
import dev.reportflow.web.i18n.Language;
import dev.reportflow.web.i18n.Messages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages: {@code /} (the supervisors' page; an office is sent to {@code /upload}, its upload
 * form), a submission's trace page ({@code /trace/{id}}) and the message bundle their scripts speak
 * from ({@code /i18n/messages.json}, in the request's language). Plain HTML, CSS and JavaScript
 * from the class path that read the JSON API; the pages may load nothing from elsewhere (offices'
 * networks are often closed).
 */
public final class PageRoutes {

    public static final String UPLOAD_PATH = "/upload";
    private static final String ROOT = "/dev/reportflow/web/static/";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String SCRIPT = "text/javascript; charset=utf-8";
    /** Same origin only: no CDN, no inline script, no framing by other sites. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of(
            "supervisor.js", SCRIPT,
            "trace.js", SCRIPT,
            "upload.js", SCRIPT,
            "common.js", SCRIPT,
            "style.css", "text/css; charset=utf-8");

    private final byte[] supervisorPage = read("supervisor.html");
    private final byte[] tracePage = read("trace.html");
    private final byte[] uploadPage = read("upload.html");
    private final Map<String, byte[]> assets = new LinkedHashMap<>();
    private final boolean behindTlsProxy;

    public PageRoutes(boolean behindTlsProxy) {
        this.behindTlsProxy = behindTlsProxy;
        ASSETS.keySet().forEach(name -> assets.put(name, read(name)));
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/", this::home, Access.SIGNED_IN);
        routes.get(UPLOAD_PATH, ctx -> page(ctx, uploadPage), Access.SUBMIT);
        routes.get("/trace/{submissionId}", ctx -> page(ctx, tracePage), Access.READ);
        // Code, style and words only, no data: the login page needs them before anyone has signed in.
        routes.get("/static/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!assets.containsKey(file)) {
                JsonResponse.error(ctx, 404, "NOT_FOUND");
                return;
            }
            send(ctx, ASSETS.get(file), assets.get(file));
        }, Access.PUBLIC);
        routes.get("/i18n/messages.json", this::messages, Access.PUBLIC);
    }

    /** Offices submit and read nothing else: their home is the upload form. A monitor has no page at all. */
    private void home(Context ctx) {
        Role role = AccessControl.user(ctx).role();
        if (role == Role.OFFICE) {
            ctx.redirect(UPLOAD_PATH, HttpStatus.SEE_OTHER);
            return;
        }
        if (!role.allows(Access.READ)) {
            JsonResponse.error(ctx, 403, "FORBIDDEN");
            return;
        }
        page(ctx, supervisorPage);
    }

    private void messages(Context ctx) {
        Language language = Messages.languageOf(ctx);
        ctx.header("Vary", "Accept-Language, Cookie").header("Cache-Control", "no-cache");
        JsonResponse.send(ctx, 200, Map.of("lang", language.tag(), "messages", Messages.bundle(language)));
    }

    private void page(Context ctx, byte[] body) {
        Messages.rememberChoice(ctx, behindTlsProxy);
        send(ctx, HTML, body);
    }

    /** Sends a page or asset with the headers every page of serve carries. */
    public static void send(Context ctx, String contentType, byte[] body) {
        ctx.header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff")
                .contentType(contentType).result(body);
    }

    /** A page or asset of the static folder. */
    public static byte[] read(String name) {
        try (InputStream in = PageRoutes.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing page resource " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
