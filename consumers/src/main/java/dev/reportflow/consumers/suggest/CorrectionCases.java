package dev.reportflow.consumers.suggest;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.Outcome;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corrections on routing.corrections that move copies or an issuer, each beside its submission
 * (read from the intake topic at the place its id names) as the decision core decides it today.
 */
final class CorrectionCases {

    private static final Logger LOG = LoggerFactory.getLogger(CorrectionCases.class);
    private static final AvroSerde<RoutingCorrection> CORRECTIONS = AvroSerde.of(RoutingCorrection.class);
    private static final AvroSerde<Submission> SUBMISSIONS = AvroSerde.of(Submission.class);

    private CorrectionCases() {
    }

    static List<CorrectedCase> read(TopicScanner scanner, Topics topics, Decider decider, Classifier today) {
        List<RoutingCorrection> corrections = new ArrayList<>();
        scanner.scanAll(List.of(topics.corrections()), record -> {
            try {
                RoutingCorrection correction = CORRECTIONS.fromBytes(record.value());
                if (correction != null && movesSomething(correction)) {
                    corrections.add(correction);
                }
            } catch (SerializationException e) {
                LOG.warn("Skipping undecodable correction {}[{}]@{}", record.topic(), record.partition(), record.offset());
            }
        });
        Map<String, ConsumerRecord<byte[], byte[]>> intake = intakeRecords(scanner, topics.submitted(), corrections);
        List<CorrectedCase> cases = new ArrayList<>();
        for (RoutingCorrection correction : corrections) {
            ConsumerRecord<byte[], byte[]> record = intake.get(submissionId(correction));
            if (record == null) {
                LOG.warn("Correction {} names {}, which is not on the intake topic", correction.getCorrectionId(),
                        correction.getReportId());
                continue;
            }
            accepted(record, decider).ifPresent(accepted -> {
                if (decider.classify(accepted, today, Instant.ofEpochMilli(record.timestamp())) instanceof Outcome.Classified c) {
                    cases.add(new CorrectedCase(correction, accepted, c));
                }
            });
        }
        return cases;
    }

    private static boolean movesSomething(RoutingCorrection correction) {
        return !correction.getDepartmentsAdded().isEmpty() || !correction.getDepartmentsRemoved().isEmpty()
                || correction.getIssuerDepartment() != null;
    }

    private static String submissionId(RoutingCorrection correction) {
        String reportId = correction.getReportId();
        int hash = reportId.lastIndexOf('#');
        return hash < 0 ? reportId : reportId.substring(0, hash);
    }

    /** The intake records the corrections' submission ids name, by id. */
    private static Map<String, ConsumerRecord<byte[], byte[]>> intakeRecords(TopicScanner scanner, String topic,
                                                                            List<RoutingCorrection> corrections) {
        Map<TopicPartition, Long> from = new HashMap<>();
        Map<TopicPartition, Long> to = new HashMap<>();
        for (RoutingCorrection correction : corrections) {
            SubmissionIds.placeOf(submissionId(correction)).ifPresent(place -> {
                TopicPartition tp = new TopicPartition(topic, (int) place[0]);
                from.merge(tp, place[1], Math::min);
                to.merge(tp, place[1] + 1, Math::max);
            });
        }
        Map<String, ConsumerRecord<byte[], byte[]>> records = new HashMap<>();
        scanner.scan(from, to, record -> records.put(SubmissionIds.of(record.partition(), record.offset()), record));
        return records;
    }

    /** The submission as the pipeline accepted it, or nothing when it is rejected before classification. */
    private static Optional<Outcome.Accepted> accepted(ConsumerRecord<byte[], byte[]> record, Decider decider) {
        Submission claimed;
        try {
            claimed = SUBMISSIONS.fromBytes(record.value());
        } catch (SerializationException e) {
            return Optional.empty();
        }
        if (claimed == null) {
            return Optional.empty();
        }
        KafkaCoordinates source = new KafkaCoordinates(record.topic(), record.partition(), record.offset());
        Outcome checked = decider.check(Decider.stamped(claimed, source, record.timestamp()), source,
                Instant.ofEpochMilli(record.timestamp()));
        return checked instanceof Outcome.Accepted accepted ? Optional.of(accepted) : Optional.empty();
    }
}
