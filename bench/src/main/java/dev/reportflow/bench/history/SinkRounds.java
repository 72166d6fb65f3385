package dev.reportflow.bench.history;

import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.config.AppConfig;
import dev.reportflow.history.cli.HistoryCommand;
import dev.reportflow.history.postgres.LocalPostgres;
import dev.reportflow.history.sink.HistorySinks;
import dev.reportflow.history.sink.TextIndexer;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import dev.reportflow.schemas.Topics;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The production sinks ({@link HistorySinks}: their consumers, their durable transactions, their
 * indexing when not behind) on the pipeline's backlog, once the pipeline has stopped, so that the
 * rate is the sinks' own. One sink and the configured number take turns back to back (1, N, 1, N):
 * after each round but the last, what it stored is deleted again (and the store is checked to hold
 * exactly what it held before), so that every round loads the same records into the same store, and
 * the pairs show how far the machine drifted between them.
 */
final class SinkRounds {

    /** The tables a round writes: each must hold as many rows after an unload as before the first round. */
    private static final List<String> TABLES = List.of("deliveries", "unit_texts", "reports", "rejections", "corrections",
            "events", "undecodable_records", "sink_offsets");
    private static final Duration DEADLINE = Duration.ofMinutes(30);

    /** {@code textsIndexed}: all the sinks indexed; {@code unindexedAtEnd}: those left when they had read the backlog. */
    record Run(int threads, long records, long routed, long timedRecords, double seconds, double jvmCpu, double postgresCpu,
               long textsIndexed, long unindexedAtEnd, double indexSeconds, double loadAverage) {
        double routedPerSecond() {
            return routed * ((double) timedRecords / records) / seconds;
        }

        double cpuMillisPerRouted() {
            return 1e3 * (jvmCpu + postgresCpu) / routed;
        }
    }

    private final HistoryDatabase database;
    private final LocalPostgres postgres;
    private final BenchCluster cluster;
    private final Topics runTopics;
    private final LivePipeline.Result pipeline;

    SinkRounds(HistoryDatabase database, LocalPostgres postgres, BenchCluster cluster, Topics runTopics,
               LivePipeline.Result pipeline) {
        this.database = database;
        this.postgres = postgres;
        this.cluster = cluster;
        this.runTopics = runTopics;
        this.pipeline = pipeline;
    }

    /** One round of one sink, or four (1, N, 1, N) when {@code threads} is more than one; the last round's rows stay. */
    List<Run> run(int threads) throws Exception {
        List<Integer> order = threads == 1 ? List.of(1) : List.of(1, threads, 1, threads);
        Map<String, Long> before = counts();
        List<Run> runs = new ArrayList<>();
        for (int round = 0; round < order.size(); round++) {
            if (round > 0) {
                unload(before);
            }
            execute("CHECKPOINT"); // a checkpoint inside one round and not another would be its cost alone
            runs.add(round(order.get(round), round));
        }
        return runs;
    }

    /** Timed from the first stored batch (joining the group is not the store's work) to the last record; then until indexed. */
    private Run round(int threads, int round) throws Exception {
        AppConfig config = AppConfig.load(HistorySettings.RESOURCE, null, Map.of("bootstrap.servers",
                cluster.bootstrapServers(), "group.id", runTopics.classified() + ".history-" + round));
        double jvmBefore = ProcessCpu.jvmSeconds();
        double postgresBefore = ProcessCpu.postgresSeconds(postgres.dataDirectory());
        try (HistorySinks sinks = HistorySinks.start(threads, member -> HistoryCommand.consumer(config, member), database,
                runTopics, Duration.ofSeconds(1), "history-bench-sink-" + round)) {
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            long firstNanos = 0;
            long firstRecords = 0;
            while (sinks.recordsStored() < pipeline.records()) {
                if (System.nanoTime() > deadline || !sinks.allRunning()) {
                    throw new IllegalStateException("The sinks stored " + sinks.recordsStored() + " of " + pipeline.records());
                }
                if (firstNanos == 0 && sinks.recordsStored() > 0) {
                    firstNanos = System.nanoTime();
                    firstRecords = sinks.recordsStored();
                }
                Thread.sleep(20);
            }
            long doneNanos = System.nanoTime();
            double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            double jvmCpu = ProcessCpu.jvmSeconds() - jvmBefore;
            double postgresCpu = ProcessCpu.postgresSeconds(postgres.dataDirectory()) - postgresBefore;
            long unindexed;
            try (Connection c = database.connection()) {
                unindexed = TextIndexer.unindexed(c);
                while (TextIndexer.unindexed(c) > 0) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The sinks did not index the texts they stored");
                    }
                    Thread.sleep(50);
                }
            }
            double indexSeconds = (System.nanoTime() - doneNanos) / 1e9;
            return new Run(threads, pipeline.records(), pipeline.routedRecords(), pipeline.records() - firstRecords,
                    (doneNanos - firstNanos) / 1e9, jvmCpu, postgresCpu, sinks.textsIndexed(), unindexed, indexSeconds,
                    loadAverage);
        }
    }

    /** Deletes what a round stored from the run's topics, and checks the store is back to what it held before. */
    private void unload(Map<String, Long> before) throws Exception {
        String own = "(topic IN (?, ?, ?) OR starts_with(topic, ?))";
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL statement_timeout = 0"); // deleting a round's rows takes longer than a search may
            }
            update(c, "DELETE FROM reports WHERE report_id IN (SELECT subject FROM events WHERE topic = ? "
                    + "AND kind IN ('CLASSIFIED', 'RECLASSIFIED'))", runTopics.classified());
            update(c, "DELETE FROM rejections WHERE (kafka_partition, kafka_offset) IN (SELECT kafka_partition, kafka_offset "
                    + "FROM events WHERE topic = ? AND kind = 'REJECTED')", runTopics.rejected());
            update(c, "DELETE FROM corrections WHERE correction_id IN (SELECT subject FROM events WHERE topic = ? "
                    + "AND kind = 'CORRECTION')", runTopics.corrections());
            update(c, "DELETE FROM unit_texts WHERE unit_id IN (SELECT unit_id FROM deliveries WHERE starts_with(topic, ?))",
                    runTopics.routedPrefix());
            update(c, "DELETE FROM deliveries WHERE starts_with(topic, ?)", runTopics.routedPrefix());
            for (String table : List.of("events", "undecodable_records", "sink_offsets")) {
                update(c, "DELETE FROM " + table + " WHERE " + own, runTopics.classified(), runTopics.rejected(),
                        runTopics.corrections(), runTopics.routedPrefix());
            }
            c.commit();
        }
        Map<String, Long> after = counts();
        if (!after.equals(before)) {
            throw new IllegalStateException("The store after unloading a round " + after + " is not what it was " + before);
        }
        execute("VACUUM " + String.join(", ", TABLES));
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            st.execute("SET statement_timeout = 0");
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void update(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setString(i + 1, parameters[i]);
            }
            st.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            st.execute("SET statement_timeout = 0");
            st.execute(sql);
        }
    }
}
