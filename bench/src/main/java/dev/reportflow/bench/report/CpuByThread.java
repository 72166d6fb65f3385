package dev.reportflow.bench.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a phase's CPU went, by kind of thread: JFR samples say which code is hot but not how much
 * of the machine each part used, and the pipelines share one JVM with the embedded broker.
 * The JVM's own threads (the JIT compilers, the garbage collector) are invisible to
 * {@link ThreadMXBean}; on Linux they are read from {@code /proc/self/task}, elsewhere they stay
 * in the remainder, "JVM, other".
 */
public final class CpuByThread {

    public static final String OFFICES = "offices (submission client)";
    public static final String JIT = JvmThreads.JIT;
    public static final String STREAM_THREADS = "stream threads";
    private static final Map<String, Pattern> GROUPS = groups();

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startNanos = new HashMap<>();
    private final Map<Long, Long> startAllocated = new HashMap<>();
    private long streamThreadsAllocated;
    private final long processStartNanos;
    private final Map<String, Double> jvmThreadsAtStart;

    private CpuByThread() {
        for (long id : threads.getAllThreadIds()) {
            startNanos.put(id, threads.getThreadCpuTime(id));
            startAllocated.put(id, allocatedBytes(id));
        }
        processStartNanos = Machine.processCpuNanos();
        jvmThreadsAtStart = JvmThreads.cpuSeconds();
    }

    public static CpuByThread start() {
        return new CpuByThread();
    }

    /**
     * CPU seconds since {@link #start()}, by group, biggest first; {@code endedThreads} is what
     * threads that have ended since reported of themselves, by group.
     */
    public Map<String, Double> stop(Map<String, Double> endedThreads) {
        Map<String, Double> seconds = new HashMap<>(endedThreads);
        double javaThreads = endedThreads.values().stream().mapToDouble(Double::doubleValue).sum();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            if (now < 0) {
                continue;
            }
            double used = (now - startNanos.getOrDefault(info.getThreadId(), 0L)) / 1e9;
            String group = groupOf(info.getThreadName());
            seconds.merge(group, used, Double::sum);
            if (group.equals(STREAM_THREADS)) {
                streamThreadsAllocated += allocatedBytes(info.getThreadId()) - startAllocated.getOrDefault(info.getThreadId(), 0L);
            }
            javaThreads += used;
        }
        double process = (Machine.processCpuNanos() - processStartNanos) / 1e9;
        double accounted = javaThreads;
        for (Map.Entry<String, Double> jvm : JvmThreads.cpuSeconds().entrySet()) {
            double used = jvm.getValue() - jvmThreadsAtStart.getOrDefault(jvm.getKey(), 0.0);
            seconds.merge(jvm.getKey(), used, Double::sum);
            accounted += used;
        }
        seconds.merge("JVM, other", Math.max(0, process - accounted), Double::sum);
        Map<String, Double> ranked = new LinkedHashMap<>();
        seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return ranked;
    }

    /**
     * Bytes the stream threads allocated between {@link #start()} and {@link #stop}: unlike their
     * CPU time it does not grow when they wait for a core on a busy machine, so it can show a change
     * of the per-record work that CPU figures there cannot. It still moves with the rate, as Kafka
     * Streams' loop allocates per poll and per readiness check, not per record: compare runs at
     * like rates (0 where the JVM does not count it).
     */
    public long streamThreadsAllocatedBytes() {
        return streamThreadsAllocated;
    }

    private long allocatedBytes(long threadId) {
        return threads instanceof com.sun.management.ThreadMXBean counting ? Math.max(0, counting.getThreadAllocatedBytes(threadId)) : 0;
    }

    private static String groupOf(String threadName) {
        return GROUPS.entrySet().stream().filter(e -> e.getValue().matcher(threadName).find()).map(Map.Entry::getKey)
                .findFirst().orElse("other");
    }

    private static Map<String, Pattern> groups() {
        Map<String, Pattern> groups = new LinkedHashMap<>();
        groups.put(STREAM_THREADS, Pattern.compile("StreamThread-\\d+$"));
        groups.put("streams producer I/O", Pattern.compile("StreamThread-\\d+-producer"));
        groups.put(OFFICES, Pattern.compile("^bench-(latency-)?office|\\.submit$"));
        groups.put("broker", Pattern.compile("^(data-plane|kafka-|broker-|controller-|group-coordinator|TxnMarker|AddPartitions|ExpirationReaper|quorum|transaction-)"));
        groups.put("output reader", Pattern.compile("^bench-output-reader"));
        return groups;
    }
}
