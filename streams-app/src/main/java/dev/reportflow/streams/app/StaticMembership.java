package dev.reportflow.streams.app;

import dev.reportflow.config.AppConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a streams instance a stable {@code group.instance.id} (Kafka's static membership), so that
 * the instance restarted after a crash takes its own place in the group at once, instead of waiting
 * for the killed member's session to expire (docs/benchmarks.md, "Session 8": SIGKILL to routing
 * visible on the same host).
 *
 * <p>The id lives in a file of the instance's state directory, {@code <state.dir>/<application.id>},
 * next to Kafka Streams' own process metadata, and is created once. Kafka Streams locks that
 * directory to one running instance, so no two running instances read the same file; a restart on
 * the same host reads it again; a replacement on a new host (an empty state directory) gets a new
 * id, and the old member's session expires as it would without static membership. Kafka Streams
 * appends {@code -<thread index>} to it for each stream thread's consumer.
 */
public final class StaticMembership {

    public static final String ENABLED = "reportflow.streams.static-membership";
    public static final String ID_FILE = "reportflow-instance-id";
    /** Every spelling Kafka Streams reads the consumer's group.instance.id from: the operator's, if any, wins. */
    static final List<String> EXPLICIT_KEYS = List.of("group.instance.id", "consumer.group.instance.id",
            "main.consumer.group.instance.id");
    /** What the broker accepts in a group.instance.id, with room for Kafka Streams' thread suffix. */
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final Logger LOG = LoggerFactory.getLogger(StaticMembership.class);

    private StaticMembership() {
    }

    /**
     * {@code config} with a {@code group.instance.id} read from (or first written to) the state
     * directory, unless static membership is turned off, the operator set an id, or the group uses
     * the streams protocol (which refuses static members).
     */
    public static AppConfig apply(AppConfig config) {
        if (!config.getBoolean(ENABLED)) {
            LOG.info("Static membership off ({}=false): a restarted instance waits for its old session to expire", ENABLED);
            return config;
        }
        Optional<String> explicit = EXPLICIT_KEYS.stream().filter(config::has).findFirst();
        if (explicit.isPresent()) {
            LOG.info("group.instance.id set by the configuration ({}={})", explicit.get(), config.get(explicit.get()));
            return config;
        }
        if ("streams".equals(config.get("group.protocol", "classic").strip().toLowerCase(Locale.ROOT))) {
            LOG.info("group.protocol=streams has no static membership: no group.instance.id derived");
            return config;
        }
        Path file = idFile(config);
        String id = readOrCreate(file);
        LOG.info("group.instance.id {} (from {}; each stream thread's consumer adds -<thread index>)", id, file);
        return config.with(Map.of("group.instance.id", id));
    }

    /** {@code <state.dir>/<application.id>/reportflow-instance-id}, with Kafka Streams' default state.dir when none is set. */
    static Path idFile(AppConfig config) {
        String stateDir = config.has("state.dir") ? config.get("state.dir")
                : String.valueOf(StreamsConfig.configDef().defaultValues().get("state.dir"));
        return Path.of(stateDir, config.get("application.id"), ID_FILE);
    }

    /**
     * The id in {@code file}, or a new one written there. Written to a temporary file and moved into
     * place, so that a crash leaves either no file or a whole one; an unreadable id is replaced.
     */
    static String readOrCreate(Path file) {
        try {
            Optional<String> existing = read(file);
            if (existing.isPresent()) {
                return existing.get();
            }
            String id = "reportflow-" + UUID.randomUUID();
            Files.createDirectories(file.getParent());
            Path written = Files.createTempFile(file.getParent(), ID_FILE, ".tmp");
            Files.writeString(written, id + "\n", StandardCharsets.US_ASCII);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the instance id " + file + " (set group.instance.id, or "
                    + ENABLED + "=false)", e);
        }
    }

    private static Optional<String> read(Path file) throws IOException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (java.nio.charset.CharacterCodingException e) {
            content = "";
        }
        if (VALID_ID.matcher(content).matches()) {
            return Optional.of(content);
        }
        LOG.warn("{} holds no valid group.instance.id; writing a new one", file);
        return Optional.empty();
    }
}
