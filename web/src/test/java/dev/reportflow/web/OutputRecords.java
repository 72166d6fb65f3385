package dev.reportflow.web;

import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.MatchedTerm;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes what the streams app writes (routed sections, classified reports, rejections), for the page to read. */
public final class OutputRecords implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", TestCluster.bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
    private final Topics topics;

    public OutputRecords(Topics topics) {
        this.topics = topics;
    }

    /** A section of report {@code submissionId#1} as delivered to {@code department}. */
    public record Section(String submissionId, String department, String path, SectionRole role, String heading,
                          String office, String issuerName, String level, Instant receivedAt, Instant classifiedAt) {
    }

    public void routed(Section s) {
        RoutedSection section = section(s, topics.submitted());
        send(topics.routed(s.department()), section.getDeliveryId(), section);
    }

    /** The retraction of {@link #routed}'s copy, as a correction withdrawing it from that department writes it. */
    public void retracted(Section s) {
        RoutedSection retraction = RoutedSection.newBuilder(section(s, topics.submitted())).setRetracted(true).build();
        send(topics.routed(s.department()), retraction.getDeliveryId(), retraction);
    }

    /** The record {@link #routed} sends, for tests that need one without a broker. */
    public static RoutedSection section(Section s, String intakeTopic) {
        String reportId = s.submissionId() + "#1";
        String unitId = reportId + "/" + s.path();
        Evidence evidence = evidence("section.lexicon", List.of(new MatchedTerm("预算", 3), new MatchedTerm("资金", 2)));
        return RoutedSection.newBuilder()
                .setUnitId(unitId)
                .setDeliveryId(unitId + "@" + s.department())
                .setReportId(reportId)
                .setSubmissionId(s.submissionId())
                .setSource(new KafkaCoordinates(intakeTopic, 0, 0L))
                .setOffice(s.office())
                .setReceivedAt(s.receivedAt())
                .setIssuer(new Issuer(s.issuerName(), s.level(), s.department(), evidence("issuer.title-alias", List.of())))
                .setReportTitle(s.issuerName() + "2023年工作总结")
                .setReportKind("summary_and_plan")
                .setYears(List.of(2023, 2024))
                .setSectionPath(s.path())
                .setTopLevelHeading(s.heading())
                .setHeading(s.heading())
                .setLine(3)
                .setRole(s.role())
                .setRoleEvidence(evidence("role.cue", List.of()))
                .setText(s.heading() + "\n全年完成预算执行审计，追回资金86万元。")
                .setDepartments(List.of(new DepartmentAssignment(s.department(), evidence)))
                .setRoutedTo(s.department())
                .setRoutingReason("section-department")
                .setClassifierVersion("test")
                .setRulesVersion("test")
                .setClassifiedAt(s.classifiedAt())
                .build();
    }

    /** What an office's client writes; returns where it landed, for the records that point at it. */
    public KafkaCoordinates submitted(String submissionId, String office) {
        Submission submission = Submission.newBuilder()
                .setSubmissionId(submissionId)
                .setContentHash("sha256:" + submissionId)
                .setOffice(office)
                .setFileName("report.txt")
                .setReceivedAt(Instant.now())
                .setDetectedEncoding("UTF-8")
                .setContent(ByteBuffer.wrap("一、工作回顾".getBytes(StandardCharsets.UTF_8)))
                .build();
        RecordMetadata at = send(topics.submitted(), submission.getContentHash(), submission);
        return new KafkaCoordinates(at.topic(), at.partition(), at.offset());
    }

    /** The report record the trace shows, with one top-level section per given section. */
    public void classified(String submissionId, KafkaCoordinates source, String issuerName, List<Section> sections) {
        ClassifiedReport report = ClassifiedReport.newBuilder()
                .setCorrections(java.util.List.of())
                .setReportId(submissionId + "#1")
                .setSubmissionId(submissionId)
                .setContentHash("sha256:test")
                .setSource(source)
                .setOffice(sections.get(0).office())
                .setFileName("report.txt")
                .setReceivedAt(sections.get(0).receivedAt())
                .setReportIndex(1)
                .setReportCount(1)
                .setStartLine(1)
                .setEndLine(20)
                .setTitle(issuerName + "2023年工作总结")
                .setIssuer(new Issuer(issuerName, sections.get(0).level(), sections.get(0).department(), evidence("issuer.title-alias", List.of())))
                .setKind("summary_and_plan")
                .setYears(List.of(2023, 2024))
                .setOutline(sections.stream().map(s -> OutlineSection.newBuilder()
                        .setLine(3).setHeading(s.heading()).setRole(s.role()).setRoleEvidence(evidence("role.cue", List.of()))
                        .setDepartments(List.of(new DepartmentAssignment(s.department(), evidence("section.lexicon", List.of()))))
                        .setSubsections(List.of()).build()).toList())
                .setRoutedCopies(sections.size())
                .setClassifierVersion("test")
                .setRulesVersion("test")
                .setClassifiedAt(sections.get(0).classifiedAt())
                .build();
        send(topics.classified(), report.getReportId(), report);
    }

    public void rejected(String submissionId, RejectionReason reason) {
        Rejection rejection = Rejection.newBuilder()
                .setSubmissionId(submissionId)
                .setReason(reason)
                .setMessage("Rejected in a test")
                .setOriginalBytes(ByteBuffer.wrap(new byte[0]))
                .setSource(new KafkaCoordinates(topics.submitted(), 0, 0L))
                .setRejectedAt(Instant.now())
                .build();
        send(topics.rejected(), submissionId, rejection);
    }

    private static Evidence evidence(String rule, List<MatchedTerm> terms) {
        return Evidence.newBuilder().setRule(rule).setScore(3.0).setTerms(terms).setDetail("").build();
    }

    @SuppressWarnings("unchecked")
    private <T extends SpecificRecord> RecordMetadata send(String topic, String key, T record) {
        byte[] value = AvroSerde.of((Class<T>) record.getClass()).toBytes(record);
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
