package dev.reportflow.bench.recovery;

import dev.reportflow.bench.corpus.ReportSource;
import dev.reportflow.bench.pipeline.Submitters;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.SubmissionClient;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Submissions at a fixed rate through the submission client, whatever the streams app is doing:
 * the intake stays up while an instance is down, so the offices go on submitting.
 */
public final class SteadyLoad implements AutoCloseable {

    private final SubmissionClient client;
    private final ScheduledExecutorService offices;
    private final AtomicInteger next;
    private final AtomicLong failures = new AtomicLong();

    public SteadyLoad(AppConfig clientConfig, ReportSource reports, int firstIndex, double perSecond) {
        this.client = new SubmissionClient(clientConfig);
        this.next = new AtomicInteger(firstIndex);
        this.offices = Executors.newScheduledThreadPool(4, Submitters.daemon("bench-steady-office"));
        long periodMicros = (long) (1_000_000 / perSecond);
        offices.scheduleAtFixedRate(() -> {
            try {
                Submitters.submit(client, reports.generate(next.getAndIncrement()));
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    public int submitted() {
        return next.get();
    }

    public long failures() {
        return failures.get();
    }

    @Override
    public void close() throws InterruptedException {
        offices.shutdownNow();
        offices.awaitTermination(10, TimeUnit.SECONDS);
        client.close();
    }
}
