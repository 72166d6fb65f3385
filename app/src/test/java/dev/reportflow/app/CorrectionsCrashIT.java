package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.app.demo.PipelineOutcomes;
import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.Receipt;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.topics.TopicSetup;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Corrections flow while the streams app, in its own JVM, is killed with SIGKILL twice: afterwards,
 * read with read_committed, each correction took effect exactly once — one copy to the department
 * added, one retraction from the department removed, one corrected report naming it.
 */
class CorrectionsCrashIT {

    private static final int REPORTS = 30;

    private final Topics topics = Topics.defaults();

    @Test
    void eachCorrectionTakesEffectExactlyOnceAcrossTwoKills() throws Exception {
        Path stateDir = Files.createTempDirectory("reportflow-corrections-crash-state-");
        Path log = StreamsProcess.logFile("corrections-crash-streams.log");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh()) {
            String bootstrap = broker.bootstrapServers();
            AppConfig config = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(),
                    Map.of("bootstrap.servers", bootstrap, "reportflow.topics.partitions", "3"));
            TopicSetup setup = new TopicSetup(config);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                setup.createMissing(admin, setup.required());
            }
            StreamsProcess streams = StreamsProcess.start(bootstrap, "corrections-crash-it", stateDir, log);
            List<Move> moves = new ArrayList<>();
            try {
                Map<String, String> hashes = new HashMap<>();
                Map<String, List<RoutedSection>> routed = submitAll(bootstrap);
                CommittedRecords.read(bootstrap, topics.classified(), ClassifiedReport.class)
                        .forEach(r -> hashes.put(r.getReportId(), r.getContentHash()));
                List<ProducerRecord<String, RoutingCorrection>> corrections = new ArrayList<>();
                routed.values().forEach(deliveries -> {
                    RoutedSection unit = deliveries.get(0);
                    Move move = new Move("cor-" + moves.size(), unit, unit.getRoutedTo().equals("finance") ? "audit" : "finance");
                    moves.add(move);
                    corrections.add(new ProducerRecord<>(topics.corrections(), hashes.get(unit.getReportId()), RoutingCorrection.newBuilder()
                            .setCorrectionId(move.correctionId()).setReportId(unit.getReportId()).setUnitId(unit.getUnitId())
                            .setDepartmentsAdded(List.of(move.to())).setDepartmentsRemoved(List.of(unit.getRoutedTo()))
                            .setBy("王芳").setAt(Instant.now()).setReason("crash test").build()));
                });

                Thread sender = sendInBackground(bootstrap, corrections);
                try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                    awaitClassifiedGrowth(admin, REPORTS / 4);
                    streams.killHard();
                    streams = StreamsProcess.start(bootstrap, "corrections-crash-it", stateDir, log);
                    awaitClassifiedGrowth(admin, REPORTS / 4);
                    streams.killHard();
                    streams = StreamsProcess.start(bootstrap, "corrections-crash-it", stateDir, log);
                }
                sender.join(Duration.ofMinutes(2).toMillis());
                awaitCorrectedReports(bootstrap, moves.size(), Duration.ofMinutes(3));
            } finally {
                streams.close();
            }
            assertExactlyOnce(bootstrap, moves);
        }
    }

    record Move(String correctionId, RoutedSection unit, String to) {
    }

    private void assertExactlyOnce(String bootstrap, List<Move> moves) {
        Set<String> departments = new HashSet<>();
        moves.forEach(move -> departments.addAll(List.of(move.unit().getRoutedTo(), move.to())));
        List<RoutedSection> delivered = new ArrayList<>();
        departments.forEach(department -> delivered.addAll(CommittedRecords.read(bootstrap, topics.routed(department), RoutedSection.class)));
        Map<String, Long> byCorrection = delivered.stream().filter(d -> d.getCorrection() != null)
                .collect(Collectors.groupingBy(d -> d.getCorrection().getCorrectionId() + (d.getRetracted() ? " retraction" : " copy"),
                        Collectors.counting()));
        List<ClassifiedReport> reports = CommittedRecords.read(bootstrap, topics.classified(), ClassifiedReport.class);
        Map<String, Long> reportsByCorrection = reports.stream().filter(r -> !r.getCorrections().isEmpty())
                .collect(Collectors.groupingBy(r -> r.getCorrections().get(r.getCorrections().size() - 1).getCorrectionId(),
                        Collectors.counting()));
        System.out.printf("CORRECTIONS-CRASH corrections=%d copies-and-retractions=%s%n", moves.size(), byCorrection.size());
        for (Move move : moves) {
            assertThat(byCorrection.get(move.correctionId() + " copy")).as("copies sent by %s", move.correctionId()).isEqualTo(1L);
            assertThat(byCorrection.get(move.correctionId() + " retraction")).as("retractions by %s", move.correctionId()).isEqualTo(1L);
            assertThat(reportsByCorrection.get(move.correctionId())).as("corrected reports by %s", move.correctionId()).isEqualTo(1L);
        }
        assertThat(reports).allSatisfy(r -> assertThat(r.getCorrections()).hasSizeLessThanOrEqualTo(1));
    }

    private Map<String, List<RoutedSection>> submitAll(String bootstrap) throws Exception {
        Set<String> ids = new HashSet<>();
        try (SubmissionClient client = new SubmissionClient(AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null,
                Map.of(), Map.of("bootstrap.servers", bootstrap)))) {
            for (int i = 0; i < REPORTS; i++) {
                Receipt receipt = client.submit("县水务局", "water-" + i + ".txt", report(i).getBytes(StandardCharsets.UTF_8), null);
                ids.add(receipt.submissionId());
            }
        }
        try (PipelineOutcomes outcomes = new PipelineOutcomes(Map.of("bootstrap.servers", bootstrap), topics, ids)) {
            assertThat(outcomes.awaitAll(Duration.ofMinutes(3))).isEmpty();
            assertThat(outcomes.rejections()).isEmpty();
            return outcomes.deliveries();
        }
    }

    private static String report(int i) {
        return """
                县水务局%d年工作总结和%d年工作计划

                %d年，县水务局统筹推进水利建设和水资源管理。
                一、%d年工作开展情况
                （一）水利工程建设。完成小型水库除险加固%d座，新建灌溉渠道%d公里。
                （二）河湖长制。落实河长巡河制度，清理河道垃圾%d吨。
                二、%d年工作计划
                （一）加快水利项目建设。
                （二）推进河湖生态治理。
                """.formatted(2000 + i, 2001 + i, 2000 + i, 2000 + i, i + 3, i + 10, i + 300, 2001 + i);
    }

    /** Sends the corrections at a steady pace, so that the kills land while some are in flight. */
    private static Thread sendInBackground(String bootstrap, List<ProducerRecord<String, RoutingCorrection>> corrections) {
        Thread sender = new Thread(() -> {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap, "acks", "all",
                    "enable.idempotence", true, "delivery.timeout.ms", 120_000), new StringSerializer(),
                    AvroSerde.of(RoutingCorrection.class).serializer())) {
                for (ProducerRecord<String, RoutingCorrection> correction : corrections) {
                    producer.send(correction);
                    Thread.sleep(150);
                }
                producer.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "corrections-crash-it-sender");
        sender.start();
        return sender;
    }

    /** Waits until reports.classified has grown by {@code records} (committed or not): the app is mid-run. */
    private void awaitClassifiedGrowth(Admin admin, long records) throws Exception {
        long start = classifiedEndOffsets(admin);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (classifiedEndOffsets(admin) < start + records) {
            assertThat(System.nanoTime()).as("the streams app makes progress").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private long classifiedEndOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(List.of(topics.classified())).allTopicNames().get()
                .get(topics.classified()).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topics.classified(), p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    private void awaitCorrectedReports(String bootstrap, int corrections, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (CommittedRecords.read(bootstrap, topics.classified(), ClassifiedReport.class).stream()
                .filter(r -> !r.getCorrections().isEmpty()).count() < corrections) {
            assertThat(System.nanoTime()).as("every correction applied").isLessThan(deadline);
            Thread.sleep(500);
        }
    }
}
