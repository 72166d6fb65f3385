package dev.reportflow.consumers.supervise;

import dev.reportflow.schemas.RoutedSection;

/** A routed section as it was read: the record and where it sits on the department's topic. */
public record Delivery(RoutedSection section, String topic, int partition, long offset) {

    public String coordinates() {
        return topic + "[" + partition + "]@" + offset;
    }
}
