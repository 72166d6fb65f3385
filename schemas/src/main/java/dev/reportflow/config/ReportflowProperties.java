package dev.reportflow.config;

import static org.apache.kafka.common.config.ConfigDef.Importance.HIGH;
import static org.apache.kafka.common.config.ConfigDef.Importance.LOW;
import static org.apache.kafka.common.config.ConfigDef.Importance.MEDIUM;
import static org.apache.kafka.common.config.ConfigDef.Type.BOOLEAN;
import static org.apache.kafka.common.config.ConfigDef.Type.DOUBLE;
import static org.apache.kafka.common.config.ConfigDef.Type.INT;
import static org.apache.kafka.common.config.ConfigDef.Type.LONG;
import static org.apache.kafka.common.config.ConfigDef.Type.STRING;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Range;

/**
 * Every {@code reportflow.*} property, declared once, in Kafka's own {@link ConfigDef}: name, type,
 * default, validator, importance and documentation. Kafka's client and Streams properties are not
 * declared here: Kafka validates those itself.
 *
 * <p>To add a property, add one {@code .define(...)} line to {@link #DEFINITION}, then regenerate
 * docs/configuration.md ({@code mvn -B -o -pl schemas -am test -Dtest=ConfigurationReferenceTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dreportflow.config.snapshot=true}). A key that is not
 * declared stops every command that is given it, and {@link AppConfig#get} refuses to read it.
 */
public final class ReportflowProperties {

    public static final String PREFIX = "reportflow.";

