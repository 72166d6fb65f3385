package dev.reportflow.decision;

import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Submission;
import java.util.List;

/**
 * Where a submission stands: {@link Accepted} between the checks and classification, then
 * {@link Rejected} or {@link Classified} for good. Not sealed, so that the topology can add the one
 * state of its own (a submission to re-key before deduplication), which is about partitions, not
 * about the decision.
 */
public interface Outcome {

    /** Checked and decoded, waiting for classification; {@code contentHash} is of the decoded text. */
    record Accepted(Submission submission, String text, String contentHash, KafkaCoordinates source) implements Outcome {
    }

    /** Goes to the rejected topic, and nowhere else. */
    record Rejected(Rejection rejection) implements Outcome {
    }

    /** One record per report for the classified topic, one per delivery for the routed topics. */
    record Classified(List<ClassifiedReport> reports, List<RoutedSection> deliveries) implements Outcome {
    }
}
