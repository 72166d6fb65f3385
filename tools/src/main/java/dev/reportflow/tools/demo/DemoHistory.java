package dev.reportflow.tools.demo;

import dev.reportflow.config.AppConfig;
import dev.reportflow.history.cli.HistoryCommand;
import dev.reportflow.history.postgres.LocalPostgres;
import dev.reportflow.history.search.SearchHit;
import dev.reportflow.history.search.SearchPage;
import dev.reportflow.history.search.SearchQuery;
import dev.reportflow.history.search.SectionSearch;
import dev.reportflow.history.sink.HistorySink;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import dev.reportflow.history.trace.StoredTrace;
import dev.reportflow.history.trace.StoredTraces;
import dev.reportflow.schemas.Topics;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo's history store: a real PostgreSQL from the machine's binaries, the history sink on the
 * demo's topics, then one search and one trace answered from the store.
 */
final class DemoHistory {

    private DemoHistory() {
    }

    static void show(Map<String, String> flags, Collection<String> submissionIds, Duration timeout, PrintWriter out)
            throws Exception {
        if (LocalPostgres.binaries().isEmpty()) {
            out.println("\nHistory store: skipped (no PostgreSQL binaries; apt-get install postgresql).");
            return;
        }
        try (LocalPostgres postgres = LocalPostgres.start(Map.of());
             HistoryDatabase database = HistoryDatabase.open(HistorySettings.at(postgres.jdbcUrl(), LocalPostgres.USER))) {
            database.migrate();
            AppConfig config = AppConfig.load(HistorySettings.RESOURCE, null, Map.of(), flags);
            HistorySink sink = new HistorySink(HistoryCommand.consumer(config), database, Topics.from(config.asMap()),
                    Duration.ofSeconds(1));
            Thread thread = new Thread(sink, "demo-history-sink");
            thread.start();
            try {
                awaitStored(database, submissionIds.size(), timeout);
            } finally {
                sink.close();
                thread.join(Duration.ofSeconds(10).toMillis());
            }
            out.println("\nHistory store (PostgreSQL on " + postgres.jdbcUrl() + ", filled by `reportflow history sink`): "
                    + count(database, "deliveries") + " routed copies, " + count(database, "reports") + " reports, "
                    + count(database, "rejections") + " rejections.");
            List<SearchHit> any = new SectionSearch(database).search(SearchQuery.everything(Set.of(), 1)).hits();
            if (!any.isEmpty()) {
                String phrase = phrase(any.get(0).text());
                SearchPage page = new SectionSearch(database).search(SearchQuery.everything(Set.of(any.get(0).routedTo()), 5)
                        .withTerms(List.of(phrase)));
                out.println(SafeText.line("  search --department " + any.get(0).routedTo() + " -q " + phrase + ": "
                        + page.hits().size() + (page.next() != null ? "+" : "") + " section(s)"
                        + page.hits().stream().findFirst().map(h -> ", e.g. " + h.sectionPath() + " " + h.heading()).orElse("")));
                StoredTrace trace = new StoredTraces(database).trace(any.get(0).submissionId());
                out.println(SafeText.line("  trace " + trace.submissionId() + " --from-store: " + trace.events().stream()
                        .collect(Collectors.groupingBy(StoredTrace.Event::kind, Collectors.counting()))));
            }
            out.flush();
        }
    }

    /** The first four consecutive Chinese characters of a text: a phrase that is surely in it. */
    private static String phrase(String text) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length() && run.length() < 4; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                run.append(c);
            } else {
                run.setLength(0);
            }
        }
        return run.length() == 4 ? run.toString() : text.substring(0, Math.min(2, text.length()));
    }

    /** Until every submission has its report or rejection stored and the store has stopped growing. */
    private static void awaitStored(HistoryDatabase database, int submissions, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long previous = -1;
        while (System.nanoTime() < deadline) {
            long events = count(database, "events");
            long stored = scalar(database, "SELECT count(*) FROM (SELECT submission_id FROM reports UNION "
                    + "SELECT submission_id FROM rejections WHERE submission_id IS NOT NULL) s");
            if (stored >= submissions && events == previous) {
                return;
            }
            previous = events;
            Thread.sleep(1000);
        }
    }

    private static long count(HistoryDatabase database, String table) throws SQLException {
        return scalar(database, "SELECT count(*) FROM " + table);
    }

    private static long scalar(HistoryDatabase database, String sql) throws SQLException {
        try (Connection c = database.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
