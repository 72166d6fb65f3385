package dev.reportflow.history;

import dev.reportflow.history.postgres.LocalPostgres;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for every test class in this JVM (starting one costs a second or two); each
 * test gets a database of its own. fsync is off: the tests crash the server process, never the
 * machine, and the operating system keeps what PostgreSQL wrote.
 */
public final class SharedPostgres {

    private static LocalPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private SharedPostgres() {
    }

    public static synchronized LocalPostgres server() {
        if (server == null) {
            server = LocalPostgres.start(Map.of("fsync", "off"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shared-postgres-close"));
        }
        return server;
    }

    /** A new, empty database, migrated. */
    public static HistoryDatabase freshStore(String name) {
        HistoryDatabase database = HistoryDatabase.open(settings(name));
        database.migrate();
        return database;
    }

    public static HistorySettings settings(String name) {
        String url = server().createDatabase(name + "_" + DATABASES.incrementAndGet());
        return HistorySettings.at(url, LocalPostgres.USER);
    }
}
