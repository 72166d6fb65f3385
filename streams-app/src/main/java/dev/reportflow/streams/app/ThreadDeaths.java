package dev.reportflow.streams.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The stream threads that died recently. Kafka Streams replaces a dead thread, so the app stays
 * RUNNING even when one record kills every thread that takes its task: the count of deaths in a
 * window is what tells that loop from a one-off failure, for {@code /health}.
 */
public final class ThreadDeaths {

    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> deaths = new ArrayDeque<>();

    public ThreadDeaths(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    public synchronized void record() {
        deaths.addLast(clock.instant());
        forgetOld();
    }

    /** How many threads died within the window up to now. */
    public synchronized int recent() {
        forgetOld();
        return deaths.size();
    }

    public Duration window() {
        return window;
    }

    private void forgetOld() {
        Instant since = clock.instant().minus(window);
        while (!deaths.isEmpty() && deaths.peekFirst().isBefore(since)) {
            deaths.removeFirst();
        }
    }
}
