package dev.reportflow.consumers.trace;

import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.AvroJson;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import dev.reportflow.history.trace.StoredTrace;
import dev.reportflow.history.trace.StoredTraceRenderer;
import dev.reportflow.history.trace.StoredTraces;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Shows the path of one submission: received, classified (or rejected), and which sections went to which department.",
                "Exit code 1 when nothing names the submission."})
public final class TraceCommand implements Callable<Integer> {

    /** How the trace is printed. */
    enum Format { text, json }

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUBMISSION_ID", description = "The id on the office's receipt.")
    String submissionId;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--from-store", description = "Answer from the history store (reportflow.history.jdbc-url): "
            + "two index lookups instead of a scan of every output topic.")
    boolean fromStore;

    @Override
    public Integer call() throws Exception {
        if (fromStore) {
            return fromStore();
        }
        AppConfig config = connection.load("reportflow-consumers.properties");
        KafkaClients clients = new KafkaClients(config);
        Set<String> existing;
        try (Admin admin = clients.admin()) {
            existing = admin.listTopics().names().get();
        }
        SubmissionTrace trace;
        try (KafkaConsumer<byte[], byte[]> consumer = clients.groupLessConsumer()) {
            trace = new SubmissionTracer(new TopicScanner(consumer), Topics.from(config.asMap()), existing).trace(submissionId);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(AvroJson.MAPPER.writeValueAsString(TraceRenderer.json(trace)));
            out.flush();
        } else {
            TraceRenderer.text(trace, out);
        }
        return trace.status() == SubmissionTrace.Status.UNKNOWN ? 1 : 0;
    }

    private int fromStore() throws Exception {
        StoredTrace trace;
        try (HistoryDatabase database = HistoryDatabase.open(HistorySettings.from(connection.load(HistorySettings.RESOURCE)))) {
            trace = new StoredTraces(database).trace(submissionId);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(AvroJson.MAPPER.writeValueAsString(StoredTraceRenderer.json(trace)));
            out.flush();
        } else {
            StoredTraceRenderer.text(trace, out);
        }
        return trace.found() ? 0 : 1;
    }
}
