package dev.reportflow.streams.intake;

import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Submission;
import java.util.List;

/** Where a submission stands between the topology's steps; it ends Rejected or Classified. */
public sealed interface Outcome {

    /** Validated and decoded, waiting for classification; {@code contentHash} is of the decoded text. */
    record Accepted(Submission submission, String text, String contentHash, KafkaCoordinates source) implements Outcome {
    }

    /**
     * Valid, but not in the intake partition its recomputed content hash belongs to (a producer keyed
     * it otherwise, or chose the partition): it goes through the re-keying topic before deduplication.
     */
    record Misplaced(Submission submission) implements Outcome {
    }

    /** Goes to the rejected topic, and nowhere else. */
    record Rejected(Rejection rejection) implements Outcome {
    }

    /** One record per report for the classified topic, one per delivery for the routed topics. */
    record Classified(List<ClassifiedReport> reports, List<RoutedSection> deliveries) implements Outcome {
    }
}
