package dev.reportflow.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, judged by its bytes rather than its name: offices rename files, and a name
 * must never decide whether bytes are parsed as a ZIP archive.
 */
public enum DocumentFormat {
    PLAIN_TEXT("text/plain"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** Word 97-2003 (.doc) and other OLE2 compound files: not read, the sender is asked for .docx. */
    LEGACY_OFFICE("application/x-ole-storage");

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String WORD_MAIN_PART = "word/document.xml";

    private final String contentType;

    DocumentFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static DocumentFormat detect(byte[] bytes) {
        if (startsWith(bytes, ZIP_MAGIC) && holdsWordDocument(bytes)) {
            return DOCX;
        }
        return startsWith(bytes, OLE2_MAGIC) ? LEGACY_OFFICE : PLAIN_TEXT;
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

    static boolean namedDocx(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".docx");
    }

    /** Reads local entry headers only (no inflating), so a damaged archive is still recognised early. */
    private static boolean holdsWordDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(WORD_MAIN_PART)) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Damaged before the main part: judged by what was found so far.
        }
        return false;
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
