package dev.reportflow.history.search;

import java.time.Instant;
import java.util.List;

/** One section found: a delivery as it stands, with its text. */
public record SearchHit(String deliveryId, String unitId, String reportId, String submissionId, String routedTo,
                        String routingReason, String office, String issuer, String issuerLevel, String reportTitle,
                        String sectionPath, String heading, String role, List<String> departments, double confidence,
                        Instant receivedAt, boolean withdrawn, String correctedBy, String correctionReason,
                        String text) {

    public KeysetCursor cursor() {
        return new KeysetCursor(receivedAt, deliveryId);
    }
}