    public static final ConfigDef DEFINITION = new ConfigDef()
            // Submission limits: the client, the HTTP intake and the streams app apply the same ones.
            .define("reportflow.submission.max-bytes", LONG, 4L << 20, Range.atLeast(1), HIGH, "Larger files are refused by the client and the HTTP intake, and rejected as OVERSIZED by the streams app. Keep it below the broker's message.max.bytes.")
            .define("reportflow.submission.max-expanded-bytes", LONG, 32L << 20, Range.atLeast(1), MEDIUM, "A Word file or OFD whose parts unzip, or a PDF whose streams inflate, to more bytes than this is OVERSIZED; measured while streaming, before the file is parsed.")
            .define("reportflow.submission.max-lines", INT, 50_000, Range.atLeast(1), MEDIUM, "A text with more lines (a Word file's paragraphs and table rows) is TOO_MANY_LINES.")
            .define("reportflow.submission.max-pages", INT, 500, Range.atLeast(1), MEDIUM, "A PDF or OFD with more pages is TOO_MANY_LINES, refused before any page is read.")
            .define("reportflow.submission.max-reports", INT, 200, Range.atLeast(1), MEDIUM, "A submission in which more reports are found is TOO_MANY_REPORTS.")
            .define("reportflow.submission.max-deliveries", INT, 3_000, Range.atLeast(1), MEDIUM, "A submission that would make more routed copies is TOO_MANY_DELIVERIES.")
            .define("reportflow.submission.max-office-chars", INT, 100, Range.atLeast(1), MEDIUM, "Longer office names (in characters), blank ones and ones holding control characters are refused (INVALID_OFFICE, NO_OFFICE).")
            // Routing and duplicates.
            .define("reportflow.routing.min-confidence", DOUBLE, 0.5, Range.between(0.0, 1.0), HIGH, "A report whose confidence (issuer evidence times how plainly the text is a report) is below this goes, all of it, to routed.unassigned for a person to triage.")
            .define("reportflow.routing.min-unit-confidence", DOUBLE, 0.35, Range.between(0.0, 1.0), HIGH, "A routed unit (section) whose confidence, the lesser of its report's and its departments' (how plainly its heading and words name a line of work), is below this goes alone to routed.unassigned (待人工分办: a person triages it), with routingReason low-unit-confidence and the words and scores behind it; the report's other units are routed. 0.35 is the middle of the range (0.25-0.50) in which, on the corpus's dev part, only wrong units wait: a people's government's unit that no word tied to a line of work (0.2), or a unit with no department at all (0). `reportflow eval` prints what other values would do. 0: no unit waits on its own.")
            .define("reportflow.dedupe.ttl", STRING, "P400D", Validators.POSITIVE_DURATION, HIGH, "How long a content hash is remembered for DUPLICATE detection (ISO-8601 duration).")
            // Corrections.
            .define("reportflow.corrections.window", STRING, "P400D", Validators.POSITIVE_DURATION, HIGH, "How long after its classification a report and its routed copies can be corrected. The streams app then forgets them (from its stores and their changelogs, so a restore stays that size) and refuses a later correction as CORRECTION_REFUSED with correctionWindow set. The default, a reporting year plus a margin, matches reportflow.dedupe.ttl; a window longer than the TTL refuses corrections of forgotten decisions without naming the window (ISO-8601 duration).")
            // Restarts.
            .define("reportflow.streams.static-membership", BOOLEAN, true, MEDIUM, "Derive Kafka's group.instance.id (static membership) from the instance's state directory: an id created once in <state.dir>/<application.id>/reportflow-instance-id, which Kafka Streams locks to one running instance, so that an instance restarted on the same host after a crash takes its place in the group at once instead of waiting for its old session (session.timeout.ms) to expire. An explicit group.instance.id (also consumer. or main.consumer.-prefixed) wins; ignored under group.protocol=streams, which has no static membership. A copy of a state directory carries the id: two instances started from copies fence each other (the one fenced stops, with an error saying so). false: dynamic membership, as before.")
            // Health of `streams --metrics-port`, and its start.
            .define("reportflow.health.max-rebalancing", STRING, "PT10M", Validators.POSITIVE_DURATION, MEDIUM, "How long /health reports REBALANCING (assigning or restoring tasks) as healthy; past it, 503, so that an orchestrator restarts the instance (ISO-8601 duration).")
            .define("reportflow.health.max-thread-deaths", INT, 2, Range.atLeast(0), MEDIUM, "/health answers 503 once more stream threads than this died within reportflow.health.thread-death-window.")
            .define("reportflow.health.thread-death-window", STRING, "PT10M", Validators.POSITIVE_DURATION, MEDIUM, "The window of reportflow.health.max-thread-deaths (ISO-8601 duration).")
            .define("reportflow.startup.check-timeout-ms", INT, 15_000, Range.atLeast(1), LOW, "How long `streams` waits for the cluster at start before it exits (exit code 3).")
            // Topic layout, used by `topics create`.
            .define("reportflow.topics.partitions", INT, 6, Range.atLeast(1), HIGH, "Partitions of the intake, classified, rejected and corrections topics; they bound the parallelism.")
            .define("reportflow.topics.routed-partitions", INT, 1, Range.atLeast(1), MEDIUM, "Partitions of each routed.<department> topic: each carries a small share of the traffic, and every partition written in a transaction costs a commit marker.")
            .define("reportflow.topics.replication-factor", INT, 1, Range.between(1, (int) Short.MAX_VALUE), HIGH, "Replication factor of reportflow's topics (3 on a production cluster; the streams app's internal topics take Kafka's replication.factor).")
            .define("reportflow.topics.routed-retention-ms", LONG, 365L * 24 * 3600 * 1000, Range.atLeast(-1), MEDIUM, "retention.ms of the routed topics (-1: forever).")
            .define("reportflow.topics.max-message-bytes", INT, 8 << 20, Range.atLeast(1), LOW, "max.message.bytes of reportflow's topics.")
            // Topic names, so that one cluster can host several environments.
            .define("reportflow.topics.submitted", STRING, "reports.submitted", Validators.TOPIC_NAME, LOW, "The intake topic.")
            .define("reportflow.topics.classified", STRING, "reports.classified", Validators.TOPIC_NAME, LOW, "One record per classified report.")
            .define("reportflow.topics.rejected", STRING, "reports.rejected", Validators.TOPIC_NAME, LOW, "One record per rejected submission or refused correction.")
            .define("reportflow.topics.routing-rules", STRING, "routing.rules", Validators.TOPIC_NAME, LOW, "Runtime routing rules (compacted).")
            .define("reportflow.topics.corrections", STRING, "routing.corrections", Validators.TOPIC_NAME, LOW, "Routing corrections of the triage clerks.")
            .define("reportflow.topics.audit-checkpoints", STRING, "audit.checkpoints", Validators.TOPIC_NAME, LOW, "The auditors' hash-chain checkpoints.")
            .define("reportflow.topics.routed-prefix", STRING, "routed.", Validators.TOPIC_NAME, LOW, "Prefix of the routed topics: <prefix><department code>.")
            // Audit.
            .define("reportflow.audit.hmac-key-file", STRING, "", LOW, "File holding the HMAC key of audit checkpoints, read when REPORTFLOW_AUDIT_HMAC_KEY is not set. Keep it outside the repository, readable by auditors only.")
            // The history store (PostgreSQL): `history sink`, `search`, `trace --from-store`, serve's /history.
            .define("reportflow.history.jdbc-url", STRING, "", HIGH, "The history store, e.g. jdbc:postgresql://db:5432/reportflow. Empty: no store (search and trace --from-store refuse, serve's /history answers 503).")
            .define("reportflow.history.user", STRING, "reportflow", MEDIUM, "The history store's database login.")
            .define("reportflow.history.password", STRING, "", MEDIUM, "The history store's password; better from the environment (REPORTFLOW_HISTORY_PASSWORD) than from a file or the command line.")
            .define("reportflow.history.pool-size", INT, 4, Range.atLeast(1), LOW, "Connections to the history store one process keeps open (serve answers searches with them).")
            .define("reportflow.history.statement-timeout-ms", INT, 10_000, Range.atLeast(1), MEDIUM, "A search or trace that runs longer is cancelled by the database (serve answers 503).")
            .define("reportflow.history.retry-backoff-ms", INT, 2_000, Range.atLeast(0), LOW, "How long the history sink waits before trying the database again after a failure (it pauses its partitions meanwhile).")
            .define("reportflow.history.sink.threads", INT, 2, Range.atLeast(1), MEDIUM, "Consumers one `history sink` process runs, each on its own thread and connection, in one group: the topics' partitions are shared among them, and each stores its partitions' rows with their positions in its own transactions. More than the partitions there are leaves some idle.");

