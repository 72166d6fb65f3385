package dev.reportflow.documents.ofd;

import dev.reportflow.documents.DocumentFailure;
import dev.reportflow.documents.DocumentFormat;
import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.documents.DocumentText;
import dev.reportflow.documents.ReadFailures;
import dev.reportflow.documents.layout.PagedText;
import dev.reportflow.documents.zip.PackageSize;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.OFDReader;

/**
 * The text of an OFD (GB/T 33190, the format Chinese e-government systems and WPS export), read
 * with ofdrw: each page's text objects placed where they are drawn and read top to bottom, left to
 * right, then rejoined into paragraphs without page furniture by {@link PagedText}. Text on template
 * pages (the OFD way of drawing the same header or footer on every page) is not read.
 *
 * <p>ofdrw reads an OFD from a directory, so the package is unpacked into a temporary one, and only
 * after {@link PackageSize} has measured it as for a .docx: it must unpack within the limit, and
 * every entry's name must stay inside the directory (ofdrw's own unpacking would let
 * {@code ../} names out).
 */
public final class OfdText {

    /** GM/T 0099 encrypted OFD packages hold this entry; their pages cannot be read without the key. */
    private static final String ENCRYPTION_ENTRY = "Encryptions.xml";
    /** Entries (files) a package may unpack to: a 500-page OFD has about 1,100. */
    private static final int MAX_ENTRIES = 10_000;
    /** Entry names not flagged as UTF-8 are GBK in packages written by Chinese tools. */
    private static final Charset ENTRY_NAMES = Charset.forName("GB18030");
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    /** As for PDF: fewer letters than this per page, on pages with images, is a scan. */
    private static final int SCANNED_CHARS_PER_PAGE = 20;

    static final String NO_TEXT_LAYER_MESSAGE = "OFD 文件没有可提取的文字（可能是扫描件）。请报送 Word 文件（.docx、.doc、.wps），"
            + "或由 Word、WPS 直接导出的 PDF 或 OFD；扫描件的文字识别（OCR）暂不支持。"
            + " The OFD file has no text (it looks like scanned pages): send the Word file, or a PDF or OFD exported"
            + " from Word or WPS. Scanned documents (OCR) are not read yet.";

    private OfdText() {
    }

