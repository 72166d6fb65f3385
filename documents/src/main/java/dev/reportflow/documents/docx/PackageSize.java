package dev.reportflow.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Measures a Word package before POI parses it: POI builds the whole document in memory, at many
 * times the XML's size, so a 3 MB file of 95 MB XML exhausted a 1 GB heap. The measure streams
 * through the zip once, with a fixed buffer, and stops as soon as a limit is passed; the sizes the
 * zip declares are not trusted.
 */
final class PackageSize {

    private static final String BODY_PART = "word/document.xml";
    /** A paragraph opens with {@code <w:p>} or {@code <w:p ...>}; {@code <w:pPr>} and others do not count. */
    private static final byte[] PARAGRAPH_TAG = "<w:p".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** What the measure found: within the limits, or which one was passed. */
    enum Verdict { WITHIN, TOO_LARGE, TOO_MANY_PARAGRAPHS }

    private PackageSize() {
    }

    static Verdict measure(byte[] docx, long maxExpandedBytes, int maxParagraphs) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long expanded = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ParagraphCounter paragraphs = BODY_PART.equals(entry.getName()) ? new ParagraphCounter() : null;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    expanded += n;
                    if (expanded > maxExpandedBytes) {
                        return Verdict.TOO_LARGE;
                    }
                    if (paragraphs != null && paragraphs.count(buffer, n) > maxParagraphs) {
                        return Verdict.TOO_MANY_PARAGRAPHS;
                    }
                }
            }
        }
        return Verdict.WITHIN;
    }

    /** Counts paragraph tags across buffer boundaries: a tag split between two reads still counts once. */
    private static final class ParagraphCounter {
        private int matched;
        private int count;

        int count(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (matched == PARAGRAPH_TAG.length) {
                    if (b == '>' || b == ' ' || b == '/') {
                        count++;
                    }
                    matched = 0;
                }
                if (b == PARAGRAPH_TAG[matched]) {
                    matched++;
                } else {
                    matched = b == PARAGRAPH_TAG[0] ? 1 : 0;
                }
            }
            return count;
        }
    }
}
