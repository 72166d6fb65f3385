package dev.reportflow.consumers.audit;

import dev.reportflow.cli.ExitCodes;
import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes the hash chain of every partition of the intake and corrections topics from its first",
                "record and compares it with every checkpoint. Exit code 4 at a break (partition, offset), 0 when intact."})
public final class AuditVerifyCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "The one log to verify (default: the intake and the corrections topics).")
    String topic;

    @Option(names = "--against", paramLabel = "TOPIC",
            description = "Use the checkpoints taken of this topic (default: the verified topic itself), e.g. to check a copy or a restore.")
    String against;

    @Override
    public Integer call() throws Exception {
        AppConfig config = connection.load("reportflow-consumers.properties");
        KafkaClients clients = new KafkaClients(config);
        Topics topics = Topics.from(config.asMap());
        List<String> verified = AuditedLogs.of(topic, topics, clients);
        PrintWriter out = spec.commandLine().getOut();
        boolean intact = true;
        try (KafkaConsumer<byte[], byte[]> consumer = clients.groupLessConsumer()) {
            TopicScanner scanner = new TopicScanner(consumer);
            ChainVerifier verifier = new ChainVerifier(scanner, AuditKey.signer(config, System.getenv()));
            for (String log : verified) {
                String checkpointsOf = against != null ? against : log;
                var checkpoints = new CheckpointStore(topics.auditCheckpoints()).readAll(scanner, checkpointsOf);
                Verification result = verifier.verify(log, checkpoints);
                print(result, out);
                intact &= result.intact();
            }
        }
        if (intact) {
            out.println("Intact: every checkpoint matches the log" + (verified.size() > 1 ? "s (" + String.join(", ", verified) + ")." : "."));
        }
        out.flush();
        return intact ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
    }

    private static void print(Verification result, PrintWriter out) {
        for (Verification.PartitionResult p : result.partitions()) {
            out.printf("%s[%d]: %d records, %d checkpoint(s) verified through offset %d%s%n", result.topic(), p.partition(),
                    p.records(), p.checkpointsVerified(), p.verifiedThrough(), p.firstBreak() == null ? " — ok" : " — BROKEN");
        }
        result.notes().forEach(note -> out.println("note: " + result.topic() + ": " + note));
        result.firstBreak().ifPresent(b -> out.println("FIRST BREAK: " + b + " in " + result.topic()));
    }
}
