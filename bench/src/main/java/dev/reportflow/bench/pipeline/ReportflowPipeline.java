package dev.reportflow.bench.pipeline;

import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.topics.TopicSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/** reportflow as it runs in production: its topics (with the run's prefix) and its streams app, started and RUNNING. */
public final class ReportflowPipeline implements AutoCloseable {

    private final ReportRouter router;
    private final Topics topics;
    private final List<String> routedTopics;

    private final String applicationId;

    private ReportflowPipeline(ReportRouter router, Topics topics, List<String> routedTopics, String applicationId) {
        this.router = router;
        this.topics = topics;
        this.routedTopics = routedTopics;
        this.applicationId = applicationId;
    }

    public static ReportflowPipeline start(BenchCluster cluster, BenchSettings settings) throws Exception {
        TopicSetup setup = new TopicSetup(settings.reportflowStreams());
        var required = setup.required();
        cluster.create(required.values());
        Topics topics = settings.topics();
        List<String> routed = required.keySet().stream().filter(t -> t.startsWith(topics.routedPrefix())).toList();
        cluster.useLogAppendTime(routed);
        ReportRouter router = ReportRouter.start(settings.reportflowStreams());
        router.awaitRunning(Duration.ofSeconds(90));
        return new ReportflowPipeline(router, topics, routed, settings.reportflowStreams().get("application.id"));
    }

    public Topics topics() {
        return topics;
    }

    /** Where a submission's outcome appears: classified, rejected and every routed topic. */
    public List<String> outputTopics() {
        List<String> outputs = new ArrayList<>(List.of(topics.classified(), topics.rejected()));
        outputs.addAll(routedTopics);
        return outputs;
    }

    /** Its streams app's application.id: the prefix of its transactional ids under exactly-once. */
    public String applicationId() {
        return applicationId;
    }

    /** The streams app's metrics: its threads', producers' and consumers'. */
    public Map<MetricName, ? extends Metric> metrics() {
        return router.streams().metrics();
    }

    @Override
    public void close() {
        router.close();
    }
}
