package dev.reportflow.web.metrics;

import java.util.Map;

/** Whether a process can do its job, with details for people; served as JSON by {@code /health}. */
public record Health(boolean up, Map<String, Object> details) {

    public Health {
        details = Map.copyOf(details);
    }

    /** A process's health, checked when asked. */
    @FunctionalInterface
    public interface Check {
        Health check();
    }
}
