package dev.reportflow.bench.recovery;

import dev.reportflow.config.AppConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A reportflow streams instance in a JVM of its own, started as {@code reportflow streams} is
 * (the launcher's main class and heap), so that it can be killed with SIGKILL like a crashed host
 * and started again. Its log goes to a file; the moments it logs a state change to RUNNING are noted.
 */
public final class StreamsProcess implements AutoCloseable {

    private static final String MAIN_CLASS = "dev.reportflow.app.ReportflowCli";
    private static final List<String> HEAP = List.of("-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch", "-XX:+ExitOnOutOfMemoryError");

    private final Process process;
    private final long startedNanos;
    private volatile long runningNanos = -1;
    private volatile long streamsStartedNanos = -1;

    private StreamsProcess(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code reportflow streams} with every property of {@code config} given as -D, its log appended to {@code log}. */
    public static StreamsProcess start(AppConfig config, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEAP);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), MAIN_CLASS, "streams"));
        config.asMap().forEach((key, value) -> command.addAll(List.of("-D", key + "=" + value)));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StreamsProcess instance = new StreamsProcess(process, started);
        Thread logger = new Thread(() -> instance.copyLog(log), "bench-streams-process-log");
        logger.setDaemon(true);
        logger.start();
        return instance;
    }

    private void copyLog(Path log) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                     StandardOpenOption.APPEND))) {
            out.println("---- pid " + process.pid());
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (streamsStartedNanos < 0 && line.contains("CREATED -> REBALANCING")) {
                    streamsStartedNanos = System.nanoTime();
                }
                if (runningNanos < 0 && line.contains("-> RUNNING")) {
                    runningNanos = System.nanoTime();
                }
                out.println(line);
                out.flush();
            }
        } catch (IOException e) {
            // the process is gone; its log ends here
        }
    }

    public long startedNanos() {
        return startedNanos;
    }

    /** When the JVM was up and Kafka Streams started (it logged CREATED -> REBALANCING), System.nanoTime(), or -1. */
    public long streamsStartedNanos() {
        return streamsStartedNanos;
    }

    /** When the instance first logged RUNNING (System.nanoTime()), or -1. */
    public long runningNanos() {
        return runningNanos;
    }

    /** The CPU the whole JVM has used so far (every thread: stream threads, clients, JIT, GC). */
    public double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, as a host crash: no shutdown hook, no commit, no leaving the group. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the app closes cleanly. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
