package dev.reportflow.bench.pipeline;

import dev.reportflow.bench.baseline.PassThroughApp;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** The pass-through baseline with its input and output topics, partitioned as reportflow's intake. */
public final class PassThroughPipeline implements AutoCloseable {

    private final PassThroughApp app;
    private final String input;
    private final String output;

    private PassThroughPipeline(PassThroughApp app, String input, String output) {
        this.app = app;
        this.input = input;
        this.output = output;
    }

    public static PassThroughPipeline start(BenchCluster cluster, BenchSettings settings) throws Exception {
        String input = settings.topicPrefix() + "passthrough.in";
        String output = settings.topicPrefix() + "passthrough.out";
        Map<String, String> configs = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, settings.maxMessageBytes());
        cluster.create(List.of(
                new NewTopic(input, settings.partitions(), settings.replicationFactor()).configs(
                        Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, settings.maxMessageBytes(),
                                TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime")),
                new NewTopic(output, settings.partitions(), settings.replicationFactor()).configs(configs)));
        PassThroughApp app = PassThroughApp.start(settings.passThroughStreams(), input, output);
        app.awaitRunning(Duration.ofSeconds(90));
        return new PassThroughPipeline(app, input, output);
    }

    public String input() {
        return input;
    }

    public String output() {
        return output;
    }

    @Override
    public void close() {
        app.close();
    }
}
