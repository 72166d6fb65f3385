package dev.reportflow.tools;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reportflow broker}: a single-node KRaft broker in this process, for trying things locally. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run a real single-node Kafka broker (KRaft) in-process until Ctrl-C; prints its address.")
public final class BrokerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "reportflow-broker-shutdown"));
        spec.commandLine().getOut().println("Kafka broker ready at " + broker.bootstrapServers()
                + " (data is deleted on exit). Create topics with: reportflow topics create --bootstrap-server "
                + broker.bootstrapServers());
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
