package dev.reportflow.bench.history;

import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.corpus.ReportSource;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.bench.pipeline.FloodRun;
import dev.reportflow.bench.pipeline.ReportflowPipeline;
import dev.reportflow.bench.pipeline.RoutedOutcomes;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The pipeline's rate in the history bench's own run: reportflow's streams app on an embedded
 * broker, flooded with whole reports as {@code reportflow bench} floods it (after warm-up rounds),
 * timed from the first submit to the last routed copy. Its topics are then the backlog the history
 * sink reads.
 */
final class LivePipeline {

    private static final int WARMUP_ROUNDS = 2;
    private static final int WARMUP_REPORTS = 300;
    private static final int OFFICES = 32;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** The measured flood, and what the topics hold in all (warm-up rounds included): the sink's backlog. */
    record Result(long reports, long routedSections, double seconds, long records, long routedRecords, double loadAverage) {
        double routedPerSecond() {
            return routedSections / seconds;
        }
    }

    private final BenchCluster cluster;
    private final BenchSettings settings;
    private final ReportSource reports;
    private final PrintWriter out;

    LivePipeline(BenchCluster cluster, BenchSettings settings, ReportSource reports, PrintWriter out) {
        this.cluster = cluster;
        this.settings = settings;
        this.reports = reports;
        this.out = out;
    }

    Result run(int measuredReports) throws Exception {
        try (ReportflowPipeline reportflow = ReportflowPipeline.start(cluster, settings)) {
            for (int round = 0; round < WARMUP_ROUNDS; round++) {
                // warm-up reports are numbered after the measured ones, so no submission repeats
                Corpus warmup = Corpus.generate(reports, measuredReports + round * WARMUP_REPORTS, WARMUP_REPORTS);
                FloodRun.Result r = flood(reportflow, new RoutedOutcomes(reportflow.topics(), (id, routed, read) -> { }), warmup);
                out.printf("  pipeline warm-up round %d: %,d reports, %.0f reports/s%n", round + 1, warmup.size(),
                        r.endToEnd().recordsPerSecond());
                out.flush();
            }
            RoutedOutcomes outcomes = new RoutedOutcomes(reportflow.topics(), (id, routed, read) -> { });
            Corpus measured = Corpus.generate(reports, 0, measuredReports);
            FloodRun.Result run = flood(reportflow, outcomes, measured);
            out.printf("  pipeline: %,d reports, %,d routed sections in %.1f s%n", measured.size(), outcomes.routedRecords(),
                    run.endToEnd().seconds());
            out.flush();
            double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long[] backlog = count(reportflow.outputTopics(), reportflow.topics().routedPrefix());
            return new Result(measured.size(), outcomes.routedRecords(), run.endToEnd().seconds(), backlog[0], backlog[1],
                    loadAverage);
        }
    }

    private FloodRun.Result flood(ReportflowPipeline reportflow, RoutedOutcomes outcomes, Corpus corpus) throws Exception {
        return FloodRun.run(cluster.bootstrapServers(), reportflow.outputTopics(), outcomes, settings.submitClient(null),
                corpus, OFFICES, TIMEOUT);
    }

    /** Committed records in the topics, all and routed: what the sink will have stored when it has caught up. */
    private long[] count(List<String> topics, String routedPrefix) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            topics.forEach(t -> consumer.partitionsFor(t).forEach(p -> partitions.add(new TopicPartition(t, p.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long all = 0;
            long routed = 0;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    all++;
                    if (record.topic().startsWith(routedPrefix)) {
                        routed++;
                    }
                }
            }
            return new long[] {all, routed};
        }
    }
}
