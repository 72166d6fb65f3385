package dev.reportflow.bench.recovery;

import dev.reportflow.bench.baseline.ProducerRuns;
import dev.reportflow.bench.corpus.ReportSource;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.config.AppConfig;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.DecisionSettings;
import dev.reportflow.decision.Outcome;
import dev.reportflow.decision.rules.RuleSnapshot;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.corrections.RememberDecisions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The decisions stores of many routed submissions (each report and each routed copy), written
 * straight to their changelogs before the app first starts, keyed as the app keys them. The values
 * are the encoded records of a few bench reports classified here by the decision core, so their
 * sizes and the copies per report are the real ones; every submission gets its own ids. A restore
 * writes the bytes as they are, so repeating a few reports' values costs it what as many distinct
 * ones would.
 */
final class DecisionsChangelog {

    /** Distinct reports classified for their records' shapes. */
    private static final int TEMPLATES = 40;

    /** What was written: entries (reports and copies) and their bytes. */
    record Filled(long entries, long bytes) {
    }

    private DecisionsChangelog() {
    }

    static Filled fill(BenchCluster cluster, AppConfig config, ReportSource reports, int firstReport, int submissions) throws Exception {
        String application = config.get("application.id");
        String reportsTopic = application + "-" + RememberDecisions.CURRENT_REPORTS + "-changelog";
        String deliveriesTopic = application + "-" + RememberDecisions.CURRENT_DELIVERIES + "-changelog";
        int partitions = config.getInt("reportflow.topics.partitions");
        short replication = (short) config.getInt("reportflow.topics.replication-factor");
        cluster.create(List.of(reportsTopic, deliveriesTopic).stream().map(topic -> new NewTopic(topic, partitions, replication)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))).toList());
        List<Outcome.Classified> templates = templates(config, reports, firstReport);
        AvroSerde<ClassifiedReport> reportValues = AvroSerde.of(ClassifiedReport.class);
        AvroSerde<RoutedSection> deliveryValues = AvroSerde.of(RoutedSection.class);
        List<List<byte[]>> encodedReports = templates.stream().map(t -> t.reports().stream().map(reportValues::toBytes).toList()).toList();
        List<List<byte[]>> encodedDeliveries = templates.stream().map(t -> t.deliveries().stream().map(deliveryValues::toBytes).toList()).toList();
        long entries = 0;
        long bytes = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", config.get("bootstrap.servers"),
                "acks", "all", "linger.ms", 20, "batch.size", 1 << 20, "compression.type", config.get("producer.compression.type")),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < submissions; i++) {
                int t = i % templates.size();
                int partition = i % partitions;
                String submissionId = SubmissionIds.of(partition, i);
                String templateSubmission = templates.get(t).reports().get(0).getSubmissionId();
                for (int r = 0; r < templates.get(t).reports().size(); r++) {
                    String reportId = templates.get(t).reports().get(r).getReportId().replace(templateSubmission, submissionId);
                    bytes += send(producer, reportsTopic, partition, reportId, encodedReports.get(t).get(r));
                    entries++;
                }
                for (int d = 0; d < templates.get(t).deliveries().size(); d++) {
                    String deliveryId = templates.get(t).deliveries().get(d).getDeliveryId().replace(templateSubmission, submissionId);
                    bytes += send(producer, deliveriesTopic, partition, deliveryId, encodedDeliveries.get(t).get(d));
                    entries++;
                }
            }
            producer.flush();
        }
        return new Filled(entries, bytes);
    }

    /** The decisions on a few bench reports, as the streams app would make them. */
    private static List<Outcome.Classified> templates(AppConfig config, ReportSource reports, int firstReport) {
        Decider decider = new Decider(DecisionSettings.from(config.asMap()));
        Classifier classifier = new RuleSnapshot().classifierFor(List.of());
        String intake = Topics.from(config.asMap()).submitted();
        List<Outcome.Classified> templates = new ArrayList<>();
        for (int i = 0; templates.size() < TEMPLATES && i < 10 * TEMPLATES; i++) {
            KafkaCoordinates source = new KafkaCoordinates(intake, 0, (long) i);
            Outcome outcome = decider.decide(Decider.stamped(ProducerRuns.submission(reports.generate(firstReport + i)), source,
                    System.currentTimeMillis()), source, classifier, Instant.now(), hash -> Optional.empty());
            if (outcome instanceof Outcome.Classified classified) {
                templates.add(classified);
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("None of the bench reports " + firstReport + "… was classified: no decisions to remember");
        }
        return templates;
    }

    private static long send(KafkaProducer<byte[], byte[]> producer, String topic, int partition, String key, byte[] value) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(topic, partition, keyBytes, value));
        return keyBytes.length + value.length;
    }
}
