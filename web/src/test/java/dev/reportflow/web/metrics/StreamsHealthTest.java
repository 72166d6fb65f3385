package dev.reportflow.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class StreamsHealthTest {

    private final AtomicReference<State> state = new AtomicReference<>(State.REBALANCING);
    private final AtomicInteger deaths = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T10:00:00Z"));
    private final StreamsHealth health = new StreamsHealth(state::get, Duration.ofMinutes(10), deaths::get, 2, now::get);

    @Test
    void aRebalanceIsHealthyUntilItHasLastedLongerThanTheLimit() {
        assertThat(health.check().up()).isTrue();
        later(Duration.ofMinutes(10));
        assertThat(health.check().up()).isTrue();
        later(Duration.ofSeconds(1));
        Health stuck = health.check();
        assertThat(stuck.up()).isFalse();
        assertThat(stuck.details().get("streams").toString()).contains("REBALANCING", "2026-12-06T10:00:00Z", "PT10M");
    }

    @Test
    void aRunningAppWhoseThreadsKeepDyingIsDown() {
        state.set(State.RUNNING);
        deaths.set(2);
        assertThat(health.check().up()).as("two deaths in the window are within the limit").isTrue();
        deaths.set(3);
        Health dying = health.check();
        assertThat(dying.up()).isFalse();
        assertThat(dying.details().get("streams").toString()).contains("3 stream threads died");
    }

    @Test
    void theClockStartsAgainAtEveryStateChange() {
        later(Duration.ofMinutes(9));
        state.set(State.RUNNING);
        assertThat(health.check().up()).isTrue();
        later(Duration.ofMinutes(30));
        assertThat(health.check().up()).as("running for long is healthy").isTrue();
        state.set(State.REBALANCING);
        assertThat(health.check().up()).isTrue();
        later(Duration.ofMinutes(9));
        assertThat(health.check().up()).isTrue();
    }

    @Test
    void aStoppedOrFailedAppIsDown() {
        state.set(State.ERROR);
        assertThat(health.check().up()).isFalse();
        state.set(State.NOT_RUNNING);
        assertThat(health.check().up()).isFalse();
    }

    private void later(Duration by) {
        now.set(now.get().plus(by));
    }
}
