package dev.reportflow.decision.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.RoutingThresholds;
import dev.reportflow.classifier.Section;
import dev.reportflow.classifier.Subsection;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.MatchedTerm;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.Topics;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which copies a classification becomes, unit by unit. The classification is written out here (a town
 * government's report: one unit whose heading names its line of work, one that no word tied to a line,
 * one with body words), so that the routing depends on the thresholds alone.
 */
class RecordFactoryTest {

    private static final List<String> LINES = List.of(
            "XX镇2024年工作总结",
            "一、2024年工作回顾",
            "（一）水利建设。完成水库除险加固2座。",
            "（二）其他工作。按时完成上级交办的各项任务。",
            "二、2025年工作打算",
            "推进高标准农田建设，发展特色种植。");
    private static final Set<String> KNOWN = Set.of("general_government", "water", "agriculture_rural");
    private static final KafkaCoordinates SOURCE = new KafkaCoordinates("reports.submitted", 0, 7L);
    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    private static final DepartmentMatch NAMED_IN_HEADING = new DepartmentMatch("water", new Evidence("department.lexicon",
            12, Map.of("水利", 1, "水库", 1), "named in the heading; 水利"));
    private static final DepartmentMatch GOVERNMENT_FALLBACK = new DepartmentMatch("general_government",
            Evidence.of("department.issuer-fallback", 0, "no topic convinced"));
    private static final DepartmentMatch BODY_WORDS = new DepartmentMatch("agriculture_rural", new Evidence("department.lexicon",
            10, Map.of("高标准农田", 1, "种植", 1), "body words"));

    @Test
    void aUnitBelowTheUnitThresholdWaitsAloneWithItsReasonWhileTheOtherUnitsAreRouted() {
        Classification classification = classification(0.9);
        RecordFactory factory = new RecordFactory(KNOWN, new RoutingThresholds(0.5, 0.35));

        List<RoutedSection> deliveries = factory.deliveries(classification, submission(), SOURCE, NOW);

        assertThat(copiesOf(deliveries, "1.2")).singleElement().satisfies(waiting -> {
            assertThat(waiting.getRoutedTo()).isEqualTo(Topics.UNASSIGNED);
            assertThat(waiting.getRoutingReason()).isEqualTo(RecordFactory.LOW_UNIT_CONFIDENCE);
            assertThat(waiting.getConfidence()).isEqualTo(0.2);
            assertThat(waiting.getConfidenceEvidence().getRule()).isEqualTo(RoutingThresholds.UNIT_CONFIDENCE_RULE);
            assertThat(waiting.getConfidenceEvidence().getDetail()).contains("0.90", "0.20", "general_government");
            assertThat(waiting.getTriageReason()).contains("0.20", "0.35");
        });
        assertThat(copiesOf(deliveries, "1.1")).extracting(RoutedSection::getRoutedTo)
                .containsExactly("general_government", "water");
        assertThat(copiesOf(deliveries, "2")).extracting(RoutedSection::getRoutedTo)
                .containsExactly("general_government", "agriculture_rural");
        assertThat(deliveries).filteredOn(d -> !d.getUnitId().endsWith("/1.2")).allSatisfy(d -> {
            assertThat(d.getRoutingReason()).isIn("issuer-department", "section-department");
            assertThat(d.getTriageReason()).isNull();
        });
        // the words that gave the unit its department are its confidence's evidence
        assertThat(copiesOf(deliveries, "1.1").get(0).getConfidenceEvidence().getTerms())
                .extracting(MatchedTerm::getTerm).containsExactlyInAnyOrder("水利", "水库");

        ClassifiedReport report = factory.reports(classification, submission(), SOURCE, NOW).get(0);
        assertThat(report.getTriageReason()).isNull();
        assertThat(report.getRoutedCopies()).isEqualTo(deliveries.size());
    }

    @Test
    void aUnitsConfidenceIsTheLesserOfItsReportsAndItsDepartments() {
        RecordFactory factory = new RecordFactory(KNOWN, new RoutingThresholds(0.5, 0.35));

        List<RoutedSection> sure = factory.deliveries(classification(0.9), submission(), SOURCE, NOW);
        List<RoutedSection> doubtful = factory.deliveries(classification(0.6), submission(), SOURCE, NOW);

        assertThat(copiesOf(sure, "1.1").get(0).getConfidence()).isEqualTo(0.9);
        assertThat(copiesOf(sure, "2").get(0).getConfidence()).isEqualTo(0.82);
        assertThat(copiesOf(doubtful, "1.1").get(0).getConfidence()).isEqualTo(0.6);
        assertThat(copiesOf(doubtful, "2").get(0).getConfidence()).isEqualTo(0.6);
        assertThat(copiesOf(doubtful, "1.2").get(0).getConfidence()).isEqualTo(0.2);
    }

    @Test
    void aReportBelowTheReportThresholdWaitsWholeForItsOwnReasonAndAZeroUnitThresholdHoldsNoUnitBack() {
        Classification doubtful = classification(0.45);
        Classification sure = classification(0.9);

        List<RoutedSection> waiting = new RecordFactory(KNOWN, new RoutingThresholds(0.5, 0.35))
                .deliveries(doubtful, submission(), SOURCE, NOW);
        List<RoutedSection> routed = new RecordFactory(KNOWN, new RoutingThresholds(0.5, 0))
                .deliveries(sure, submission(), SOURCE, NOW);

        assertThat(waiting).hasSize(3).allSatisfy(d -> {
            assertThat(d.getRoutedTo()).isEqualTo(Topics.UNASSIGNED);
            assertThat(d.getRoutingReason()).isEqualTo(RecordFactory.LOW_CONFIDENCE);
            assertThat(d.getTriageReason()).startsWith("confidence 0.45 is below the routing threshold 0.50");
        });
        assertThat(routed).extracting(RoutedSection::getRoutedTo).doesNotContain(Topics.UNASSIGNED);
        assertThat(copiesOf(routed, "1.2")).extracting(RoutedSection::getRoutingReason).containsExactly("issuer-department");
    }

    private static List<RoutedSection> copiesOf(List<RoutedSection> deliveries, String path) {
        return deliveries.stream().filter(d -> d.getSectionPath().equals(path)).toList();
    }

    private static Classification classification(double reportConfidence) {
        Issuer issuer = new Issuer("XX镇", "town", "general_government", Evidence.of("issuer.title", 0.95, ""));
        Section review = new Section(2, 4, LINES.get(1), Role.REVIEW, Evidence.of("role.heading", 1, ""),
                List.of(GOVERNMENT_FALLBACK),
                List.of(new Subsection(3, 3, LINES.get(2), List.of(NAMED_IN_HEADING)),
                        new Subsection(4, 4, LINES.get(3), List.of(GOVERNMENT_FALLBACK))));
        Section plan = new Section(5, 6, LINES.get(4), Role.PLAN, Evidence.of("role.heading", 1, ""), List.of(BODY_WORDS),
                List.of());
        Report report = new Report(1, 6, LINES.get(0), issuer, "summary", List.of(2024, 2025), List.of(review, plan), null,
                Evidence.of("confidence", reportConfidence, "issuer × shape"));
        return new Classification(List.of(report), LINES, "test", "test", null);
    }

    private static Submission submission() {
        return Submission.newBuilder()
                .setSubmissionId("sub-0-7")
                .setContentHash("sha256:test")
                .setOffice("XX镇人民政府")
                .setFileName("report.txt")
                .setReceivedAt(NOW)
                .setDetectedEncoding("UTF-8")
                .setContent(ByteBuffer.wrap(new byte[0]))
                .setClientVersion("test")
                .build();
    }
}
