package dev.reportflow.streams.topics;

import dev.reportflow.cli.ExitCodes;
import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.streams.app.ReportRouter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reportflow topics create|check}: the admin step that creates reportflow's topics. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create (create) or check (check) reportflow's topics, sized by reportflow.topics.* properties.")
public final class TopicsCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Parameters(index = "0", paramLabel = "create|check")
    String action;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AppConfig config = connection.load(ReportRouter.CONFIG_RESOURCE);
        TopicSetup setup = new TopicSetup(config);
        try (Admin admin = Admin.create(config.connectionProperties())) {
            switch (action) {
                case "create" -> {
                    List<String> created = setup.createMissing(admin, setup.required());
                    spec.commandLine().getOut().println("Created " + created.size() + " topics" + (created.isEmpty() ? "" : ": " + created));
                    return 0;
                }
                case "check" -> {
                    var missing = setup.missing(admin, setup.required());
                    spec.commandLine().getOut().println(missing.isEmpty() ? "All topics exist." : "Missing: " + missing);
                    return missing.isEmpty() ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
                }
                default -> {
                    spec.commandLine().getErr().println("Unknown action '" + action + "': use create or check.");
                    return ExitCodes.USAGE;
                }
            }
        }
    }
}
