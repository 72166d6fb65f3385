package dev.reportflow.app;

import java.util.Map;

/**
 * The subcommands of the tools add-on ({@code demo}, {@code broker}, {@code bench}): they carry the
 * Kafka server (Scala) and JMH, which a production installation must not, so the launcher finds them
 * with {@link java.util.ServiceLoader} when the add-on's jars are on the class path.
 */
public interface ToolCommands {

    /** Subcommand name to a new picocli command object, in the order {@code --help} lists them. */
    Map<String, Object> commands();
}
