package dev.reportflow.bench.history;

import dev.reportflow.bench.corpus.ReportSource;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.bench.latency.Percentiles;
import dev.reportflow.config.AppConfig;
import dev.reportflow.history.postgres.LocalPostgres;
import dev.reportflow.history.search.SearchPage;
import dev.reportflow.history.search.SearchQuery;
import dev.reportflow.history.search.SectionSearch;
import dev.reportflow.history.sink.StoredRecords;
import dev.reportflow.history.sink.TextIndexer;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import dev.reportflow.history.trace.StoredTraces;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * {@code reportflow bench --history}: loads a history of generated routed sections into a real
 * PostgreSQL as a rebuild would; runs the pipeline (embedded broker, streams app) on whole reports
 * and times its routed sections/s; runs the history sink on what the pipeline wrote and times its
 * load rate (one sink and the configured number in turn, SinkRounds), then its text indexing; then times
 * searches and traces on the store. Prints both
 * rates and their ratio, measured in the same run, and search and trace p50/p99 against their targets.
 */
public final class HistoryBench {

    private static final AvroSerde<RoutedSection> SECTIONS = AvroSerde.of(RoutedSection.class);
    private static final AvroSerde<ClassifiedReport> REPORTS = AvroSerde.of(ClassifiedReport.class);
    private static final int BATCH = 1000;
    private static final long SEARCH_TARGET_MS = 200;
    private static final long TRACE_TARGET_MS = 50;

    /** What to load (generated history, then real reports through the pipeline) and ask. */
    public record Plan(int sections, int pipelineReports, int searches, int traces, Path corpus, long seed) {
    }

    private final Plan plan;
    private final ReportSource reports;
    private final Function<BenchCluster, BenchSettings> settingsFor;
    private final PrintWriter out;
    private final Topics topics = Topics.defaults();
    private final Map<String, Long> offsets = new HashMap<>();

    /** {@code reports}: what the pipeline is fed; {@code settingsFor}: the apps' settings on the run's cluster. */
    public HistoryBench(Plan plan, ReportSource reports, Function<BenchCluster, BenchSettings> settingsFor, PrintWriter out) {
        this.plan = plan;
        this.reports = reports;
        this.settingsFor = settingsFor;
        this.out = out;
    }

