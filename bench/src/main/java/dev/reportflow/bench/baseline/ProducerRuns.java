package dev.reportflow.bench.baseline;

import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.corpus.GeneratedReport;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.Submission;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The raw producer runs: the corpus encoded once as the client would send it, then sent with the
 * client's own settings, and with alternatives for batching, linger and compression.
 */
public final class ProducerRuns {

    private final BenchSettings settings;
    private final String topic;
    private List<ProducerBaseline.Payload> payloads;

    public ProducerRuns(BenchCluster cluster, BenchSettings settings, Corpus corpus) throws Exception {
        this.settings = settings;
        this.topic = settings.topicPrefix() + "producer.baseline";
        cluster.create(List.of(new NewTopic(topic, settings.partitions(), settings.replicationFactor())
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, settings.maxMessageBytes()))));
        this.payloads = encode(corpus);
    }

    /** After an unrecorded pass over part of the corpus, so that the first measurement is not also the JIT's warm-up. */
    public ProducerBaseline.Result clientSettings(int warmup) {
        ProducerBaseline.run("warm-up", settings.rawProducer(), Map.of(), topic, payloads.subList(0, Math.min(warmup, payloads.size())));
        return ProducerBaseline.run("client settings", settings.rawProducer(), Map.of(), topic, payloads);
    }

    /**
     * Each alternative changes one setting of the client's; all send the same first {@code sample}
     * records. The client's settings run first and last: the difference is the run-to-run noise.
     */
    public List<ProducerBaseline.Result> alternatives(int sample) {
        List<ProducerBaseline.Payload> some = payloads.subList(0, Math.min(sample, payloads.size()));
        Map<String, Map<String, Object>> variants = new LinkedHashMap<>();
        variants.put("client settings", Map.of());
        variants.put("batch.size=16384 (Kafka default)", Map.of("batch.size", 16384));
        variants.put("batch.size=1048576", Map.of("batch.size", 1048576));
        variants.put("linger.ms=0", Map.of("linger.ms", 0));
        variants.put("linger.ms=20", Map.of("linger.ms", 20));
        variants.put("compression.type=lz4", Map.of("compression.type", "lz4"));
        variants.put("compression.type=zstd", Map.of("compression.type", "zstd"));
        variants.put("compression.type=gzip", Map.of("compression.type", "gzip"));
        variants.put("client settings, again", Map.of());
        List<ProducerBaseline.Result> results = new ArrayList<>();
        variants.forEach((label, overrides) -> results.add(ProducerBaseline.run(label, settings.rawProducer(), overrides, topic, some)));
        return results;
    }

    /** Lets the encoded corpus be collected before the pipelines run. */
    public void release() {
        payloads = null;
    }

    private static List<ProducerBaseline.Payload> encode(Corpus corpus) {
        AvroSerde<Submission> serde = AvroSerde.of(Submission.class);
        return corpus.reports().parallelStream().map(report -> new ProducerBaseline.Payload(
                key(report).getBytes(StandardCharsets.UTF_8), serde.toBytes(submission(report)))).toList();
    }

    /** Shaped as the client's: same fields, same sizes; the hash is a stand-in of the same length. */
    public static Submission submission(GeneratedReport report) {
        return Submission.newBuilder()
                .setSubmissionId("sub-" + UUID.randomUUID())
                .setContentHash(key(report))
                .setOffice(report.office())
                .setFileName(report.fileName())
                .setReceivedAt(Instant.now())
                .setDeclaredEncoding(null)
                .setDetectedEncoding("UTF-8")
                .setContent(ByteBuffer.wrap(report.content()))
                .setClientVersion(SubmissionClient.CLIENT_VERSION)
                .build();
    }

    private static String key(GeneratedReport report) {
        return "sha256:" + String.format("%064x", report.index());
    }
}
