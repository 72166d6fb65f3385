package dev.reportflow.streams.intake;

import dev.reportflow.decision.Outcome;
import dev.reportflow.schemas.Submission;

/**
 * Valid, but not in the intake partition its recomputed content hash belongs to (a producer keyed
 * it otherwise, or chose the partition): it goes through the re-keying topic before deduplication,
 * so that every copy of a text meets the same dedupe store.
 */
public record Misplaced(Submission submission) implements Outcome {
}
