package dev.reportflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Kafka's tools' flag names and reportflow's earlier ones set the same configuration. */
class ConnectionOptionsTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        ConnectionOptions connection = new ConnectionOptions();
    }

    @Test
    void kafkasFlagNames(@TempDir Path dir) throws Exception {
        AppConfig config = load("--bootstrap-server", "kafka1:9092", "--command-config", file(dir).toString(),
                "--command-property", "reportflow.topics.partitions=12");

        assertThat(config.get("bootstrap.servers")).isEqualTo("kafka1:9092");
        assertThat(config.get("acks")).isEqualTo("1");
        assertThat(config.getInt("reportflow.topics.partitions")).isEqualTo(12);
    }

    @Test
    void reportflowsEarlierFlagNamesAreAliases(@TempDir Path dir) throws Exception {
        AppConfig config = load("--bootstrap-servers", "kafka2:9092", "--config", file(dir).toString(),
                "-D", "reportflow.topics.partitions=3", "--property", "linger.ms=7");

        assertThat(config.get("bootstrap.servers")).isEqualTo("kafka2:9092");
        assertThat(config.get("acks")).isEqualTo("1");
        assertThat(config.getInt("reportflow.topics.partitions")).isEqualTo(3);
        assertThat(config.get("linger.ms")).isEqualTo("7");
    }

    @Test
    void everySpellingOfAPropertyAddsToTheSameSet() {
        AppConfig config = load("--command-property", "linger.ms=1", "-D", "acks=0", "--property", "batch.size=9",
                "--command-property", "reportflow.topics.partitions=4");

        assertThat(config.asMap()).containsEntry("linger.ms", "1").containsEntry("acks", "0").containsEntry("batch.size", "9")
                .containsEntry("reportflow.topics.partitions", "4");
    }

    private static Path file(Path dir) throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, "acks=1\n");
        return file;
    }

    private static AppConfig load(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.connection.load("test-app.properties");
    }
}
