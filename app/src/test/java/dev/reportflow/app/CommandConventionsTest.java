package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The conventions every command shares, through the real entry point: exit codes that tell a usage
 * or configuration error from a crash, and reportflow.* keys checked before anything connects.
 */
class CommandConventionsTest {

    @Test
    void aMistypedPropertyStopsStreamsNamingTheKeyAndTheKnownOne() {
        Run run = reportflow("streams", "-D", "reportflow.dedupe.tll=P1D");

        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("reportflow streams: Unknown configuration property 'reportflow.dedupe.tll'")
                .contains("did you mean 'reportflow.dedupe.ttl'?")
                .doesNotContain("\tat "); // a message, not a stack trace
    }

    @Test
    void anInvalidValueStopsTheCommandNamingTheKey() {
        Run run = reportflow("topics", "create", "--command-property", "reportflow.topics.partitions=0");

        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("reportflow topics: Invalid value 0 for configuration reportflow.topics.partitions");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = reportflow("streams", "--bootstrap-sever", "kafka1:9092");

        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("--bootstrap-sever");
    }

    @Test
    void everyCommandsHelpListsTheExitCodes() {
        for (String command : new String[]{"streams", "submit", "supervise", "audit", "correct"}) {
            StringWriter out = new StringWriter();
            CommandLine cli = ReportflowCli.commandLine();
            cli.setOut(new PrintWriter(out, true));

            assertThat(cli.execute(command, "--help")).isEqualTo(ExitCodes.OK);
            assertThat(out.toString()).as(command).contains("Exit codes:")
                    .contains("2   usage or configuration error").contains("3   the Kafka cluster cannot be reached")
                    .contains("4   a check failed");
        }
    }

    private static Run reportflow(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = ReportflowCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, err.toString());
    }

    private record Run(int exitCode, String err) {
    }
}
