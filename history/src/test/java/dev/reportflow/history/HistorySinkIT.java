package dev.reportflow.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.config.AppConfig;
import dev.reportflow.history.cli.HistoryCommand;
import dev.reportflow.history.postgres.LocalPostgres;
import dev.reportflow.history.search.SearchQuery;
import dev.reportflow.history.search.SectionSearch;
import dev.reportflow.history.sink.HistorySinks;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import dev.reportflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongPredicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sink on a real broker and a real PostgreSQL: killed in the middle of a batch, restarted, and
 * with the database down for a while; every time the store ends with each record of the topics
 * exactly once, checked by count and by id against the topics themselves.
 */
class HistorySinkIT {

    private static final AtomicInteger NAMESPACES = new AtomicInteger();
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.startFresh();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aSinkKilledMidBatchAndRestartedLosesAndRepeatsNothing() throws Exception {
        Map<String, String> properties = namespace("killed");
        Topics topics = Topics.from(properties);
        createTopics(topics);
        HistorySettings settings = SharedPostgres.settings("killed");
        properties.put("reportflow.history.jdbc-url", settings.jdbcUrl());
        try (Traffic traffic = new Traffic(broker.bootstrapServers(), topics);
             HistoryDatabase database = HistoryDatabase.open(settings)) {
            int written = traffic.submissions(0, 400);

            // A separate process, killed with SIGKILL while it writes: no close, no rollback of its own.
            Process child = sinkProcess(properties, 50);
            long before = waitFor(database, "events", n -> n > 300, Duration.ofSeconds(90));
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            long atKill = count(database, "events");
            assertThat(atKill).as("killed in the middle of the topics").isGreaterThanOrEqualTo(before).isLessThan(written);
            assertThat(offsetsStored(database)).as("its position is the rows it stored")
                    .isEqualTo(atKill);

            written += traffic.submissions(400, 100);
            try (RunningSink sink = RunningSink.start(properties, database)) {
                waitFor(database, "events", n -> n == written(topics), Duration.ofSeconds(90));
            }
            assertStoreMatchesTopics(database, topics);
        }
    }

    @Test
    void catchesUpWithoutLossOrDuplicatesAfterTheStoreWasDownAndAfterARestart() throws Exception {
        Map<String, String> properties = namespace("down");
        Topics topics = Topics.from(properties);
        createTopics(topics);
        try (LocalPostgres postgres = LocalPostgres.start(Map.of("fsync", "off"));
             Traffic traffic = new Traffic(broker.bootstrapServers(), topics)) {
            HistorySettings settings = HistorySettings.at(postgres.jdbcUrl(), LocalPostgres.USER);
            properties.put("reportflow.history.jdbc-url", settings.jdbcUrl());
            properties.put("max.poll.records", "100");
            try (HistoryDatabase database = HistoryDatabase.open(settings)) {
                database.migrate();
                traffic.submissions(0, 100);
                RunningSink sink = RunningSink.start(properties, database);
                waitFor(database, "events", n -> n == written(topics), Duration.ofSeconds(60));

                // The database crashes while the sink writes a backlog, and a day's traffic arrives while it is down.
                traffic.submissions(100, 400);
                waitFor(database, "events", n -> n > 600, Duration.ofSeconds(60));
                postgres.stop(true);
                traffic.submissions(500, 500);
                Thread.sleep(2_000); // the sink finds the database gone
                postgres.startServer();
                waitFor(database, "events", n -> n == written(topics), Duration.ofSeconds(120));
                assertThat(sink.sinks.failures()).as("the sink saw the database fail").isPositive();
                assertStoreMatchesTopics(database, topics);

                // A restart: stopped, more traffic, a new sink continues where the store says.
                sink.close();
                traffic.submissions(1000, 100);
                try (RunningSink again = RunningSink.start(properties, database)) {
                    waitFor(database, "events", n -> n == written(topics), Duration.ofSeconds(60));
                    // Caught up, the sink indexes the texts it stored without their bigrams.
                    waitFor(database, "unit_texts WHERE grams IS NULL", n -> n == 0, Duration.ofSeconds(60));
                    assertThat(again.sinks.textsIndexed()).as("the new traffic's texts, indexed by the sink").isPositive();
                }
                assertStoreMatchesTopics(database, topics);
                assertThat(new SectionSearch(database).search(new SearchQuery(Set.of("audit"), List.of("编号1004"),
                        Set.of(), Set.of(), null, null, null, null, null, null, false, null, 10)).hits())
                        .as("a copy withdrawn by a correction is not found").isEmpty();
                assertThat(new SectionSearch(database).search(new SearchQuery(Set.of("finance"), List.of("编号1004"),
                        Set.of(), Set.of(), null, null, null, null, null, null, false, null, 10)).hits())
                        .as("the copy not withdrawn is").hasSize(2);
            }
        }
    }

