package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The launcher's own behaviour, on app's class path, which (like the release's lib/) has no tools add-on. */
class ReportflowCliTest {

    @Test
    void versionIsTheOneMavenBuilt() {
        StringWriter out = new StringWriter();
        CommandLine cli = ReportflowCli.commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("--version")).isZero();
        assertThat(out.toString()).startsWith("reportflow " + System.getProperty("reportflow.expected-version") + System.lineSeparator());
        assertThat(System.getProperty("reportflow.expected-version")).isNotBlank();
    }

    @Test
    void aToolCommandWithoutTheAddOnSaysWhatIsMissingAndHowToGetIt() {
        StringWriter err = new StringWriter();
        CommandLine cli = ReportflowCli.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("demo", "--input", "samples", "--secured");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("reportflow demo: this command is in the tools add-on")
                .contains("reportflow-tools-" + Version.current() + ".tar.gz");
    }

    @Test
    void helpListsTheToolCommandsAsNotInstalled() {
        String help = ReportflowCli.commandLine().getUsageMessage();

        assertThat(help).contains("streams", "submit", "serve");
        for (String tool : ToolsAddOn.TOOLS.keySet()) {
            assertThat(help).containsPattern("(?m)^\\s+" + tool + "\\s+\\[tools add-on, not installed]");
        }
    }
}
