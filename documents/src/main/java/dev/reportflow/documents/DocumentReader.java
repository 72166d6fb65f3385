package dev.reportflow.documents;

import dev.reportflow.classifier.text.DecodedText;
import dev.reportflow.classifier.text.TextDecoder;
import dev.reportflow.documents.docx.DocxText;

/**
 * Turns a submitted file into the text the classifier reads: plain text through the strict
 * {@link TextDecoder}, Word files (.docx) as one line per paragraph and table row, with list
 * numbering written out. Never throws: unreadable input is a {@link DocumentText} failure.
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /**
     * Reads {@code bytes}, whose format is detected from their content. {@code declaredEncoding}
     * applies to plain text only (a Word file's XML declares its own).
     */
    public static DocumentText read(String fileName, byte[] bytes, String declaredEncoding) {
        DocumentFormat format = DocumentFormat.detect(bytes);
        if (format != DocumentFormat.DOCX && DocumentFormat.namedDocx(fileName)) {
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The file is named .docx but is not a"
                    + " readable Word document (damaged or renamed). Open it in Word and save it again as .docx.");
        }
        return switch (format) {
            case DOCX -> readDocx(bytes);
            case LEGACY_OFFICE -> DocumentText.failed(DocumentFailure.BINARY, "The file is an old Word 97-2003 (.doc)"
                    + " or other Office file. Save it as .docx (Word 2007 or later) or as .txt and send it again.");
            case PLAIN_TEXT -> readText(bytes, declaredEncoding);
        };
    }

    /**
     * Reads bytes that a producer labelled with {@code contentType}: a Word label must hold a Word
     * file; any other label is read by content as {@link #read} does.
     */
    public static DocumentText read(String fileName, byte[] bytes, String declaredEncoding, String contentType) {
        if (DocumentFormat.ofContentType(contentType) == DocumentFormat.DOCX && DocumentFormat.detect(bytes) != DocumentFormat.DOCX) {
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT,
                    "The submission is labelled as a Word document but its bytes are not a readable .docx file.");
        }
        return read(fileName, bytes, declaredEncoding);
    }

    private static DocumentText readDocx(byte[] bytes) {
        DocxText.Result result = DocxText.read(bytes);
        if (result.error() != null) {
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The Word file cannot be read ("
                    + result.error() + "). Open it in Word and save it again as .docx, or send it as .txt.");
        }
        if (result.text().isBlank()) {
            return DocumentText.failed(DocumentFailure.EMPTY, "The Word document holds no text.");
        }
        return DocumentText.word(result.text());
    }

    private static DocumentText readText(byte[] bytes, String declaredEncoding) {
        DecodedText decoded = TextDecoder.decode(bytes, declaredEncoding);
        if (!decoded.isOk()) {
            return DocumentText.failed(DocumentFailure.valueOf(decoded.failure().name()), decoded.message());
        }
        return DocumentText.plainText(decoded);
    }
}
