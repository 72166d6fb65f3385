package dev.reportflow.web.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * A Kafka Streams app's health: up while RUNNING, and while REBALANCING (assigning or restoring its
 * tasks) for no longer than a limit; down, whatever the state, once more stream threads died within
 * a window than allowed (Kafka Streams replaces a dead thread and stays RUNNING, so a record that
 * kills every thread that takes its task would otherwise look healthy). Past it the instance is reported down, so that whatever
 * watches {@code /health} restarts it: once, after a kill and a broker restart, an instance stayed
 * restoring its state for minutes without progress (docs/benchmarks.md and CrashRecoveryIT).
 * The time in a state counts from when a check first saw it.
 */
public final class StreamsHealth implements Health.Check {

    private final Supplier<KafkaStreams.State> state;
    private final Duration maxRebalancing;
    private final IntSupplier recentThreadDeaths;
    private final int maxThreadDeaths;
    private final Supplier<Instant> clock;
    private KafkaStreams.State seen;
    private Instant since;

    public StreamsHealth(Supplier<KafkaStreams.State> state, Duration maxRebalancing, IntSupplier recentThreadDeaths,
                         int maxThreadDeaths, Supplier<Instant> clock) {
        this.state = state;
        this.maxRebalancing = maxRebalancing;
        this.recentThreadDeaths = recentThreadDeaths;
        this.maxThreadDeaths = maxThreadDeaths;
        this.clock = clock;
    }

    @Override
    public synchronized Health check() {
        KafkaStreams.State now = state.get();
        Instant at = clock.get();
        if (now != seen) {
            seen = now;
            since = at;
        }
        boolean stuck = now == KafkaStreams.State.REBALANCING && Duration.between(since, at).compareTo(maxRebalancing) > 0;
        int deaths = recentThreadDeaths.getAsInt();
        boolean dying = deaths > maxThreadDeaths;
        boolean up = !dying && (now == KafkaStreams.State.RUNNING || now == KafkaStreams.State.REBALANCING && !stuck);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", now.name());
        details.put("since", since.toString());
        details.put("recentThreadDeaths", deaths);
        if (stuck) {
            details.put("problem", "rebalancing (assigning or restoring tasks) for longer than " + maxRebalancing);
        }
        if (dying) {
            details.put("problem", deaths + " stream threads died recently (more than " + maxThreadDeaths
                    + "): a record or a bug kills them; see the log");
        }
        return new Health(up, Map.of("streams", details));
    }
}
