package dev.reportflow.bench.replay;

import dev.reportflow.bench.report.Throughput;
import dev.reportflow.config.AppConfig;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.consumers.replay.Replay;
import dev.reportflow.consumers.replay.ReplayReport;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.DecisionSettings;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How fast an auditor can re-decide history: the code path of {@code reportflow replay} itself
 * ({@link Replay}: a group-less consumer, the recorded decisions read, every submission re-decided by
 * the decision core and compared), over the whole intake topic with the streams app's settings and
 * runtime rules. Counts reports, not submissions, as a compilation holds several.
 */
public final class ReplayRun {

    private ReplayRun() {
    }

    public record Result(Throughput reports, long submissions, long undecodable, long changed) {
    }

    public static Result run(String bootstrapServers, AppConfig streamsConfig) {
        Topics topics = Topics.from(streamsConfig.asMap());
        Decider decider = new Decider(DecisionSettings.from(streamsConfig.asMap()));
        Map<String, Object> consumerConfig = Map.of("bootstrap.servers", bootstrapServers, "enable.auto.commit", false,
                "isolation.level", "read_committed",
                "max.partition.fetch.bytes", 8 * 1024 * 1024, "fetch.max.bytes", 64 * 1024 * 1024);
        long start = System.nanoTime();
        ReplayReport report;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             PrintWriter noProgress = new PrintWriter(Writer.nullWriter())) {
            Replay replay = new Replay(new TopicScanner(consumer), topics, decider, noProgress);
            report = replay.run(new Replay.Request(Instant.EPOCH, Instant.now().plus(Duration.ofDays(1)), null, null, true));
        }
        long end = System.nanoTime();
        long reports = report.submissions().stream().mapToLong(s -> s.replayed().reports().size()).sum();
        ReplayReport.Summary summary = report.summary();
        return new Result(Throughput.since(start, end, reports, summary.bytesRead()), summary.read(), summary.undecodable(),
                summary.changed());
    }
}
