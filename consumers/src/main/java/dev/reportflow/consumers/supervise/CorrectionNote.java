package dev.reportflow.consumers.supervise;

import static dev.reportflow.consumers.common.EvidenceText.localTime;

import dev.reportflow.schemas.RoutingCorrection;

/** Who corrected a delivery, when and why, with the correction's id for trace: one line for every output format. */
final class CorrectionNote {

    private CorrectionNote() {
    }

    static String of(RoutingCorrection correction) {
        return "by " + correction.getBy() + " at " + localTime(correction.getAt()) + ": " + correction.getReason()
                + " (correction " + correction.getCorrectionId() + ")";
    }
}
