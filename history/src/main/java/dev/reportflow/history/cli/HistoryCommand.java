package dev.reportflow.history.cli;

import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.history.sink.HistorySinks;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import dev.reportflow.schemas.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reportflow history sink|migrate}: keep the history store in step with the topics. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "The history store (PostgreSQL): keep it in step with the topics, or migrate its schema.",
        subcommands = {HistoryCommand.Sink.class, HistoryCommand.Migrate.class})
public final class HistoryCommand {

    /** Runs the sink alone (a child process in the crash tests; the launcher runs it through reportflow). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new HistoryCommand()).execute(args));
    }

    @Command(name = "sink", mixinStandardHelpOptions = true,
            description = {"Copies every routed section (retractions included), classified report, rejection and "
                    + "correction into the store until stopped (Ctrl-C); applies the schema's migrations first.",
                    "Started on an empty store, it rebuilds the store from the topics."})
    static final class Sink implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Override
        public Integer call() throws InterruptedException {
            AppConfig config = connection.load(HistorySettings.RESOURCE);
            HistorySettings settings = HistorySettings.from(config).forSink();
            try (HistoryDatabase database = HistoryDatabase.open(settings)) {
                database.migrate();
                HistorySinks sinks = HistorySinks.start(settings.sinkThreads(), member -> consumer(config, member), database,
                        Topics.from(config.asMap()), settings.retryBackoff(), "reportflow-history-sink");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        sinks.close();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "reportflow-history-sink-stop"));
                sinks.awaitStopped();
            }
            return 0;
        }
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Applies the store's schema migrations (Flyway) and exits; the sink and serve also do on start.")
    static final class Migrate implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Override
        public Integer call() {
            try (HistoryDatabase database = HistoryDatabase.open(HistorySettings.from(connection.load(HistorySettings.RESOURCE)))) {
                database.migrate();
            }
            return 0;
        }
    }

    /** The sink's consumer, with the Kafka properties of the configuration that a consumer knows. */
    public static KafkaConsumer<byte[], byte[]> consumer(AppConfig config) {
        return new KafkaConsumer<>(consumerProperties(config), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * The consumer of one of a process's sinks ({@code reportflow.history.sink.threads}): its
     * {@code client.id} ends in {@code -member}, so that the group's members and their metrics are told apart.
     */
    public static KafkaConsumer<byte[], byte[]> consumer(AppConfig config, int member) {
        Map<String, Object> props = consumerProperties(config);
        props.computeIfPresent(ConsumerConfig.CLIENT_ID_CONFIG, (key, id) -> id + "-" + member);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static Map<String, Object> consumerProperties(AppConfig config) {
        Set<String> known = ConsumerConfig.configNames();
        Map<String, Object> props = new LinkedHashMap<>();
        config.kafkaProperties().forEach((key, value) -> {
            if (known.contains(key)) {
                props.put(key, value);
            }
        });
        return props;
    }
}
