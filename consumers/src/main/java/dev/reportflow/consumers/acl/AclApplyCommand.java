package dev.reportflow.consumers.acl;

import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AclBinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Creates the ACLs for the roles in FILE (JSON: offices, supervisors per department, auditors,",
                "streamsApp). Creating an ACL that exists is harmless, so the command can run again after each",
                "change of the file. It only adds: remove a person's access with kafka-acls --remove."})
public final class AclApplyCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The access mapping (JSON).")
    Path file;

    @Option(names = "--dry-run", description = "Print the ACLs without creating them.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        AppConfig config = connection.load("reportflow-consumers.properties");
        List<AclBinding> bindings = AclPlan.of(AccessMapping.read(file), Topics.from(config.asMap()));
        PrintWriter out = spec.commandLine().getOut();
        bindings.forEach(binding -> out.println(AclPlan.describe(binding)));
        if (!dryRun) {
            try (Admin admin = new KafkaClients(config).admin()) {
                admin.createAcls(bindings).all().get();
            }
        }
        out.println((dryRun ? "Would create " : "Created ") + bindings.size() + " ACL(s).");
        out.flush();
        return 0;
    }
}
