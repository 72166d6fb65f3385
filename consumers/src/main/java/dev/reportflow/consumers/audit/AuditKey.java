package dev.reportflow.consumers.audit;

import dev.reportflow.config.AppConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the checkpoint HMAC key: the environment variable first (for schedulers that inject
 * secrets), else a key file named in the configuration. Never from the repository's properties
 * themselves, which are committed.
 */
public final class AuditKey {

    public static final String ENVIRONMENT_VARIABLE = "REPORTFLOW_AUDIT_HMAC_KEY";
    public static final String KEY_FILE_PROPERTY = "reportflow.audit.hmac-key-file";

    private AuditKey() {
    }

    public static Optional<CheckpointSigner> signer(AppConfig config, Map<String, String> environment) {
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(new CheckpointSigner(fromEnvironment.trim().getBytes(StandardCharsets.UTF_8)));
        }
        String file = config.get(KEY_FILE_PROPERTY, "");
        if (file.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CheckpointSigner(Files.readString(Path.of(file), StandardCharsets.UTF_8).trim()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key file " + file, e);
        }
    }
}
