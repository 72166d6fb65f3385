package dev.reportflow.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.web.Http;
import dev.reportflow.web.OutputRecords;
import dev.reportflow.web.OutputRecords.Section;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.TestUsers;
import dev.reportflow.web.WebServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;

/** /metrics serves Prometheus text with the JVM's, the Kafka clients' and the pipeline's own measures; /health answers. */
class MetricsIT {

    @Test
    void servesPipelineCountersLatencyAndClientMetrics() throws Exception {
        TestCluster.Namespace namespace = TestCluster.namespace("metrics", "finance", "audit", "unassigned");
        Instant received = Instant.parse("2024-03-01T08:00:00Z");
        try (WebServer server = TestCluster.startServer(namespace); OutputRecords out = new OutputRecords(namespace.topics())) {
            Http http = Http.as(server.port(), TestUsers.AUDITOR);
            // One report (sub-1) routed to two departments took 2 s; another (sub-2) took 4 s.
            out.routed(new Section("sub-1", "finance", "1", SectionRole.REVIEW, "一、回顾", "区财政局", "区财政局", "district", received, received.plusSeconds(2)));
            out.routed(new Section("sub-1", "audit", "1", SectionRole.REVIEW, "一、回顾", "区财政局", "区财政局", "district", received, received.plusSeconds(2)));
            out.routed(new Section("sub-2", "finance", "2", SectionRole.PLAN, "二、计划", "区财政局", "区财政局", "district", received, received.plusSeconds(4)));
            // Two units of sub-6 wait for triage; a correction withdrew the first from unassigned: one still waits.
            Section waiting = new Section("sub-6", "unassigned", "1", SectionRole.REVIEW, "一、回顾", "某单位", "某单位", "district", received, received.plusSeconds(1));
            out.routed(waiting);
            out.routed(new Section("sub-6", "unassigned", "2", SectionRole.PLAN, "二、计划", "某单位", "某单位", "district", received, received.plusSeconds(1)));
            out.retracted(waiting);
            out.rejected("sub-3", RejectionReason.BINARY);
            out.rejected("sub-4", RejectionReason.BINARY);
            out.rejected("sub-5", RejectionReason.DUPLICATE);
            http.awaitJson("/api/counts", counts -> counts.get("recordsRead").asInt() == 9, Duration.ofSeconds(30));

            HttpResponse<String> metrics = http.get("/metrics");

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
            assertThat(metrics.body())
                    .contains("reportflow_routed_sections_total{department=\"finance\"} 2")
                    .contains("reportflow_routed_sections_total{department=\"audit\"} 1")
                    .contains("reportflow_rejected_submissions_total{reason=\"BINARY\"} 2")
                    .contains("reportflow_rejected_submissions_total{reason=\"DUPLICATE\"} 1")
                    .contains("reportflow_routing_latency_seconds_count 3")
                    .contains("reportflow_routing_latency_seconds_sum 7")
                    .contains("reportflow_triage_backlog 1")
                    .contains("reportflow_routing_latency_seconds_bucket{le=")
                    .contains("jvm_memory_used_bytes")
                    .contains("kafka_consumer_fetch_manager_records_consumed_total{client_id=\"reportflow-web-feed\"")
                    .contains("kafka_producer_record_send_total{client_id=\"reportflow-submit\"");

            HttpResponse<String> health = http.get("/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(Http.json(health).get("status").asText()).isEqualTo("UP");
            assertThat(Http.json(health).at("/kafka/brokers").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aStreamsAppsMetricsServerExportsKafkaStreamsMetricsAndItsState() throws Exception {
        TestCluster.Namespace namespace = TestCluster.namespace("streams-metrics");
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(namespace.topics().submitted()).to(namespace.topics().rejected());
        Properties properties = new Properties();
        properties.putAll(Map.of("application.id", namespace.prefix() + "app", "bootstrap.servers", TestCluster.bootstrapServers(),
                "state.dir", Files.createTempDirectory("streams-metrics").toString(),
                "default.key.serde", Serdes.ByteArray().getClass().getName(),
                "default.value.serde", Serdes.ByteArray().getClass().getName()));
        try (KafkaStreams streams = new KafkaStreams(builder.build(), properties);
             MetricsServer metricsServer = MetricsServer.forKafkaStreams(streams,
                     new StreamsHealth(streams::state, Duration.ofMinutes(10), () -> 0, 2, Instant::now), "127.0.0.1", 0)) {
            Http http = new Http(metricsServer.port());
            assertThat(http.get("/health").statusCode()).isEqualTo(503);

            streams.start();
            http.awaitJson("/health", health -> health.at("/streams/state").asText().equals("RUNNING"), Duration.ofSeconds(60));
            HttpResponse<String> metrics = http.get("/metrics");

            assertThat(http.get("/health").statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("kafka_stream_thread_").contains("kafka_consumer_").contains("jvm_threads_live_threads");
        }
    }
}
