package dev.reportflow.producers.submit;

import dev.reportflow.text.SafeText;
import java.time.Instant;

/**
 * What an office keeps as proof of a submission: its id, where Kafka stored it and when. The
 * submission's outcome (routed or rejected) is found later with {@code reportflow trace <id>}.
 */
public record Receipt(String fileName, String submissionId, String contentHash, String encoding, String topic,
                      int partition, long offset, Instant loggedAt) {

    /** One line for a terminal; the file name is the sender's and may hold control characters. */
    public String toLine() {
        return "RECEIVED %s  submission=%s  topic=%s  partition=%d  offset=%d  encoding=%s  %s".formatted(
                SafeText.line(fileName), submissionId, topic, partition, offset, encoding, contentHash);
    }
}
