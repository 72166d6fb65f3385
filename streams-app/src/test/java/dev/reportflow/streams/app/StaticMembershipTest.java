package dev.reportflow.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.config.AppConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticMembershipTest {

    @TempDir
    Path stateDir;

    private AppConfig config(Map<String, String> flags) {
        Map<String, String> all = new HashMap<>(flags);
        all.putIfAbsent("state.dir", stateDir.toString());
        return AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), all);
    }

    @Test
    void theIdIsCreatedOnceInTheApplicationsStateDirectoryAndReadAgainOnRestart() throws Exception {
        AppConfig first = StaticMembership.apply(config(Map.of()));
        String id = first.get("group.instance.id");
        Path file = stateDir.resolve("reportflow-router").resolve(StaticMembership.ID_FILE);
        assertThat(file).exists();
        assertThat(Files.readString(file, StandardCharsets.US_ASCII).strip()).isEqualTo(id);
        assertThat(id).matches("reportflow-[0-9a-f-]{36}");

        assertThat(StaticMembership.apply(config(Map.of())).get("group.instance.id")).as("a restart on the same host")
                .isEqualTo(id);
    }

    @Test
    void anotherStateDirectoryOrApplicationGetsAnotherId(@TempDir Path otherHost) {
        String id = StaticMembership.apply(config(Map.of())).get("group.instance.id");
        assertThat(StaticMembership.apply(config(Map.of("state.dir", otherHost.toString()))).get("group.instance.id"))
                .as("a second instance on the host, or a new host").isNotEqualTo(id);
        assertThat(StaticMembership.apply(config(Map.of("application.id", "another-app"))).get("group.instance.id"))
                .isNotEqualTo(id);
    }

    @Test
    void theOperatorsIdWinsInAnySpellingKafkaStreamsReads() {
        for (String key : StaticMembership.EXPLICIT_KEYS) {
            AppConfig config = StaticMembership.apply(config(Map.of(key, "streams-host-7")));
            assertThat(config.get(key)).isEqualTo("streams-host-7");
            if (!key.equals("group.instance.id")) {
                assertThat(config.has("group.instance.id")).as("nothing derived beside %s", key).isFalse();
            }
        }
        assertThat(stateDir.resolve("reportflow-router").resolve(StaticMembership.ID_FILE)).doesNotExist();
    }

    @Test
    void offWhenTurnedOffOrUnderTheStreamsProtocol() {
        assertThat(StaticMembership.apply(config(Map.of(StaticMembership.ENABLED, "false"))).has("group.instance.id")).isFalse();
        assertThat(StaticMembership.apply(config(Map.of("group.protocol", "STREAMS"))).has("group.instance.id"))
                .as("Kafka Streams refuses group.instance.id under group.protocol=streams").isFalse();
        assertThat(stateDir.resolve("reportflow-router").resolve(StaticMembership.ID_FILE)).doesNotExist();
    }

    @Test
    void anUnreadableIdIsReplacedByAValidOne() throws Exception {
        Path file = stateDir.resolve("reportflow-router").resolve(StaticMembership.ID_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
        String id = StaticMembership.readOrCreate(file);
        assertThat(id).startsWith("reportflow-");
        assertThat(Files.readString(file).strip()).isEqualTo(id);

        Files.writeString(file, "not an id: spaces and a colon\n");
        assertThat(StaticMembership.readOrCreate(file)).startsWith("reportflow-").isNotEqualTo(id);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left behind")
                    .containsExactly(StaticMembership.ID_FILE);
        }
    }
}
