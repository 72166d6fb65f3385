package dev.reportflow.consumers;

import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.classifier.text.ContentHash;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.OutlineSubsection;
import dev.reportflow.schemas.Submission;
import dev.reportflow.testsupport.RecordFixtures;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Records as the streams app would write them, with the fields a test cares about in front. */
public final class Samples {

    public static final Instant RECEIVED = RecordFixtures.RECEIVED;

    private Samples() {
    }

    public static Evidence evidence(String rule, double score, String... terms) {
        return RecordFixtures.evidence(rule, score, terms);
    }

    public static Issuer issuer(String name, String level, String department) {
        return RecordFixtures.issuer(name, level, department);
    }

    public static RoutedSection.Builder section(String submissionId, String path, String department, SectionRole role) {
        return RecordFixtures.section(submissionId, path, department, role);
    }

    public static Submission submission(String submissionId, String office, String text) {
        return Submission.newBuilder()
                .setSubmissionId(submissionId)
                .setContentHash(ContentHash.of(text))
                .setOffice(office)
                .setFileName(submissionId + ".txt")
                .setReceivedAt(RECEIVED)
                .setDetectedEncoding("UTF-8")
                .setContent(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)))
                .setClientVersion("test")
                .build();
    }

    public static OutlineSection outline(String heading, SectionRole role, String... departments) {
        return OutlineSection.newBuilder().setLine(3).setHeading(heading).setRole(role)
                .setRoleEvidence(evidence("role.heading-keyword", 1))
                .setDepartments(assignments(departments))
                .setSubsections(List.<OutlineSubsection>of())
                .build();
    }

    public static List<DepartmentAssignment> assignments(String... departments) {
        return java.util.Arrays.stream(departments)
                .map(d -> new DepartmentAssignment(d, evidence("section.lexicon", 2, d + "-word"))).toList();
    }

    public static ClassifiedReport.Builder report(String submissionId, KafkaCoordinates source, String issuerDepartment,
                                                  OutlineSection... outline) {
        return RecordFixtures.report(submissionId, source, issuerDepartment, outline);
    }
}
