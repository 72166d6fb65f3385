package dev.reportflow.history.trace;

import java.time.Instant;
import java.util.List;

/**
 * A submission's path as the store recorded it: where it was received, then every record that
 * named it in the order they were written (classified, delivered, withdrawn, corrected, rejected).
 */
public record StoredTrace(String submissionId, Received received, List<Event> events) {

    public StoredTrace {
        events = List.copyOf(events);
    }

    /** The intake record, as the outputs name it (the store does not hold the submitted bytes). */
    public record Received(Instant at, String office, String fileName, String topic, int partition, long offset) {
    }

    /**
     * One record about the submission.
     *
     * @param kind    CLASSIFIED, RECLASSIFIED (with corrections), DELIVERED, RETRACTED, CORRECTION, REJECTED
     * @param subject the report, delivery or correction id, or the rejection reason
     */
    public record Event(Instant at, String kind, String subject, String routedTo, String detail, String topic,
                        int partition, long offset) {
    }

    public boolean found() {
        return received != null || !events.isEmpty();
    }
}
