package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.config.AppConfig;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.app.StaticMembership;
import dev.reportflow.streams.topics.TopicSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * A state directory copied to a second instance carries the first one's group.instance.id
 * (reportflow's default static membership). The second to join fences the first; the fenced one
 * stops, rather than having its stream thread replaced, rejoin with the same id and fence the other
 * back, in a loop.
 */
class CopiedStateDirIT {

    private static final String APPLICATION = "copied-state-it";

    @Test
    void theInstanceFencedByACopyOfItsStateDirectoryStopsAndTheCopyRuns() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh()) {
            Path original = EndToEndScenario.tempStateDir();
            Path copy = EndToEndScenario.tempStateDir();
            AppConfig first = config(broker.bootstrapServers(), original);
            TopicSetup setup = new TopicSetup(first);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                setup.createMissing(admin, setup.required());
            }
            try (ReportRouter fenced = ReportRouter.start(first)) {
                fenced.awaitRunning(Duration.ofSeconds(90));
                Path id = original.resolve(APPLICATION).resolve(StaticMembership.ID_FILE);
                Files.createDirectories(copy.resolve(APPLICATION));
                Files.copy(id, copy.resolve(APPLICATION).resolve(StaticMembership.ID_FILE));

                try (ReportRouter copied = ReportRouter.start(config(broker.bootstrapServers(), copy))) {
                    copied.awaitRunning(Duration.ofSeconds(120));
                    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                    while (fenced.state().isRunningOrRebalancing() && System.nanoTime() < deadline) {
                        Thread.sleep(200);
                    }
                    assertThat(fenced.state()).as("the instance whose id the copy took").isIn(KafkaStreams.State.PENDING_ERROR,
                            KafkaStreams.State.ERROR);
                    assertThat(fenced.threadDeaths().recent()).as("its thread died once, and was not replaced").isEqualTo(1);
                    assertThat(copied.state()).as("the copy keeps the group").isEqualTo(KafkaStreams.State.RUNNING);
                }
            }
        }
    }

    private static AppConfig config(String bootstrap, Path stateDir) {
        return AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), Map.of("bootstrap.servers", bootstrap,
                "application.id", APPLICATION, "state.dir", stateDir.toString(), "reportflow.topics.partitions", "2"));
    }
}
