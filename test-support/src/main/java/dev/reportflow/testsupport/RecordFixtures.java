package dev.reportflow.testsupport;

import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.MatchedTerm;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Records as the streams app writes them, for the tests of every module that reads its outputs: the
 * fields a test cares about are parameters, the rest is one county finance bureau's 2023 summary.
 * Builders are returned so that a test can change any other field.
 */
public final class RecordFixtures {

    public static final Instant RECEIVED = Instant.parse("2024-01-15T02:00:00Z");

    private RecordFixtures() {
    }

    public static Evidence evidence(String rule, double score, String... terms) {
        return Evidence.newBuilder().setRule(rule).setScore(score)
                .setTerms(Arrays.stream(terms).map(t -> new MatchedTerm(t, 2)).toList()).setDetail("").build();
    }

    public static Issuer issuer(String name, String level, String department) {
        return Issuer.newBuilder().setName(name).setLevel(level).setDepartment(department)
                .setEvidence(evidence("issuer.title-alias", 1, name)).build();
    }

    /** A section of submission {@code submissionId}'s first report, delivered to {@code department}. */
    public static RoutedSection.Builder section(String submissionId, String path, String department, SectionRole role) {
        String reportId = submissionId + "#1";
        String unitId = reportId + "/" + path;
        return RoutedSection.newBuilder()
                .setUnitId(unitId)
                .setDeliveryId(unitId + "@" + department)
                .setReportId(reportId)
                .setSubmissionId(submissionId)
                .setSource(new KafkaCoordinates("reports.submitted", 0, 7L))
                .setOffice("XX县财政局")
                .setReceivedAt(RECEIVED)
                .setIssuer(issuer("XX县财政局", "county", "finance"))
                .setReportTitle("XX县财政局2023年工作总结")
                .setReportKind("summary")
                .setYears(List.of(2023))
                .setSectionPath(path)
                .setTopLevelHeading("二、存在的问题")
                .setHeading("（一）预算执行进度偏慢")
                .setLine(12)
                .setRole(role)
                .setRoleEvidence(evidence("role.heading-keyword", 1, "问题"))
                .setText("（一）预算执行进度偏慢\n　　部分项目资金拨付滞后，预算执行率低于序时进度。")
                .setDepartments(List.of(new DepartmentAssignment(department, evidence("section.lexicon", 3, "预算", "资金"))))
                .setRoutedTo(department)
                .setRoutingReason("section-department")
                .setClassifierVersion("0.1.0")
                .setRulesVersion("2026.11.1")
                .setClassifiedAt(RECEIVED.plusSeconds(5));
    }

    /** Submission {@code submissionId}'s one report, issued by a county body of {@code issuerDepartment}. */
    public static ClassifiedReport.Builder report(String submissionId, KafkaCoordinates source, String issuerDepartment,
                                                  OutlineSection... outline) {
        return ClassifiedReport.newBuilder()
                .setCorrections(List.of())
                .setReportId(submissionId + "#1")
                .setSubmissionId(submissionId)
                .setContentHash("sha256:test")
                .setSource(source)
                .setOffice("XX县财政局")
                .setFileName(submissionId + ".txt")
                .setReceivedAt(RECEIVED)
                .setReportIndex(1)
                .setReportCount(1)
                .setStartLine(1)
                .setEndLine(20)
                .setTitle("XX县财政局2023年工作总结")
                .setIssuer(issuer("XX县财政局", "county", issuerDepartment))
                .setKind("summary")
                .setYears(List.of(2023))
                .setOutline(List.of(outline))
                .setRoutedCopies(outline.length)
                .setClassifierVersion("0.0.9")
                .setRulesVersion("2026.10.0")
                .setClassifiedAt(RECEIVED.plusSeconds(3));
    }
}
