package dev.reportflow.history;

import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A stream of the pipeline's outputs, as the streams app writes them: per submission a classified
 * report and its sections to two departments; every tenth submission a rejection instead; every
 * seventh report a correction that withdraws its audit copies (a correction record and retractions).
 */
final class Traffic implements AutoCloseable {

    static final List<String> DEPARTMENTS = List.of("finance", "audit");
    private static final AvroSerde<RoutedSection> SECTIONS = AvroSerde.of(RoutedSection.class);
    private static final AvroSerde<ClassifiedReport> REPORTS = AvroSerde.of(ClassifiedReport.class);
    private static final AvroSerde<Rejection> REJECTIONS = AvroSerde.of(Rejection.class);
    private static final AvroSerde<RoutingCorrection> CORRECTIONS = AvroSerde.of(RoutingCorrection.class);

    private final KafkaProducer<byte[], byte[]> producer;
    private final Topics topics;
    private int records;

    Traffic(String bootstrapServers, Topics topics) {
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "linger.ms", "5"),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.topics = topics;
    }

    /** Writes the outputs of submissions {@code first} .. {@code first + count - 1}; returns the records written. */
    int submissions(int first, int count) {
        int before = records;
        for (int n = first; n < first + count; n++) {
            String submissionId = "sub-0-" + n;
            if (n % 10 == 9) {
                send(topics.rejected(), submissionId, REJECTIONS.toBytes(Records.rejection(submissionId)));
                continue;
            }
            send(topics.classified(), submissionId + "#1", REPORTS.toBytes(Records.report(submissionId, 4)));
            for (String path : List.of("1.1", "2.1")) {
                for (String department : DEPARTMENTS) {
                    RoutedSection s = Records.section(submissionId, path, department,
                            path.startsWith("1") ? SectionRole.REVIEW : SectionRole.PROBLEMS,
                            "（一）第" + n + "号报告\n　　全面推进财政资金绩效管理，编号" + n + "。").build();
                    send(topics.routed(department), s.getDeliveryId(), SECTIONS.toBytes(s));
                    if (n % 7 == 3 && department.equals("audit")) {
                        RoutingCorrection c = Records.correction("cor-" + n + "-" + path, s.getUnitId(), "audit");
                        send(topics.corrections(), "sha256:" + n, CORRECTIONS.toBytes(c));
                        send(topics.routed(department), s.getDeliveryId(), SECTIONS.toBytes(Records.retraction(s, c)));
                    }
                }
            }
        }
        producer.flush();
        return records - before;
    }

    private void send(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value));
        records++;
    }

    @Override
    public void close() {
        producer.close();
    }
}
