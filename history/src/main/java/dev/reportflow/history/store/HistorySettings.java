package dev.reportflow.history.store;

import dev.reportflow.config.AppConfig;
import java.time.Duration;

/** Where the history store is and how a process uses it: the {@code reportflow.history.*} properties. */
public record HistorySettings(String jdbcUrl, String user, String password, int poolSize, Duration statementTimeout,
                              Duration retryBackoff, int sinkThreads) {

    /** The bundled defaults of every history reader and of the sink. */
    public static final String RESOURCE = "reportflow-history.properties";

    public static HistorySettings from(AppConfig config) {
        return new HistorySettings(config.get("reportflow.history.jdbc-url").trim(), config.get("reportflow.history.user"),
                config.get("reportflow.history.password"), config.getInt("reportflow.history.pool-size"),
                Duration.ofMillis(config.getLong("reportflow.history.statement-timeout-ms")),
                Duration.ofMillis(config.getLong("reportflow.history.retry-backoff-ms")),
                config.getInt("reportflow.history.sink.threads"));
    }

    /** A store at this URL with the other settings at their defaults (tests, the demo, the bench). */
    public static HistorySettings at(String jdbcUrl, String user) {
        return new HistorySettings(jdbcUrl, user, "", 4, Duration.ofSeconds(10), Duration.ofMillis(500), 1);
    }

    public HistorySettings withSinkThreads(int threads) {
        return new HistorySettings(jdbcUrl, user, password, poolSize, statementTimeout, retryBackoff, threads);
    }

    /** These settings with a connection for each of the sink's threads at least (each holds one while it writes). */
    public HistorySettings forSink() {
        return new HistorySettings(jdbcUrl, user, password, Math.max(poolSize, sinkThreads), statementTimeout, retryBackoff,
                sinkThreads);
    }

    public boolean configured() {
        return !jdbcUrl.isEmpty();
    }
}
