package dev.reportflow.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.TimeoutException;
import picocli.CommandLine;

/**
 * What every reportflow command's exit code means, so that a script or an orchestrator can tell a
 * mistyped command from an unreachable cluster from a failed check. Listed in every command's
 * {@code --help} and in the README.
 */
public final class ExitCodes {

    public static final int OK = 0;
    /** What was asked could not be done (a file refused, a correction refused), or a defect of reportflow (with its stack trace). */
    public static final int INTERNAL_ERROR = 1;
    /** An unknown option or argument, an unknown or invalid property: nothing was done. */
    public static final int USAGE = 2;
    /** The Kafka cluster did not answer in time. */
    public static final int UNREACHABLE = 3;
    /** A check ran and failed: {@code audit verify} found a broken chain, {@code topics check} missing topics. */
    public static final int VERIFICATION_FAILED = 4;

    private static final Map<String, String> MEANINGS = meanings();

    private ExitCodes() {
    }

    /**
     * Lists the exit codes under every command's help and maps the exceptions of a configuration
     * error and of an unreachable cluster to their codes, with a one-line message instead of a stack
     * trace. Call it once the subcommands are added.
     */
    public static CommandLine install(CommandLine commandLine) {
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            ConfigException configError = find(exception, ConfigException.class);
            if (configError != null) {
                failed.getErr().println(name(failed) + ": " + configError.getMessage());
                return USAGE;
            }
            TimeoutException timeout = find(exception, TimeoutException.class);
            if (timeout != null) {
                failed.getErr().println(name(failed) + ": the Kafka cluster did not answer in time (" + timeout.getMessage()
                        + "). Check --bootstrap-server and the security settings.");
                return UNREACHABLE;
            }
            throw exception;
        });
        listUnderHelp(commandLine);
        return commandLine;
    }

    private static void listUnderHelp(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(MEANINGS);
        commandLine.getSubcommands().values().forEach(ExitCodes::listUnderHelp);
    }

    private static String name(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Map<String, String> meanings() {
        Map<String, String> meanings = new LinkedHashMap<>();
        meanings.put(" " + OK, "done");
        meanings.put(" " + INTERNAL_ERROR, "failed: what was asked could not be done (a file or a correction refused…), or a defect of reportflow (with its stack trace)");
        meanings.put(" " + USAGE, "usage or configuration error: unknown option, unknown or invalid property");
        meanings.put(" " + UNREACHABLE, "the Kafka cluster cannot be reached");
        meanings.put(" " + VERIFICATION_FAILED, "a check failed (audit verify: a broken chain; topics check: missing topics)");
        return meanings;
    }
}
