package dev.reportflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {

    @Test
    void laterLayersWin(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nacks=1\n");

        AppConfig config = AppConfig.load("test-app.properties", file,
                Map.of("REPORTFLOW_BOOTSTRAP_SERVERS", "env:9092", "PATH", "/bin",
                        "REPORTFLOW_SUBMISSION_MAX__BYTES", "200"),
                Map.of("bootstrap.servers", "flag:9092"));

        assertThat(config.get("bootstrap.servers")).isEqualTo("flag:9092");
        assertThat(config.get("acks")).isEqualTo("1");
        assertThat(config.getInt("reportflow.submission.max-bytes")).isEqualTo(200);
        assertThat(config.has("path")).isFalse();
    }

    @Test
    void connectionPropertiesAreTheAddressAndTheSecuritySettingsOnly() {
        AppConfig config = AppConfig.load("test-app.properties", null, Map.of(),
                Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-256"));

        assertThat(config.connectionProperties()).containsOnlyKeys("bootstrap.servers", "security.protocol", "sasl.mechanism");
    }

    @Test
    void kafkaPropertiesLeaveOutReportflowsOwn() {
        AppConfig config = AppConfig.load("test-app.properties", null, Map.of(), Map.of());

        assertThat(config.kafkaProperties()).containsEntry("acks", "all")
                .doesNotContainKey("reportflow.submission.max-bytes");
    }
}