    public void run() throws Exception {
        GeneratedSections generator = GeneratedSections.fromCorpus(plan.corpus(), plan.seed());
        Map<String, String> server = Map.of("shared_buffers", "1GB", "maintenance_work_mem", "512MB", "work_mem", "32MB",
                "max_wal_size", "8GB", "checkpoint_timeout", "30min", "effective_cache_size", "8GB");
        // The sinks' count as configured (reportflow.history.sink.threads, e.g. REPORTFLOW_HISTORY_SINK_THREADS).
        int sinkThreads = HistorySettings.from(AppConfig.load(HistorySettings.RESOURCE, null, Map.of())).sinkThreads();
        try (LocalPostgres postgres = LocalPostgres.start(server);
             HistoryDatabase database = HistoryDatabase.open(HistorySettings.at(postgres.jdbcUrl(), LocalPostgres.USER)
                     .withSinkThreads(sinkThreads).forSink())) {
            database.migrate();
            out.printf("history bench: PostgreSQL %s on 127.0.0.1:%d, %,d generated routed sections as the history, "
                    + "then %,d whole reports through the pipeline%n", version(database), postgres.port(), plan.sections(),
                    plan.pipelineReports());
            out.flush();
            List<String> submissions = new ArrayList<>();
            Rebuild rebuild = rebuild(database, generator, submissions);
            out.printf("  history of %,d sections loaded in %.1f s, %,d texts indexed in %.1f s, text index built and "
                            + "analysed in %.1f s%n", rebuild.load().sections(), rebuild.load().seconds(), rebuild.load().units(),
                    rebuild.indexSeconds(), rebuild.buildSeconds());
            out.flush();

            LivePipeline.Result pipeline;
            List<SinkRounds.Run> sinkRuns;
            try (BenchCluster cluster = BenchCluster.open(null, "history-" + ProcessHandle.current().pid())) {
                BenchSettings settings = settingsFor.apply(cluster);
                pipeline = new LivePipeline(cluster, settings, reports, out).run(plan.pipelineReports());
                sinkRuns = new SinkRounds(database, postgres, cluster, settings.topics(), pipeline).run(sinkThreads);
            }
            execute(database, "VACUUM ANALYZE");
            // CPU per query as well as wall time: on a shared machine a query also waits for a core.
            double searchPostgresBefore = ProcessCpu.postgresSeconds(postgres.dataDirectory());
            double searchLoadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long[] searchMicros = searches(database, generator);
            double searchPostgresCpu = ProcessCpu.postgresSeconds(postgres.dataDirectory()) - searchPostgresBefore;
            long[] traceMicros = traces(database, generator, submissions);

            Percentiles search = Percentiles.of(searchMicros);
            Percentiles trace = Percentiles.of(traceMicros);
            int cores = Runtime.getRuntime().availableProcessors();
            out.println();
            out.println("history store (PostgreSQL, " + size(database) + " on disk)");
            out.printf("  store     %,d routed sections, %,d unit texts, %,d reports%n", count(database, "deliveries"),
                    count(database, "unit_texts"), count(database, "reports"));
            out.printf("  pipeline  %,d reports, %,d routed sections in %.1f s: %,.0f routed sections/s "
                            + "(embedded broker and streams app in this JVM, the store idle; load average %.1f)%n", pipeline.reports(),
                    pipeline.routedSections(), pipeline.seconds(), pipeline.routedPerSecond(), pipeline.loadAverage());
            SinkRounds.Run first = sinkRuns.get(0);
            out.printf("  sink      its backlog (%,d records, %,d routed sections, the pipeline stopped), %s; each timed from "
                    + "its first stored batch, the CPU of the JVM (the sinks and an idle broker) and of PostgreSQL:%n",
                    first.records(), first.routed(), sinkRuns.size() == 1 ? "one round"
                            : "1 sink and " + sinkThreads + " in turn, back to back, the store reset between rounds");
            for (SinkRounds.Run run : sinkRuns) {
                out.printf("            %d sink%s: %,.0f routed sections/s, %.2f× the pipeline (%,d records in %.1f s; "
                                + "CPU %.3f ms per routed section, JVM %.1f s, PostgreSQL %.1f s; load average %.1f); "
                                + "%,d texts indexed in %.1f s after%n",
                        run.threads(), run.threads() == 1 ? " " : "s", run.routedPerSecond(),
                        run.routedPerSecond() / pipeline.routedPerSecond(), run.timedRecords(), run.seconds(),
                        run.cpuMillisPerRouted(), run.jvmCpu(), run.postgresCpu(), run.loadAverage(), run.unindexedAtEnd(),
                        run.indexSeconds());
            }
            for (int i = 1; i < sinkRuns.size(); i += 2) {
                out.printf("            pair %d: %d sinks / 1 sink = %.2f× the load rate%n", (i + 1) / 2, sinkThreads,
                        sinkRuns.get(i).routedPerSecond() / sinkRuns.get(i - 1).routedPerSecond());
            }
            SinkRounds.Run configured = sinkRuns.get(sinkRuns.size() - 1);
            out.printf("  ratio     the sink's load rate (%d sink%s, reportflow.history.sink.threads) / the pipeline's routed "
                            + "rate, same run: %.2f× (target >= 1×: %s)%n", sinkThreads, sinkThreads == 1 ? "" : "s",
                    configured.routedPerSecond() / pipeline.routedPerSecond(),
                    configured.routedPerSecond() >= pipeline.routedPerSecond() ? "MET" : "MISSED");
            out.printf("  index     %,d of the backlog's %,d unit texts were unindexed when the sinks had read it; they indexed "
                            + "them in %.1f s: %,.0f texts/s, %,.0f routed sections/s (search checked them directly meanwhile)%n",
                    configured.unindexedAtEnd(), configured.textsIndexed(), configured.indexSeconds(),
                    configured.unindexedAtEnd() / Math.max(configured.indexSeconds(), 1e-3),
                    configured.unindexedAtEnd() / Math.max(configured.indexSeconds(), 1e-3) * configured.routed()
                            / Math.max(configured.textsIndexed(), 1));
            out.printf("            (load average at the end: %.1f on %d cores)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);
            out.printf("  search    %d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms  (target p99 <= %d ms: %s, %.2f× the target)%n",
                    search.count(), search.p50() / 1e3, search.p95() / 1e3, search.p99() / 1e3, search.max() / 1e3,
                    SEARCH_TARGET_MS, search.p99() / 1e3 <= SEARCH_TARGET_MS ? "MET" : "MISSED",
                    search.p99() / 1e3 / SEARCH_TARGET_MS);
            out.printf("            PostgreSQL CPU %.1f ms per query (of about %d, warm-up included); load average %.1f when they began%n",
                    1e3 * searchPostgresCpu / (searchMicros.length + 20), searchMicros.length + 20, searchLoadAverage);
            out.printf("  trace     %d submissions: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms  (target p99 <= %d ms: %s, %.2f× the target)%n",
                    trace.count(), trace.p50() / 1e3, trace.p95() / 1e3, trace.p99() / 1e3, trace.max() / 1e3,
                    TRACE_TARGET_MS, trace.p99() / 1e3 <= TRACE_TARGET_MS ? "MET" : "MISSED",
                    trace.p99() / 1e3 / TRACE_TARGET_MS);
            out.flush();
        }
    }

    private record Rebuild(Load load, double indexSeconds, double buildSeconds) {
    }

    /**
     * The history before, as a rebuild from the topics loads it: the sink's writer in large
     * transactions with the text index dropped, the texts' bigrams added, then the index built once.
     */
    private Rebuild rebuild(HistoryDatabase database, GeneratedSections generator, List<String> submissions)
            throws Exception {
        execute(database, "DROP INDEX unit_texts_grams");
        Load load = load(database, generator, plan.sections(), 0, submissions, 10 * BATCH);
        long indexStart = System.nanoTime();
        try (Connection connection = database.connection()) {
            TextIndexer indexer = new TextIndexer();
            while (indexer.indexSome(connection, 10 * BATCH) > 0) {
                // until every text has its bigrams
            }
        }
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        long buildStart = System.nanoTime();
        execute(database, "VACUUM");
        execute(database, "CREATE INDEX unit_texts_grams ON unit_texts USING gin (grams)");
        execute(database, "ANALYZE");
        return new Rebuild(load, indexSeconds, (System.nanoTime() - buildStart) / 1e9);
    }

    private record Load(long sections, long units, long reports, long records, double seconds) {
    }

    /** As the sink writes: one transaction per batch of records, with the position after them. */
    private Load load(HistoryDatabase database, GeneratedSections generator, int target, long firstReport,
                      List<String> submissions, int batchSize) throws Exception {
        StoredRecords stored = new StoredRecords(topics);
        List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>(BATCH + 64);
        long sections = 0;
        long units = 0;
        long reports = 0;
        long records = 0;
        long start = System.nanoTime();
        long lastReport = start;
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            for (int n = (int) firstReport; sections < target; n++) {
                GeneratedSections.Report report = generator.report(n);
                submissions.add(report.report().getSubmissionId());
                batch.add(record(offsets, topics.classified(), REPORTS.toBytes(report.report())));
                reports++;
                units += report.copies().stream().map(RoutedSection::getUnitId).distinct().count();
                for (RoutedSection copy : report.copies()) {
                    batch.add(record(offsets, topics.routed(copy.getRoutedTo()), SECTIONS.toBytes(copy)));
                    sections++;
                }
                if (batch.size() >= batchSize) {
                    stored.write(connection, batch);
                    connection.commit();
                    records += batch.size();
                    batch.clear();
                }
                if (System.nanoTime() - lastReport > 60e9) {
                    lastReport = System.nanoTime();
                    out.printf("  loaded %,d sections, %,.0f/s%n", sections, sections / ((lastReport - start) / 1e9));
                    out.flush();
                }
            }
            if (!batch.isEmpty()) {
                stored.write(connection, batch);
                connection.commit();
                records += batch.size();
            }
        }
        return new Load(sections, units, reports, records, (System.nanoTime() - start) / 1e9);
    }

