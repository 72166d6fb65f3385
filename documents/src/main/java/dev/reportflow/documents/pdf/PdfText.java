package dev.reportflow.documents.pdf;

import dev.reportflow.documents.DocumentFailure;
import dev.reportflow.documents.DocumentFormat;
import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.documents.DocumentText;
import dev.reportflow.documents.ReadFailures;
import dev.reportflow.documents.layout.PagedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF exported from Word or WPS, read with PDFBox: each page's text in reading order
 * (sorted by position, not by the order the writer drew it), then rejoined into paragraphs without
 * page furniture by {@link PagedText}. A PDF of scanned pages has pictures of text and no text;
 * it is refused as {@link DocumentFailure#NO_TEXT_LAYER} with a message saying what to send instead.
 */
public final class PdfText {

    /**
     * Where a PDF must say %%EOF: Acrobat looks in the last 1024 bytes. A file cut short in transit
     * lacks it, and PDFBox's lenient parser would otherwise read what is left and route half a report.
     */
    private static final int EOF_WINDOW = 1024;
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /**
     * Fewer letters than this per page, on pages with images, is a scan: scanning apps stamp a few
     * words ("扫描全能王 创建") on pictures of pages; a page of report text has hundreds.
     */
    private static final int SCANNED_CHARS_PER_PAGE = 20;

    static final String NO_TEXT_LAYER_MESSAGE = "PDF 文件没有可提取的文字（可能是扫描件）。请报送 Word 文件（.docx、.doc、.wps），"
            + "或由 Word、WPS 直接导出（另存为）的 PDF；扫描件的文字识别（OCR）暂不支持。"
            + " The PDF has no text layer (it looks like scanned pages): send the Word file, or a PDF exported from"
            + " Word or WPS. Scanned documents (OCR) are not read yet.";

    private PdfText() {
    }

    public static DocumentText read(byte[] bytes, DocumentLimits limits) {
        if (!endsWithEofMarker(bytes)) {
            return unreadable("it is cut short: the end of the file is missing");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages()) {
                return DocumentText.failed(DocumentFailure.TOO_MANY_LINES, "The PDF has " + pages + " pages; the limit is "
                        + limits.maxPages() + ". A compilation that large must be split into several submissions.");
            }
            if (expandsBeyond(document, limits.maxExpandedBytes())) {
                return DocumentText.failed(DocumentFailure.OVERSIZED, "The PDF's compressed contents unpack to more than "
                        + (limits.maxExpandedBytes() >> 20) + " MiB, far more than a report's text needs. Export it again"
                        + " from Word or WPS without embedded objects.");
            }
            LineCollector collector = new LineCollector(limits.maxLines());
            try {
                collector.writeText(document, Writer.nullWriter());
            } catch (TooManyLines e) {
                return DocumentText.failed(DocumentFailure.TOO_MANY_LINES, "The PDF has more than " + limits.maxLines()
                        + " lines; a compilation that large must be split into several submissions.");
            }
            if (collector.letters < (long) SCANNED_CHARS_PER_PAGE * Math.max(pages, 1) && hasImages(document)) {
                return DocumentText.failed(DocumentFailure.NO_TEXT_LAYER, NO_TEXT_LAYER_MESSAGE);
            }
            return DocumentText.document(DocumentFormat.PDF, PagedText.join(collector.pages));
        } catch (InvalidPasswordException e) {
            return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The PDF is protected by a password and cannot"
                    + " be read. Export it again from Word or WPS without a password (or send the Word file).");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged files with IOExceptions and, deeper in, unchecked exceptions of many kinds.
            return unreadable(ReadFailures.describe(e));
        }
    }

    private static DocumentText unreadable(String why) {
        return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The PDF cannot be read (" + why + "). Export it"
                + " again from Word or WPS, or send the Word file.");
    }

    private static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW - EOF_MARKER.length);
        outer:
        for (int i = bytes.length - EOF_MARKER.length; i >= from; i--) {
            for (int j = 0; j < EOF_MARKER.length; j++) {
                if (bytes[i + j] != EOF_MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The PDF counterpart of a zip bomb: a 4 MB file whose Flate-compressed streams inflate to
     * gigabytes, which PDFBox would decode in memory. Streams are measured by inflating them with
     * a fixed buffer, stopping past the limit, before any is decoded for text. Streams with other
     * filters count at their stored size (they are images, or rare).
     */
    private static boolean expandsBeyond(PDDocument document, long maxExpandedBytes) throws IOException {
        long total = 0;
        for (Map.Entry<COSObjectKey, Long> entry : document.getDocument().getXrefTable().entrySet()) {
            // Objects inside object streams (negative offsets) are never streams themselves.
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue;
            }
            var object = document.getDocument().getObjectFromPool(entry.getKey());
            COSBase base = object == null ? null : object.getObject();
            if (base instanceof COSStream stream) {
                total += expandedSize(stream, maxExpandedBytes - total + 1);
                if (total > maxExpandedBytes) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long expandedSize(COSStream stream, long atMost) throws IOException {
        COSBase filters = stream.getFilters();
        COSBase first = filters instanceof COSArray array && array.size() > 0 ? array.getObject(0) : filters;
        if (!COSName.FLATE_DECODE.equals(first) && !COSName.FLATE_DECODE_ABBREVIATION.equals(first)) {
            return stream.getLength();
        }
        Inflater inflater = new Inflater();
        byte[] in = new byte[16 * 1024];
        byte[] out = new byte[64 * 1024];
        long size = 0;
        try (InputStream raw = stream.createRawInputStream()) {
            while (size < atMost && !inflater.finished()) {
                if (inflater.needsInput()) {
                    int n = raw.read(in);
                    if (n < 0) {
                        break;
                    }
                    inflater.setInput(in, 0, n);
                }
                int inflated = inflater.inflate(out);
                if (inflated == 0 && inflater.needsDictionary()) {
                    break;
                }
                size += inflated;
            }
        } catch (DataFormatException e) {
            // Damaged data: PDFBox decodes what it can of it, which is no more than was measured.
        } finally {
            inflater.end();
        }
        return size;
    }

    private static boolean hasImages(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class TooManyLines extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyLines() {
            super(null, null, false, false);
        }
    }

    /**
     * Collects each page's glyphs where PDFBox places them (rotation and text direction applied)
     * and groups them into lines with {@link PagedText#lines}, rather than with the stripper's own
     * line finding, which merges a running header into a large first line below it; stops once
     * there are more lines than allowed.
     */
    private static final class LineCollector extends PDFTextStripper {
        private final int maxLines;
        private final List<List<PagedText.Line>> pages = new ArrayList<>();
        private final List<PagedText.Fragment> glyphs = new ArrayList<>();
        private int lines;
        private long letters;

        LineCollector(int maxLines) {
            this.maxLines = maxLines;
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage pdPage) {
            glyphs.clear();
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            String text = glyph.getUnicode();
            if (text == null || text.isEmpty()) {
                return;
            }
            double size = glyph.getFontSizeInPt() > 0 ? glyph.getFontSizeInPt() : Math.max(glyph.getWidthDirAdj(), 1);
            glyphs.add(new PagedText.Fragment(text, glyph.getXDirAdj(), glyph.getYDirAdj(),
                    glyph.getXDirAdj() + glyph.getWidthDirAdj(), size));
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    letters++;
                }
            }
        }

        @Override
        protected void endPage(PDPage pdPage) {
            List<PagedText.Line> page = PagedText.lines(glyphs);
            lines += page.size();
            if (lines > maxLines) {
                throw new TooManyLines();
            }
            pages.add(page);
        }
    }
}
