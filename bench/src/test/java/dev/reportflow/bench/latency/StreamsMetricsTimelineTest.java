package dev.reportflow.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.common.metrics.stats.Max;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsMetricsTimelineTest {

    @Test
    void writesCountersAsTheirIncreaseAndGaugesAsTheyAre(@TempDir Path dir) throws Exception {
        try (Metrics metrics = new Metrics()) {
            Sensor processed = metrics.sensor("processed");
            processed.add(metrics.metricName("process-total", "stream-thread-metrics", Map.of("thread-id", "t1")), new CumulativeSum());
            Sensor commits = metrics.sensor("commits");
            commits.add(metrics.metricName("commit-latency-max", "stream-thread-metrics", Map.of("thread-id", "t1")), new Max());
            metrics.sensor("ignored").add(metrics.metricName("process-total", "some-other-group"), new CumulativeSum());

            StreamsMetricsTimeline timeline = StreamsMetricsTimeline.start(metrics::metrics, 3_600_000);
            processed.record(10);
            commits.record(40);
            timeline.sample();
            processed.record(7);
            commits.record(25);
            timeline.sample();
            Path csv = dir.resolve("timeline.csv");
            timeline.writeTo(csv);

            List<String> lines = Files.readAllLines(csv);
            List<String> header = List.of(lines.get(0).split(","));
            assertThat(header).contains("epoch_ms", "stream-thread:process-total", "stream-thread:commit-latency-max",
                    "cpu:process", "cpu:minor-faults").doesNotContain("some-other-group:process-total");
            assertThat(lines).hasSize(3);
            List<String> second = List.of(lines.get(2).split(","));
            assertThat(second.get(header.indexOf("stream-thread:process-total"))).isEqualTo("7");
            assertThat(second.get(header.indexOf("stream-thread:commit-latency-max"))).isEqualTo("40");
        }
    }
}
