package dev.reportflow.streams.app;

import dev.reportflow.config.ConnectionOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reportflow streams}: runs the routing topology until stopped (Ctrl-C or SIGTERM). */
@Command(name = "streams", mixinStandardHelpOptions = true,
        description = "Run the Kafka Streams app that validates, classifies and routes submissions.")
public final class StreamsCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ReportRouter router;
        try {
            router = ReportRouter.start(connection.load(ReportRouter.CONFIG_RESOURCE));
        } catch (ReportRouter.StartupException e) {
            spec.commandLine().getErr().println("reportflow streams: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(router::close, "reportflow-streams-shutdown"));
        router.awaitStop();
        return router.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 1 : 0;
    }
}
