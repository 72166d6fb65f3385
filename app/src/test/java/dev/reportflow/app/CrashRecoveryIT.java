package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.classifier.text.ContentHash;
import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.topics.TopicSetup;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost, nothing twice, modelled on Kafka's EosIntegrationTest: a mixed workload (valid
 * reports, duplicates, bad submissions, corrupt records) flows while the streams app, in its own
 * JVM, is killed with SIGKILL twice and the broker is restarted once. Afterwards, read with
 * read_committed, every submission is in exactly one place and every delivery exists exactly once.
 * Both run with reportflow's default static membership (the group.instance.id from the state directory).
 */
class CrashRecoveryIT {

    private static final int VALID = 90;
    private static final int DUPLICATES = 20;
    private static final int BAD = 20;
    private static final int CORRUPT = 10;

    private final Topics topics = Topics.defaults();
    private final AvroSerde<Submission> submissionSerde = AvroSerde.of(Submission.class);

    @Test
    void everySubmissionEndsInExactlyOnePlaceAfterTwoKillsAndABrokerRestart() throws Exception {
        Path stateDir = Files.createTempDirectory("reportflow-crash-state-");
        Path log = StreamsProcess.logFile("crash-recovery-streams.log");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh()) {
            createTopics(broker.bootstrapServers());
            List<ProducerRecord<byte[], byte[]>> workload = workload(new Random(42));
            Set<String> submissionIds = new HashSet<>();
            workload.forEach(r -> idOf(r).ifPresent(submissionIds::add));

            StreamsProcess streams = StreamsProcess.start(broker.bootstrapServers(), "crash-it", stateDir, log);
            int crashes = 0;
            int brokerRestarts = 0;
            Thread sender = sendInBackground(broker.bootstrapServers(), workload);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                awaitProgress(admin, 10);
                streams.killHard();
                crashes++;
                streams = StreamsProcess.start(broker.bootstrapServers(), "crash-it", stateDir, log);
                awaitProgress(admin, 25);
            }
            broker.stop();
            Thread.sleep(1_000);
            broker.start();
            brokerRestarts++;
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                awaitProgress(admin, 25);
                streams.killHard();
                crashes++;
                streams = StreamsProcess.start(broker.bootstrapServers(), "crash-it", stateDir, log);
            }
            sender.join(Duration.ofMinutes(3).toMillis());
            Outcome outcome;
            try {
                outcome = readUntilAccountedFor(broker.bootstrapServers(), submissionIds, Duration.ofMinutes(3));
            } finally {
                streams.close();
            }

            System.out.printf("CRASH-RECOVERY crashes=%d broker-restarts=%d%n", crashes, brokerRestarts);
            assertEverySubmissionInExactlyOnePlace(outcome, submissionIds, log);
            assertThat(crashes).isEqualTo(2);
        }
    }

    /**
     * Static membership (reportflow's default, its id from the state directory): an instance
     * SIGKILLed and started again on the same state directory takes its own place in the group, so
     * it routes again long before the killed member's session (5 minutes here) could expire; a
     * clean stop leaves the group at once.
     */
    @Test
    void anInstanceRestartedAfterASigkillRejoinsAsTheSameStaticMemberWithoutWaitingForItsSession() throws Exception {
        Path stateDir = Files.createTempDirectory("reportflow-static-state-");
        Path log = StreamsProcess.logFile("static-restart-streams.log");
        String group = "static-it";
        Duration session = Duration.ofMinutes(5);
        Map<String, String> longSession = Map.of("session.timeout.ms", String.valueOf(session.toMillis()),
                "heartbeat.interval.ms", "3000");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh()) {
            createTopics(broker.bootstrapServers());
            List<ProducerRecord<byte[], byte[]>> workload = workload(new Random(17));
            Set<String> submissionIds = new HashSet<>();
            workload.forEach(r -> idOf(r).ifPresent(submissionIds::add));

            StreamsProcess streams = StreamsProcess.start(broker.bootstrapServers(), group, stateDir, log, longSession);
            Thread sender = sendInBackground(broker.bootstrapServers(), workload);
            Outcome outcome;
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                awaitProgress(admin, 10);
                MemberDescription killed = onlyMember(admin, group);
                String derivedId = Files.readString(stateDir.resolve(group).resolve("reportflow-instance-id")).strip();
                assertThat(killed.groupInstanceId()).as("the id from the state directory, with Kafka Streams' thread suffix")
                        .contains(derivedId + "-1");

                streams.killHard();
                long killedAt = System.nanoTime();
                streams = StreamsProcess.start(broker.bootstrapServers(), group, stateDir, log, longSession);
                awaitProgress(admin, 25);
                Duration toRouting = Duration.ofNanos(System.nanoTime() - killedAt);
                MemberDescription restarted = onlyMember(admin, group);
                System.out.printf("STATIC-RESTART instance=%s killed-member=%s restarted-member=%s routing-again-after=%s%n",
                        restarted.groupInstanceId().orElse("none"), killed.consumerId(), restarted.consumerId(), toRouting);
                assertThat(toRouting).as("routing again while the killed member's session was still alive").isLessThan(session);
                assertThat(restarted.groupInstanceId()).as("the same static member").isEqualTo(killed.groupInstanceId());
                assertThat(restarted.consumerId()).as("the coordinator gives the rejoined static member a new member id")
                        .isNotEqualTo(killed.consumerId());

                sender.join(Duration.ofMinutes(3).toMillis());
                try {
                    outcome = readUntilAccountedFor(broker.bootstrapServers(), submissionIds, Duration.ofMinutes(3));
                } finally {
                    streams.close();
                }
                assertThat(membersWithin(admin, group, Duration.ofSeconds(30)))
                        .as("a clean stop leaves the group instead of holding its partitions for the session").isZero();
            }
            assertEverySubmissionInExactlyOnePlace(outcome, submissionIds, log);
        }
    }

    /** The group's only member (a single instance with one stream thread), once the group has exactly one. */
    private static MemberDescription onlyMember(Admin admin, String group) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            var members = admin.describeConsumerGroups(List.of(group)).all().get().get(group).members();
            if (members.size() == 1 || System.nanoTime() > deadline) {
                assertThat(members).as("members of %s", group).hasSize(1);
                return members.iterator().next();
            }
            Thread.sleep(200);
        }
    }

    /** The group's members, once there are none or {@code wait} has passed. */
    private static int membersWithin(Admin admin, String group, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        int members;
        do {
            members = admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().size();
            Thread.sleep(200);
        } while (members > 0 && System.nanoTime() < deadline);
        return members;
    }

    private void assertEverySubmissionInExactlyOnePlace(Outcome outcome, Set<String> submissionIds, Path log) throws Exception {
        long lost = submissionIds.stream().filter(id -> !outcome.reportsBySubmission.containsKey(id)
                && !outcome.rejectionsBySubmission.containsKey(id)).count();
        long twice = submissionIds.stream().filter(id -> outcome.reportsBySubmission.containsKey(id)
                && outcome.rejectionsBySubmission.containsKey(id)).count();
        System.out.printf("CRASH-RECOVERY submissions=%d corrupt-records=%d lost=%d "
                        + "in-two-places=%d duplicate-reports=%d duplicate-deliveries=%d deliveries=%d%n",
                submissionIds.size(), CORRUPT, lost, twice, outcome.duplicateReports(),
                outcome.duplicateDeliveries(), outcome.deliveries.size());

        // lost here means not accounted for in time: say where the last instance was (a stuck restore is not a loss)
        assertThat(lost).as("submissions lost; the streams app's last state change: %s", lastStateChange(log)).isZero();
        assertThat(twice).as("submissions both classified and rejected").isZero();
        assertThat(outcome.duplicateRejections()).as("submissions rejected twice").isZero();
        assertThat(outcome.duplicateReports()).as("reports written twice").isZero();
        assertThat(outcome.duplicateDeliveries()).as("sections delivered twice").isZero();
        assertThat(outcome.corrupt).as("corrupt records rejected once each, by coordinates")
                .hasSize(CORRUPT).doesNotHaveDuplicates();
        Map<String, Integer> expectedCopies = new HashMap<>();
        outcome.reportsBySubmission.forEach((id, reports) -> expectedCopies.put(id,
                reports.stream().mapToInt(ClassifiedReport::getRoutedCopies).sum()));
        Map<String, Long> deliveredCopies = outcome.deliveries.stream()
                .collect(Collectors.groupingBy(outcome::workloadIdOf, Collectors.counting()));
        expectedCopies.forEach((id, copies) -> assertThat(deliveredCopies.getOrDefault(id, 0L)).as("deliveries of %s", id)
                .isEqualTo(copies.longValue()));
        assertThat(outcome.rejectionsBySubmission.values().stream().filter(r -> r.get(0).getReason() == RejectionReason.DUPLICATE))
                .hasSize(DUPLICATES);
    }

    private static String lastStateChange(Path log) throws java.io.IOException {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("Streams state")).reduce((first, second) -> second).orElse("none logged");
        }
    }

    /** Sends the workload at a steady pace, so that crashes land while records are in flight. */
    private Thread sendInBackground(String bootstrapServers, List<ProducerRecord<byte[], byte[]>> workload) {
        Thread sender = new Thread(() -> {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers,
                    "acks", "all", "enable.idempotence", true, "delivery.timeout.ms", 120_000, "max.block.ms", 120_000,
                    "max.request.size", 8 * 1024 * 1024), new ByteArraySerializer(), new ByteArraySerializer())) {
                for (ProducerRecord<byte[], byte[]> record : workload) {
                    producer.send(record);
                    Thread.sleep(60);
                }
                producer.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "crash-it-sender");
        sender.start();
        return sender;
    }

    /** Waits until the output topics have grown by {@code records} (committed or not): the app is mid-run. */
    private void awaitProgress(Admin admin, long records) throws Exception {
        long start = outputEndOffsets(admin);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (outputEndOffsets(admin) < start + records) {
            assertThat(System.nanoTime()).as("the streams app makes progress").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private long outputEndOffsets(Admin admin) throws Exception {
        var partitions = admin.describeTopics(List.of(topics.classified(), topics.rejected())).allTopicNames().get()
                .values().stream().flatMap(d -> d.partitions().stream()
                        .map(p -> new org.apache.kafka.common.TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toMap(tp -> tp, tp -> org.apache.kafka.clients.admin.OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    private void createTopics(String bootstrapServers) throws Exception {
        AppConfig config = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(),
                Map.of("bootstrap.servers", bootstrapServers, "reportflow.topics.partitions", "3"));
        TopicSetup setup = new TopicSetup(config);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            setup.createMissing(admin, setup.required());
        }
    }

    /** Valid reports, copies of some of them, bad submissions and undecodable records, shuffled. */
    private List<ProducerRecord<byte[], byte[]>> workload(Random random) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < VALID; i++) {
            String text = CountyReports.text(i);
            texts.add(text);
            records.add(submission(i, text.getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < DUPLICATES; i++) {
            records.add(submission(1000 + i, texts.get(random.nextInt(VALID)).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < BAD; i++) {
            byte[] content = switch (i % 4) {
                case 0 -> new byte[0];
                case 1 -> new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0};
                case 2 -> ("会议通知第" + i + "号：请各单位按时参加。").getBytes(StandardCharsets.UTF_8);
                default -> new byte[5 * 1024 * 1024];
            };
            records.add(submission(2000 + i, content));
        }
        for (int i = 0; i < CORRUPT; i++) {
            byte[] garbage = new byte[64];
            random.nextBytes(garbage);
            records.add(new ProducerRecord<>(topics.submitted(), ("corrupt-" + i).getBytes(StandardCharsets.UTF_8), garbage));
        }
        java.util.Collections.shuffle(records.subList(VALID / 3, records.size()), random);
        return records;
    }

    private ProducerRecord<byte[], byte[]> submission(int n, byte[] content) {
        String hash = ContentHash.of(new String(content, StandardCharsets.UTF_8));
        Submission submission = Submission.newBuilder().setSubmissionId("sub-crash-" + n).setContentHash(hash)
                .setOffice("office-" + (n % 7)).setFileName("f" + n + ".txt").setReceivedAt(Instant.now())
                .setDetectedEncoding("UTF-8").setContent(ByteBuffer.wrap(content)).build();
        return new ProducerRecord<>(topics.submitted(), hash.getBytes(StandardCharsets.UTF_8), submissionSerde.toBytes(submission));
    }


    private java.util.Optional<String> idOf(ProducerRecord<byte[], byte[]> record) {
        try {
            return java.util.Optional.of(submissionSerde.fromBytes(record.value()).getSubmissionId());
        } catch (RuntimeException notASubmission) {
            return java.util.Optional.empty();
        }
    }

    private Outcome readUntilAccountedFor(String bootstrapServers, Set<String> ids, Duration timeout) {
        Outcome outcome = new Outcome();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers,
                "group.id", "crash-it-verifier", "auto.offset.reset", "earliest", "isolation.level", "read_committed",
                "max.partition.fetch.bytes", 8 * 1024 * 1024, "metadata.max.age.ms", 1000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Pattern.compile(Pattern.quote(topics.classified()) + "|" + Pattern.quote(topics.rejected())
                    + "|" + Pattern.quote(topics.routedPrefix()) + ".*"));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !outcome.complete(ids)) {
                consumer.poll(Duration.ofMillis(500)).forEach(outcome::accept);
            }
            // Anything written twice would arrive by now.
            long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < settle) {
                consumer.poll(Duration.ofMillis(500)).forEach(outcome::accept);
            }
        }
        return outcome;
    }

    private final class Outcome {
        final Map<String, List<ClassifiedReport>> reportsBySubmission = new HashMap<>();
        final Map<String, List<Rejection>> rejectionsBySubmission = new HashMap<>();
        final List<String> corrupt = new ArrayList<>();
        final List<RoutedSection> deliveries = new ArrayList<>();
        /** The pipeline names each submission after its intake record; the workload's ids come back as claims. */
        final Map<String, String> workloadIdByAssignedId = new HashMap<>();

        void accept(ConsumerRecord<String, byte[]> record) {
            if (record.topic().equals(topics.classified())) {
                ClassifiedReport report = AvroSerde.of(ClassifiedReport.class).fromBytes(record.value());
                String workloadId = report.getClaimedSubmissionId() != null ? report.getClaimedSubmissionId() : report.getSubmissionId();
                workloadIdByAssignedId.put(report.getSubmissionId(), workloadId);
                reportsBySubmission.computeIfAbsent(workloadId, k -> new ArrayList<>()).add(report);
            } else if (record.topic().equals(topics.rejected())) {
                Rejection rejection = AvroSerde.of(Rejection.class).fromBytes(record.value());
                if (rejection.getSubmissionId() == null) {
                    corrupt.add(rejection.getSource().getPartition() + "@" + rejection.getSource().getOffset());
                } else {
                    String workloadId = rejection.getClaimedSubmissionId() != null ? rejection.getClaimedSubmissionId()
                            : rejection.getSubmissionId();
                    rejectionsBySubmission.computeIfAbsent(workloadId, k -> new ArrayList<>()).add(rejection);
                }
            } else {
                deliveries.add(AvroSerde.of(RoutedSection.class).fromBytes(record.value()));
            }
        }

        String workloadIdOf(RoutedSection delivery) {
            return workloadIdByAssignedId.getOrDefault(delivery.getSubmissionId(), delivery.getSubmissionId());
        }

        boolean complete(Set<String> ids) {
            boolean allSeen = ids.stream().allMatch(id -> reportsBySubmission.containsKey(id) || rejectionsBySubmission.containsKey(id));
            long expected = reportsBySubmission.values().stream().flatMap(List::stream).mapToLong(ClassifiedReport::getRoutedCopies).sum();
            return allSeen && corrupt.size() >= CORRUPT && deliveries.size() >= expected;
        }

        long duplicateReports() {
            return duplicates(reportsBySubmission.values().stream().flatMap(List::stream).toList(), ClassifiedReport::getReportId);
        }

        long duplicateDeliveries() {
            return duplicates(deliveries, RoutedSection::getDeliveryId);
        }

        long duplicateRejections() {
            return rejectionsBySubmission.values().stream().filter(list -> list.size() > 1).count();
        }

        private <T> long duplicates(List<T> items, Function<T, String> id) {
            return items.size() - items.stream().map(id).distinct().count();
        }
    }
}
