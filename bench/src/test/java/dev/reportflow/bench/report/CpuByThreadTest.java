package dev.reportflow.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CpuByThreadTest {

    @Test
    void attributesAThreadsCpuToItsGroupAndCountsWhatEndedThreadsReported() throws InterruptedException {
        CpuByThread cpu = CpuByThread.start();
        Thread reader = new Thread(CpuByThreadTest::spinForAQuarterSecondOfCpu, "bench-output-reader");
        reader.start();
        Thread.sleep(50);
        Map<String, Double> seconds;
        try {
            seconds = cpu.stop(Map.of(CpuByThread.OFFICES, 1.5));
        } finally {
            reader.join();
        }
        assertThat(seconds.get("output reader")).isGreaterThan(0.0);
        assertThat(seconds.get(CpuByThread.OFFICES)).isGreaterThanOrEqualTo(1.5);
        assertThat(seconds.keySet()).first().isEqualTo(CpuByThread.OFFICES);
    }

    @Test
    void readsTheJitCompilersFromProcOnLinux() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc here");
        assertThat(JvmThreads.cpuSeconds()).containsKey(JvmThreads.JIT).allSatisfy((group, seconds) -> assertThat(seconds).isNotNegative());
        assertThat(JvmThreads.cpuSeconds().get(JvmThreads.JIT)).isPositive();
    }

    private static void spinForAQuarterSecondOfCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + 250_000_000L;
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
    }
}
