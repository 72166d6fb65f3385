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
final class JvmThreads {

    static final String JIT = "JIT compilers";
    static final String GC = "garbage collector";
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final Pattern JIT_THREAD = Pattern.compile("^C\\d CompilerThre");
    private static final Pattern GC_THREAD = Pattern.compile("^(GC Thread|G1 |VM Thread)");
    /** Linux reports thread times in clock ticks of 1/100 s (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100;

    private JvmThreads() {
    }

    static Map<String, Double> cpuSeconds() {
        Map<String, Double> seconds = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return seconds;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String group = JIT_THREAD.matcher(name).find() ? JIT : GC_THREAD.matcher(name).find() ? GC : null;
                    if (group != null) {
                        seconds.merge(group, ticks(Files.readString(task.resolve("stat"))) / TICKS_PER_SECOND, Double::sum);
                    }
                } catch (IOException threadEnded) {
                    // a thread that ended between the listing and the read has nothing left to count
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return seconds;
    }

    /** utime + stime: fields 14 and 15 of the stat line, counted after the ')' that ends the thread's name. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
