package dev.reportflow.bench.latency;

import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.pipeline.OutputReader;
import dev.reportflow.bench.pipeline.ReportflowPipeline;
import dev.reportflow.bench.pipeline.RoutedOutcomes;
import dev.reportflow.bench.pipeline.Submitters;
import dev.reportflow.bench.report.CpuByThread;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.SubmissionClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency from submit to routed section at a steady rate. Submissions leave on a fixed schedule
 * (not when the previous one returns, so a slow pipeline cannot slow the load down and hide its
 * own delay); each one's submit time is its scheduled instant.
 *
 * <p>Two clocks, both the host's wall clock when the broker is embedded: <b>appended</b> is the
 * routed topic's LogAppendTime (the broker's clock when it wrote the section; the record's own
 * timestamp would not do, as Streams copies the submission's into its outputs) of the
 * submission's last routed section; <b>visible</b> is when a read_committed reader got it, i.e.
 * after the transaction committed. Visible is what a supervisor experiences, and the larger.
 */
public final class LatencyRun {

    private LatencyRun() {
    }

    /**
     * {@code receipt}: scheduled submit to the office's receipt, the intake's share of the latency;
     * {@code cpuSeconds}: what this JVM (cluster, app, offices, reader) used from the first submission
     * to the last output read, by kind of thread. At a rate every variant is given alike, CPU per
     * report compares code and settings fairly: the per-second costs (commits, polling) are the same
     * share of each.
     */
    public record Result(double ratePerSecond, int submissions, double seconds, Percentiles receipt, Percentiles appended,
                         Percentiles visible, long rejected, Map<String, Double> cpuSeconds, Commits commits) {

        public double cpuMillisPerReport() {
            return 1000 * cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum() / submissions;
        }

        /** One kind of thread's CPU per report (a {@link CpuByThread} group). */
        public double cpuMillisPerReport(String group) {
            return 1000 * cpuSeconds.getOrDefault(group, 0.0) / submissions;
        }
    }

    /** When a submission was due to leave, and when its office got the receipt. */
    private record Submitted(long scheduledMillis, long receiptMillis) {
    }

    private record Done(long lastRoutedTimestamp, long readAtMillis) {
    }

    /**
     * Where the submissions' visible latency went, from their last routed section's append on (all
     * on the broker's and this host's one clock): waiting for the transaction that holds it to be
     * committed (up to {@code commit.interval.ms}, plus Streams' flush and the EndTxn round trip),
     * the coordinator writing PrepareCommit to its log, and then the markers and the reader
     * together (the coordinator's CompleteCommit record carries the instant PrepareCommit was
     * written, before the markers are sent, so the log cannot split them: {@code brokerRequests}
     * gives the markers' own time, WriteTxnMarkers); the transactions themselves, from Streams
     * sending its offsets (its flush done) to PrepareCommit written; and how far apart the commits
     * were (EndTxn to EndTxn: Streams counts {@code commit.interval.ms} from the end of the previous
     * commit, so the period is the interval plus the commit's own time, and a section appended just
     * after a commit waits all of it). Null where the cluster's transaction log could not be read.
     * {@code brokerRequests}: the broker's count and mean time of each kind of request a
     * transaction makes, during the phase (empty unless the broker is this JVM's).
     */
    public record Commits(int transactions, Percentiles appendedToPrepared, Percentiles prepareLogged, Percentiles markersAndReader,
                          Percentiles offsetsToComplete, Percentiles period, Map<String, BrokerRequestTimes.Totals> brokerRequests) {
    }

