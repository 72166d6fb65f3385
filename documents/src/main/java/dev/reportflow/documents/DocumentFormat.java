package dev.reportflow.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, judged by its bytes rather than its name: offices rename files, and a name
 * must never decide how bytes are parsed.
 */
public enum DocumentFormat {
    PLAIN_TEXT("text/plain", null),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /**
     * An OLE2 compound file: Word 97-2003 (.doc), and WPS 文字 (.wps), which is the same format.
     * Excel (.xls) and PowerPoint (.ppt) files are OLE2 too; the reader refuses those.
     */
    WORD_97("application/msword", "doc"),
    PDF("application/pdf", "pdf"),
    /** GB/T 33190, China's fixed-layout format: a zip with {@code OFD.xml} at its root. */
    OFD("application/ofd", "ofd");

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Every PDF writer starts the file with its header (PDF 32000-1, 7.5.2). */
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final String WORD_MAIN_PART = "word/document.xml";
    private static final String OFD_ENTRY_PART = "OFD.xml";

    private final String contentType;
    private final String shortName;

    DocumentFormat(String contentType, String shortName) {
        this.contentType = contentType;
        this.shortName = shortName;
    }

    public String contentType() {
        return contentType;
    }

    /** What a document of this format reports as its encoding ("docx", "pdf"…); null for plain text, which has a charset. */
    String shortName() {
        return shortName;
    }

    public static DocumentFormat detect(byte[] bytes) {
        if (startsWith(bytes, ZIP_MAGIC)) {
            DocumentFormat zipped = zippedFormat(bytes);
            if (zipped != null) {
                return zipped;
            }
        }
        if (startsWith(bytes, PDF_MAGIC)) {
            return PDF;
        }
        return startsWith(bytes, OLE2_MAGIC) ? WORD_97 : PLAIN_TEXT;
    }

    /** The format a content type names, or null for one reportflow does not read. */
    public static DocumentFormat ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.contentType.equals(bare)) {
                return format;
            }
        }
        return null;
    }

    /**
     * The document format a file name claims (.docx, .doc, .wps, .pdf, .ofd), or null. A claim never
     * decides how bytes are read; it only makes a refusal of bytes that are no document say so.
     */
    static DocumentFormat claimedBy(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        if (name.endsWith(".doc") || name.endsWith(".wps")) {
            return WORD_97;
        }
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        return name.endsWith(".ofd") ? OFD : null;
    }

    /** Whether the bytes open as a zip archive (of any content). */
    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP_MAGIC);
    }

    /** Reads local entry headers only (no inflating), so a damaged archive is still recognised early. */
    private static DocumentFormat zippedFormat(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(WORD_MAIN_PART)) {
                    return DOCX;
                }
                if (entry.getName().equals(OFD_ENTRY_PART)) {
                    return OFD;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Damaged before the main part: judged by what was found so far.
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
