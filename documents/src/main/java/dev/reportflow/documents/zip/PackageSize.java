package dev.reportflow.documents.zip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Measures a zip package (a Word .docx, an OFD) before anything parses it: POI builds the whole
 * document in memory, at many times the XML's size, so a 3 MB file of 95 MB XML exhausted a 1 GB
 * heap, and ofdrw unpacks an OFD to disk. The measure streams through the zip once, with a fixed
 * buffer, and stops as soon as a limit is passed; the sizes the zip declares are not trusted.
 */
public final class PackageSize {

    /** What the measure found: within the limits, or which one was passed. */
    public enum Verdict { WITHIN, TOO_LARGE, TOO_MANY_PARAGRAPHS }

    /** Word's body part and its paragraph tag ({@code <w:p>} or {@code <w:p ...>}; {@code <w:pPr>} does not count). */
    public static final Counted WORD_PARAGRAPHS = new Counted("word/document.xml", "<w:p");

    /** Counts the occurrences of an element's opening tag in one part of the package. */
    public record Counted(String part, String openingTag) {
    }

    private static final java.nio.charset.Charset GBK_NAMES = java.nio.charset.Charset.forName("GB18030");

    private PackageSize() {
    }

    /**
     * Measures {@code zip}: the bytes of all its parts together against {@code maxExpandedBytes},
     * and, when {@code counted} is not null, the elements counted in that part against {@code maxCount}.
     */
    public static Verdict measure(byte[] zip, long maxExpandedBytes, Counted counted, int maxCount) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long expanded = 0;
        // Names not flagged as UTF-8 are GBK in packages written by Chinese tools; as UTF-8 they would not decode.
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), GBK_NAMES)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                TagCounter tags = counted != null && counted.part().equals(entry.getName()) ? new TagCounter(counted.openingTag()) : null;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    expanded += n;
                    if (expanded > maxExpandedBytes) {
                        return Verdict.TOO_LARGE;
                    }
                    if (tags != null && tags.count(buffer, n) > maxCount) {
                        return Verdict.TOO_MANY_PARAGRAPHS;
                    }
                }
            }
        }
        return Verdict.WITHIN;
    }

    /** Counts a tag across buffer boundaries: a tag split between two reads still counts once. */
    private static final class TagCounter {
        private final byte[] tag;
        private int matched;
        private int count;

        TagCounter(String tag) {
            this.tag = tag.getBytes(StandardCharsets.US_ASCII);
        }

        int count(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (matched == tag.length) {
                    if (b == '>' || b == ' ' || b == '/') {
                        count++;
                    }
                    matched = 0;
                }
                if (b == tag[matched]) {
                    matched++;
                } else {
                    matched = b == tag[0] ? 1 : 0;
                }
            }
            return count;
        }
    }
}
