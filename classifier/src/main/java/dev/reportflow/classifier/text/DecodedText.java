package dev.reportflow.classifier.text;

/**
 * The outcome of decoding a file: either its text (BOM removed, line ends normalised to '\n') and
 * the encoding that read it, or the failure and a message for the sender.
 */
public record DecodedText(String text, String encoding, DecodeFailure failure, String message) {

    static DecodedText ok(String text, String encoding) {
        return new DecodedText(text, encoding, null, null);
    }

    static DecodedText failed(DecodeFailure failure, String message) {
        return new DecodedText(null, null, failure, message);
    }

    public boolean isOk() {
        return failure == null;
    }
}
