package dev.reportflow.bench.report;

import java.lang.management.ManagementFactory;
import java.util.List;

/** What the run ran on. */
public record Machine(int cores, long memoryBytes, long maxHeapBytes, List<String> heapOptions, String java, String os,
                      double loadAverage) {

    /** The one-minute load average now: above the core count, other processes shared the run's CPUs. */
    public static double loadAverageNow() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** CPU time this JVM has used so far, all threads; -1 where the JVM cannot tell. */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** The JVM's heap options (-Xms, -Xmx, AlwaysPreTouch …): whether the heap could grow during the run. */
    private static List<String> jvmHeapOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xm") || a.contains("PreTouch") || a.contains("HeapSize") || a.contains("HugePages"))
                .toList();
    }

    public static Machine current() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory(), jvmHeapOptions(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                loadAverageNow());
    }
}
