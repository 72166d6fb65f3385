package dev.reportflow.consumers.audit;

import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.ChainCheckpoint;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = {"Extends the hash chain of every partition of the intake and corrections topics to its current end and writes one",
                "checkpoint per partition to audit.checkpoints, signed when an HMAC key is configured",
                "(env REPORTFLOW_AUDIT_HMAC_KEY, or reportflow.audit.hmac-key-file)."})
public final class AuditCheckpointCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "The one log to chain (default: the intake and the corrections topics).")
    String topic;

    @Override
    public Integer call() throws Exception {
        AppConfig config = connection.load("reportflow-consumers.properties");
        KafkaClients clients = new KafkaClients(config);
        Topics topics = Topics.from(config.asMap());
        Optional<CheckpointSigner> signer = AuditKey.signer(config, System.getenv());
        CheckpointStore store = new CheckpointStore(topics.auditCheckpoints());
        List<ChainCheckpoint> written = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = clients.groupLessConsumer();
             KafkaProducer<byte[], byte[]> producer = clients.producer()) {
            TopicScanner scanner = new TopicScanner(consumer);
            Checkpointer checkpointer = new Checkpointer(scanner, signer, Clock.systemUTC());
            for (String chained : AuditedLogs.of(topic, topics, clients)) {
                List<ChainCheckpoint> taken = checkpointer.checkpoint(chained, store.readAll(scanner, chained));
                store.write(producer, taken);
                written.addAll(taken);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (ChainCheckpoint c : written) {
            out.printf("%s[%d] through offset %d: %d records, chain %s%s%n", c.getTopic(), c.getPartition(), c.getOffset(),
                    c.getRecordCount(), c.getChainHash(), c.getSignature() == null ? " (unsigned)" : " (signed)");
        }
        if (signer.isEmpty()) {
            out.println("No HMAC key configured: checkpoints are unsigned, so they prove nothing against someone who can write "
                    + topics.auditCheckpoints() + ".");
        }
        out.flush();
        return 0;
    }
}
