package dev.reportflow.web;

import dev.reportflow.config.AppConfig;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.correct.Corrector;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.Topics;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.web.auth.AccessControl;
import dev.reportflow.web.auth.Authenticator;
import dev.reportflow.web.auth.LoginRoutes;
import dev.reportflow.web.auth.LoginSettings;
import dev.reportflow.web.auth.OidcRoutes;
import dev.reportflow.web.auth.Sessions;
import dev.reportflow.web.history.HistoryEndpoints;
import dev.reportflow.web.http.Servers;
import dev.reportflow.web.intake.SubmissionEndpoint;
import dev.reportflow.web.metrics.Health;
import dev.reportflow.web.metrics.KafkaHealth;
import dev.reportflow.web.metrics.KafkaMetricsBridge;
import dev.reportflow.web.metrics.MetricsRoutes;
import dev.reportflow.web.metrics.PipelineMetrics;
import dev.reportflow.web.page.PageRoutes;
import dev.reportflow.web.trace.TraceEndpoint;
import dev.reportflow.web.triage.TriageEndpoints;
import dev.reportflow.web.view.OutputFeed;
import dev.reportflow.web.view.SectionStore;
import dev.reportflow.web.view.ViewEndpoints;
import io.javalin.Javalin;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process behind {@code reportflow serve}: the HTTP intake, the supervisors' page fed by a
 * reader of the output topics, traces, metrics and health, on one port. It starts whether or not
 * Kafka answers (health says 503 and the intake refuses until it does), so that it can be started
 * alongside the cluster. Every route but /login and /health needs a login ({@link AccessControl}).
 * Triage clerks correct where waiting reports go through the same client as {@code reportflow correct}.
 */
public final class WebServer implements AutoCloseable {

    /** The reading side's configuration: the consumers' (read_committed, no auto commit). */
    public static final String READ_CONFIG_RESOURCE = "reportflow-consumers.properties";
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);

    /** Where to listen, how much the page keeps and who may sign in. */
    public record Settings(String bind, int port, int sectionsPerDepartment, Duration topicRefresh, LoginSettings logins) {
    }

    private final Javalin server;
    private final SubmissionClient client;
    private final Admin admin;
    private final OutputFeed feed;
    private final Thread feedThread;
    private final PrometheusMeterRegistry registry;
    private final HistoryDatabase history;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private WebServer(Javalin server, SubmissionClient client, Admin admin, OutputFeed feed, Thread feedThread,
                      PrometheusMeterRegistry registry, HistoryDatabase history) {
        this.server = server;
        this.client = client;
        this.admin = admin;
        this.feed = feed;
        this.feedThread = feedThread;
        this.registry = registry;
        this.history = history;
    }

    /**
     * @param submitConfig the submission client's configuration (producer + {@code reportflow.submission.max-bytes})
     * @param readConfig   the readers' configuration (consumer and admin)
     */
    public static WebServer start(Settings settings, AppConfig submitConfig, AppConfig readConfig) {
        LoginSettings logins = settings.logins();
        logins.checkBind(settings.bind());
        if (logins.users().isEmpty() && logins.oidc() == null) {
            LOG.warn("No users: nobody can sign in, and every page but /health answers 401. Add users with `reportflow users add`.");
        }
        PrometheusMeterRegistry registry = MetricsRoutes.newRegistry();
        // Kafka clients report through KafkaMetricsBridge into the global registry, which feeds this one.
        Metrics.globalRegistry.add(registry);
        SubmissionClient client = new SubmissionClient(withMetrics(submitConfig));
        // Long-lived clients are measured under their own client ids; the short-lived clients of traces and triage are not.
        KafkaClients clients = new KafkaClients(withMetrics(readConfig).with(Map.of("client.id", "reportflow-web")));
        KafkaClients onDemand = new KafkaClients(readConfig);
        Admin admin = clients.admin();
        Topics topics = Topics.from(readConfig.asMap());
        SectionStore store = new SectionStore(settings.sectionsPerDepartment());
        OutputFeed feed = new OutputFeed(feedConsumer(clients), topics, store, new PipelineMetrics(registry), settings.topicRefresh());
        Thread feedThread = new Thread(feed, "reportflow-web-feed");
        feedThread.setDaemon(true);
        feedThread.start();
        Health.Check health = health(new KafkaHealth(admin, HEALTH_TIMEOUT), feed, feedThread);
        long maxBytes = submitConfig.getLong("reportflow.submission.max-bytes");
        Authenticator authenticator = new Authenticator(logins.users(), Clock.systemUTC());
        Sessions sessions = new Sessions(Clock.systemUTC());
        HistoryDatabase history = HistoryEndpoints.openStore(readConfig);
        Javalin server = Servers.start(settings.bind(), settings.port(), config -> {
            new AccessControl(authenticator, sessions, logins.metricsPublic()).addTo(config.routes);
            LoginRoutes loginRoutes = new LoginRoutes(authenticator, sessions, logins.behindTlsProxy(), logins.oidc() != null);
            loginRoutes.addTo(config.routes);
            if (logins.oidc() != null) {
                new OidcRoutes(logins.oidc(), loginRoutes, logins.behindTlsProxy(), Clock.systemUTC()).addTo(config.routes);
            }
            new SubmissionEndpoint(client, maxBytes).configure(config);
            new ViewEndpoints(store, feed, topics).addTo(config.routes);
            new TraceEndpoint(onDemand, admin, topics).addTo(config.routes);
            new TriageEndpoints(onDemand, admin, topics, new Corrector(onDemand, topics, Clock.systemUTC())).addTo(config.routes);
            new PageRoutes(logins.behindTlsProxy()).addTo(config.routes);
            new HistoryEndpoints(history).addTo(config.routes);
            MetricsRoutes.addTo(config.routes, registry, health);
        });
        LOG.info("reportflow serve on http://{}:{}/ (intake POST {}, /metrics, /health)", settings.bind(), server.port(),
                SubmissionEndpoint.PATH);
        return new WebServer(server, client, admin, feed, feedThread, registry, history);
    }

    public int port() {
        return server.port();
    }

    /** Blocks until {@link #close()} (from a shutdown hook). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        server.stop();
        feed.close();
        try {
            feedThread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
        admin.close(Duration.ofSeconds(5));
        Metrics.globalRegistry.remove(registry);
        registry.close();
        if (history != null) {
            history.close();
        }
        stopped.countDown();
    }

    private static AppConfig withMetrics(AppConfig config) {
        String reporters = config.get("metric.reporters", "");
        String all = reporters.isBlank() ? KafkaMetricsBridge.REPORTERS : reporters + "," + KafkaMetricsBridge.class.getName();
        return config.with(Map.of("metric.reporters", all));
    }

    private static KafkaConsumer<byte[], byte[]> feedConsumer(KafkaClients clients) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(ConsumerConfig.GROUP_ID_CONFIG, null);
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.CLIENT_ID_CONFIG, "reportflow-web-feed");
        return clients.consumer(overrides);
    }

    /**
     * Up while the cluster answers and the thread that feeds the supervisors' page is alive: a feed
     * that died (an error it could not survive) leaves the page frozen, which is down, not up.
     */
    static Health.Check health(Health.Check kafka, OutputFeed feed, Thread feedThread) {
        return () -> {
            Health cluster = kafka.check();
            Map<String, Object> details = new LinkedHashMap<>(cluster.details());
            boolean feeding = feedThread.isAlive();
            details.put("feed", Map.of("alive", feeding, "topics", feed.topics().size(), "recordsRead", feed.recordsRead()));
            return new Health(cluster.up() && feeding, details);
        };
    }
}
