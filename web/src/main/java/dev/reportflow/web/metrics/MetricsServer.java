package dev.reportflow.web.metrics;

import dev.reportflow.web.http.Servers;
import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP server with only {@code /metrics} and {@code /health}, for processes that have no
 * web page of their own, such as {@code reportflow streams --metrics-port 9400}.
 */
public final class MetricsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

    private final Javalin server;
    private final PrometheusMeterRegistry registry;
    private final List<MeterBinder> binders;

    private MetricsServer(Javalin server, PrometheusMeterRegistry registry, List<MeterBinder> binders) {
        this.server = server;
        this.registry = registry;
        this.binders = binders;
    }

    /** Serves the JVM's metrics and whatever {@code binders} bind (Micrometer's Kafka client binders, say). */
    public static MetricsServer start(String bind, int port, Health.Check health, MeterBinder... binders) {
        PrometheusMeterRegistry registry = MetricsRoutes.newRegistry();
        for (MeterBinder binder : binders) {
            binder.bindTo(registry);
        }
        Javalin server = Servers.start(bind, port, config -> MetricsRoutes.addTo(config.routes, registry, health));
        LOG.info("Metrics on http://{}:{}/metrics, health on /health", bind, server.port());
        return new MetricsServer(server, registry, List.of(binders));
    }

    /** A Kafka Streams app's metrics (threads, tasks, stores and its clients') and its {@link StreamsHealth}. */
    public static MetricsServer forKafkaStreams(KafkaStreams streams, StreamsHealth health, String bind, int port) {
        return start(bind, port, health, new KafkaStreamsMetrics(streams));
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        for (MeterBinder binder : binders) {
            if (binder instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("Could not close {}: {}", binder.getClass().getSimpleName(), e.getMessage());
                }
            }
        }
        registry.close();
    }
}
