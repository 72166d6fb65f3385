package dev.reportflow.testsupport;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * One plain broker for every test class in this JVM: starting one costs seconds, and tests stay
 * apart by using their own topic names (see {@link TestTopics}).
 */
public final class SharedBroker {

    private static EmbeddedKafkaBroker broker;
    private static final AtomicInteger NAMESPACES = new AtomicInteger();

    private SharedBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = EmbeddedKafkaBroker.startFresh();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "shared-broker-close"));
        }
        return broker.bootstrapServers();
    }

    /** A fresh topic-name prefix, so that each test sees only its own records. */
    public static String newNamespace(String name) {
        return name + NAMESPACES.incrementAndGet() + ".";
    }

    public static Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
    }

    public static void createTopics(Collection<String> names, int partitions) {
        try (Admin admin = admin()) {
            // Kept forever, as reportflow's own topics are: tests write records with 2024 timestamps,
            // which the broker's default 7-day retention would delete in the middle of a run.
            List<NewTopic> topics = names.stream().map(n -> new NewTopic(n, partitions, (short) 1)
                    .configs(Map.of("retention.ms", "-1"))).toList();
            admin.createTopics(topics).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create " + names, e);
        }
    }
}
