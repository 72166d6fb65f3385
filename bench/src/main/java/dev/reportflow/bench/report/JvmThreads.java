package dev.reportflow.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CPU seconds of the JVM's own threads, read from Linux's {@code /proc/self/task}: the JIT
 * compilers and the garbage collector, which {@link java.lang.management.ThreadMXBean} does not
 * list. Empty where there is no {@code /proc}.
 */
public final class JvmThreads {

    public static final String JIT = "JIT compilers";
    public static final String GC = "garbage collector";
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final Pattern JIT_THREAD = Pattern.compile("^C\\d CompilerThre");
    private static final Pattern GC_THREAD = Pattern.compile("^(GC Thread|G1 |VM Thread)");
    /** Linux reports thread times in clock ticks of 1/100 s (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100;

    private JvmThreads() {
    }

    /** CPU seconds of the JIT compilers and of the garbage collector, by group, now. */
    public static Map<String, Double> cpuSeconds() {
        return cpuSeconds(tasks());
    }

    /** The JVM's JIT and GC threads now, as their /proc task directory → group: listing them once makes sampling cheap. */
    public static Map<Path, String> tasks() {
        Map<Path, String> groups = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return groups;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String group = JIT_THREAD.matcher(name).find() ? JIT : GC_THREAD.matcher(name).find() ? GC : null;
                    if (group != null) {
                        groups.put(task, group);
                    }
                } catch (IOException threadEnded) {
                    // a thread that ended between the listing and the read is no longer one of them
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return groups;
    }

    /** CPU seconds of the given threads, by group. */
    private static Map<String, Double> cpuSeconds(Map<Path, String> tasks) {
        Map<String, Double> seconds = new HashMap<>();
        tasks.forEach((task, group) -> {
            double used = cpuSecondsOf(task);
            if (used >= 0) {
                seconds.merge(group, used, Double::sum);
            }
        });
        return seconds;
    }

    /** CPU seconds one thread has used, or -1 once it has ended. */
    public static double cpuSecondsOf(Path task) {
        try {
            return ticks(Files.readString(task.resolve("stat"))) / TICKS_PER_SECOND;
        } catch (IOException threadEnded) {
            return -1;
        }
    }

    /**
     * Minor page faults of the whole process so far (field 10 of /proc/self/stat), or -1 without
     * /proc: memory the JVM touches for the first time, such as a heap region just committed.
     */
    public static long minorFaults() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[7]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime: fields 14 and 15 of the stat line, counted after the ')' that ends the thread's name. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
