package dev.reportflow.bench.latency;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The broker's own time for the requests a transaction makes, read from its request metrics
 * ({@code kafka.network:type=RequestMetrics,name=TotalTimeMs}) in this JVM, i.e. when the broker
 * is the bench's embedded one; empty on another cluster. Two snapshots give the count and the
 * mean time of each kind of request between them: the metrics' percentiles cover a decaying
 * sample of the broker's whole life, but count and mean are exact totals, so their difference is
 * the phase's own.
 *
 * <p>Why the markers need this: the coordinator's CompleteCommit record carries the instant
 * PrepareCommit was written, not the instant the markers were (it is prepared before they are
 * sent), so the transaction log cannot say how long the markers took; WriteTxnMarkers here does.
 */
public final class BrokerRequestTimes {

    /** What a Streams transaction sends: its records, partitions and offsets added, EndTxn; then the coordinator's markers. */
    public static final List<String> TRANSACTION_REQUESTS =
            List.of("Produce", "AddPartitionsToTxn", "AddOffsetsToTxn", "TxnOffsetCommit", "EndTxn", "WriteTxnMarkers");

    /** A flood's requests: a transaction's, and the fetches of the stream threads, the reader and the replicas. */
    public static final List<String> FLOOD_REQUESTS = Stream.concat(TRANSACTION_REQUESTS.stream(),
            Stream.of("Fetch")).toList();

    /** How many requests of one kind the broker completed, and their total time (receipt to response sent). */
    public record Totals(long count, double totalMillis) {

        public double meanMillis() {
            return count == 0 ? 0 : totalMillis / count;
        }
    }

    private final Map<String, Totals> byRequest;

    private BrokerRequestTimes(Map<String, Totals> byRequest) {
        this.byRequest = byRequest;
    }

    /** The broker's totals so far for {@code requests} (those it has metrics for in this JVM). */
    public static BrokerRequestTimes now(List<String> requests) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Map<String, Totals> totals = new LinkedHashMap<>();
        for (String request : requests) {
            try {
                ObjectName name = new ObjectName("kafka.network:type=RequestMetrics,name=TotalTimeMs,request=" + request);
                if (server.isRegistered(name)) {
                    long count = ((Number) server.getAttribute(name, "Count")).longValue();
                    double mean = ((Number) server.getAttribute(name, "Mean")).doubleValue();
                    totals.put(request, new Totals(count, count * mean));
                }
            } catch (JMException e) {
                throw new IllegalStateException("Reading the broker's metrics for " + request, e);
            }
        }
        return new BrokerRequestTimes(totals);
    }

    /** The requests completed since {@code before}, by kind (only kinds with some), in the order asked for. */
    public Map<String, Totals> since(BrokerRequestTimes before) {
        Map<String, Totals> since = new LinkedHashMap<>();
        byRequest.forEach((request, now) -> {
            Totals then = before.byRequest.getOrDefault(request, new Totals(0, 0));
            if (now.count() > then.count()) {
                since.put(request, new Totals(now.count() - then.count(), now.totalMillis() - then.totalMillis()));
            }
        });
        return since;
    }
}
