package dev.reportflow.consumers.triage;

import dev.reportflow.cli.ExitCodes;
import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "triage", mixinStandardHelpOptions = true,
        description = {"Lists the reports waiting on routed.unassigned, oldest first: why each is there, the classifier's",
                "best guesses, and the `reportflow correct` command that routes each unit. Reads only; commits nothing."})
public final class TriageCommand implements Callable<Integer> {

    /** How the queue is printed. */
    enum Format { text, json }

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}); json prints one object per report and line.")
    Format format;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Show at most N reports (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--by", defaultValue = "${sys:user.name}", paramLabel = "NAME",
            description = "The clerk named in the suggested correct commands (default: your login).")
    String clerk;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            spec.commandLine().getErr().println("reportflow triage: --limit must be at least 1.");
            return ExitCodes.USAGE;
        }
        AppConfig config = connection.load("reportflow-consumers.properties");
        KafkaClients clients = new KafkaClients(config);
        Set<String> existing;
        try (Admin admin = clients.admin()) {
            existing = admin.listTopics().names().get();
        }
        List<PendingReport> waiting;
        try (KafkaConsumer<byte[], byte[]> consumer = clients.groupLessConsumer()) {
            waiting = new TriageQueue(new TopicScanner(consumer), Topics.from(config.asMap()), existing).pending();
        }
        List<PendingReport> shown = waiting.subList(0, Math.min(limit, waiting.size()));
        PrintWriter out = spec.commandLine().getOut();
        TriageRenderer renderer = new TriageRenderer(clerk);
        if (format == Format.json) {
            renderer.json(shown, out);
        } else {
            renderer.text(shown, waiting.size(), out);
        }
        return 0;
    }
}
