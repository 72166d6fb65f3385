package dev.reportflow.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void countsAStreamThreadsCpuFromTheFirstReading() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch spun = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread streamThread = new Thread(() -> {
            started.countDown();
            spinForCpu(300_000_000L);
            spun.countDown();
            awaitQuietly(release);
        }, "app-1234-StreamThread-1");
        streamThread.start();
        started.await();
        ThreadCpu cpu = new ThreadCpu();
        Map<String, Double> before = cpu.millis();
        spun.await();
        Map<String, Double> after = cpu.millis();
        release.countDown();
        streamThread.join();

        assertThat(after.get("cpu:stream-threads")).isGreaterThan(before.get("cpu:stream-threads"));
        assertThat(after.get("cpu:process") - before.get("cpu:process"))
                .isGreaterThanOrEqualTo(after.get("cpu:stream-threads") - before.get("cpu:stream-threads") - 20);
        assertThat(after).containsKeys("cpu:jit", "cpu:gc");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void spinForCpu(long nanos) {
        var threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + nanos;
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
    }
}