    @Test
    void twoSinksInOneGroupShareThePartitionsAndStoreEveryRecordOnceAcrossARebalance() throws Exception {
        Map<String, String> properties = namespace("shared");
        Topics topics = Topics.from(properties);
        createTopics(topics);
        properties.put("max.poll.records", "50");
        try (Traffic traffic = new Traffic(broker.bootstrapServers(), topics);
             HistoryDatabase database = SharedPostgres.freshStore("shared")) {
            traffic.submissions(0, 300);
            try (RunningSink one = RunningSink.start(properties, database, 1)) {
                waitFor(database, "events", n -> n > 0, Duration.ofSeconds(90));
                // A second member joins while the first is reading: the group moves partitions between them.
                try (RunningSink two = RunningSink.start(properties, database, 1)) {
                    awaitMembersWithPartitions(properties.get("group.id"), 2, Duration.ofSeconds(90));
                    traffic.submissions(300, 300);
                    waitFor(database, "events", n -> n == written(topics), Duration.ofSeconds(120));
                    assertThat(two.sinks().recordsStored()).as("the second sink stored its share").isPositive();
                    assertThat(one.sinks().failures() + two.sinks().failures()).as("no batch was refused").isZero();
                }
                // The second leaves: the first takes its partitions back from the positions the store holds.
                traffic.submissions(600, 100);
                waitFor(database, "events", n -> n == written(topics), Duration.ofSeconds(120));
            }
            assertStoreMatchesTopics(database, topics);
        }
    }

    @Test
    void oneOfTwoSinksKilledMidBatchAndRestartedLosesAndRepeatsNothing() throws Exception {
        Map<String, String> properties = namespace("half-killed");
        Topics topics = Topics.from(properties);
        createTopics(topics);
        HistorySettings settings = SharedPostgres.settings("half_killed");
        properties.put("reportflow.history.jdbc-url", settings.jdbcUrl());
        properties.put("reportflow.history.sink.threads", "1");
        try (Traffic traffic = new Traffic(broker.bootstrapServers(), topics);
             HistoryDatabase database = HistoryDatabase.open(settings)) {
            database.migrate();
            traffic.submissions(0, 400);
            Process child = sinkProcess(properties, 20);
            waitFor(database, "events", n -> n > 50, Duration.ofSeconds(90));
            try (RunningSink survivor = RunningSink.start(properties, database, 1)) {
                // Traffic keeps arriving until the kill, so that both sinks are writing when it comes.
                AtomicBoolean killed = new AtomicBoolean();
                ExecutorService feeder = Executors.newSingleThreadExecutor();
                Future<Integer> nextSubmission = feeder.submit(() -> {
                    int n = 400;
                    while (!killed.get()) {
                        traffic.submissions(n, 20);
                        n += 20;
                        Thread.sleep(50);
                    }
                    return n;
                });
                try {
                    // the child and the survivor share the topics
                    awaitMembersWithPartitions(properties.get("group.id"), 2, Duration.ofSeconds(90));
                    waitFor(database, "events", n -> n > 900, Duration.ofSeconds(90));
                    // SIGKILL while both write: the child's open transaction dies with its connection.
                    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                } finally {
                    killed.set(true);
                    feeder.shutdown();
                }
                long[] atKill = eventsAndPositions(database);
                assertThat(atKill[1]).as("the stored positions are the rows stored, in one snapshot").isEqualTo(atKill[0]);

                // The survivor takes the child's partitions once the group drops it; then the child comes back as two sinks.
                int next = nextSubmission.get();
                traffic.submissions(next, 100);
                properties.put("reportflow.history.sink.threads", "2");
                Process again = sinkProcess(properties, 20);
                try {
                    traffic.submissions(next + 100, 100);
                    waitFor(database, "events", n -> n == written(topics), Duration.ofSeconds(120));
                } finally {
                    again.destroy();
                    again.waitFor(30, TimeUnit.SECONDS);
                }
                assertThat(survivor.sinks().failures()).as("no batch of the survivor was refused").isZero();
            }
            assertStoreMatchesTopics(database, topics);
        }
    }

    /** Sinks in this JVM, each on its own thread, in one group. */
    private record RunningSink(HistorySinks sinks) implements AutoCloseable {
        static RunningSink start(Map<String, String> properties, HistoryDatabase database) {
            return start(properties, database, 1);
        }

        static RunningSink start(Map<String, String> properties, HistoryDatabase database, int threads) {
            AppConfig config = AppConfig.load(HistorySettings.RESOURCE, null, Map.of(), properties);
            return new RunningSink(HistorySinks.start(threads, member -> HistoryCommand.consumer(config, member), database,
                    Topics.from(config.asMap()), Duration.ofMillis(300), "test-history-sink"));
        }

        @Override
        public void close() throws InterruptedException {
            sinks.close();
        }
    }

