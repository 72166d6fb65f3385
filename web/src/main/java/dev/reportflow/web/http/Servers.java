package dev.reportflow.web.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Javalin set up alike for every server reportflow runs: quiet start, JSON errors for unknown paths. */
public final class Servers {

    private static final Logger LOG = LoggerFactory.getLogger(Servers.class);

    private Servers() {
    }

    public static Javalin start(String bind, int port, Consumer<JavalinConfig> setup) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = bind;
            config.jetty.port = port;
            config.routes.error(404, "application/json", ctx -> JsonResponse.error(ctx, 404, "NOT_FOUND", "No such path: " + ctx.path()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                JsonResponse.error(ctx, 500, "INTERNAL_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage());
            });
            setup.accept(config);
        }).start();
    }
}
