package dev.reportflow.web.page;

import dev.reportflow.web.auth.Access;
import dev.reportflow.web.http.JsonResponse;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The supervisors' page ({@code /}) and a submission's trace page ({@code /trace/{id}}): plain
 * HTML, CSS and JavaScript from the class path that read the JSON API. Everything is served from
 * here and the pages may load nothing from elsewhere (offices' networks are often closed).
 */
public final class PageRoutes {

    private static final String ROOT = "/dev/reportflow/web/static/";
    /** Same origin only: no CDN, no inline script, no framing by other sites. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
    private static final Map<String, String> ASSETS = Map.of(
            "supervisor.js", "text/javascript; charset=utf-8",
            "trace.js", "text/javascript; charset=utf-8",
            "common.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");

    private final byte[] supervisorPage = read("supervisor.html");
    private final byte[] tracePage = read("trace.html");
    private final Map<String, byte[]> assets = Map.of(
            "supervisor.js", read("supervisor.js"),
            "trace.js", read("trace.js"),
            "common.js", read("common.js"),
            "style.css", read("style.css"));

    public void addTo(RoutesConfig routes) {
        routes.get("/", ctx -> send(ctx, "text/html; charset=utf-8", supervisorPage), Access.READ);
        routes.get("/trace/{submissionId}", ctx -> send(ctx, "text/html; charset=utf-8", tracePage), Access.READ);
        // Code and style only, no data: the login page needs them before anyone has signed in.
        routes.get("/static/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!assets.containsKey(file)) {
                JsonResponse.error(ctx, 404, "NOT_FOUND", "没有这个文件。 No such file.");
                return;
            }
            send(ctx, ASSETS.get(file), assets.get(file));
        }, Access.PUBLIC);
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
