package dev.reportflow.web;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.topics.TopicSetup;
import dev.reportflow.web.auth.LoginSettings;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * One real broker for every test class in the JVM (starting one costs seconds); each test keeps
 * to its own topics through a name prefix, as {@code reportflow.topics.*} allows in production.
 */
public final class TestCluster {

    private static EmbeddedKafkaBroker broker;
    private static final AtomicInteger NAMESPACES = new AtomicInteger();

    private TestCluster() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = EmbeddedKafkaBroker.startFresh();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-broker-close"));
        }
        return broker.bootstrapServers();
    }

    /** reportflow's topics under a fresh prefix: intake, classified, rejected and the routed topics of these departments. */
    public record Namespace(String prefix, Topics topics) {

        /** The flags that point a reportflow process at the test broker and these topics. */
        public Map<String, String> flags() {
            Map<String, String> flags = new LinkedHashMap<>();
            flags.put("bootstrap.servers", bootstrapServers());
            flags.put("reportflow.topics.submitted", topics.submitted());
            flags.put("reportflow.topics.classified", topics.classified());
            flags.put("reportflow.topics.rejected", topics.rejected());
            flags.put("reportflow.topics.routing-rules", topics.routingRules());
            flags.put("reportflow.topics.corrections", topics.corrections());
            flags.put("reportflow.topics.audit-checkpoints", topics.auditCheckpoints());
            flags.put("reportflow.topics.routed-prefix", topics.routedPrefix());
            return flags;
        }
    }

    public static Namespace namespace(String name, String... departments) {
        String prefix = name + NAMESPACES.incrementAndGet() + ".";
        Topics topics = new Topics(prefix + "reports.submitted", prefix + "reports.classified", prefix + "reports.rejected",
                prefix + "routing.rules", prefix + "routing.corrections", prefix + "audit.checkpoints", prefix + "routed.");
        List<String> names = new ArrayList<>(List.of(topics.submitted(), topics.classified(), topics.rejected()));
        for (String department : departments) {
            names.add(topics.routed(department));
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
            admin.createTopics(names.stream().map(n -> new NewTopic(n, 2, (short) 1)).toList()).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create " + names, e);
        }
        return new Namespace(prefix, topics);
    }

    /** A web server on a free port for these topics, with {@link TestUsers}' logins; {@code overrides} are -D flags. */
    public static WebServer startServer(Namespace namespace, Map<String, String> overrides) {
        return startServer(namespace, overrides, TestUsers.logins(), 0);
    }

    /** A web server with these logins (single sign-on, for one) on this port (0: any free one). */
    public static WebServer startServer(Namespace namespace, Map<String, String> overrides, LoginSettings logins, int port) {
        Map<String, String> flags = new LinkedHashMap<>(namespace.flags());
        flags.putAll(overrides);
        AppConfig submit = AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null, Map.of(), flags);
        AppConfig read = AppConfig.load(WebServer.READ_CONFIG_RESOURCE, null, Map.of(), flags);
        return WebServer.start(new WebServer.Settings("127.0.0.1", port, 100, Duration.ofSeconds(1), logins), submit, read);
    }

    public static WebServer startServer(Namespace namespace) {
        return startServer(namespace, Map.of());
    }

    /**
     * The real routing app on these topics (its own application id and state directory), running:
     * every topic it needs is created first, with as many partitions as the namespace's intake.
     */
    public static ReportRouter startRouter(Namespace namespace) {
        try {
            Map<String, String> flags = new LinkedHashMap<>(namespace.flags());
            flags.put("application.id", namespace.prefix() + "router");
            flags.put("state.dir", Files.createTempDirectory("reportflow-web-router-").toString());
            flags.put("reportflow.topics.partitions", "2");
            AppConfig config = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), flags);
            TopicSetup setup = new TopicSetup(config);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
                setup.createMissing(admin, setup.required());
            }
            ReportRouter router = ReportRouter.start(config);
            router.awaitRunning(Duration.ofSeconds(90));
            return router;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the routing app on " + namespace.prefix(), e);
        }
    }
}
