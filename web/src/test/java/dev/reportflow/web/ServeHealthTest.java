package dev.reportflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.schemas.Topics;
import dev.reportflow.web.metrics.Health;
import dev.reportflow.web.metrics.PipelineMetrics;
import dev.reportflow.web.view.OutputFeed;
import dev.reportflow.web.view.SectionStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.junit.jupiter.api.Test;

/** serve's /health: down when the thread that feeds the supervisors' page has died, whatever the cluster says. */
class ServeHealthTest {

    @Test
    void aDeadFeedThreadMakesServeDown() throws InterruptedException {
        OutputFeed feed = new OutputFeed(new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name()), Topics.defaults(),
                new SectionStore(10), new PipelineMetrics(new SimpleMeterRegistry()), Duration.ofMinutes(1));
        Health.Check clusterUp = () -> new Health(true, Map.of("kafka", Map.of("reachable", true)));
        Thread alive = new Thread(() -> sleepQuietly(Duration.ofSeconds(30)));
        alive.setDaemon(true);
        alive.start();
        Thread dead = new Thread(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        dead.start();
        dead.join();

        assertThat(WebServer.health(clusterUp, feed, alive).check().up()).isTrue();
        Health down = WebServer.health(clusterUp, feed, dead).check();
        assertThat(down.up()).isFalse();
        assertThat(down.details().get("feed").toString()).contains("alive=false");
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
