package dev.reportflow.documents;

/**
 * A submitted file read as text lines, or why it could not be: the text (line ends '\n'), what
 * read it ({@code encoding}: the charset for plain text, {@value #DOCX_ENCODING} for Word), the
 * file's content type and the text's {@link dev.reportflow.classifier.text.ContentHash content
 * hash}; or the failure and a message the sender can act on.
 */
public record DocumentText(String text, String encoding, String contentType, String contentHash, DocumentFailure failure,
                           String message) {

    /** A Word file has no text encoding of its own to report: its XML parts declare theirs. */
    public static final String DOCX_ENCODING = "docx";

    static DocumentText ok(String text, String encoding, DocumentFormat format, String contentHash) {
        return new DocumentText(text, encoding, format.contentType(), contentHash, null, null);
    }

    static DocumentText failed(DocumentFailure failure, String message) {
        return new DocumentText(null, null, null, null, failure, message);
    }

    public boolean isOk() {
        return failure == null;
    }
}
