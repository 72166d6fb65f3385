package dev.reportflow.documents;

/**
 * Why a file could not be read as a report's text. The first three are the text decoder's reasons;
 * {@link #UNREADABLE_DOCUMENT} is a Word file that is damaged or only named like one.
 */
public enum DocumentFailure {
    EMPTY, BINARY, UNKNOWN_ENCODING, UNREADABLE_DOCUMENT;

    /**
     * The reason to write on the rejected topic, whose enum has no symbol for damaged documents
     * (yet): a damaged Word file is, to the pipeline, bytes that are not a text report.
     */
    public String rejectionReason() {
        return this == UNREADABLE_DOCUMENT ? BINARY.name() : name();
    }
}
