package dev.reportflow.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A Java Flight Recorder recording of one phase of the run, with JFR's "profile" settings
 * (method samples every 10-20 ms), written to a file that {@code jfr print} and JMC read and
 * that {@link ProfileSummary} condenses.
 */
public final class JfrProfile implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private JfrProfile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    public static JfrProfile start(Path file) throws IOException, ParseException {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setName("reportflow-bench");
        recording.setToDisk(true);
        recording.setMaxAge(Duration.ofMinutes(15));
        recording.start();
        return new JfrProfile(recording, file);
    }

    /** Stops and writes the recording; returns its file. */
    public Path stop() throws IOException {
        recording.stop();
        recording.dump(file);
        return file;
    }

    @Override
    public void close() {
        recording.close();
    }
}
