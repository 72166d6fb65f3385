package dev.reportflow.web;

import dev.reportflow.cli.ExitCodes;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.web.auth.LoginSettings;
import dev.reportflow.web.auth.OidcSettings;
import dev.reportflow.web.auth.Users;
import dev.reportflow.web.auth.UsersFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reportflow serve}: the HTTP intake, the supervisors' page, metrics and health, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP intake (POST /submissions), the supervisors' page (/), traces (/trace/ID),",
                "Prometheus metrics (/metrics) and health (/health) on one port. Everything but /login and /health",
                "needs a login of the users file (reportflow users add); without one serve listens on loopback only.",
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

    @Option(names = "--users", paramLabel = "FILE",
            description = "The users file (JSON, written by `reportflow users add`); required unless --bind is a loopback address.")
    Path usersFile;

    @Option(names = "--oidc", paramLabel = "FILE",
            description = "Single sign-on with the organisation's OpenID Connect provider: its settings and which of its groups"
                    + " make which login (JSON; the client secret from " + OidcSettings.SECRET_VARIABLE + ").")
    Path oidcFile;

    @Option(names = "--behind-tls-proxy",
            description = "serve is reached through a proxy that terminates HTTPS: session cookies are marked Secure.")
    boolean behindTlsProxy;

    @Option(names = "--metrics-public", description = "Serve /metrics without a login (otherwise a monitor's or an auditor's login).")
    boolean metricsPublic;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        WebServer server;
        try {
            Users users = usersFile == null ? Users.NONE : UsersFile.read(usersFile);
            OidcSettings oidc = oidcFile == null ? null : OidcSettings.read(oidcFile, System.getenv());
            LoginSettings logins = new LoginSettings(users, oidc, behindTlsProxy, metricsPublic);
            server = WebServer.start(new WebServer.Settings(bind, port, sectionsPerDepartment, Duration.ofSeconds(30), logins),
                    connection.load(SubmissionClient.CONFIG_RESOURCE), connection.load(WebServer.READ_CONFIG_RESOURCE));
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("reportflow serve: cannot start: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "reportflow-serve-shutdown"));
        spec.commandLine().getOut().println("reportflow serve: http://" + bind + ":" + server.port() + "/");
        spec.commandLine().getOut().flush();
        server.awaitStop();
        return 0;
    }
}