    public static DocumentText read(byte[] bytes, DocumentLimits limits) {
        if (!hasCentralDirectory(bytes)) {
            return unreadable("it is cut short: the zip directory at its end is missing");
        }
        try {
            if (PackageSize.measure(bytes, limits.maxExpandedBytes(), null, 0) != PackageSize.Verdict.WITHIN) {
                return DocumentText.failed(DocumentFailure.OVERSIZED, "The OFD file unzips to more than "
                        + (limits.maxExpandedBytes() >> 20) + " MiB, far more than a report's text needs. Export it"
                        + " again without embedded objects, or send the Word file.");
            }
        } catch (IOException | RuntimeException e) {
            return unreadable(ReadFailures.describe(e));
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("reportflow-ofd-");
            String problem = unpack(bytes, directory, limits.maxExpandedBytes());
            if (problem != null) {
                return problem.equals(ENCRYPTION_ENTRY) ? DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT,
                        "The OFD file is encrypted and cannot be read. Export it again without encryption, or send the"
                                + " Word file.") : unreadable(problem);
            }
            try (OFDReader reader = new OFDReader(directory.toString(), false)) {
                return read(reader, limits);
            }
        } catch (IOException | RuntimeException e) {
            // ofdrw reports damaged packages and XML with unchecked exceptions of many kinds.
            return unreadable(ReadFailures.describe(e));
        } finally {
            deleteQuietly(directory);
        }
    }

    private static DocumentText read(OFDReader reader, DocumentLimits limits) {
        int pageCount = reader.getNumberOfPages();
        if (pageCount > limits.maxPages()) {
            return DocumentText.failed(DocumentFailure.TOO_MANY_LINES, "The OFD file has " + pageCount + " pages; the"
                    + " limit is " + limits.maxPages() + ". A compilation that large must be split into several submissions.");
        }
        List<List<PagedText.Line>> pages = new ArrayList<>();
        int lines = 0;
        long letters = 0;
        boolean images = false;
        for (int number = 1; number <= pageCount; number++) {
            PageLines content = PageLines.of(reader.getPage(number));
            List<PagedText.Line> page = content.lines();
            letters += content.letters;
            images |= content.images;
            lines += page.size();
            if (lines > limits.maxLines()) {
                return DocumentText.failed(DocumentFailure.TOO_MANY_LINES, "The OFD file has more than " + limits.maxLines()
                        + " lines; a compilation that large must be split into several submissions.");
            }
            pages.add(page);
        }
        if (images && letters < (long) SCANNED_CHARS_PER_PAGE * Math.max(pageCount, 1)) {
            return DocumentText.failed(DocumentFailure.NO_TEXT_LAYER, NO_TEXT_LAYER_MESSAGE);
        }
        return DocumentText.document(DocumentFormat.OFD, PagedText.join(pages));
    }

    /**
     * Unpacks {@code ofd} into {@code directory}; returns null, or what is wrong: a name that would
     * leave the directory, too many entries, or {@value #ENCRYPTION_ENTRY}. Bytes are counted again
     * while writing: the measure before read the same stream, but nothing here relies on it.
     */
    private static String unpack(byte[] ofd, Path directory, long maxExpandedBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        int entries = 0;
        Path root = directory.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ofd), ENTRY_NAMES)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals(ENCRYPTION_ENTRY)) {
                    return ENCRYPTION_ENTRY;
                }
                if (++entries > MAX_ENTRIES) {
                    return "more than " + MAX_ENTRIES + " parts";
                }
                Path target = root.resolve(name).normalize();
                if (!safeName(name) || !target.startsWith(root) || target.equals(root)) {
                    return "a part named outside the package: " + printable(name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                        written += n;
                        if (written > maxExpandedBytes) {
                            return "it unpacks to more than the limit";
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        }
        return entries == 0 ? "the package is empty" : null;
    }

    /**
     * A zip ends with its directory's end record (signature PK 5 6, at most 64 KiB of comment after
     * it). The unpacking streams through the entries and never needs it, so a file cut short in
     * transit would otherwise be read up to where it was cut.
     */
    private static boolean hasCentralDirectory(byte[] zip) {
        int from = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT);
        for (int i = zip.length - END_RECORD_SIZE; i >= from; i--) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 5 && zip[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static boolean safeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String name) {
        String cut = name.length() > 80 ? name.substring(0, 80) + "…" : name;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static DocumentText unreadable(String why) {
        return DocumentText.failed(DocumentFailure.UNREADABLE_DOCUMENT, "The OFD file cannot be read (" + why + ")."
                + " Export it again, or send the Word file or a PDF.");
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is the system's to clean; the read's answer stands.
        }
    }

    /**
     * A page's text as lines: every text code placed on the page (its object's boundary plus its
     * own position, through the object's transformation when it has one), then grouped into lines
     * by {@link PagedText#lines}.
     */
    static final class PageLines {

        private final List<PagedText.Fragment> fragments = new ArrayList<>();
        private long letters;
        private boolean images;

        static PageLines of(Page page) {
            PageLines lines = new PageLines();
            Content content = page.getContent();
            if (content != null) {
                for (CT_Layer layer : content.getLayers()) {
                    lines.addBlocks(layer.getPageBlocks(), 0);
                }
            }
            return lines;
        }

        private void addBlocks(List<PageBlockType> blocks, int depth) {
            if (depth > 64) {
                return;
            }
            for (PageBlockType block : blocks) {
                if (block instanceof TextObject text) {
                    add(text);
                } else if (block instanceof ImageObject) {
                    images = true;
                } else if (block instanceof CT_PageBlock nested) {
                    addBlocks(nested.getPageBlocks(), depth + 1);
                }
            }
        }

        private void add(TextObject text) {
            ST_Box boundary = text.getBoundary();
            double originX = boundary == null || boundary.getTopLeftX() == null ? 0 : boundary.getTopLeftX();
            double originY = boundary == null || boundary.getTopLeftY() == null ? 0 : boundary.getTopLeftY();
            double size = text.getSize() == null || text.getSize() <= 0 ? 3.5 : text.getSize();
            Double[] ctm = matrix(text.getCTM());
            double x = 0;
            double y = 0;
            for (TextCode code : text.getTextCodes()) {
                String content = code.getContent();
                if (content == null || content.isEmpty()) {
                    continue;
                }
                x = code.getX() != null ? code.getX() : x;
                y = code.getY() != null ? code.getY() : y;
                double advance = advance(code.getDeltaX(), content.codePointCount(0, content.length()), size);
                double startX = x;
                double endX = x + advance + size;
                double baseline = y;
                if (ctm != null) {
                    startX = ctm[0] * x + ctm[2] * y + ctm[4];
                    endX = ctm[0] * (x + advance + size) + ctm[2] * y + ctm[4];
                    baseline = ctm[1] * x + ctm[3] * y + ctm[5];
                    size = size * Math.abs(ctm[3] == 0 ? 1 : ctm[3]);
                }
                fragments.add(new PagedText.Fragment(content, originX + startX, originY + baseline, originX + endX, size));
                letters += content.codePoints().filter(Character::isLetterOrDigit).count();
                x += advance + size;
            }
        }

        /** The distance from the first glyph to the last: the sum of DeltaX, whose "g n d" repeats d n times. */
        static double advance(ST_Array deltaX, int glyphs, double size) {
            if (glyphs <= 1) {
                return 0;
            }
            if (deltaX == null) {
                return (glyphs - 1) * size;
            }
            List<String> items = deltaX.getArray();
            double sum = 0;
            int counted = 0;
            double last = size;
            for (int i = 0; i < items.size() && counted < glyphs - 1; i++) {
                if ("g".equals(items.get(i)) && i + 2 < items.size()) {
                    long repeat = Math.min(Long.parseLong(items.get(i + 1)), glyphs - 1L - counted);
                    last = Double.parseDouble(items.get(i + 2));
                    sum += Math.max(repeat, 0) * last;
                    counted += (int) Math.max(repeat, 0);
                    i += 2;
                } else {
                    last = Double.parseDouble(items.get(i));
                    sum += last;
                    counted++;
                }
            }
            // Fewer deltas than gaps: the last one repeats (GB/T 33190, 11.3).
            return sum + (glyphs - 1 - counted) * last;
        }

        private static Double[] matrix(ST_Array ctm) {
            if (ctm == null) {
                return null;
            }
            Double[] values = ctm.toDouble();
            return values != null && values.length == 6 ? values : null;
        }

        List<PagedText.Line> lines() {
            return PagedText.lines(fragments);
        }
    }
}
