package dev.reportflow.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** `reportflow streams` in a separate JVM, so that a test can kill it the hard way (SIGKILL). */
final class StreamsProcess implements AutoCloseable {

    private final Process process;

    private StreamsProcess(Process process) {
        this.process = process;
    }

    static StreamsProcess start(String bootstrapServers, String applicationId, Path stateDir, Path log) throws IOException {
        return start(bootstrapServers, applicationId, stateDir, log, Map.of());
    }

    /** As {@link #start(String, String, Path, Path)}, with some properties set or replaced. */
    static StreamsProcess start(String bootstrapServers, String applicationId, Path stateDir, Path log,
                                Map<String, String> properties) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("application.id", applicationId);
        settings.put("state.dir", stateDir.toString());
        // A killed member must leave the group quickly for the restarted one to take over.
        settings.put("session.timeout.ms", "6000");
        settings.put("heartbeat.interval.ms", "1500");
        settings.putAll(properties);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), ReportflowCli.class.getName(), "streams",
                "--bootstrap-servers", bootstrapServers));
        settings.forEach((key, value) -> command.addAll(List.of("-D", key + "=" + value)));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new StreamsProcess(process);
    }

    /** kill -9: no shutdown hook runs, nothing is committed or flushed. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static Path logFile(String name) {
        return new File("target", name).toPath();
    }
}
