package dev.reportflow.classifier.text;

/**
 * The outcome of decoding a file: either its text (BOM removed, line ends normalised to '\n') and
 * the encoding that read it, or the failure and a message for the sender.
 */
public final class DecodedText {

    private final String text;
    private final String encoding;
    private final DecodeFailure failure;
    private final String message;
    /** The text's UTF-8 encoding when the decoder had it at hand (the input itself), or null. */
    private final byte[] utf8;

    private DecodedText(String text, String encoding, DecodeFailure failure, String message, byte[] utf8) {
        this.text = text;
        this.encoding = encoding;
        this.failure = failure;
        this.message = message;
        this.utf8 = utf8;
    }

    static DecodedText ok(String text, String encoding) {
        return new DecodedText(text, encoding, null, null, null);
    }

    /** A text read from UTF-8 that is exactly {@code utf8}: no mark to drop, no line end to normalise. */
    static DecodedText verbatimUtf8(String text, byte[] utf8) {
        return new DecodedText(text, TextDecoder.UTF_8, null, null, utf8);
    }

    static DecodedText failed(DecodeFailure failure, String message) {
        return new DecodedText(null, null, failure, message, null);
    }

    /** The text, or null when decoding failed. */
    public String text() {
        return text;
    }

    public String encoding() {
        return encoding;
    }

    public DecodeFailure failure() {
        return failure;
    }

    public String message() {
        return message;
    }

    public boolean isOk() {
        return failure == null;
    }

    /**
     * {@link ContentHash#of ContentHash.of(text())}, computed on the decoded bytes themselves when
     * they are the text's UTF-8 (plain UTF-8 input, the common case), which saves encoding the text
     * again. Those bytes must not have been changed since they were decoded.
     *
     * @throws IllegalStateException when decoding failed
     */
    public String contentHash() {
        if (!isOk()) {
            throw new IllegalStateException("a text that could not be decoded (" + failure + ") has no content hash");
        }
        return utf8 != null ? ContentHash.ofUtf8(utf8) : ContentHash.of(text);
    }
}
