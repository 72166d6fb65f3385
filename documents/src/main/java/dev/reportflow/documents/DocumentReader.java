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
        return read(fileName, bytes, declaredEncoding, DocumentLimits.DEFAULT);
    }

    /** {@link #read(String, byte[], String)} within {@code limits}. */
    public static DocumentText read(String fileName, byte[] bytes, String declaredEncoding, DocumentLimits limits) {
        DocumentFormat format = DocumentFormat.detect(bytes);
        if (format != DocumentFormat.DOCX && DocumentFormat.namedDocx(fileName)) {
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The file is named .docx but is not a"
                    + " readable Word document (damaged or renamed). Open it in Word and save it again as .docx.");
        }
        return switch (format) {
            case DOCX -> readDocx(bytes, limits);
            case LEGACY_OFFICE -> DocumentText.failed(DocumentFailure.BINARY, "The file is an old Word 97-2003 (.doc)"
                    + " or other Office file. Save it as .docx (Word 2007 or later) or as .txt and send it again.");
            case PLAIN_TEXT -> readText(bytes, declaredEncoding, limits);
        };
    }

    /**
     * Reads bytes that a producer labelled with {@code contentType}: a Word label must hold a Word
     * file; any other label is read by content as {@link #read} does.
     */
    public static DocumentText read(String fileName, byte[] bytes, String declaredEncoding, String contentType,
                                    DocumentLimits limits) {
        if (DocumentFormat.ofContentType(contentType) == DocumentFormat.DOCX && DocumentFormat.detect(bytes) != DocumentFormat.DOCX) {
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT,
                    "The submission is labelled as a Word document but its bytes are not a readable .docx file.");
        }
        return read(fileName, bytes, declaredEncoding, limits);
    }

    private static DocumentText readDocx(byte[] bytes, DocumentLimits limits) {
        DocxText.Result result = DocxText.read(bytes, limits.maxExpandedBytes(), limits.maxLines());
        if (result.tooLarge()) {
            return DocumentText.failed(DocumentFailure.OVERSIZED, "The Word file unzips to more than "
                    + mebibytes(limits.maxExpandedBytes()) + " of XML, far more than a report's text needs. Save it"
                    + " again without embedded objects, or send the text as .txt.");
        }
        if (result.tooManyParagraphs()) {
            return tooManyLines(limits);
        }
        if (result.error() != null) {
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The Word file cannot be read ("
                    + result.error() + "). Open it in Word and save it again as .docx, or send it as .txt.");
        }
        if (result.text().isBlank()) {
            return DocumentText.failed(DocumentFailure.EMPTY, "The Word document holds no text.");
        }
        if (exceedsLines(result.text(), limits.maxLines())) {
            return tooManyLines(limits);
        }
        return DocumentText.word(result.text());
    }

    private static DocumentText readText(byte[] bytes, String declaredEncoding, DocumentLimits limits) {
        DecodedText decoded = TextDecoder.decode(bytes, declaredEncoding);
        if (!decoded.isOk()) {
            return DocumentText.failed(DocumentFailure.valueOf(decoded.failure().name()), decoded.message());
        }
        if (exceedsLines(decoded.text(), limits.maxLines())) {
            return tooManyLines(limits);
        }
        return DocumentText.plainText(decoded);
    }

    private static boolean exceedsLines(String text, int maxLines) {
        int lines = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            if (++lines > maxLines) {
                return true;
            }
        }
        return false;
    }

    private static DocumentText tooManyLines(DocumentLimits limits) {
        return DocumentText.failed(DocumentFailure.TOO_MANY_LINES, "The file has more than " + limits.maxLines()
                + " lines (paragraphs); a compilation that large must be split into several submissions.");
    }

    private static String mebibytes(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
