package dev.reportflow.bench.pipeline;

import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.latency.BrokerRequestTimes;
import dev.reportflow.bench.report.CpuByThread;
import dev.reportflow.bench.report.Throughput;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.SubmissionClient;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Maximum throughput of a pipeline: submit a corpus as fast as the offices can, and time from the
 * first submit to the moment the reader has accounted for the last input on the outputs.
 */
public final class FloodRun {

    private FloodRun() {
    }

    /**
     * End to end, intake alone (first submit to last receipt), and the CPU this JVM spent meanwhile:
     * with the embedded broker that is the whole cluster, the app, the offices and the reader; and
     * the requests that broker completed meanwhile, by kind (empty on another cluster).
     */
    public record Result(Throughput endToEnd, Throughput intake, Map<String, Double> cpuSeconds, long streamThreadsAllocatedBytes,
                         Map<String, BrokerRequestTimes.Totals> brokerRequests) {

        /** What the stream threads allocated per record, in KB (see {@link CpuByThread#streamThreadsAllocatedBytes}). */
        public double streamThreadsKilobytesPerRecord() {
            return streamThreadsAllocatedBytes / 1024.0 / endToEnd.records();
        }

        /** The JIT compilers' share of the CPU used; high while the JVM is still warming up. */
        public double jitShare() {
            double total = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
            return total > 0 ? cpuSeconds.getOrDefault(CpuByThread.JIT, 0.0) / total : 0;
        }

        /** One kind of thread's CPU per record (a {@link CpuByThread} group). */
        public double cpuMillisPerRecord(String group) {
            return 1000 * cpuSeconds.getOrDefault(group, 0.0) / endToEnd.records();
        }

        public double cpuMillisPerRecord() {
            return 1000 * cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum() / endToEnd.records();
        }
    }

    public static Result run(String bootstrapServers, Collection<String> outputTopics, OutputTracker tracker,
                             AppConfig clientConfig, Corpus corpus, int offices, Duration timeout)
            throws InterruptedException, TimeoutException {
        try (SubmissionClient client = new SubmissionClient(clientConfig);
             OutputReader reader = new OutputReader(bootstrapServers, outputTopics, tracker, corpus.size())) {
            long start = System.nanoTime();
            CpuByThread cpu = CpuByThread.start();
            BrokerRequestTimes brokerBefore = BrokerRequestTimes.now(BrokerRequestTimes.FLOOD_REQUESTS);
            Submitters.Submitted submitted = Submitters.submitAll(client, corpus, offices);
            long lastOutput = reader.awaitAll(timeout);
            Map<String, Double> cpuSeconds = cpu.stop(Map.of(CpuByThread.OFFICES, submitted.officeCpuSeconds()));
            Map<String, BrokerRequestTimes.Totals> brokerRequests =
                    BrokerRequestTimes.now(BrokerRequestTimes.FLOOD_REQUESTS).since(brokerBefore);
            long bytes = corpus.totalBytes();
            return new Result(Throughput.since(start, lastOutput, corpus.size(), bytes),
                    Throughput.since(start, submitted.lastReceiptNanos(), corpus.size(), bytes), cpuSeconds,
                    cpu.streamThreadsAllocatedBytes(), brokerRequests);
        }
    }
}
