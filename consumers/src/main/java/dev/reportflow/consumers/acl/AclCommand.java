package dev.reportflow.consumers.acl;

import dev.reportflow.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "acl", mixinStandardHelpOptions = true,
        description = "Grants each role (offices, supervisors, auditors, the streams app) what it needs on a secured cluster.",
        subcommands = AclApplyCommand.class)
public final class AclCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
