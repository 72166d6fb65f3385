package dev.reportflow.documents;

import java.util.Map;

/**
 * How much work one submitted file may cost to read: a small file can expand far (a Word file or an
 * OFD is a zip of XML, a PDF's streams are compressed), and a text of millions of lines costs every
 * later step. Past a limit the file is refused with its own reason rather than read.
 *
 * @param maxExpandedBytes the most a Word file's or OFD's parts, or a PDF's compressed streams, may
 *                         hold once unpacked, in bytes
 * @param maxLines         the most lines (a Word file's paragraphs and table rows, a PDF's or OFD's
 *                         lines as laid out on its pages) a text may have
 * @param maxPages         the most pages a PDF or OFD may have
 */
public record DocumentLimits(long maxExpandedBytes, int maxLines, int maxPages) {

    /** {@code reportflow.submission.max-expanded-bytes}: 32 MiB, eight times the largest submission. */
    public static final String MAX_EXPANDED_BYTES = "reportflow.submission.max-expanded-bytes";
    /** {@code reportflow.submission.max-lines}: 50,000, ten times a large compilation's. */
    public static final String MAX_LINES = "reportflow.submission.max-lines";
    /**
     * {@code reportflow.submission.max-pages}: 500. A large compilation runs to 200 pages; the page
     * count is known before any page is read, so it refuses a huge PDF or OFD before the line limit could.
     */
    public static final String MAX_PAGES = "reportflow.submission.max-pages";

    private static final int DEFAULT_MAX_PAGES = 500;

    public static final DocumentLimits DEFAULT = new DocumentLimits(32L << 20, 50_000, DEFAULT_MAX_PAGES);

    public DocumentLimits {
        if (maxExpandedBytes <= 0 || maxLines <= 0 || maxPages <= 0) {
            throw new IllegalArgumentException("document limits must be positive: " + maxExpandedBytes + ", " + maxLines
                    + ", " + maxPages);
        }
    }

    /** These limits with the default page limit. */
    public DocumentLimits(long maxExpandedBytes, int maxLines) {
        this(maxExpandedBytes, maxLines, DEFAULT_MAX_PAGES);
    }

    /** The limits set in {@code properties}, each falling back to {@link #DEFAULT}. */
    public static DocumentLimits from(Map<String, String> properties) {
        String expanded = properties.get(MAX_EXPANDED_BYTES);
        String lines = properties.get(MAX_LINES);
        String pages = properties.get(MAX_PAGES);
        return new DocumentLimits(expanded == null ? DEFAULT.maxExpandedBytes : Long.parseLong(expanded.strip()),
                lines == null ? DEFAULT.maxLines : Integer.parseInt(lines.strip()),
                pages == null ? DEFAULT.maxPages : Integer.parseInt(pages.strip()));
    }
}
