package dev.reportflow.web.metrics;

import dev.reportflow.web.auth.Access;
import dev.reportflow.web.http.JsonResponse;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /metrics} (Prometheus text) and {@code GET /health} (200 or 503 with JSON details). */
public final class MetricsRoutes {

    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private MetricsRoutes() {
    }

    /** A registry with the JVM's own metrics bound: memory, GC, threads, classes, CPU, uptime. */
    public static PrometheusMeterRegistry newRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // JvmGcMetrics listens to GC notifications until closed; the registry's lifetime is the process's.
        new JvmGcMetrics().bindTo(registry);
        return registry;
    }

    /** /health is public; /metrics needs {@link Access#METRICS} where logins are checked (serve), and nothing elsewhere. */
    public static void addTo(RoutesConfig routes, PrometheusMeterRegistry registry, Health.Check health) {
        routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape()), Access.METRICS);
        routes.get("/health", ctx -> {
            Health result = health.check();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", result.up() ? "UP" : "DOWN");
            body.putAll(result.details());
            JsonResponse.send(ctx, result.up() ? 200 : 503, body);
        }, Access.PUBLIC);
    }
}
