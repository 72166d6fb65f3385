package dev.reportflow.producers.submit;

/**
 * A file the client will not send, with a reason code and a message the sender can act on. The
 * codes for unreadable files are those of the rejected topic (EMPTY, BINARY, UNKNOWN_ENCODING,
 * OVERSIZED, TOO_MANY_LINES, UNREADABLE_DOCUMENT: a damaged, encrypted or mislabelled document,
 * NO_TEXT_LAYER: a scanned PDF) plus UNREADABLE (the file cannot be opened); NO_OFFICE
 * and NOT_DELIVERED (Kafka did not take it) say why nothing was sent.
 */
public final class SubmissionRefusedException extends Exception {

    private final String reason;

    public SubmissionRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
