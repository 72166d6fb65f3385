package dev.reportflow.bench.history;

import dev.reportflow.bench.latency.Percentiles;
import dev.reportflow.history.postgres.LocalPostgres;
import dev.reportflow.history.search.SearchPage;
import dev.reportflow.history.search.SearchQuery;
import dev.reportflow.history.search.SectionSearch;
import dev.reportflow.history.sink.StoredRecords;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * {@code reportflow bench --history}: loads generated routed sections into a real PostgreSQL through
 * the sink's own writer (a transaction per batch of records, position included, as the sink
 * commits), then times searches and traces on the loaded store. Prints the load rate with its ratio
 * to the pipeline's routed records/s, and search and trace p50/p99 against their targets.
 */
public final class HistoryBench {

    private static final AvroSerde<RoutedSection> SECTIONS = AvroSerde.of(RoutedSection.class);
    private static final AvroSerde<ClassifiedReport> REPORTS = AvroSerde.of(ClassifiedReport.class);
    private static final int BATCH = 1000;
    private static final long SEARCH_TARGET_MS = 200;
    private static final long TRACE_TARGET_MS = 50;

    /** What to load and ask, and the pipeline rate to compare with. */
    public record Plan(int sections, int measuredSections, int searches, int traces, double pipelineRoutedPerSecond,
                       String pipelineRateSource, Path corpus, long seed) {
    }

    private final Plan plan;
    private final PrintWriter out;
    private final Topics topics = Topics.defaults();
    private final Map<String, Long> offsets = new HashMap<>();

    public HistoryBench(Plan plan, PrintWriter out) {
        this.plan = plan;
        this.out = out;
    }

    public void run() throws Exception {
        GeneratedSections generator = GeneratedSections.fromCorpus(plan.corpus(), plan.seed());
        Map<String, String> server = Map.of("shared_buffers", "1GB", "maintenance_work_mem", "512MB", "work_mem", "32MB",
                "max_wal_size", "8GB", "checkpoint_timeout", "30min", "effective_cache_size", "8GB");
        try (LocalPostgres postgres = LocalPostgres.start(server);
             HistoryDatabase database = HistoryDatabase.open(HistorySettings.at(postgres.jdbcUrl(), LocalPostgres.USER))) {
            database.migrate();
            out.printf("history bench: PostgreSQL %s on 127.0.0.1:%d, %,d routed sections to load%n", version(database),
                    postgres.port(), plan.sections());
            out.flush();
            // The history before: loaded as a rebuild from the topics would be, the text index built after.
            List<String> submissions = new ArrayList<>();
            execute(database, "DROP INDEX unit_texts_grams");
            Load bulk = load(database, generator, plan.sections() - plan.measuredSections(), 0, submissions, 10 * BATCH);
            long indexStart = System.nanoTime();
            execute(database, "CREATE INDEX unit_texts_grams ON unit_texts USING gin (grams)");
            execute(database, "VACUUM ANALYZE");
            double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
            out.printf("  history of %,d sections loaded in %.1f s, text index built and analysed in %.1f s%n",
                    bulk.sections(), bulk.seconds(), indexSeconds);
            out.flush();
            // Then the measured part: through the sink's path, every index in place, on top of that history.
            double jvmBefore = ProcessCpu.jvmSeconds();
            double postgresBefore = ProcessCpu.postgresSeconds(postgres.dataDirectory());
            Load load = load(database, generator, plan.measuredSections(), bulk.reports(), submissions, BATCH);
            double jvmCpu = ProcessCpu.jvmSeconds() - jvmBefore;
            double postgresCpu = ProcessCpu.postgresSeconds(postgres.dataDirectory()) - postgresBefore;
            long vacuumStart = System.nanoTime();
            execute(database, "VACUUM ANALYZE");
            double vacuumSeconds = (System.nanoTime() - vacuumStart) / 1e9;
            long[] searchMicros = searches(database, generator);
            long[] traceMicros = traces(database, generator, submissions);

            Percentiles search = Percentiles.of(searchMicros);
            Percentiles trace = Percentiles.of(traceMicros);
            double rate = load.records() / load.seconds();
            out.println();
            out.println("history store (PostgreSQL, " + size(database) + " on disk)");
            out.printf("  store   %,d routed sections, %,d unit texts, %,d reports%n", bulk.sections() + load.sections(),
                    bulk.units() + load.units(), bulk.reports() + load.reports());
            out.printf("  load    the last %,d routed sections through the sink's writer (batches of %d, every index kept): "
                            + "%.1f s, %,.0f routed records/s%n", load.sections(), BATCH, load.seconds(),
                    load.sections() / load.seconds());
            out.printf("          %,.0f records/s all told (sections and reports), then VACUUM ANALYZE %.1f s%n", rate, vacuumSeconds);
            double cpuPerSection = (jvmCpu + postgresCpu) / load.sections();
            out.printf("          CPU: %.3f ms per routed section (JVM %.1f s, generator and writer; PostgreSQL %.1f s): "
                            + "%,.0f routed records/s on this machine's %d cores with nothing else running%n",
                    cpuPerSection * 1e3, jvmCpu, postgresCpu, Runtime.getRuntime().availableProcessors() / cpuPerSection,
                    Runtime.getRuntime().availableProcessors());
            out.printf("          (load average during the run: %.1f on %d cores)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.printf("          vs the pipeline's %,.0f routed records/s (%s): %.2f×%n", plan.pipelineRoutedPerSecond(),
                    plan.pipelineRateSource(), load.sections() / load.seconds() / plan.pipelineRoutedPerSecond());
            out.printf("  search  %d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms  (target p99 <= %d ms: %s, %.2f× the target)%n",
                    search.count(), search.p50() / 1e3, search.p95() / 1e3, search.p99() / 1e3, search.max() / 1e3,
                    SEARCH_TARGET_MS, search.p99() / 1e3 <= SEARCH_TARGET_MS ? "MET" : "MISSED",
                    search.p99() / 1e3 / SEARCH_TARGET_MS);
            out.printf("  trace   %d submissions: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms  (target p99 <= %d ms: %s, %.2f× the target)%n",
                    trace.count(), trace.p50() / 1e3, trace.p95() / 1e3, trace.p99() / 1e3, trace.max() / 1e3,
                    TRACE_TARGET_MS, trace.p99() / 1e3 <= TRACE_TARGET_MS ? "MET" : "MISSED",
                    trace.p99() / 1e3 / TRACE_TARGET_MS);
            out.flush();
        }
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
