package dev.reportflow.consumers.audit;

import dev.reportflow.cli.ExitCodes;
import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes the hash chain of every intake partition from its first record and compares it",
                "with every checkpoint. Exit code 4 at the first break (partition, offset), 0 when intact."})
public final class AuditVerifyCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "The log to verify (default: the intake topic).")
    String topic;

    @Option(names = "--against", paramLabel = "TOPIC",
            description = "Use the checkpoints taken of this topic (default: the verified topic itself), e.g. to check a copy or a restore.")
    String against;

    @Override
    public Integer call() throws Exception {
        AppConfig config = connection.load("reportflow-consumers.properties");
        KafkaClients clients = new KafkaClients(config);
        Topics topics = Topics.from(config.asMap());
        String verified = topic != null ? topic : topics.submitted();
        String checkpointsOf = against != null ? against : verified;
        Verification result;
        try (KafkaConsumer<byte[], byte[]> consumer = clients.groupLessConsumer()) {
            TopicScanner scanner = new TopicScanner(consumer);
            var checkpoints = new CheckpointStore(topics.auditCheckpoints()).readAll(scanner, checkpointsOf);
            result = new ChainVerifier(scanner, AuditKey.signer(config, System.getenv())).verify(verified, checkpoints);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Verification.PartitionResult p : result.partitions()) {
            out.printf("%s[%d]: %d records, %d checkpoint(s) verified through offset %d%s%n", verified, p.partition(),
                    p.records(), p.checkpointsVerified(), p.verifiedThrough(), p.firstBreak() == null ? " — ok" : " — BROKEN");
        }
        result.notes().forEach(note -> out.println("note: " + note));
        result.firstBreak().ifPresentOrElse(
                b -> out.println("FIRST BREAK: " + b),
                () -> out.println("Intact: every checkpoint matches the log."));
        out.flush();
        return result.intact() ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
    }
}
