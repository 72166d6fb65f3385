package dev.reportflow.documents;

import dev.reportflow.classifier.text.DecodedText;
import dev.reportflow.classifier.text.TextDecoder;
import dev.reportflow.documents.doc.Word97Text;
import dev.reportflow.documents.docx.DocxText;
import dev.reportflow.documents.ofd.OfdText;
import dev.reportflow.documents.pdf.PdfText;

/**
 * Turns a submitted file into the text the classifier reads: plain text through the strict
 * {@link TextDecoder}; Word files (.docx, and .doc / WPS .wps) as one line per paragraph, with list
 * numbering written out; PDF and OFD as the lines of their pages rejoined into paragraphs, without
 * page headers, footers and numbers. Never throws: unreadable input is a {@link DocumentText} failure.
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /**
     * Reads {@code bytes}, whose format is detected from their content. {@code declaredEncoding}
     * applies to plain text only (documents carry their own).
     */
    public static DocumentText read(String fileName, byte[] bytes, String declaredEncoding) {
        return read(fileName, bytes, declaredEncoding, DocumentLimits.DEFAULT);
    }

    /** {@link #read(String, byte[], String)} within {@code limits}. */
    public static DocumentText read(String fileName, byte[] bytes, String declaredEncoding, DocumentLimits limits) {
        DocumentFormat format = DocumentFormat.detect(bytes);
        DocumentFormat claimed = DocumentFormat.claimedBy(fileName);
        if (format == DocumentFormat.PLAIN_TEXT && claimed != null) {
            // A name never makes bytes be parsed as a document, but bytes that are no document at
            // all under a document's name are damaged or renamed, and the sender should hear that.
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The file is named " + extensionOf(fileName)
                    + " but is not a readable " + kind(claimed) + " (damaged or renamed). " + advice(claimed));
        }
        if (format == DocumentFormat.PLAIN_TEXT && DocumentFormat.isZip(bytes)) {
            return DocumentText.failed(DocumentFailure.BINARY, "The file is a zip archive that holds no Word (.docx) or"
                    + " OFD document: an OpenDocument (.odt) file, or another archive. Save the report as .docx or"
                    + " export it as PDF, and send that file.");
        }
        return switch (format) {
            case PLAIN_TEXT -> readText(bytes, declaredEncoding, limits);
            case DOCX -> checked(readDocx(bytes, limits), format, limits);
            case WORD_97 -> checked(Word97Text.read(bytes, limits), format, limits);
            case PDF -> checked(PdfText.read(bytes, limits), format, limits);
            case OFD -> checked(OfdText.read(bytes, limits), format, limits);
        };
    }

    /**
     * Reads bytes that a producer labelled with {@code contentType}: a document's label must come
     * with that document's bytes; a plain-text label or an unknown one is read by content as
     * {@link #read} does.
     */
    public static DocumentText read(String fileName, byte[] bytes, String declaredEncoding, String contentType,
                                    DocumentLimits limits) {
        DocumentFormat labelled = DocumentFormat.ofContentType(contentType);
        if (labelled != null && labelled != DocumentFormat.PLAIN_TEXT && DocumentFormat.detect(bytes) != labelled) {
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The submission is labelled as a "
                    + kind(labelled) + " but its bytes are not a readable " + kind(labelled) + " file.");
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
        return DocumentText.document(DocumentFormat.DOCX, result.text());
    }

    /** The checks every document's text passes: it holds text, and no more lines than the limit. */
    private static DocumentText checked(DocumentText read, DocumentFormat format, DocumentLimits limits) {
        if (!read.isOk()) {
            return read;
        }
        if (read.text().isBlank()) {
            return DocumentText.failed(DocumentFailure.EMPTY, "The " + kind(format) + " holds no text.");
        }
        if (exceedsLines(read.text(), limits.maxLines())) {
            return tooManyLines(limits);
        }
        return read;
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

    private static String kind(DocumentFormat format) {
        return switch (format) {
            case PLAIN_TEXT -> "text";
            case DOCX -> "Word document";
            case WORD_97 -> "Word 97-2003 or WPS document";
            case PDF -> "PDF";
            case OFD -> "OFD document";
        };
    }

    private static String advice(DocumentFormat format) {
        return format == DocumentFormat.DOCX ? "Open it in Word and save it again as .docx."
                : "Open it in the program that made it and save or export it again.";
    }

    private static String extensionOf(String fileName) {
        return fileName.substring(fileName.lastIndexOf('.'));
    }

    private static String mebibytes(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
