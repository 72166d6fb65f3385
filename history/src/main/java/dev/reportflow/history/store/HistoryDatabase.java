package dev.reportflow.history.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The history store's connections, and its schema: Flyway applies {@code db/migration} when the
 * store is opened, so that every process that opens it (the sink, serve, search) finds the schema
 * it was built for, and a newer schema than the code is refused (Flyway's validation).
 */
public final class HistoryDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;

    private HistoryDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static HistoryDatabase open(HistorySettings settings) {
        if (!settings.configured()) {
            throw new IllegalArgumentException("No history store: set reportflow.history.jdbc-url "
                    + "(e.g. -D reportflow.history.jdbc-url=jdbc:postgresql://localhost:5432/reportflow)");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setPoolName("reportflow-history");
        // Opening the store must not wait for a database that is down: the sink retries by itself.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(10_000);
        // One round trip per batch rather than per row (the driver rewrites batched INSERTs).
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "reportflow-history");
        config.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeout().toMillis());
        HistoryDatabase database = new HistoryDatabase(new HikariDataSource(config));
        return database;
    }

    /** Applies the migrations not yet applied; fails when the database is down or its schema is newer than this code. */
    public void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
