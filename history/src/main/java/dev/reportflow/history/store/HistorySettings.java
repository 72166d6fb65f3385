package dev.reportflow.history.store;

import dev.reportflow.config.AppConfig;
import java.time.Duration;

/** Where the history store is and how a process uses it: the {@code reportflow.history.*} properties. */
public record HistorySettings(String jdbcUrl, String user, String password, int poolSize, Duration statementTimeout,
                              Duration retryBackoff) {

    /** The bundled defaults of every history reader and of the sink. */
    public static final String RESOURCE = "reportflow-history.properties";

    public static HistorySettings from(AppConfig config) {
        return new HistorySettings(config.get("reportflow.history.jdbc-url").trim(), config.get("reportflow.history.user"),
                config.get("reportflow.history.password"), config.getInt("reportflow.history.pool-size"),
                Duration.ofMillis(config.getLong("reportflow.history.statement-timeout-ms")),
                Duration.ofMillis(config.getLong("reportflow.history.retry-backoff-ms")));
    }

    /** A store at this URL with the other settings at their defaults (tests, the demo, the bench). */
    public static HistorySettings at(String jdbcUrl, String user) {
        return new HistorySettings(jdbcUrl, user, "", 4, Duration.ofSeconds(10), Duration.ofMillis(500));
    }

    public boolean configured() {
        return !jdbcUrl.isEmpty();
    }
}
