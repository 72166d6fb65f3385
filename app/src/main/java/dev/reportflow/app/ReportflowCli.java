package dev.reportflow.app;

import dev.reportflow.classifier.cli.EvalCommand;
import dev.reportflow.classifier.cli.OutlineCheckCommand;
import dev.reportflow.cli.ExitCodes;
import dev.reportflow.consumers.acl.AclCommand;
import dev.reportflow.consumers.audit.AuditCommand;
import dev.reportflow.consumers.correct.CorrectCommand;
import dev.reportflow.consumers.replay.ReplayCommand;
import dev.reportflow.consumers.suggest.RulesSuggestCommand;
import dev.reportflow.consumers.supervise.SuperviseCommand;
import dev.reportflow.consumers.trace.TraceCommand;
import dev.reportflow.consumers.triage.TriageCommand;
import dev.reportflow.documents.cli.ClassifyCommand;
import dev.reportflow.history.cli.HistoryCommand;
import dev.reportflow.history.cli.SearchCommand;
import dev.reportflow.producers.submit.SubmitCommand;
import dev.reportflow.streams.rules.RulesCommand;
import dev.reportflow.streams.topics.TopicsCommand;
import dev.reportflow.web.ServeCommand;
import dev.reportflow.web.auth.UsersCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code reportflow}: one entry for every subcommand. The production commands are declared here; the
 * tools add-on's ({@code demo}, {@code broker}, {@code bench}) are found on the class path (ToolsAddOn).
 */
@Command(name = "reportflow", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Intake and routing of submitted work reports on Kafka.",
        subcommands = {TopicsCommand.class, StreamsCommand.class,
                SubmitCommand.class, SuperviseCommand.class, RulesCommand.class, CorrectCommand.class, TriageCommand.class,
                ServeCommand.class, UsersCommand.class, SearchCommand.class, HistoryCommand.class,
                TraceCommand.class, ReplayCommand.class, AuditCommand.class, AclCommand.class,
                ClassifyCommand.class, EvalCommand.class, OutlineCheckCommand.class})
public final class ReportflowCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ReportflowCli());
        ToolsAddOn.addTo(cli);
        // `rules suggest` reads corrections and replays history, so it lives with the other readers
        // (consumers), which the streams app's `rules` command does not depend on. Added before the
        // exit codes are installed, so that it gets them too.
        cli.getSubcommands().get("rules").addSubcommand(new RulesSuggestCommand());
        cli.addSubcommand(new CommandLine.HelpCommand());
        return ExitCodes.install(cli.setCaseInsensitiveEnumValuesAllowed(true));
    }
}
