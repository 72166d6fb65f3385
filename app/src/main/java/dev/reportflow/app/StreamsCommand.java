package dev.reportflow.app;

import dev.reportflow.cli.ExitCodes;
import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.web.metrics.MetricsServer;
import dev.reportflow.web.metrics.StreamsHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportflow streams}: runs the routing topology until stopped (Ctrl-C or SIGTERM), with its
 * metrics for Prometheus when asked. It lives in the launcher so that the streams app itself does not
 * depend on the web server.
 */
@Command(name = "streams", mixinStandardHelpOptions = true,
        description = "Run the Kafka Streams app that validates, classifies and routes submissions.")
public final class StreamsCommand implements Callable<Integer> {

    /** How long /health accepts REBALANCING (assigning or restoring tasks) before it reports the instance down. */
    private static final String MAX_REBALANCING = "reportflow.health.max-rebalancing";
    /** How many stream threads may die within reportflow.health.thread-death-window before /health says down. */
    private static final String MAX_THREAD_DEATHS = "reportflow.health.max-thread-deaths";

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Serve Prometheus metrics on http://BIND:PORT/metrics and health on /health (off by default).")
    Integer metricsPort;

    @Option(names = "--metrics-bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address for --metrics-port (default: ${DEFAULT-VALUE}; 0.0.0.0 lets Prometheus reach a container: /metrics and /health have no login, so publish them only on a private network).")
    String metricsBind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = connection.load(ReportRouter.CONFIG_RESOURCE);
        ReportRouter router;
        try {
            router = ReportRouter.start(config);
        } catch (ReportRouter.StartupException e) {
            spec.commandLine().getErr().println("reportflow streams: " + e.getMessage());
            return e instanceof ReportRouter.UnreachableClusterException ? ExitCodes.UNREACHABLE : ExitCodes.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(router::close, "reportflow-streams-shutdown"));
        MetricsServer metrics = metricsPort == null ? null : MetricsServer.forKafkaStreams(router.streams(),
                new StreamsHealth(router::state, Duration.parse(config.get(MAX_REBALANCING)), router.threadDeaths()::recent,
                        config.getInt(MAX_THREAD_DEATHS), Instant::now), metricsBind, metricsPort);
        if (metrics != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(metrics::close, "reportflow-metrics-shutdown"));
        }
        router.awaitStop();
        return router.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? ExitCodes.INTERNAL_ERROR : ExitCodes.OK;
    }
}