    /**
     * Runs the phase; every submission's times go to {@code timeline} as CSV (scheduled instant in
     * epoch ms, then receipt, appended and visible in ms after it, and when the transaction holding
     * its last routed section sent its offsets, was asked to commit and was complete), in schedule
     * order, so that a stall can be placed in time and set beside a JFR recording or a GC log; the
     * transactions themselves go beside it ({@code <name>-transactions.csv}: start, then each step
     * in ms after it, and the partitions written).
     */
    public static Result run(String bootstrapServers, ReportflowPipeline pipeline, AppConfig clientConfig, Corpus corpus,
                             double ratePerSecond, int offices, Duration timeout, Path timeline) throws Exception {
        Map<String, Done> done = new ConcurrentHashMap<>();
        Map<String, Submitted> submittedAt = new ConcurrentHashMap<>();
        RoutedOutcomes outcomes = new RoutedOutcomes(pipeline.topics(),
                (id, routedAt, readAt) -> done.put(id, new Done(routedAt, readAt)));
        ExecutorService pool = Executors.newFixedThreadPool(offices, Submitters.daemon("bench-latency-office"));
        double seconds;
        Map<String, Double> cpuSeconds;
        List<TransactionTimeline.Transaction> transactions;
        Map<String, BrokerRequestTimes.Totals> brokerRequests;
        try (SubmissionClient client = new SubmissionClient(clientConfig);
             OutputReader reader = new OutputReader(bootstrapServers, pipeline.outputTopics(), outcomes, corpus.size());
             TransactionTimeline transactionLog = TransactionTimeline.start(bootstrapServers, pipeline.applicationId() + "-")) {
            BrokerRequestTimes brokerBefore = BrokerRequestTimes.now(BrokerRequestTimes.TRANSACTION_REQUESTS);
            CpuByThread cpu = CpuByThread.start();
            seconds = submitOnSchedule(client, corpus, ratePerSecond, pool, submittedAt);
            reader.awaitAll(timeout);
            cpuSeconds = cpu.stop(Map.of());
            transactions = transactionLog.awaitCompleted(done.values().stream().mapToLong(Done::lastRoutedTimestamp).max().orElse(0));
            brokerRequests = BrokerRequestTimes.now(BrokerRequestTimes.TRANSACTION_REQUESTS).since(brokerBefore);
        } finally {
            pool.shutdownNow();
        }
        List<String> rows = new ArrayList<>();
        long[] receipt = new long[corpus.size()];
        long[] appended = new long[corpus.size()];
        long[] visible = new long[corpus.size()];
        long[] toPrepared = new long[corpus.size()];
        long[] prepareLogged = new long[corpus.size()];
        long[] toVisible = new long[corpus.size()];
        int n = 0;
        int placed = 0;
        for (Map.Entry<String, Submitted> submission : submittedAt.entrySet()) {
            Done outcome = done.get(submission.getKey());
            if (outcome == null || outcome.lastRoutedTimestamp() < 0) {
                continue;
            }
            long scheduled = submission.getValue().scheduledMillis();
            receipt[n] = submission.getValue().receiptMillis() - scheduled;
            appended[n] = outcome.lastRoutedTimestamp() - scheduled;
            visible[n] = outcome.readAtMillis() - scheduled;
            String row = scheduled + "," + receipt[n] + "," + appended[n] + "," + visible[n];
            TransactionTimeline.Transaction transaction = TransactionTimeline.holding(transactions, outcome.lastRoutedTimestamp());
            if (transaction != null) {
                toPrepared[placed] = transaction.prepareMs() - outcome.lastRoutedTimestamp();
                prepareLogged[placed] = transaction.completeMs() - transaction.prepareMs();
                toVisible[placed] = outcome.readAtMillis() - transaction.completeMs();
                placed++;
                row += "," + (transaction.offsetsSentMs() < 0 ? "" : transaction.offsetsSentMs() - scheduled) + ","
                        + (transaction.prepareMs() - scheduled) + "," + (transaction.completeMs() - scheduled);
            } else {
                row += ",,,";
            }
            rows.add(row);
            n++;
        }
        rows.sort(null);
        rows.add(0, "scheduled_epoch_ms,receipt_ms,appended_ms,visible_ms,offsets_sent_ms,commit_prepared_ms,commit_complete_ms");
        Files.createDirectories(timeline.toAbsolutePath().getParent());
        Files.write(timeline, rows);
        Files.write(timeline.resolveSibling(timeline.getFileName().toString().replace(".csv", "-transactions.csv")),
                TransactionTimeline.csv(transactions));
        Commits commits = null;
        if (placed > 0) {
            long[] offsetsToComplete = transactions.stream().filter(t -> t.offsetsSentMs() >= 0)
                    .mapToLong(t -> t.completeMs() - t.offsetsSentMs()).toArray();
            long[] period = TransactionTimeline.periods(transactions);
            commits = new Commits(transactions.size(), Percentiles.of(Arrays.copyOf(toPrepared, placed)),
                    Percentiles.of(Arrays.copyOf(prepareLogged, placed)), Percentiles.of(Arrays.copyOf(toVisible, placed)),
                    offsetsToComplete.length == 0 ? null : Percentiles.of(offsetsToComplete),
                    period.length == 0 ? null : Percentiles.of(period), brokerRequests);
        }
        return new Result(ratePerSecond, corpus.size(), seconds, Percentiles.of(Arrays.copyOf(receipt, n)),
                Percentiles.of(Arrays.copyOf(appended, n)), Percentiles.of(Arrays.copyOf(visible, n)), outcomes.rejected(), cpuSeconds,
                commits);
    }

    /** Returns how long submitting took, in seconds. */
    private static double submitOnSchedule(SubmissionClient client, Corpus corpus, double ratePerSecond, ExecutorService pool,
                                           Map<String, Submitted> submittedAt) throws TimeoutException {
        long startNanos = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        List<Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            long offsetNanos = (long) (i * 1e9 / ratePerSecond);
            LockSupport.parkNanos(startNanos + offsetNanos - System.nanoTime());
            long scheduledMillis = startMillis + offsetNanos / 1_000_000;
            var report = corpus.get(i);
            pending.add(pool.submit(() -> {
                String id = Submitters.submit(client, report);
                return submittedAt.put(id, new Submitted(scheduledMillis, System.currentTimeMillis()));
            }));
        }
        for (var submission : pending) {
            try {
                submission.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("Interrupted while submitting");
            } catch (ExecutionException e) {
                throw new IllegalStateException("A submission failed", e.getCause());
            }
        }
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
