package dev.reportflow.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigDef;

/**
 * docs/configuration.md, rendered from {@link ReportflowProperties#DEFINITION}: one section per
 * family ({@code reportflow.submission.*}, …), in declaration order, each property with its
 * documentation, type, default, valid values and environment variable.
 */
final class ConfigurationReference {

    private ConfigurationReference() {
    }

    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Configuration reference

                <!-- Generated from ReportflowProperties by ConfigurationReferenceTest: do not edit by hand. -->

                reportflow's own properties, `reportflow.*`, each declared once in a Kafka `ConfigDef`
                ([`ReportflowProperties`](../schemas/src/main/java/dev/reportflow/config/ReportflowProperties.java)).
                Every command reads its app's bundled properties file, then `--command-config FILE`, then
                `REPORTFLOW_*` environment variables, then `--command-property KEY=VALUE` (alias `-D`) and
                `--bootstrap-server`, later layers winning. A `reportflow.*` key that is not listed here, or a
                value its check refuses, stops the command with exit code 2 and a message naming the key (and
                the nearest listed key, for a typo).

                Kafka's own client and Streams properties (`bootstrap.servers`, `acks`, `processing.guarantee`,
                `security.protocol`, …) pass through to Kafka, which checks them. The bundled files set some:
                [`reportflow-streams.properties`](../streams-app/src/main/resources/reportflow-streams.properties),
                [`reportflow-submit.properties`](../producers/src/main/resources/reportflow-submit.properties),
                [`reportflow-consumers.properties`](../consumers/src/main/resources/reportflow-consumers.properties).

                To declare a property: one `.define(...)` line in `ReportflowProperties.DEFINITION`, then
                regenerate this file:
                `mvn -B -pl schemas -am test -Dtest=ConfigurationReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dreportflow.config.snapshot=true`.
                """);
        families().forEach((family, keys) -> {
            md.append("\n## `").append(family).append(".*`\n");
            keys.forEach(key -> property(md, key));
        });
        md.append("\n## Deprecated names\n\nStill read, with a warning; use the new name.\n\n| old name | new name |\n|---|---|\n");
        new TreeMap<>(ReportflowProperties.DEPRECATED_ALIASES).forEach((old, current) ->
                md.append("| `").append(old).append("` | `").append(current).append("` |\n"));
        return md.toString();
    }

    private static Map<String, List<ConfigDef.ConfigKey>> families() {
        Map<String, List<ConfigDef.ConfigKey>> families = new LinkedHashMap<>();
        ReportflowProperties.DEFINITION.configKeys().values().forEach(key -> families
                .computeIfAbsent(key.name.substring(0, key.name.lastIndexOf('.')), f -> new java.util.ArrayList<>()).add(key));
        return families;
    }

    private static void property(StringBuilder md, ConfigDef.ConfigKey key) {
        String defaultValue = ConfigDef.convertToString(key.defaultValue, key.type);
        md.append("\n### `").append(key.name).append("`\n\n")
                .append(key.documentation).append("\n\n")
                .append("| type | default | valid values | importance | environment variable |\n|---|---|---|---|---|\n")
                .append("| ").append(key.type.toString().toLowerCase(Locale.ROOT))
                .append(" | ").append(defaultValue.isEmpty() ? "(empty)" : "`" + defaultValue + "`")
                .append(" | ").append(key.validator == null ? "any" : cell(key.validator.toString()))
                .append(" | ").append(key.importance.toString().toLowerCase(Locale.ROOT))
                .append(" | `").append(environmentVariable(key.name)).append("` |\n");
    }

    /** The variable AppConfig reads as this property: the inverse of its name mapping. */
    static String environmentVariable(String property) {
        return AppConfig.ENV_PREFIX + property.substring(ReportflowProperties.PREFIX.length())
                .replace("-", "__").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
