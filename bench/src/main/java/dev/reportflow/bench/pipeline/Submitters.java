package dev.reportflow.bench.pipeline;

import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.corpus.GeneratedReport;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.producers.submit.SubmissionRefusedException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many offices submitting at once through one {@link SubmissionClient}. The client waits for each
 * receipt (one file in flight per office), so intake throughput comes from concurrent offices,
 * whose sends the shared producer batches together.
 */
public final class Submitters {

    private Submitters() {
    }

    /**
     * When the last receipt came (System.nanoTime()), and the CPU seconds the offices' own threads
     * used: they end with the run, so no later look at the JVM's threads would find them.
     */
    public record Submitted(long lastReceiptNanos, double officeCpuSeconds) {
    }

    /** Submits the whole corpus with {@code offices} concurrent senders. */
    public static Submitted submitAll(SubmissionClient client, Corpus corpus, int offices) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(offices, daemon("bench-office"));
        try {
            List<Future<Long>> senders = new ArrayList<>();
            for (int i = 0; i < offices; i++) {
                senders.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < corpus.size(); n = next.getAndIncrement()) {
                        submit(client, corpus.get(n));
                    }
                    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                }));
            }
            long officeCpuNanos = 0;
            for (Future<Long> sender : senders) {
                officeCpuNanos += sender.get();
            }
            return new Submitted(System.nanoTime(), officeCpuNanos / 1e9);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A submission failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Submits one report; a refusal means the corpus or the cluster is broken, so the run stops. */
    public static String submit(SubmissionClient client, GeneratedReport report) {
        try {
            return client.submit(report.office(), report.fileName(), report.content(), null).submissionId();
        } catch (SubmissionRefusedException e) {
            throw new IllegalStateException("Report " + report.index() + " was refused: " + e.reason() + " " + e.getMessage(), e);
        }
    }

    public static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