    private static ConsumerRecord<byte[], byte[]> record(Map<String, Long> offsets,
                                                                                           String topic, byte[] value) {
        long offset = offsets.merge(topic, 1L, Long::sum) - 1;
        return new ConsumerRecord<>(topic, 0, offset, null, value);
    }

    /**
     * A supervisor's searches: one department, a phrase of two characters (40%) or four (40%) or two
     * words (20%), sometimes a role (30%) or a quarter (30%); the first page of 20, and for one search
     * in five the second page too (timed as its own query).
     */
    private long[] searches(HistoryDatabase database, GeneratedSections generator) throws Exception {
        SectionSearch search = new SectionSearch(database);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < plan.searches() + 20; i++) {
            var random = generator.random();
            double kind = random.nextDouble();
            List<String> terms = kind < 0.4 ? List.of(generator.phrase(2)) : kind < 0.8 ? List.of(generator.phrase(4))
                    : List.of(generator.phrase(2), generator.phrase(2));
            Set<String> roles = random.nextDouble() < 0.3 ? Set.of("PROBLEMS") : Set.of();
            Instant from = null;
            Instant to = null;
            if (random.nextDouble() < 0.3) {
                from = Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofDays(90L * random.nextInt(8)));
                to = from.plus(Duration.ofDays(90));
            }
            SearchQuery query = new SearchQuery(Set.of(generator.department()), terms, roles, Set.of(), null, null, from, to,
                    null, null, false, null, 20);
            long t0 = System.nanoTime();
            SearchPage page = search.search(query);
            long first = (System.nanoTime() - t0) / 1000;
            if (i >= 20) { // the first twenty warm the JIT and the caches
                micros.add(first);
            }
            if (page.next() != null && random.nextDouble() < 0.2) {
                long t1 = System.nanoTime();
                search.search(query.after(page.next()));
                if (i >= 20) {
                    micros.add((System.nanoTime() - t1) / 1000);
                }
            }
        }
        return micros.stream().mapToLong(Long::longValue).toArray();
    }

    private long[] traces(HistoryDatabase database, GeneratedSections generator, List<String> submissions) throws Exception {
        StoredTraces traces = new StoredTraces(database);
        long[] micros = new long[plan.traces()];
        for (int i = -20; i < plan.traces(); i++) {
            String id = submissions.get(generator.random().nextInt(submissions.size()));
            long t0 = System.nanoTime();
            if (!traces.trace(id).found()) {
                throw new IllegalStateException("Trace of a loaded submission found nothing: " + id);
            }
            if (i >= 0) {
                micros[i] = (System.nanoTime() - t0) / 1000;
            }
        }
        return micros;
    }

    private static String version(HistoryDatabase database) throws Exception {
        return query(database, "SHOW server_version");
    }

    private static long count(HistoryDatabase database, String table) throws Exception {
        return Long.parseLong(query(database, "SELECT count(*) FROM " + table));
    }

    private static String size(HistoryDatabase database) throws Exception {
        return query(database, "SELECT pg_size_pretty(pg_database_size(current_database()))");
    }

    private static String query(HistoryDatabase database, String sql) throws Exception {
        try (Connection c = database.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(HistoryDatabase database, String sql) throws Exception {
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            st.execute("SET statement_timeout = 0"); // building an index takes longer than a search may
            st.execute(sql);
        }
    }
}