    private Process sinkProcess(Map<String, String> properties, int maxPollRecords) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HistoryCommand.class.getName(), "sink"));
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.put("max.poll.records", Integer.toString(maxPollRecords));
        all.forEach((k, v) -> command.addAll(List.of("-D", k + "=" + v)));
        Path log = Files.createTempFile("history-sink-", ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private Map<String, String> namespace(String name) {
        String ns = name + NAMESPACES.incrementAndGet() + ".";
        Map<String, String> p = new HashMap<>();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("group.id", ns + "history");
        // A killed member leaves the group after this long: the restarted sink waits for it (45 s by default).
        p.put("session.timeout.ms", "6000");
        p.put("reportflow.topics.classified", ns + "reports.classified");
        p.put("reportflow.topics.rejected", ns + "reports.rejected");
        p.put("reportflow.topics.corrections", ns + "routing.corrections");
        p.put("reportflow.topics.routed-prefix", ns + "routed.");
        return p;
    }

    private static List<String> topicNames(Topics topics) {
        List<String> names = new ArrayList<>(List.of(topics.classified(), topics.rejected(), topics.corrections()));
        Traffic.DEPARTMENTS.forEach(d -> names.add(topics.routed(d)));
        return names;
    }

    private static void createTopics(Topics topics) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(topicNames(topics).stream().map(n -> new NewTopic(n, 3, (short) 1)).toList()).all().get();
        }
    }

    /** Every record on the topics: coordinates and key. */
    private static List<ConsumerRecord<byte[], byte[]>> readAll(Topics topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "isolation.level", "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            topicNames(topics).forEach(t -> consumer.partitionsFor(t).forEach(p -> partitions.add(new TopicPartition(t, p.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static long written(Topics topics) {
        return readAll(topics).size();
    }

    private static void assertStoreMatchesTopics(HistoryDatabase database, Topics topics) throws SQLException {
        List<ConsumerRecord<byte[], byte[]>> records = readAll(topics);
        Set<String> coordinates = new HashSet<>();
        Set<String> deliveryIds = new HashSet<>();
        Set<String> withdrawn = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            coordinates.add(r.topic() + "/" + r.partition() + "/" + r.offset());
            if (topics.departmentOf(r.topic()) != null) {
                deliveryIds.add(new String(r.key(), StandardCharsets.UTF_8));
            }
        }
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            assertThat(strings(st, "SELECT topic || '/' || kafka_partition || '/' || kafka_offset FROM events"))
                    .as("every record once, by its coordinates").hasSize(records.size())
                    .containsExactlyInAnyOrderElementsOf(coordinates);
            assertThat(strings(st, "SELECT delivery_id FROM deliveries")).as("every delivery once")
                    .hasSize(deliveryIds.size()).containsExactlyInAnyOrderElementsOf(deliveryIds);
            withdrawn.addAll(strings(st, "SELECT delivery_id FROM deliveries WHERE retracted"));
            assertThat(withdrawn).as("withdrawn copies").isNotEmpty().allMatch(id -> id.endsWith("@audit"));
            assertThat(strings(st, "SELECT report_id FROM reports")).hasSize(
                    (int) records.stream().filter(r -> r.topic().equals(topics.classified())).count());
            assertThat(strings(st, "SELECT kafka_offset::text FROM rejections")).hasSize(
                    (int) records.stream().filter(r -> r.topic().equals(topics.rejected())).count());
            assertThat(strings(st, "SELECT topic FROM undecodable_records")).isEmpty();
        }
        assertThat(offsetsStored(database)).as("the stored position is the end of every partition").isEqualTo(records.size());
    }

    /** Events and the sum of the stored positions, read in one snapshot while sinks may be writing. */
    private static long[] eventsAndPositions(HistoryDatabase database) throws SQLException {
        try (Connection c = database.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM events), "
                     + "(SELECT coalesce(sum(next_offset), 0) FROM sink_offsets)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** Waits until that many members of the group hold partitions (a rebalance completes after the join). */
    private static void awaitMembersWithPartitions(String group, long members, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long n = -1;
        while (System.nanoTime() < deadline) {
            n = membersWithPartitions(group);
            if (n == members) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(group + " has " + n + " members holding partitions after " + timeout + ", not " + members);
    }

    /** Members of the group that hold at least one partition. */
    private static long membersWithPartitions(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            return admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get().members().stream()
                    .filter(m -> !m.assignment().topicPartitions().isEmpty()).count();
        }
    }

    private static List<String> strings(Statement st, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static long offsetsStored(HistoryDatabase database) throws SQLException {
        try (Connection c = database.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(sum(next_offset), 0) FROM sink_offsets")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(HistoryDatabase database, String table) throws SQLException {
        try (Connection c = database.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits until the table's row count satisfies the condition; the count then. */
    private static long waitFor(HistoryDatabase database, String table, LongPredicate condition,
                                Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long n = -1;
        while (System.nanoTime() < deadline) {
            try {
                n = count(database, table);
                if (condition.test(n)) {
                    return n;
                }
            } catch (SQLException e) {
                // the database is restarting
            }
            Thread.sleep(100);
        }
        throw new AssertionError(table + " has " + n + " rows after " + timeout + ": condition never met");
    }
}
