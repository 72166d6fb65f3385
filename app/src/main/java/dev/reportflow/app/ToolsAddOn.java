package dev.reportflow.app;

import dev.reportflow.cli.ExitCodes;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Adds the tools add-on's subcommands to the command line: the real ones when the add-on is
 * installed, else stand-ins under the same names that say what is missing and how to get it, so that
 * {@code reportflow demo} on a production installation explains itself instead of "unknown command".
 */
final class ToolsAddOn {

    /** The add-on's commands, with what each needs it for; listed by --help even when it is absent. */
    static final Map<String, String> TOOLS = toolSummaries();

    private ToolsAddOn() {
    }

    private static Map<String, String> toolSummaries() {
        Map<String, String> tools = new LinkedHashMap<>();
        tools.put("demo", "the pipeline end to end on an embedded Kafka broker");
        tools.put("broker", "a single-node Kafka broker in-process");
        tools.put("bench", "the benchmarks (JMH and an embedded broker)");
        return tools;
    }

    static void addTo(CommandLine cli) {
        Map<String, Object> installed = new LinkedHashMap<>();
        ServiceLoader.load(ToolCommands.class).forEach(tools -> installed.putAll(tools.commands()));
        TOOLS.forEach((name, summary) -> cli.addSubcommand(name, installed.containsKey(name)
                ? installed.remove(name) : missing(name, summary)));
        installed.forEach(cli::addSubcommand);
    }

    private static CommandLine missing(String name, String summary) {
        CommandLine command = new CommandLine(new Missing(name));
        command.getCommandSpec().usageMessage().description(
                "[tools add-on, not installed] " + summary + ": needs reportflow-tools-" + Version.current() + ".tar.gz.");
        return command;
    }

    /** Stands in for a tool command whose jars are not on the class path. */
    @Command
    static final class Missing implements Callable<Integer> {

        private final String name;

        @Unmatched
        List<String> arguments;

        @Spec
        CommandSpec spec;

        Missing(String name) {
            this.name = name;
        }

        @Override
        public Integer call() {
            String addOn = "reportflow-tools-" + Version.current() + ".tar.gz";
            String home = System.getProperty("reportflow.home");
            String unpack = home == null || Path.of(home).getParent() == null ? "unpack " + addOn + " where this release was unpacked"
                    : "tar -xzf " + addOn + " -C " + Path.of(home).getParent();
            spec.commandLine().getErr().println("reportflow " + name + ": this command is in the tools add-on ("
                    + TOOLS.get(name) + "), which is not installed here: a production installation carries neither the "
                    + "Kafka server nor JMH. To add it: " + unpack + " (it adds tools/lib/ beside lib/).");
            return ExitCodes.USAGE;
        }
    }
}
