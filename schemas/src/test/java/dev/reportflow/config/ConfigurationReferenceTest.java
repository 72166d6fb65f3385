package dev.reportflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md is generated from the ConfigDef and committed: this fails when a property
 * was declared or changed without regenerating it ({@code -Dreportflow.config.snapshot=true} does).
 */
class ConfigurationReferenceTest {

    private static final Path COMMITTED = Path.of("..", "docs", "configuration.md");

    @Test
    void theCommittedReferenceIsTheOneTheDeclarationsRender() throws Exception {
        String rendered = ConfigurationReference.markdown();
        if (Boolean.getBoolean("reportflow.config.snapshot")) {
            Files.writeString(COMMITTED, rendered, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/configuration.md is stale: regenerate it with -Dreportflow.config.snapshot=true")
                .isEqualTo(rendered);
    }

    @Test
    void everyDeclaredPropertyIsDocumentedWithItsDefault() {
        String rendered = ConfigurationReference.markdown();

        ReportflowProperties.DEFINITION.configKeys().values().forEach(key -> {
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(rendered).contains("### `" + key.name + "`");
        });
        assertThat(rendered).contains("| long | `4194304` | [1,...] | high | `REPORTFLOW_SUBMISSION_MAX__BYTES` |");
    }

    @Test
    void theListedEnvironmentVariableSetsItsProperty() {
        ReportflowProperties.DEFINITION.configKeys().values().stream().filter(key -> key.type == org.apache.kafka.common.config.ConfigDef.Type.STRING)
                .forEach(key -> {
                    String value = key.name.endsWith("-file") ? "/tmp/x" : key.name.startsWith("reportflow.topics.") ? "env.topic" : "PT1S";
                    AppConfig config = AppConfig.load("test-app.properties", null,
                            Map.of(ConfigurationReference.environmentVariable(key.name), value), Map.of());
                    assertThat(config.get(key.name)).as(key.name).isEqualTo(value);
                });
    }
}
