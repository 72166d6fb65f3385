package dev.reportflow.documents;

import java.util.Map;

/**
 * How much work one submitted file may cost to read: a small file can expand far (a Word file is a
 * zip of XML), and a text of millions of lines costs every later step. Past a limit the file is
 * refused with its own reason rather than read.
 *
 * @param maxExpandedBytes the most a Word file's parts may hold once unzipped, in bytes
 * @param maxLines         the most lines (a Word file's paragraphs and table rows) a text may have
 */
public record DocumentLimits(long maxExpandedBytes, int maxLines) {

    /** {@code reportflow.submission.max-expanded-bytes}: 32 MiB, eight times the largest submission. */
    public static final String MAX_EXPANDED_BYTES = "reportflow.submission.max-expanded-bytes";
    /** {@code reportflow.submission.max-lines}: 50,000, ten times a large compilation's. */
    public static final String MAX_LINES = "reportflow.submission.max-lines";

    public static final DocumentLimits DEFAULT = new DocumentLimits(32L << 20, 50_000);

    public DocumentLimits {
        if (maxExpandedBytes <= 0 || maxLines <= 0) {
            throw new IllegalArgumentException("document limits must be positive: " + maxExpandedBytes + ", " + maxLines);
        }
    }

    /** The limits set in {@code properties}, each falling back to {@link #DEFAULT}. */
    public static DocumentLimits from(Map<String, String> properties) {
        String expanded = properties.get(MAX_EXPANDED_BYTES);
        String lines = properties.get(MAX_LINES);
        return new DocumentLimits(expanded == null ? DEFAULT.maxExpandedBytes : Long.parseLong(expanded.strip()),
                lines == null ? DEFAULT.maxLines : Integer.parseInt(lines.strip()));
    }
}
