package dev.reportflow.consumers.supervise;

import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.Departments;
import dev.reportflow.consumers.common.IsoTimeConverter;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.Output;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "supervise", mixinStandardHelpOptions = true,
        description = {"Shows the report sections routed to one department, for its supervisors.",
                "Each supervisor has a consumer group, so the next run continues where the last one stopped."})
public final class SuperviseCommand implements Callable<Integer> {

    static final String CONFIG = "reportflow-consumers.properties";

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Option(names = "--department", required = true, paramLabel = "CODE", description = "Department code, e.g. finance.")
    String department;

    @Option(names = "--from-beginning", description = "Start from the first section on the topic, whatever this group read before.")
    boolean fromBeginning;

    @Option(names = "--follow", description = "Keep waiting for new sections (Ctrl-C to stop) instead of exiting at the end.")
    boolean follow;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv|markdown",
            description = "Output format (default: ${DEFAULT-VALUE}); json writes one object per line.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (UTF-8) instead of the terminal.")
    Path out;

    @Option(names = "--role", split = ",", paramLabel = "ROLE", converter = RoleConverter.class,
            description = "Only sections with these roles: REVIEW, PROBLEMS, PLAN, HIGHLIGHTS, OTHER.")
    List<SectionRole> roles = new ArrayList<>();

    @Option(names = "--level", split = ",", paramLabel = "LEVEL",
            description = "Only reports from issuers at these levels, e.g. county,township.")
    List<String> levels = new ArrayList<>();

    @Option(names = "--office", paramLabel = "NAME", description = "Only reports whose office or issuer name contains NAME.")
    String office;

    @Option(names = "--since", paramLabel = "ISO_TIME", converter = IsoTimeConverter.class,
            description = "Only reports received at or after this time.")
    Instant since;

    @Option(names = "--until", paramLabel = "ISO_TIME", converter = IsoTimeConverter.class,
            description = "Only reports received before this time.")
    Instant until;

    @Option(names = "--group", paramLabel = "NAME",
            description = "Consumer group (default: reportflow-supervisor-<CODE>-<user name>).")
    String group;

    @Option(names = "--max-lines", defaultValue = "20", paramLabel = "N",
            description = "Lines of section text shown in text and markdown output; 0 shows all (default: ${DEFAULT-VALUE}).")
    int maxLines;

    @Option(names = "--width", defaultValue = "100", paramLabel = "COLUMNS", description = "Text output width (default: ${DEFAULT-VALUE}).")
    int width;

    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        AppConfig config = connection.load(CONFIG);
        KafkaClients clients = new KafkaClients(config);
        Topics topics = Topics.from(config.asMap());
        String topic = topics.routed(department);
        checkDepartment(clients, topics, topic);

        SectionFilter filter = new SectionFilter(Set.copyOf(roles), Set.copyOf(levels), office, since, until);
        String groupId = group != null ? group : defaultGroup(department);
        try (KafkaConsumer<byte[], byte[]> consumer = clients.consumer(Map.of(ConsumerConfig.GROUP_ID_CONFIG, groupId));
             PrintWriter writer = Output.open(out, spec.commandLine().getOut())) {
            SupervisorFeed feed = new SupervisorFeed(consumer, topic, filter, format.writer(writer, width, maxLines),
                    Duration.ofSeconds(60));
            if (follow) {
                stopOnShutdown(feed);
            }
            SupervisorFeed.Result result = feed.run(fromBeginning, follow);
            spec.commandLine().getErr().printf("%d section(s) shown of %d read from %s (group %s)%s%n",
                    result.written(), result.read(), topic, groupId,
                    result.undecodable() > 0 ? "; " + result.undecodable() + " undecodable record(s) skipped" : "");
        } finally {
            closed.countDown();
        }
        return 0;
    }

    /** Ctrl-C ends a follow run cleanly: the feed stops, and the JVM waits until the consumer has left its group. */
    private void stopOnShutdown(SupervisorFeed feed) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            feed.stop();
            try {
                closed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "supervise-stop"));
    }

    /** An unknown code is a usage error (exit 2); a known one without its topic is a deployment problem. */
    private void checkDepartment(KafkaClients clients, Topics topics, String topic) throws Exception {
        Set<String> existing;
        try (Admin admin = clients.admin()) {
            existing = admin.listTopics().names().get();
        }
        Departments known = Departments.known(topics, existing);
        if (!known.contains(department)) {
            Set<String> close = known.closeTo(department);
            throw new ParameterException(spec.commandLine(), "Unknown department code '" + department + "'. "
                    + (close.isEmpty() ? "Known codes: " + String.join(", ", known.codes())
                    : "Did you mean: " + String.join(", ", close) + "?"));
        }
        if (!existing.contains(topic)) {
            throw new IllegalStateException("Topic " + topic + " is not visible: it does not exist yet, or your user "
                    + "may not read it. Ask the operator.");
        }
    }

    static String defaultGroup(String department) {
        String user = System.getProperty("user.name", "unknown").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        return groupPrefix(department) + user;
    }

    /** Every supervisor group of a department starts with this; ACLs grant it as a prefix. */
    public static String groupPrefix(String department) {
        return "reportflow-supervisor-" + department + "-";
    }

    /** Role names in any case, so that --role problems,plan works. */
    static final class RoleConverter implements ITypeConverter<SectionRole> {
        @Override
        public SectionRole convert(String value) {
            try {
                return SectionRole.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a role; use one of "
                        + Arrays.stream(SectionRole.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
    }
}
