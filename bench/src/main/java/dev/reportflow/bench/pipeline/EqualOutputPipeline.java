package dev.reportflow.bench.pipeline;

import dev.reportflow.bench.baseline.CapturedOutputs;
import dev.reportflow.bench.baseline.EqualOutputApp;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.corrections.RememberDecisions;
import dev.reportflow.streams.intake.Deduplicate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The equal-output baseline with its topics: a copy of each topic reportflow wrote to (same
 * partitions, same topic configurations; {@code equal.} after the run's prefix), fed by an intake
 * partitioned as reportflow's, and the app writing reportflow's captured records into them.
 */
public final class EqualOutputPipeline implements AutoCloseable {

    private static final String INFIX = "equal.";

    private final EqualOutputApp app;
    private final String input;
    private final Topics topics;
    private final List<String> outputTopics;
    private final CapturedOutputs captured;

    private EqualOutputPipeline(EqualOutputApp app, String input, Topics topics, List<String> outputTopics,
                                CapturedOutputs captured) {
        this.app = app;
        this.input = input;
        this.topics = topics;
        this.outputTopics = outputTopics;
        this.captured = captured;
    }

    /** Captures what reportflow wrote for the submissions of {@code wanted} files and starts the app that writes it again. */
    public static EqualOutputPipeline start(BenchCluster cluster, BenchSettings settings, List<String> reportflowOutputs,
                                            Set<String> wanted) throws Exception {
        String prefix = settings.topicPrefix();
        Topics reportflow = settings.topics();
        String application = settings.reportflowStreams().get("application.id");
        String deliveries = changelog(application, RememberDecisions.CURRENT_DELIVERIES);
        String reports = changelog(application, RememberDecisions.CURRENT_REPORTS);
        List<String> keyedBySubmission = new ArrayList<>(reportflowOutputs);
        keyedBySubmission.remove(reportflow.classified());
        keyedBySubmission.remove(reportflow.rejected());
        keyedBySubmission.addAll(List.of(deliveries, reports));
        CapturedOutputs captured = CapturedOutputs.read(cluster.bootstrapServers(), reportflow.classified(), keyedBySubmission,
                changelog(application, Deduplicate.DEDUPE_STORE), wanted, topic -> prefix + INFIX + topic.substring(prefix.length()));

        String input = prefix + INFIX + "in";
        List<NewTopic> created = new ArrayList<>(copies(cluster, captured.topics(), prefix + INFIX, prefix));
        created.add(new NewTopic(input, settings.partitions(), settings.replicationFactor()).configs(
                Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, settings.maxMessageBytes(),
                        TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime")));
        cluster.create(created);

        Topics equal = new Topics(input, prefix + INFIX + reportflow.classified().substring(prefix.length()),
                prefix + INFIX + reportflow.rejected().substring(prefix.length()), reportflow.routingRules(),
                reportflow.corrections(), reportflow.auditCheckpoints(), prefix + INFIX + reportflow.routedPrefix().substring(prefix.length()));
        List<String> outputs = reportflowOutputs.stream().map(t -> prefix + INFIX + t.substring(prefix.length())).toList();

        Map<String, Object> config = new java.util.LinkedHashMap<>(settings.passThroughStreams());
        config.put("application.id", prefix + "equal-output");
        EqualOutputApp app = EqualOutputApp.start(config, input, captured);
        app.awaitRunning(Duration.ofSeconds(90));
        return new EqualOutputPipeline(app, input, equal, outputs, captured);
    }

    /** The baseline's copies of reportflow's topics: same partitions, same topic-level settings. */
    private static List<NewTopic> copies(BenchCluster cluster, Collection<String> copyNames, String copyPrefix, String prefix)
            throws Exception {
        Map<String, String> sourceOf = copyNames.stream().collect(Collectors.toMap(c -> prefix + c.substring(copyPrefix.length()), c -> c));
        Map<String, TopicDescription> described = cluster.admin().describeTopics(sourceOf.keySet()).allTopicNames()
                .get(30, TimeUnit.SECONDS);
        List<ConfigResource> resources = sourceOf.keySet().stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        Map<ConfigResource, Config> configs = cluster.admin().describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
        List<NewTopic> copies = new ArrayList<>();
        sourceOf.forEach((source, copy) -> {
            Map<String, String> own = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, source)).entries().stream()
                    .filter(e -> e.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                    .collect(Collectors.toMap(ConfigEntry::name, ConfigEntry::value));
            TopicDescription description = described.get(source);
            copies.add(new NewTopic(copy, description.partitions().size(),
                    (short) description.partitions().get(0).replicas().size()).configs(own));
        });
        return copies;
    }

    private static String changelog(String applicationId, String store) {
        return applicationId + "-" + store + "-changelog";
    }

    public String input() {
        return input;
    }

    /** Where the reader finds a submission's outcome: the copies of classified, rejected and routed topics. */
    public List<String> outputTopics() {
        return outputTopics;
    }

    public Topics topics() {
        return topics;
    }

    public CapturedOutputs captured() {
        return captured;
    }

    @Override
    public void close() {
        app.close();
    }
}
