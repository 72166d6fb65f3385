package dev.reportflow.web;

import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.producers.submit.SubmissionClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reportflow serve}: the HTTP intake, the supervisors' page, metrics and health, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP intake (POST /submissions), the supervisors' page (/), traces (/trace/ID),",
                "Prometheus metrics (/metrics) and health (/health) on one port.",
                "The submission settings come from reportflow-submit.properties, the reading ones from "
                        + "reportflow-consumers.properties; --config, REPORTFLOW_* and -D apply to both."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface, as in a container).")
    String bind;

    @Option(names = "--sections-per-department", defaultValue = "500",
            description = "How many of each department's latest sections the page keeps in memory (default: ${DEFAULT-VALUE}).")
    int sectionsPerDepartment;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        WebServer server;
        try {
            server = WebServer.start(new WebServer.Settings(bind, port, sectionsPerDepartment),
                    connection.load(SubmissionClient.CONFIG_RESOURCE), connection.load(WebServer.READ_CONFIG_RESOURCE));
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("reportflow serve: cannot start: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "reportflow-serve-shutdown"));
        spec.commandLine().getOut().println("reportflow serve: http://" + bind + ":" + server.port() + "/");
        spec.commandLine().getOut().flush();
        server.awaitStop();
        return 0;
    }
}
