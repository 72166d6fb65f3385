package dev.reportflow.app.hostile;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word files (.docx: a zip with [Content_Types].xml, _rels/.rels and word/document.xml) whose body
 * unzips to far more than their size. The body is streamed into the zip, so that only the zip, a
 * few MB at most, is ever held in memory.
 *
 * @param zip           the file's bytes
 * @param expandedBytes what word/document.xml holds unzipped
 * @param paragraphs    how many paragraphs the body has
 */
record WordBombs(byte[] zip, long expandedBytes, int paragraphs) {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            </Types>""";
    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            </Relationships>""";
    private static final String BODY_START = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";
    private static final String BODY_END = "</w:body></w:document>";

    /**
     * {@code paragraphs} one-character paragraphs ({@code <w:p><w:r><w:t>字</w:t></w:r></w:p>}),
     * each character drawn at random from 16 CJK ones: 2.6 million make ~94 MB of XML in a ~3 MB zip
     * (so it passes the 4 MiB size check), where one repeated character would zip to ~100 KB.
     */
    static WordBombs ofOneCharacterParagraphs(int paragraphs, long seed) {
        byte[][] choices = new byte[16][];
        for (int i = 0; i < choices.length; i++) {
            choices[i] = ("<w:p><w:r><w:t>" + Character.toString(0x4E00 + i) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
        }
        Random random = new Random(seed);
        return build(paragraphs, body -> {
            long written = 0;
            for (int i = 0; i < paragraphs; i++) {
                byte[] paragraph = choices[random.nextInt(choices.length)];
                body.write(paragraph);
                written += paragraph.length;
            }
            return written;
        });
    }

    /** {@code paragraphs} paragraphs of {@code charsEach} times 'x': the classic zip bomb, under 1 MB zipped. */
    static WordBombs ofLongParagraphs(int paragraphs, int charsEach) {
        byte[] paragraph = ("<w:p><w:r><w:t>" + "x".repeat(charsEach) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.US_ASCII);
        return build(paragraphs, body -> {
            for (int i = 0; i < paragraphs; i++) {
                body.write(paragraph);
            }
            return (long) paragraphs * paragraph.length;
        });
    }

    private interface Body {
        long writeTo(OutputStream body) throws IOException;
    }

    private static WordBombs build(int paragraphs, Body paragraphsXml) {
        ByteArrayOutputStream file = new ByteArrayOutputStream(4 << 20);
        long expanded;
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            OutputStream body = new BufferedOutputStream(new NonClosing(zip), 64 * 1024);
            byte[] start = BODY_START.getBytes(StandardCharsets.UTF_8);
            byte[] end = BODY_END.getBytes(StandardCharsets.UTF_8);
            body.write(start);
            expanded = start.length + paragraphsXml.writeTo(body) + end.length;
            body.write(end);
            body.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordBombs(file.toByteArray(), expanded, paragraphs);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Lets the buffered body stream be flushed without closing the zip under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
