package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `reportflow streams` refuses to start, with a message that says why, instead of hanging. */
class StreamsStartupIT {

    @Test
    void exitsWithAClearMessageWhenTheBrokerCannotBeReached() {
        Run run = streams("--bootstrap-server", "127.0.0.1:1", "--command-property", "reportflow.startup.check-timeout-ms=1500");

        assertThat(run.exitCode).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(run.err).contains("Cannot reach Kafka at 127.0.0.1:1");
    }

    @Test
    void exitsWithAClearMessageWhenTopicsAreMissing() {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh()) {
            Run run = streams("--bootstrap-servers", broker.bootstrapServers());

            assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err).contains("Topics are missing").contains("reports.submitted").contains("reportflow topics create");
        }
    }

    private static Run streams(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StreamsCommand());
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, err.toString());
    }

    private record Run(int exitCode, String err) {
    }
}
