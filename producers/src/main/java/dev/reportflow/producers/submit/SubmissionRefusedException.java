package dev.reportflow.producers.submit;

/**
 * A file the client will not send, with the reason code (the same codes as the rejected topic:
 * EMPTY, BINARY, UNKNOWN_ENCODING, OVERSIZED, UNREADABLE) and a message the sender can act on.
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
