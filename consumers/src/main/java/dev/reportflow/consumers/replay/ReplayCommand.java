package dev.reportflow.consumers.replay;

import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.AvroJson;
import dev.reportflow.consumers.common.IsoTimeConverter;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.Output;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.DecisionSettings;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-classifies the submissions of a time window with today's classifier and rules and compares",
                "with what was decided then. Reads only: no consumer group, nothing written to Kafka."})
public final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "ISO_TIME", converter = IsoTimeConverter.class,
            description = "Start of the window (intake time, inclusive).")
    Instant from;

    @Option(names = "--to", required = true, paramLabel = "ISO_TIME", converter = IsoTimeConverter.class,
            description = "End of the window (exclusive).")
    Instant to;

    @Option(names = "--department", paramLabel = "CODE", description = "Only submissions routed to, or issued by, this department then or now.")
    String department;

    @Option(names = "--office", paramLabel = "NAME", description = "Only submissions from offices whose name contains NAME.")
    String office;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON report.")
    Path out;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML page.")
    Path html;

    @Option(names = "--rules-from-topic", description = "Layer the rules on routing.rules over the bundled ones, as the streams app does.")
    boolean rulesFromTopic;

    @Override
    public Integer call() throws Exception {
        if (!from.isBefore(to)) {
            throw new ParameterException(spec.commandLine(), "--from must be before --to");
        }
        AppConfig config = connection.load("reportflow-consumers.properties");
        KafkaClients clients = new KafkaClients(config);
        ReplayReport report;
        try (KafkaConsumer<byte[], byte[]> consumer = clients.groupLessConsumer()) {
            Replay replay = new Replay(new TopicScanner(consumer), Topics.from(config.asMap()),
                    new Decider(DecisionSettings.from(config.asMap())), spec.commandLine().getErr());
            report = replay.run(new Replay.Request(from, to, department, office, rulesFromTopic));
        }
        try (PrintWriter writer = Output.open(out, null)) {
            AvroJson.MAPPER.writeValue(writer, report);
        }
        if (html != null) {
            try (PrintWriter writer = Output.open(html, null)) {
                HtmlReport.write(report, writer);
            }
        }
        spec.commandLine().getErr().printf("%d of %d submission(s) would be decided differently; report in %s%s%n",
                report.summary().changed(), report.summary().compared(), out, html == null ? "" : " and " + html);
        return 0;
    }
}
