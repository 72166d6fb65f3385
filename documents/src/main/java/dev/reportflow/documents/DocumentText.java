package dev.reportflow.documents;

import dev.reportflow.classifier.text.ContentHash;
import dev.reportflow.classifier.text.DecodedText;

/**
 * A submitted file read as text lines, or why it could not be: the text (line ends '\n'), what
 * read it ({@code encoding}: the charset for plain text, else the document format's short name:
 * {@value #DOCX_ENCODING}, "doc", "pdf", "ofd") and the file's content type; or the failure and a
 * message the sender can act on.
 */
public final class DocumentText {

    /** A Word file has no text encoding of its own to report: its XML parts declare theirs. */
    public static final String DOCX_ENCODING = "docx";

    private final String text;
    private final String encoding;
    private final String contentType;
    private final DocumentFailure failure;
    private final String message;
    /** How a plain-text file was decoded, which can hash it without encoding the text again; null for documents. */
    private final DecodedText decoded;

    private DocumentText(String text, String encoding, String contentType, DocumentFailure failure, String message,
                         DecodedText decoded) {
        this.text = text;
        this.encoding = encoding;
        this.contentType = contentType;
        this.failure = failure;
        this.message = message;
        this.decoded = decoded;
    }

    static DocumentText plainText(DecodedText decoded) {
        return new DocumentText(decoded.text(), decoded.encoding(), DocumentFormat.PLAIN_TEXT.contentType(), null, null,
                decoded);
    }

    /** The text of a document of {@code format} (not plain text, which comes from the decoder). */
    public static DocumentText document(DocumentFormat format, String text) {
        if (format == DocumentFormat.PLAIN_TEXT) {
            throw new IllegalArgumentException("plain text is read by the text decoder");
        }
        return new DocumentText(text, format.shortName(), format.contentType(), null, null, null);
    }

    /** Why a file could not be read, with a message its sender can act on. */
    public static DocumentText failed(DocumentFailure failure, String message) {
        return new DocumentText(null, null, null, failure, message, null);
    }

    /** The text, or null when the file could not be read. */
    public String text() {
        return text;
    }

    public String encoding() {
        return encoding;
    }

    public String contentType() {
        return contentType;
    }

    public DocumentFailure failure() {
        return failure;
    }

    public String message() {
        return message;
    }

    public boolean isOk() {
        return failure == null;
    }

    /**
     * {@link ContentHash#of ContentHash.of(text())}, computed when asked (a replay that only
     * re-classifies never pays for it), from the submitted bytes when they are the text's UTF-8.
     * The bytes given to {@link DocumentReader} must not have changed since.
     *
     * @return null when the file could not be read
     */
    public String contentHash() {
        if (!isOk()) {
            return null;
        }
        return decoded != null ? decoded.contentHash() : ContentHash.of(text);
    }
}
