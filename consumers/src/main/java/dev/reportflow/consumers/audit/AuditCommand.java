package dev.reportflow.consumers.audit;

import dev.reportflow.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Proves the intake and corrections logs unchanged: a SHA-256 hash chain per partition, checkpointed and verified.",
        subcommands = {AuditCheckpointCommand.class, AuditVerifyCommand.class})
public final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
