package dev.reportflow.history;

import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.OutlineSubsection;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.testsupport.RecordFixtures;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

/** Records as the streams app writes them, with the fields a test cares about in front. */
public final class Records {

    public static final Instant RECEIVED = RecordFixtures.RECEIVED;

    private Records() {
    }

    public static Evidence evidence(String rule, String... terms) {
        return RecordFixtures.evidence(rule, 2, terms);
    }

    public static Issuer issuer(String name, String level, String department) {
        return Issuer.newBuilder(RecordFixtures.issuer(name, level, department))
                .setEvidence(evidence("issuer.title-alias", name)).build();
    }

    /** A section of submission {@code submissionId}'s first report, delivered to {@code department}. */
    public static RoutedSection.Builder section(String submissionId, String path, String department, SectionRole role,
                                                String text) {
        return RecordFixtures.section(submissionId, path, department, role)
                .setIssuer(issuer("XX县财政局", "county", "finance"))
                .setHeading("（一）小标题" + path)
                .setRoleEvidence(evidence("role.heading-keyword", "问题"))
                .setText(text)
                .setDepartments(List.of(new DepartmentAssignment(department, evidence("section.lexicon", "预算"))));
    }

    public static RoutingCorrection correction(String id, String unitId, String removed) {
        return RoutingCorrection.newBuilder().setCorrectionId(id).setReportId(unitId.substring(0, unitId.indexOf('/')))
                .setUnitId(unitId).setDepartmentsRemoved(List.of(removed)).setBy("王芳").setAt(RECEIVED.plusSeconds(60))
                .setReason("不属本部门事项").build();
    }

    /** The retraction a correction makes of a delivered copy: the same record, withdrawn. */
    public static RoutedSection retraction(RoutedSection copy, RoutingCorrection correction) {
        return RoutedSection.newBuilder(copy).setRetracted(true).setCorrection(correction).build();
    }

    public static ClassifiedReport report(String submissionId, int routedCopies) {
        OutlineSection outline = OutlineSection.newBuilder().setLine(3).setHeading("二、存在的问题").setRole(SectionRole.PROBLEMS)
                .setRoleEvidence(evidence("role.heading-keyword")).setDepartments(List.of())
                .setSubsections(List.<OutlineSubsection>of()).build();
        return RecordFixtures.report(submissionId, new KafkaCoordinates("reports.submitted", 0, 7L), "finance", outline)
                .setIssuer(issuer("XX县财政局", "county", "finance"))
                .setRoutedCopies(routedCopies)
                .setClassifierVersion("0.1.0")
                .setRulesVersion("2026.11.1")
                .build();
    }

    public static Rejection rejection(String submissionId) {
        return Rejection.newBuilder().setSubmissionId(submissionId).setReason(RejectionReason.EMPTY)
                .setMessage("文件为空 The file is empty").setOriginalBytes(ByteBuffer.allocate(0)).setOriginalSize(0)
                .setOriginalTruncated(false).setSource(new KafkaCoordinates("reports.submitted", 0, 9L))
                .setOffice("YY镇").setFileName("empty.txt").setRejectedAt(RECEIVED.plusSeconds(1))
                .setClassifierVersion("0.1.0").setRulesVersion("2026.11.1").build();
    }
}
