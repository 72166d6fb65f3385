package dev.reportflow.tools.demo;

import dev.reportflow.app.demo.PipelineOutcomes;
import dev.reportflow.cli.ExitCodes;
import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.producers.submit.Receipt;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.producers.submit.SubmissionRefusedException;
import dev.reportflow.producers.submit.SubmitCommand;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.topics.TopicSetup;
import dev.reportflow.text.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportflow demo}: the whole pipeline in one command. Without --bootstrap-server it starts
 * a real single-node KRaft broker in this process (with TLS, SCRAM logins and ACLs under --secured); then
 * it creates the topics, starts the streams app, submits the sample reports, waits until every one
 * is routed or rejected, and prints a table.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the pipeline end to end on the sample reports and print where they went.")
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--input", paramLabel = "DIR", description = "Folder (or file) of reports to submit (default: the project's samples/).")
    Path input;

    @Option(names = "--office", description = "Office name used for the submissions (default: ${DEFAULT-VALUE}).", defaultValue = "demo-office")
    String office;

    @Option(names = "--secured", description = "Embedded broker with TLS, SCRAM-SHA-256 logins and ACLs: the office may only write the intake topic.")
    boolean secured;

    @Option(names = "--keep-running", description = "Leave broker and streams app running after the table, until Ctrl-C.")
    boolean keepRunning;

    @Option(names = "--no-duplicate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Submit the first file a second time to show duplicate detection (default: on).")
    boolean resubmitOne;

    @Option(names = "--no-history", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Fill a history store (a local PostgreSQL) with the outputs and search it (default: on, without --secured).")
    boolean history;

    @Option(names = "--timeout", description = "How long to wait for the pipeline (ISO-8601, default: ${DEFAULT-VALUE}).", defaultValue = "PT3M")
    Duration timeout;

    @Spec
    CommandSpec spec;

    private final CountDownLatch cleanedUp = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = SubmitCommand.expand(List.of(input != null ? input : defaultSamples()));
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("No report files (.txt, .docx, .doc, .wps, .pdf, .ofd) found in " + (input != null ? input : defaultSamples()));
            return ExitCodes.USAGE;
        }
        DemoCluster cluster = null;
        if (!connection.namesACluster()) {
            out.println("Starting an embedded Kafka broker (KRaft, single node" + (secured ? ", TLS, SCRAM logins and ACLs" : "") + ")...");
            out.flush();
            cluster = secured ? DemoCluster.embeddedSecured() : DemoCluster.embedded();
            connection.setBootstrapServers(cluster.bootstrapServers());
        }
        Path stateDir = Files.createTempDirectory("reportflow-demo-state-");
        try {
            AppConfig streamsConfig = connection.load(ReportRouter.CONFIG_RESOURCE)
                    .with(Map.of("state.dir", stateDir.toString()))
                    .with(login(cluster, DemoCluster.STREAMS));
            AppConfig adminConfig = streamsConfig.with(login(cluster, DemoCluster.ADMIN));
            Topics topics = Topics.from(streamsConfig.asMap());
            prepareCluster(cluster, adminConfig, topics, streamsConfig.get("application.id"), out);
            try (ReportRouter router = ReportRouter.start(streamsConfig)) {
                router.awaitRunning(Duration.ofSeconds(90));
                out.println("Streams app running (exactly_once_v2) against " + streamsConfig.get("bootstrap.servers") + ".");
                Map<String, Integer> refused = new TreeMap<>();
                Set<String> submissionIds = submit(files, cluster, out, refused);
                int open = report(adminConfig, topics, submissionIds, refused, files.size(), out);
                if (history && !secured) {
                    DemoHistory.show(topicFlags(streamsConfig), submissionIds, timeout, out);
                }
                if (cluster != null && cluster.isSecured()) {
                    showOfficeCannotReadRoutedTopics(cluster, topics, out);
                }
                if (keepRunning) {
                    awaitCtrlC(out, streamsConfig.get("bootstrap.servers"));
                }
                return open == 0 ? 0 : 1;
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
            deleteQuietly(stateDir);
            cleanedUp.countDown();
        }
    }

    /** Where the demo's cluster and topics are, for another reader of them. */
    private static Map<String, String> topicFlags(AppConfig config) {
        Map<String, String> flags = new LinkedHashMap<>();
        config.asMap().forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.startsWith("reportflow.topics.")) {
                flags.put(key, value);
            }
        });
        return flags;
    }

    private static Map<String, String> login(DemoCluster cluster, String user) {
        return cluster == null ? Map.of() : cluster.loginAs(user);
    }

    private void prepareCluster(DemoCluster cluster, AppConfig adminConfig, Topics topics, String applicationId,
                                PrintWriter out) throws Exception {
        TopicSetup setup = new TopicSetup(adminConfig);
        try (Admin admin = Admin.create(adminConfig.connectionProperties())) {
            List<String> created = setup.createMissing(admin, setup.required());
            out.println("Topics ready (" + created.size() + " created, " + setup.required().size() + " in all).");
            if (cluster != null && cluster.isSecured()) {
                out.println("ACLs applied: " + cluster.applyAcls(admin, topics, applicationId) + " bindings for "
                        + DemoCluster.OFFICE + " and " + DemoCluster.STREAMS + ".");
            }
        }
    }

    private Set<String> submit(List<Path> files, DemoCluster cluster, PrintWriter out, Map<String, Integer> refused) {
        AppConfig clientConfig = connection.load(SubmissionClient.CONFIG_RESOURCE).with(login(cluster, DemoCluster.OFFICE));
        Set<String> ids = new HashSet<>();
        List<Path> toSend = new ArrayList<>(files);
        if (resubmitOne) {
            toSend.add(files.get(0));
        }
        try (SubmissionClient client = new SubmissionClient(clientConfig)) {
            for (int i = 0; i < toSend.size(); i++) {
                Path file = toSend.get(i);
                try {
                    Receipt receipt = client.submit(office, file, null);
                    ids.add(receipt.submissionId());
                    out.println((i == files.size() ? "(again, to show duplicate detection) " : "") + receipt.toLine());
                } catch (SubmissionRefusedException e) {
                    refused.merge(e.reason(), 1, Integer::sum);
                    out.println(SafeText.line("REFUSED  " + file + "  " + e.reason() + ": " + e.getMessage()));
                }
            }
        }
        out.flush();
        return ids;
    }

    private int report(AppConfig readerConfig, Topics topics, Set<String> ids, Map<String, Integer> refused,
                       int fileCount, PrintWriter out) {
        try (PipelineOutcomes outcomes = new PipelineOutcomes(readerConfig.connectionProperties(), topics, ids)) {
            Set<String> open = outcomes.awaitAll(timeout);
            DemoSummary.print(out, outcomes, refused, fileCount + (resubmitOne ? 1 : 0));
            if (!open.isEmpty()) {
                spec.commandLine().getErr().println("Not accounted for after " + timeout + ": " + open);
            }
            return open.size();
        }
    }

    /** On the secured broker, the office's login is refused a supervisor's topic: the ACLs hold. */
    private static void showOfficeCannotReadRoutedTopics(DemoCluster cluster, Topics topics, PrintWriter out) {
        Map<String, Object> config = new HashMap<>(cluster.loginAs(DemoCluster.OFFICE));
        String topic = topics.routed(Topics.UNASSIGNED);
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(consumer.assignment());
            consumer.poll(Duration.ofSeconds(5));
            out.println("\nACL check: " + DemoCluster.OFFICE + " could read " + topic + " — the ACLs are NOT in force!");
        } catch (AuthorizationException expected) {
            out.println("\nACL check: " + DemoCluster.OFFICE + " reading " + topic + " was refused by the broker, as it should be.");
        }
        out.flush();
    }

    private void awaitCtrlC(PrintWriter out, String bootstrap) throws InterruptedException {
        out.println("\nStill running. Try: bin/reportflow supervise --bootstrap-server " + bootstrap
                + " --department emergency_management --from-beginning   (Ctrl-C here to stop)");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        // The JVM halts when the hook returns: it waits until call() has closed the app and broker.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                cleanedUp.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reportflow-demo-stop"));
        stop.await();
    }

    private static Path defaultSamples() {
        String home = System.getProperty("reportflow.home");
        return (home != null ? Path.of(home) : Path.of(".")).resolve("samples");
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
