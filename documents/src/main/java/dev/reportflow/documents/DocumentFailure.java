package dev.reportflow.documents;

/**
 * Why a file could not be read as a report's text. The first three are the text decoder's reasons;
 * {@link #UNREADABLE_DOCUMENT} is a document (Word, WPS, PDF, OFD) that is damaged, encrypted or
 * only named like one; {@link #OVERSIZED} and {@link #TOO_MANY_LINES} are files past
 * {@link DocumentLimits}; {@link #NO_TEXT_LAYER} is a PDF of scanned pages, which holds pictures of
 * text but no text. Each name is also a reason on the rejected topic.
 */
public enum DocumentFailure {
    EMPTY, BINARY, UNKNOWN_ENCODING, UNREADABLE_DOCUMENT, OVERSIZED, TOO_MANY_LINES, NO_TEXT_LAYER;

    /** The reason to write on the rejected topic. */
    public String rejectionReason() {
        return name();
    }
}