    /**
     * Old spellings still read, each with a warning: the topic names were {@code reportflow.topic.*}
     * while the topic layout was {@code reportflow.topics.*}, one letter apart.
     */
    public static final Map<String, String> DEPRECATED_ALIASES = Map.of(
            "reportflow.topic.submitted", "reportflow.topics.submitted",
            "reportflow.topic.classified", "reportflow.topics.classified",
            "reportflow.topic.rejected", "reportflow.topics.rejected",
            "reportflow.topic.routing-rules", "reportflow.topics.routing-rules",
            "reportflow.topic.corrections", "reportflow.topics.corrections",
            "reportflow.topic.audit-checkpoints", "reportflow.topics.audit-checkpoints",
            "reportflow.topic.routed-prefix", "reportflow.topics.routed-prefix");

    /** A near miss is at most this many edits (insertions, deletions, substitutions, swaps) away. */
    private static final int NEAR_MISS_EDITS = 3;

    private ReportflowProperties() {
    }

    public static boolean isOwn(String key) {
        return key.startsWith(PREFIX);
    }

    public static boolean isDeclared(String key) {
        return DEFINITION.names().contains(key);
    }

    /** The declared property closest to {@code unknown}, when it is a likely typo of one. */
    public static Optional<String> closest(String unknown) {
        return DEFINITION.names().stream()
                .filter(name -> EditDistance.between(unknown, name) <= NEAR_MISS_EDITS)
                .min(Comparator.comparingInt((String name) -> EditDistance.between(unknown, name)).thenComparing(name -> name));
    }
}
