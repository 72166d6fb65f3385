package dev.reportflow.schemas;

import java.util.Map;

/**
 * The names of reportflow's topics, overridable through the {@code reportflow.topics.*} name
 * properties (declared in {@code ReportflowProperties}) so that one cluster can host several environments.
 */
public record Topics(String submitted, String classified, String rejected, String routingRules,
                     String corrections, String auditCheckpoints, String routedPrefix) {

    public static final String UNASSIGNED = "unassigned";

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

    /** The topic a department's supervisors read. */
    public String routed(String department) {
        return routedPrefix + department;
    }

    /** The department code a routed topic name stands for, or null when it is not a routed topic. */
    public String departmentOf(String topic) {
        return topic.startsWith(routedPrefix) ? topic.substring(routedPrefix.length()) : null;
    }

    private static String get(Map<?, ?> config, String key, String fallback) {
        Object value = config.get("reportflow.topics." + key);
        if (value == null) {
            // The old spelling, in a map that did not come through AppConfig (which renames it with a warning).
            value = config.get("reportflow.topic." + key);
        }
        return value == null ? fallback : value.toString();
    }
}
