package dev.reportflow.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.app.ReportflowCli;
import dev.reportflow.bench.BenchCommand;
import dev.reportflow.tools.demo.DemoCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** With the add-on on the class path (as tools/lib/ puts it), the launcher runs the real tool commands. */
class ToolsTest {

    @Test
    void theLauncherFindsTheAddOnsCommands() {
        CommandLine cli = ReportflowCli.commandLine();

        assertThat((Object) cli.getSubcommands().get("demo").getCommand()).isInstanceOf(DemoCommand.class);
        assertThat((Object) cli.getSubcommands().get("broker").getCommand()).isInstanceOf(BrokerCommand.class);
        assertThat((Object) cli.getSubcommands().get("bench").getCommand()).isInstanceOf(BenchCommand.class);
        assertThat(cli.getUsageMessage()).doesNotContain("not installed");
    }
}
