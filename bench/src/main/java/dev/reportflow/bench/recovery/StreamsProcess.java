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
 * (the launcher's main class, heap and logging configuration), so that it can be killed with
 * SIGKILL like a crashed host and started again. Its log goes to a file, with Kafka's INFO lines
 * (they say when Kafka Streams was created, when a task's state was found corrupted and wiped, and
 * what was restored); the moments of those steps are noted.
 */
public final class StreamsProcess implements AutoCloseable {

    private static final String MAIN_CLASS = "dev.reportflow.app.ReportflowCli";
    /** Kafka Streams' line (INFO) at the end of each changelog partition's restore, with the number of records restored. */
    private static final java.util.regex.Pattern RESTORED = java.util.regex.Pattern.compile("with a total number of (\\d+) records");
    /** The first line the KafkaStreams constructor logs (INFO): the JVM is up, the cluster checked, the topology built. */
    private static final String KAFKA_STREAMS_CREATED = "Kafka Streams version:";
    /** Under group.protocol=streams the session is the group's (streams.session.timeout.ms, set on the broker), not the client's. */
    private static final java.util.Set<String> CLASSIC_PROTOCOL_ONLY = java.util.Set.of("session.timeout.ms", "heartbeat.interval.ms");
    private static final List<String> HEAP = List.of("-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch", "-XX:+ExitOnOutOfMemoryError");

    private final Process process;
    private final long startedNanos;
    private volatile long runningNanos = -1;
    private volatile long createdNanos = -1;
    private volatile double createdCpuSeconds = Double.NaN;
    private volatile boolean stateWiped;
    private volatile long restoredRecords;

    private StreamsProcess(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code reportflow streams} with every property of {@code config} given as -D, its log appended to {@code log}. */
    public static StreamsProcess start(AppConfig config, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEAP);
        String logging = System.getProperty("logback.configurationFile");
        if (logging != null) {
            command.add("-Dlogback.configurationFile=" + logging);
        }
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), MAIN_CLASS, "streams"));
        boolean streamsProtocol = "streams".equals(config.asMap().get("group.protocol"));
        config.asMap().forEach((key, value) -> {
            if (!(streamsProtocol && CLASSIC_PROTOCOL_ONLY.contains(key))) {
                command.addAll(List.of("-D", key + "=" + value));
            }
        });
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REPORTFLOW_KAFKA_LOG_LEVEL", "INFO");
        Process process = builder.start();
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
                if (createdNanos < 0 && line.contains(KAFKA_STREAMS_CREATED)) {
                    createdNanos = System.nanoTime();
                    createdCpuSeconds = cpuSeconds();
                }
                if (line.contains("TaskCorruptedException")) {
                    stateWiped = true;
                }
                restoredRecords += restoredRecords(line);
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

    /** The records a line of Kafka Streams' log says were restored into a store (0 for any other line). */
    static long restoredRecords(String line) {
        java.util.regex.Matcher restored = RESTORED.matcher(line);
        return restored.find() ? Long.parseLong(restored.group(1)) : 0;
    }

    public long startedNanos() {
        return startedNanos;
    }

    /** When the KafkaStreams object was created (System.nanoTime()), or -1: the end of the JVM's own start. */
    public long createdNanos() {
        return createdNanos;
    }

    /**
     * The CPU the JVM had used when the KafkaStreams object was created (NaN before): the work of
     * its start, which a loaded machine stretches into more wall time, whatever Kafka does.
     */
    public double createdCpuSeconds() {
        return createdCpuSeconds;
    }

    /** Whether the instance found a task's state corrupted and wiped it (no checkpoint after an unclean exit under exactly-once). */
    public boolean stateWiped() {
        return stateWiped;
    }

    /** The changelog records this instance has restored so far (as it logged them: active tasks' restores, not standbys' updates). */
    public long restoredRecords() {
        return restoredRecords;
    }

    /** When the instance first logged RUNNING (System.nanoTime()), or -1. */
    public long runningNanos() {
        return runningNanos;
    }

    /**
     * Waits (at most {@code timeout}) for the instance to log RUNNING: a task routes as soon as its
     * own state is restored, so the first routed record can come before the whole instance is RUNNING.
     */
    public void awaitRunning(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (runningNanos < 0 && process.isAlive() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
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
