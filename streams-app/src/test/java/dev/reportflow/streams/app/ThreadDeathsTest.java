package dev.reportflow.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThreadDeathsTest {

    private Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void countsOnlyTheDeathsWithinTheWindow() {
        ThreadDeaths deaths = new ThreadDeaths(Duration.ofMinutes(10), clock);
        deaths.record();
        now = now.plus(Duration.ofMinutes(6));
        deaths.record();
        assertThat(deaths.recent()).isEqualTo(2);
        now = now.plus(Duration.ofMinutes(5));
        assertThat(deaths.recent()).as("the first death is now 11 minutes old").isEqualTo(1);
        now = now.plus(Duration.ofMinutes(6));
        assertThat(deaths.recent()).isZero();
    }
}
