package dev.reportflow.web.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Javalin set up alike for every server reportflow runs: quiet start, and every error answered as
 * JSON ({@link JsonResponse#error}) whoever raises it: a route, Javalin (no such path: 404, a path
 * that takes other methods: 405) or Jetty (a request it cannot parse). No answer carries an
 * exception's class, message or stack; unexpected failures are logged instead.
 */
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
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.http.prefer405over404 = true;
            // Routes that answer 404 themselves (an unknown submission's trace) keep their body.
            config.routes.error(404, "*", ctx -> {
                if (ctx.resultInputStream() == null) {
                    statusError(ctx, 404);
                }
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> statusError(ctx, e.getStatus()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                statusError(ctx, 500);
            });
            setup.accept(config);
        }).start();
    }

    private static void statusError(Context ctx, int status) {
        StatusError error = StatusError.of(status);
        JsonResponse.send(ctx, status, JsonResponse.errorBody(ctx, error.code(), error.messageKey(), null, error.values()));
    }
}
