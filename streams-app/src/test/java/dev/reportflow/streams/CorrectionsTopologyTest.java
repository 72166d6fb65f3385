package dev.reportflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.text.ContentHash;
import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.corrections.CorrectionApplier;
import dev.reportflow.streams.corrections.ForgetOldDecisions;
import dev.reportflow.streams.corrections.RememberDecisions;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections through the topology: a copy to each department added, a retraction for each removed,
 * the report's history; and, past the correction window, the decision forgotten and a correction
 * refused naming the window.
 */
class CorrectionsTopologyTest {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Topics topics = Topics.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RoutingCorrection> corrections;
    private Submission submission;
    private List<RoutedSection> routedBefore;
    private ClassifiedReport reportBefore;
    @TempDir
    Path stateDir;

    @BeforeEach
    void routeOneReport() {
        // A state directory of its own, not Kafka's default shared by every run on the host (ReportRoutingTopologyTest).
        AppConfig config = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), Map.of("bootstrap.servers", "unused:9092",
                ForgetOldDecisions.WINDOW, WINDOW.toString(), "state.dir", stateDir.toString()));
        Properties properties = new Properties();
        properties.putAll(config.asMap());
        driver = new TopologyTestDriver(ReportRoutingTopology.build(config, 1), properties);
        corrections = driver.createInputTopic(topics.corrections(), new StringSerializer(),
                AvroSerde.of(RoutingCorrection.class).serializer());
        byte[] content = ReportRoutingTopologyTest.REPORT.getBytes(StandardCharsets.UTF_8);
        submission = Submission.newBuilder()
                .setSubmissionId(SubmissionIds.of(0, 0))
                .setContentHash(ContentHash.of(ReportRoutingTopologyTest.REPORT))
                .setOffice("县应急管理局")
                .setFileName("report.txt")
                .setReceivedAt(Instant.parse("2025-01-10T08:00:00Z"))
                .setDetectedEncoding("UTF-8")
                .setContent(ByteBuffer.wrap(content))
                .build();
        driver.createInputTopic(topics.submitted(), new StringSerializer(), AvroSerde.of(Submission.class).serializer())
                .pipeInput(submission.getContentHash(), submission);
        routedBefore = routed();
        reportBefore = classified().get(0);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void movesAUnitFromOneDepartmentToAnotherWithARetractionAndRecordsWhoAndWhy() {
        RoutedSection moved = routedBefore.get(0);
        String from = moved.getRoutedTo();
        String to = from.equals("finance") ? "audit" : "finance";
        pipe(correction("c-1", moved.getUnitId(), List.of(to), List.of(from)).build());

        List<RoutedSection> out = routed();
        assertThat(out).hasSize(2);
        assertThat(out).filteredOn(RoutedSection::getRetracted).singleElement().satisfies(retraction -> {
            assertThat(retraction.getDeliveryId()).isEqualTo(moved.getDeliveryId());
            assertThat(retraction.getRoutedTo()).isEqualTo(from);
            assertThat(retraction.getCorrection().getBy()).isEqualTo("王芳");
            assertThat(retraction.getCorrection().getReason()).isEqualTo("属财政事项");
        });
        assertThat(out).filteredOn(d -> !d.getRetracted()).singleElement().satisfies(added -> {
            assertThat(added.getDeliveryId()).isEqualTo(moved.getUnitId() + "@" + to);
            assertThat(added.getRoutingReason()).isEqualTo(CorrectionApplier.REASON);
            assertThat(added.getText()).isEqualTo(moved.getText());
            assertThat(added.getDepartments()).anySatisfy(a -> {
                assertThat(a.getDepartment()).isEqualTo(to);
                assertThat(a.getEvidence().getDetail()).contains("王芳").contains("属财政事项").contains("c-1");
            });
        });
        assertThat(classified()).singleElement().satisfies(report -> {
            assertThat(report.getReportId()).isEqualTo(reportBefore.getReportId());
            assertThat(report.getRoutedCopies()).isEqualTo(reportBefore.getRoutedCopies());
            assertThat(report.getCorrections()).singleElement().satisfies(c -> {
                assertThat(c.getCorrectionId()).isEqualTo("c-1");
                assertThat(c.getCorrectsRulesVersion()).isEqualTo(reportBefore.getRulesVersion());
            });
        });
        assertThat(rejected()).isEmpty();
    }

    @Test
    void aCorrectionOfACorrectionUndoesItAndTheHistoryKeepsBoth() {
        RoutedSection unit = routedBefore.get(0);
        pipe(correction("c-1", unit.getUnitId(), List.of("audit"), List.of()).build());
        pipe(correction("c-2", unit.getUnitId(), List.of(), List.of("audit")).setPreviousCorrectionId("c-1").build());

        assertThat(routed()).extracting(RoutedSection::getDeliveryId, RoutedSection::getRetracted).containsExactly(
                org.assertj.core.groups.Tuple.tuple(unit.getUnitId() + "@audit", false),
                org.assertj.core.groups.Tuple.tuple(unit.getUnitId() + "@audit", true));
        assertThat(classified()).last().satisfies(report -> assertThat(report.getCorrections())
                .extracting(RoutingCorrection::getCorrectionId).containsExactly("c-1", "c-2"));
    }

    @Test
    void aReportWideCorrectionSetsTheIssuerAndReachesEveryUnit() {
        long units = routedBefore.stream().map(RoutedSection::getUnitId).distinct().count();
        pipe(correction("c-1", null, List.of("audit"), List.of()).setIssuerLevel("township").build());

        List<RoutedSection> out = routed();
        assertThat(out).filteredOn(d -> d.getRoutedTo().equals("audit")).hasSize((int) units);
        assertThat(out).allSatisfy(d -> assertThat(d.getIssuer().getLevel()).isEqualTo("township"));
        assertThat(classified()).singleElement().satisfies(report -> {
            assertThat(report.getIssuer().getLevel()).isEqualTo("township");
            assertThat(report.getRoutedCopies()).isEqualTo(reportBefore.getRoutedCopies() + units);
        });
    }

    @Test
    void aUnitsRoleCanBeCorrectedOnEveryCopy() {
        RoutedSection unit = routedBefore.get(0);
        long copies = routedBefore.stream().filter(d -> d.getUnitId().equals(unit.getUnitId())).count();
        pipe(correction("c-1", unit.getUnitId(), List.of(), List.of()).setRole(SectionRole.PROBLEMS).build());

        assertThat(routed()).hasSize((int) copies).allSatisfy(d -> {
            assertThat(d.getRole()).isEqualTo(SectionRole.PROBLEMS);
            assertThat(d.getRetracted()).isFalse();
        });
    }

    @Test
    void refusesWhatCannotBeAppliedAndChangesNothing() {
        RoutedSection unit = routedBefore.get(0);
        String reportId = unit.getReportId();
        pipe(correction("c-1", reportId + "/99", List.of("audit"), List.of()).build());
        pipe(correction("c-2", unit.getUnitId(), List.of("no_such_department"), List.of()).build());
        pipe(RoutingCorrection.newBuilder(correction("c-3", null, List.of("audit"), List.of()).build())
                .setReportId("sub-0-77#1").build());
        pipe(correction("c-4", unit.getUnitId(), List.of(), List.of("audit")).build());
        pipe(correction("c-5", unit.getUnitId(), List.of(), List.of(unit.getRoutedTo()))
                .setPreviousCorrectionId("c-0").build());
        List<String> all = routedBefore.stream().filter(d -> d.getUnitId().equals(unit.getUnitId()))
                .map(RoutedSection::getRoutedTo).toList();
        pipe(correction("c-6", unit.getUnitId(), List.of(), all).build());

        assertThat(routed()).isEmpty();
        assertThat(classified()).isEmpty();
        assertThat(rejected()).hasSize(6).allSatisfy(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.CORRECTION_REFUSED);
            assertThat(r.getCorrectionWindow()).isNull();
        });
    }

    @Test
    void pastTheWindowTheDecisionIsForgottenAndACorrectionRefusedNamingTheWindow() {
        assertThat(driver.<String, byte[]>getKeyValueStore(RememberDecisions.CURRENT_REPORTS).get(reportBefore.getReportId())).isNotNull();
        driver.advanceWallClockTime(WINDOW.plusMinutes(10));

        assertThat(driver.<String, byte[]>getKeyValueStore(RememberDecisions.CURRENT_REPORTS).get(reportBefore.getReportId())).isNull();
        assertThat(driver.<String, RoutedSection>getKeyValueStore(RememberDecisions.CURRENT_DELIVERIES)
                .get(routedBefore.get(0).getDeliveryId())).isNull();
        pipe(correction("c-1", routedBefore.get(0).getUnitId(), List.of("audit"), List.of()).build());

        assertThat(routed()).isEmpty();
        assertThat(rejected()).singleElement().satisfies(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.CORRECTION_REFUSED);
            assertThat(r.getCorrectionWindow()).isEqualTo("PT1H");
            assertThat(r.getMessage()).contains(reportBefore.getReportId()).contains("PT1H")
                    .contains("reportflow.corrections.window").contains(submission.getSubmissionId());
        });
    }

    @Test
    void insideTheWindowACorrectionStillApplies() {
        driver.advanceWallClockTime(WINDOW.minusMinutes(10));
        pipe(correction("c-1", routedBefore.get(0).getUnitId(), List.of("audit"), List.of()).build());

        assertThat(rejected()).isEmpty();
        assertThat(classified()).singleElement().satisfies(report -> assertThat(report.getCorrections()).hasSize(1));
    }

    @Test
    void aDecisionPastTheWindowButNotYetForgottenIsRefusedAlike() {
        CorrectionApplier applier = new CorrectionApplier(Set.of("audit", "finance"), WINDOW);
        RoutingCorrection late = correction("c-1", null, List.of("audit"), List.of()).build();

        CorrectionApplier.Result result = applier.apply(late, reportBefore, Map.of(routedBefore.get(0).getUnitId(), routedBefore),
                reportBefore.getClassifiedAt().plus(WINDOW).plusMillis(1));

        assertThat(result).isInstanceOfSatisfying(CorrectionApplier.Refused.class, refused -> {
            assertThat(refused.correctionWindow()).isEqualTo(WINDOW);
            assertThat(refused.message()).contains("older than the correction window, PT1H");
        });
        assertThat(applier.apply(late, reportBefore, Map.of(routedBefore.get(0).getUnitId(), routedBefore),
                reportBefore.getClassifiedAt().plus(WINDOW))).isInstanceOf(CorrectionApplier.Applied.class);
    }

    @Test
    void eachRefusalSaysWhy() {
        RoutedSection unit = routedBefore.get(0);
        pipe(correction("c-1", unit.getReportId() + "/99", List.of("audit"), List.of()).build());
        pipe(correction("c-2", unit.getUnitId(), List.of("no_such_department"), List.of()).build());
        pipe(correction("c-3", unit.getUnitId(), List.of(), List.of("audit")).build());

        assertThat(rejected()).extracting(Rejection::getMessage).satisfiesExactly(
                m -> assertThat(m).contains("c-1").contains("no routed unit " + unit.getReportId() + "/99"),
                m -> assertThat(m).contains("unknown department code(s) no_such_department"),
                m -> assertThat(m).contains("audit does not receive unit " + unit.getUnitId()));
        assertThat(routed()).isEmpty();
    }

    private void pipe(RoutingCorrection correction) {
        corrections.pipeInput(submission.getContentHash(), correction);
    }

    private RoutingCorrection.Builder correction(String id, String unitId, List<String> added, List<String> removed) {
        return RoutingCorrection.newBuilder()
                .setCorrectionId(id)
                .setReportId(reportBefore.getReportId())
                .setUnitId(unitId)
                .setDepartmentsAdded(added)
                .setDepartmentsRemoved(removed)
                .setBy("王芳")
                .setAt(Instant.parse("2025-02-01T09:00:00Z"))
                .setReason("属财政事项");
    }

    private List<ClassifiedReport> classified() {
        return new DriverOutputs(driver, topics).classified();
    }

    private List<Rejection> rejected() {
        return new DriverOutputs(driver, topics).rejected();
    }

    private List<RoutedSection> routed() {
        return new DriverOutputs(driver, topics).routed();
    }
}
