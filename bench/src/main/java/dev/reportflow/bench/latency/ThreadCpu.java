package dev.reportflow.bench.latency;

import dev.reportflow.bench.report.JvmThreads;
import dev.reportflow.bench.report.Machine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Cumulative CPU milliseconds of this JVM, of its stream threads, of its JIT compilers and of its
 * garbage collector, and the process's minor page faults, cheap enough to read every 100 ms: the
 * threads are looked up once a second, not at every reading.
 */
final class ThreadCpu {

    static final String PREFIX = "cpu:";
    /** Not milliseconds but a count: the page faults that cost the CPU above when fresh memory is touched. */
    static final String MINOR_FAULTS = PREFIX + "minor-faults";
    private static final Pattern STREAM_THREAD = Pattern.compile("StreamThread-\\d+$");
    private static final long RESCAN_NANOS = 1_000_000_000L;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Path, Double> jvmThreadTotals = new HashMap<>();
    private final Map<String, Double> endedJvmThreads = new HashMap<>();
    private List<Long> streamThreads = List.of();
    private Map<Path, String> jvmThreads = Map.of();
    private long nextScanAt = System.nanoTime();

    /** Milliseconds used so far, by column ("cpu:process", "cpu:stream-threads", "cpu:jit", "cpu:gc"). */
    Map<String, Double> millis() {
        if (System.nanoTime() - nextScanAt >= 0) {
            rescan();
        }
        Map<String, Double> millis = new TreeMap<>();
        millis.put(PREFIX + "process", Machine.processCpuNanos() / 1e6);
        double stream = 0;
        for (long id : streamThreads) {
            stream += Math.max(0, threads.getThreadCpuTime(id)) / 1e6;
        }
        millis.put(PREFIX + "stream-threads", stream);
        Map<String, Double> jvm = new HashMap<>(endedJvmThreads);
        jvmThreads.forEach((task, group) -> {
            double seconds = JvmThreads.cpuSecondsOf(task);
            if (seconds >= 0) {
                jvmThreadTotals.put(task, seconds);
                jvm.merge(group, seconds, Double::sum);
            }
        });
        millis.put(PREFIX + "jit", jvm.getOrDefault(JvmThreads.JIT, 0.0) * 1000);
        millis.put(PREFIX + "gc", jvm.getOrDefault(JvmThreads.GC, 0.0) * 1000);
        millis.put(MINOR_FAULTS, (double) JvmThreads.minorFaults());
        return millis;
    }

    private void rescan() {
        List<Long> ids = new ArrayList<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && STREAM_THREAD.matcher(info.getThreadName()).find()) {
                ids.add(info.getThreadId());
            }
        }
        streamThreads = ids;
        Map<Path, String> now = JvmThreads.tasks();
        // a compiler thread the JVM has retired keeps counting with what it used, so that totals never fall
        jvmThreads.forEach((task, group) -> {
            if (!now.containsKey(task)) {
                endedJvmThreads.merge(group, jvmThreadTotals.getOrDefault(task, 0.0), Double::sum);
                jvmThreadTotals.remove(task);
            }
        });
        jvmThreads = now;
        nextScanAt = System.nanoTime() + RESCAN_NANOS;
    }
}
