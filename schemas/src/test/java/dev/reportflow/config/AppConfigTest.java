package dev.reportflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportflow.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
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

    @Test
    void aMistypedKeyStopsLoadingAndNamesTheKeyItsSourceAndTheNearestKnownOne() {
        assertThatThrownBy(() -> AppConfig.load("test-app.properties", null, Map.of(), Map.of("reportflow.dedupe.tll", "P1D")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'reportflow.dedupe.tll'")
                .hasMessageContaining("the command line")
                .hasMessageContaining("did you mean 'reportflow.dedupe.ttl'?");
    }

    @Test
    void aKeyFarFromEveryKnownOneIsRefusedWithoutAGuess(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("typo.properties");
        Files.writeString(file, "reportflow.colour=blue\n");

        assertThatThrownBy(() -> AppConfig.load("test-app.properties", file, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'reportflow.colour'")
                .hasMessageContaining(file.toString())
                .hasMessageNotContaining("did you mean");
    }

    @Test
    void aConfigurationFileThatCannotBeReadIsAConfigurationError(@TempDir Path dir) {
        Path missing = dir.resolve("missing.properties");

        assertThatThrownBy(() -> AppConfig.load("test-app.properties", missing, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Cannot read the configuration file " + missing + " (NoSuchFileException)");
    }

    @Test
    void anInvalidValueStopsLoadingAndNamesTheKey() {
        assertThatThrownBy(() -> AppConfig.load("test-app.properties", null,
                Map.of("REPORTFLOW_ROUTING_MIN__CONFIDENCE", "1.5"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("reportflow.routing.min-confidence")
                .hasMessageContaining("REPORTFLOW_ROUTING_MIN__CONFIDENCE");
        assertThatThrownBy(() -> AppConfig.load("test-app.properties", null, Map.of(), Map.of("reportflow.dedupe.ttl", "400 days")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("reportflow.dedupe.ttl")
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> AppConfig.load("test-app.properties", null, Map.of(), Map.of("reportflow.topics.submitted", "a topic")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("reportflow.topics.submitted");
    }

    @Test
    void declaredPropertiesNotSetTakeTheirDeclaredDefault() {
        AppConfig config = AppConfig.load("test-app.properties", null, Map.of(), Map.of());

        assertThat(config.get("reportflow.dedupe.ttl")).isEqualTo("P400D");
        assertThat(config.getDouble("reportflow.routing.min-confidence")).isEqualTo(0.5);
        assertThat(config.getLong("reportflow.submission.max-bytes")).as("the bundled file's value").isEqualTo(100);
    }

    @Test
    void theOldTopicNameSpellingStillWorksUnderTheNewName() {
        AppConfig config = AppConfig.load("test-app.properties", null, Map.of("REPORTFLOW_TOPIC_SUBMITTED", "env.intake"),
                Map.of("reportflow.topic.routed-prefix", "test.routed."));

        assertThat(config.get("reportflow.topics.submitted")).isEqualTo("env.intake");
        assertThat(config.get("reportflow.topics.routed-prefix")).isEqualTo("test.routed.");
        assertThat(config.asMap()).doesNotContainKeys("reportflow.topic.submitted", "reportflow.topic.routed-prefix");
        assertThat(Topics.from(config.asMap()).routed("finance")).isEqualTo("test.routed.finance");
        assertThat(Topics.from(Map.of("reportflow.topic.rejected", "old.rejected")).rejected())
                .as("a map that did not come through AppConfig").isEqualTo("old.rejected");
    }

    @Test
    void overridesAreCheckedToo() {
        AppConfig config = AppConfig.load("test-app.properties", null, Map.of(), Map.of());

        assertThatThrownBy(() -> config.with(Map.of("reportflow.topics.partitons", "3")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("did you mean 'reportflow.topics.partitions'?");
    }

    @Test
    void readingAnUndeclaredPropertyIsADefect() {
        AppConfig config = AppConfig.load("test-app.properties", null, Map.of(), Map.of());

        assertThatThrownBy(() -> config.get("reportflow.not.declared", "x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ReportflowProperties");
    }
}
