package dev.reportflow.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reads and rewrites the parts of zip packages (.docx, OFD), to make damaged files and bombs in tests. */
final class ZipParts {

    private ZipParts() {
    }

    static byte[] entry(byte[] zipBytes, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    /** The package with entry {@code name}'s bytes replaced. */
    static byte[] replaceEntry(byte[] zipBytes, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(name) ? content : in.readAllBytes());
            }
        }
        return out.toByteArray();
    }

    /** The XML with {@code spaces} blanks appended: still the same document, a few KB zipped. */
    static byte[] padded(byte[] xml, int spaces) {
        byte[] padded = Arrays.copyOf(xml, xml.length + spaces);
        Arrays.fill(padded, xml.length, padded.length, (byte) ' ');
        return padded;
    }
}
