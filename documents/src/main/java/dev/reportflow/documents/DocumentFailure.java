package dev.reportflow.documents;

/**
 * Why a file could not be read as a report's text. The first three are the text decoder's reasons;
 * {@link #UNREADABLE_DOCUMENT} is a Word file that is damaged or only named like one; the last two
 * are files past {@link DocumentLimits}. Each name is also a reason on the rejected topic.
 */
public enum DocumentFailure {
    EMPTY, BINARY, UNKNOWN_ENCODING, UNREADABLE_DOCUMENT, OVERSIZED, TOO_MANY_LINES;

    /** The reason to write on the rejected topic. */
    public String rejectionReason() {
        return name();
    }
}
