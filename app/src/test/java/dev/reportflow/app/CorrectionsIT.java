package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.app.demo.PipelineOutcomes;
import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.Receipt;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.topics.TopicSetup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A triage clerk moves a unit from one department to another with `reportflow correct` on a real
 * broker: the new department's topic gets it once (routingReason correction), the old one a
 * retraction for its delivery id, reports.classified the corrected report with its history, which
 * trace shows; a correction naming an unknown unit or department lands nowhere; supervise shows the
 * withdrawn copy as withdrawn; a correction of that correction moves the unit back, once.
 */
class CorrectionsIT {

    private static final String REPORT = """
            县水务局2024年工作总结和2025年工作计划

            2024年，县水务局统筹推进水利建设和水资源管理。
            一、2024年工作开展情况
            （一）水利工程建设。完成小型水库除险加固4座，新建灌溉渠道12公里。
            （二）河湖长制。落实河长巡河制度，清理河道垃圾300吨。
            二、2025年工作计划
            （一）加快水利项目建设。
            （二）推进河湖生态治理。
            """;

    private final Topics topics = Topics.defaults();

    @Test
    void aUnitMovedFromOneDepartmentToAnotherArrivesOnceAndIsWithdrawnFromTheFirst() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh()) {
            String bootstrap = broker.bootstrapServers();
            AppConfig streamsConfig = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), Map.of(
                    "bootstrap.servers", bootstrap, "application.id", "corrections-it",
                    "state.dir", EndToEndScenario.tempStateDir().toString(), "reportflow.topics.partitions", "2"));
            TopicSetup setup = new TopicSetup(streamsConfig);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                setup.createMissing(admin, setup.required());
            }
            try (ReportRouter router = ReportRouter.start(streamsConfig)) {
                router.awaitRunning(Duration.ofSeconds(90));
                List<RoutedSection> routed = route(bootstrap, REPORT);
                RoutedSection moved = routed.get(0);
                String from = moved.getRoutedTo();
                String to = from.equals("finance") ? "audit" : "finance";
                assertThat(routed).noneMatch(d -> d.getUnitId().equals(moved.getUnitId()) && d.getRoutedTo().equals(to));

                Run applied = cli(bootstrap, "correct", "--unit", moved.getUnitId(), "--add", to, "--remove", from,
                        "--by", "王芳", "--reason", "属财政资金事项");
                assertThat(applied.exitCode()).as(applied.err()).isZero();
                assertThat(applied.out()).contains("applied to " + moved.getUnitId()).contains("+" + to).contains("-" + from);

                assertThat(CommittedRecords.read(bootstrap, topics.routed(to), RoutedSection.class)).singleElement().satisfies(copy -> {
                    assertThat(copy.getDeliveryId()).isEqualTo(moved.getUnitId() + "@" + to);
                    assertThat(copy.getRoutingReason()).isEqualTo("correction");
                    assertThat(copy.getRetracted()).isFalse();
                    assertThat(copy.getCorrection().getBy()).isEqualTo("王芳");
                    assertThat(copy.getText()).isEqualTo(moved.getText());
                });
                assertThat(CommittedRecords.read(bootstrap, topics.routed(from), RoutedSection.class))
                        .filteredOn(d -> d.getDeliveryId().equals(moved.getDeliveryId()))
                        .extracting(RoutedSection::getRetracted).containsExactly(false, true);
                assertThat(CommittedRecords.read(bootstrap, topics.classified(), ClassifiedReport.class))
                        .filteredOn(r -> r.getReportId().equals(moved.getReportId()))
                        .last().satisfies(r -> assertThat(r.getCorrections()).singleElement()
                                .satisfies(c -> assertThat(c.getReason()).isEqualTo("属财政资金事项")));

                Run trace = cli(bootstrap, "trace", moved.getSubmissionId());
                assertThat(trace.out()).contains("corrected, oldest first:").contains("by 王芳 · " + moved.getUnitId() + " +" + to + " -" + from)
                        .contains("why: 属财政资金事项").contains("已撤回 withdrawn by 王芳");

                Run unknownDepartment = cli(bootstrap, "correct", "--unit", moved.getUnitId(), "--add", "financ",
                        "--by", "王芳", "--reason", "x");
                assertThat(unknownDepartment.exitCode()).isEqualTo(2);
                assertThat(unknownDepartment.err()).contains("unknown department code(s) financ").contains("finance");
                Run unknownUnit = cli(bootstrap, "correct", "--unit", moved.getReportId() + "/9.9", "--add", to,
                        "--by", "王芳", "--reason", "x");
                assertThat(unknownUnit.exitCode()).isEqualTo(2);
                assertThat(unknownUnit.err()).contains("has no unit " + moved.getReportId() + "/9.9");

                sendRaw(bootstrap, moved.getSubmissionId(), RoutingCorrection.newBuilder()
                        .setCorrectionId("raw-1").setReportId(moved.getReportId()).setUnitId(moved.getReportId() + "/9.9")
                        .setDepartmentsAdded(List.of("no_such_department")).setBy("脚本").setAt(Instant.now())
                        .setReason("raw").build());
                Rejection refusal = awaitRefusal(bootstrap);
                assertThat(refusal.getMessage()).contains("raw-1").contains("no routed unit");

                assertThat(CommittedRecords.read(bootstrap, topics.routed(to), RoutedSection.class)).hasSize(1);
                assertThat(CommittedRecords.read(bootstrap, topics.routed(from), RoutedSection.class))
                        .filteredOn(d -> d.getDeliveryId().equals(moved.getDeliveryId())).hasSize(2);

                Run supervised = cli(bootstrap, "supervise", "--department", from, "--format", "csv");
                assertThat(supervised.exitCode()).as(supervised.err()).isZero();
                assertThat(supervised.out()).contains("已撤回 withdrawn,王芳,").contains("属财政资金事项");

                correctionOfACorrection(bootstrap, moved, from, to);
            }
        }
    }

    /** The move is undone by a second correction that names the first: the unit is back where it was, once, and the history keeps both. */
    private void correctionOfACorrection(String bootstrap, RoutedSection moved, String from, String to) {
        String first = CommittedRecords.read(bootstrap, topics.classified(), ClassifiedReport.class).stream()
                .filter(r -> r.getReportId().equals(moved.getReportId())).reduce((a, b) -> b).orElseThrow()
                .getCorrections().get(0).getCorrectionId();

        Run undone = cli(bootstrap, "correct", "--unit", moved.getUnitId(), "--add", from, "--remove", to,
                "--by", "李明", "--reason", "复核：仍属原部门", "--corrects", first);

        assertThat(undone.exitCode()).as(undone.err()).isZero();
        assertThat(CommittedRecords.read(bootstrap, topics.routed(to), RoutedSection.class))
                .extracting(RoutedSection::getRetracted).containsExactly(false, true);
        assertThat(CommittedRecords.read(bootstrap, topics.routed(from), RoutedSection.class))
                .filteredOn(d -> d.getDeliveryId().equals(moved.getDeliveryId()))
                .extracting(d -> d.getRetracted() + " " + d.getRoutingReason())
                .containsExactly("false " + moved.getRoutingReason(), "true correction", "false correction");
        ClassifiedReport now = CommittedRecords.read(bootstrap, topics.classified(), ClassifiedReport.class).stream()
                .filter(r -> r.getReportId().equals(moved.getReportId())).reduce((a, b) -> b).orElseThrow();
        assertThat(now.getCorrections()).extracting(RoutingCorrection::getBy).containsExactly("王芳", "李明");
        assertThat(now.getCorrections().get(1).getPreviousCorrectionId()).isEqualTo(first);

        Run trace = cli(bootstrap, "trace", moved.getSubmissionId());
        assertThat(trace.out().indexOf("by 王芳")).isPositive().isLessThan(trace.out().indexOf("by 李明"));
        Run supervised = cli(bootstrap, "supervise", "--department", to, "--format", "json");
        assertThat(supervised.out()).contains("\"status\":\"delivered\"").contains("\"status\":\"withdrawn\"")
                .contains("\"by\":\"李明\"");
    }

    private static List<RoutedSection> route(String bootstrap, String text) throws Exception {
        Receipt receipt;
        try (SubmissionClient client = new SubmissionClient(AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null,
                Map.of(), Map.of("bootstrap.servers", bootstrap)))) {
            receipt = client.submit("县水务局", "water.txt", text.getBytes(StandardCharsets.UTF_8), null);
        }
        try (PipelineOutcomes outcomes = new PipelineOutcomes(Map.of("bootstrap.servers", bootstrap), Topics.defaults(),
                Set.of(receipt.submissionId()))) {
            assertThat(outcomes.awaitAll(Duration.ofSeconds(60))).isEmpty();
            assertThat(outcomes.rejections()).isEmpty();
            return outcomes.deliveries().get(receipt.submissionId());
        }
    }

    /** A correction a script wrote without the CLI's checks, keyed (correctly) by the report's content hash. */
    private void sendRaw(String bootstrap, String submissionId, RoutingCorrection correction) throws Exception {
        String contentHash = CommittedRecords.read(bootstrap, topics.classified(), ClassifiedReport.class).stream()
                .filter(r -> r.getSubmissionId().equals(submissionId)).findFirst().orElseThrow().getContentHash();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap), new StringSerializer(),
                AvroSerde.of(RoutingCorrection.class).serializer())) {
            producer.send(new ProducerRecord<>(topics.corrections(), contentHash, correction)).get();
        }
    }

    private Rejection awaitRefusal(String bootstrap) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<Rejection> refusals = CommittedRecords.read(bootstrap, topics.rejected(), Rejection.class).stream()
                    .filter(r -> r.getReason() == RejectionReason.CORRECTION_REFUSED).toList();
            if (!refusals.isEmpty()) {
                return refusals.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no CORRECTION_REFUSED within 60 s");
    }

    record Run(int exitCode, String out, String err) {
    }

    private static Run cli(String bootstrap, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ReportflowCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> withServer = new ArrayList<>(List.of(args));
        withServer.addAll(List.of("--bootstrap-servers", bootstrap));
        int exitCode = cli.execute(withServer.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }
}
