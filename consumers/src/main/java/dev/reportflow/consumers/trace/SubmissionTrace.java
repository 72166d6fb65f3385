package dev.reportflow.consumers.trace;

import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Submission;
import java.time.Instant;
import java.util.List;

/** Everything the pipeline recorded about one submission, in the order it happened. */
public record SubmissionTrace(String submissionId, Received received, List<ClassifiedReport> reports,
                              List<Located<Rejection>> rejections, List<Located<RoutedSection>> deliveries) {

    public SubmissionTrace {
        reports = List.copyOf(reports);
        rejections = List.copyOf(rejections);
        deliveries = List.copyOf(deliveries);
    }

    /** The intake record: the submission (content included) and where and when the broker stored it. */
    public record Received(Submission submission, KafkaCoordinates coordinates, Instant loggedAt) {
    }

    /** A record and where it sits. */
    public record Located<T>(T record, KafkaCoordinates coordinates) {
    }

    public enum Status {
        /** Nothing anywhere names this submission. */
        UNKNOWN,
        /** On the intake topic, not yet classified or rejected: the streams app has not reached it. */
        PENDING,
        CLASSIFIED,
        REJECTED
    }

    public Status status() {
        if (!reports.isEmpty()) {
            return Status.CLASSIFIED;
        }
        if (!rejections.isEmpty()) {
            return Status.REJECTED;
        }
        return received != null ? Status.PENDING : Status.UNKNOWN;
    }
}
