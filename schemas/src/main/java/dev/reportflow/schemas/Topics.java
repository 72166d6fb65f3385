package dev.reportflow.schemas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of reportflow's topics, overridable through the {@code reportflow.topics.*} name
 * properties (declared in {@code ReportflowProperties}) so that one cluster can host several environments.
 */
public record Topics(String submitted, String classified, String rejected, String routingRules,
                     String corrections, String auditCheckpoints, String routedPrefix) {

    public static final String UNASSIGNED = "unassigned";
    private static final String KEY_PREFIX = "reportflow.topics.";

    public static Topics defaults() {
        return from(Map.of());
    }

    public static Topics from(Map<?, ?> config) {
        return new Topics(
                get(config, "submitted", "reports.submitted"),
                get(config, "classified", "reports.classified"),
                get(config, "rejected", "reports.rejected"),
                get(config, "routing-rules", "routing.rules"),
                get(config, "corrections", "routing.corrections"),
                get(config, "audit-checkpoints", "audit.checkpoints"),
                get(config, "routed-prefix", "routed."));
    }

    /** These topics with {@code prefix} before every name: one cluster hosting several environments, or tests. */
    public Topics withPrefix(String prefix) {
        return new Topics(prefix + submitted, prefix + classified, prefix + rejected, prefix + routingRules,
                prefix + corrections, prefix + auditCheckpoints, prefix + routedPrefix);
    }

    /** The {@code reportflow.topics.*} properties that name these topics, for a process's configuration. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(KEY_PREFIX + "submitted", submitted);
        properties.put(KEY_PREFIX + "classified", classified);
        properties.put(KEY_PREFIX + "rejected", rejected);
        properties.put(KEY_PREFIX + "routing-rules", routingRules);
        properties.put(KEY_PREFIX + "corrections", corrections);
        properties.put(KEY_PREFIX + "audit-checkpoints", auditCheckpoints);
        properties.put(KEY_PREFIX + "routed-prefix", routedPrefix);
        return properties;
    }

    /** Every topic but the departments' routed ones. */
    public List<String> fixed() {
        return List.of(submitted, classified, rejected, routingRules, corrections, auditCheckpoints);
    }

    /** The topic a department's supervisors read. */
    public String routed(String department) {
        return routedPrefix + department;
    }

    /** The department code a routed topic name stands for, or null when it is not a routed topic. */
    public String departmentOf(String topic) {
        return topic.startsWith(routedPrefix) ? topic.substring(routedPrefix.length()) : null;
    }

    private static String get(Map<?, ?> config, String key, String fallback) {
        Object value = config.get(KEY_PREFIX + key);
        if (value == null) {
            // The old spelling, in a map that did not come through AppConfig (which renames it with a warning).
            value = config.get("reportflow.topic." + key);
        }
        return value == null ? fallback : value.toString();
    }
}
