package dev.reportflow.documents.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Img;
import org.ofdrw.layout.element.Paragraph;

/**
 * OFD files written by ofdrw's own writer (ofdrw-layout, test scope only), which lays paragraphs out
 * on A4 pages as an e-government system's export does: a text object per line, glyph positions
 * given by DeltaX. {@link #main} wrote {@code fixtures/report.ofd} from {@code fixtures/report.txt}
 * once; the file is committed so that the tests read the same bytes whatever ofdrw's writer does
 * later. Run it again (test classpath) to regenerate: {@code java ... OfdFiles documents/src/test/resources/fixtures}.
 */
public final class OfdFiles {

    /** 10 mm (about 28 pt) glyphs: the short report runs over two A4 pages, so page breaks are exercised. */
    public static final double FIXTURE_FONT_SIZE = 10.0;

    private OfdFiles() {
    }

    /** An OFD of these paragraphs (blank ones left out: ofdrw lays out no empty paragraph). */
    public static byte[] build(List<String> paragraphs, double fontSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDDoc document = new OFDDoc(out)) {
            for (String text : paragraphs) {
                if (!text.isBlank()) {
                    document.add(new Paragraph(text, fontSize));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A scan's OFD: one page holding only a picture (PNG bytes), as scanning systems export. */
    public static byte[] scanned(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path picture = null;
        try {
            picture = Files.createTempFile("scan-", ".png");
            Files.write(picture, png);
            try (OFDDoc document = new OFDDoc(out)) {
                document.add(new Img(170, 240, picture));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (picture != null) {
                picture.toFile().delete();
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path fixtures = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures");
        List<String> paragraphs = Files.readString(fixtures.resolve("report.txt"), StandardCharsets.UTF_8).lines().toList();
        Files.write(fixtures.resolve("report.ofd"), build(paragraphs, FIXTURE_FONT_SIZE));
    }
}
