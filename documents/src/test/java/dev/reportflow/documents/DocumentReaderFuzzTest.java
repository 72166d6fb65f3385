package dev.reportflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Arbitrary bytes, as anyone who can reach the intake may send: reading them never throws, and a
 * refusal always says why. Bounded in tries so that CI spends seconds on it.
 */
class DocumentReaderFuzzTest {

    private static final byte[] WORD = WordFiles.build(document -> {
        WordFiles.paragraph(document, "县审计局2024年工作总结");
        WordFiles.paragraph(document, "一、主要工作");
        WordFiles.paragraph(document, "完成审计项目12个。");
    });

    /** A PDF exported by LibreOffice and an OFD written by ofdrw (see fixtures/README.md). */
    private static final byte[] PDF = fixture("report.pdf");
    private static final byte[] OFD = fixture("report.ofd");

    @Property(tries = 500)
    void anyBytesAreReadOrRefusedWithAReason(@ForAll byte[] bytes) {
        assertReadOrRefused(DocumentReader.read("upload", bytes, null));
    }

    @Property(tries = 300)
    void damagedWordFilesAreReadOrRefusedWithAReason(@ForAll("damagedWord") byte[] bytes) {
        assertReadOrRefused(DocumentReader.read("report.docx", bytes, null));
    }

    @Property(tries = 200)
    void damagedPdfsAreReadOrRefusedWithAReason(@ForAll("damagedPdf") byte[] bytes) {
        assertReadOrRefused(DocumentReader.read("report.pdf", bytes, null));
    }

    @Property(tries = 200)
    void damagedOfdsAreReadOrRefusedWithAReason(@ForAll("damagedOfd") byte[] bytes) {
        assertReadOrRefused(DocumentReader.read("report.ofd", bytes, null));
    }

    @Property(tries = 200)
    void anyDeclaredEncodingIsHandled(@ForAll byte[] bytes, @ForAll("encodings") String encoding) {
        assertReadOrRefused(DocumentReader.read("a.txt", bytes, encoding));
    }

    @Provide
    Arbitrary<byte[]> damagedWord() {
        return Arbitraries.integers().between(0, WORD.length - 1).list().ofMinSize(1).ofMaxSize(40).map(positions -> {
            byte[] copy = WORD.clone();
            for (int p : positions) {
                copy[p] ^= (byte) (31 * p + 7);
            }
            return copy;
        });
    }

    @Provide
    Arbitrary<byte[]> damagedPdf() {
        return damaged(PDF);
    }

    @Provide
    Arbitrary<byte[]> damagedOfd() {
        return damaged(OFD);
    }

    /** Bytes flipped at up to 40 places, or the file cut short, or both: what a bad disk or a broken upload does. */
    private static Arbitrary<byte[]> damaged(byte[] original) {
        Arbitrary<byte[]> flipped = Arbitraries.integers().between(0, original.length - 1).list().ofMinSize(1).ofMaxSize(40)
                .map(positions -> {
                    byte[] copy = original.clone();
                    for (int p : positions) {
                        copy[p] ^= (byte) (31 * p + 7);
                    }
                    return copy;
                });
        Arbitrary<byte[]> cut = Arbitraries.integers().between(0, original.length - 1).map(n -> Arrays.copyOf(original, n));
        Arbitrary<byte[]> both = Arbitraries.integers().between(original.length / 2, original.length).flatMap(n ->
                flipped.map(copy -> Arrays.copyOf(copy, n)));
        return Arbitraries.oneOf(flipped, cut, both);
    }

    private static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of("src", "test", "resources", "fixtures", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.of("UTF-8", "GBK", "GB18030", "Big5", "UTF-16", "x-unknown", "", "../../etc/passwd",
                new String(new byte[] {(byte) 0xE4, (byte) 0xB8}, StandardCharsets.ISO_8859_1));
    }

    private static void assertReadOrRefused(DocumentText read) {
        if (read.isOk()) {
            assertThat(read.text()).isNotNull();
        } else {
            assertThat(read.failure()).isNotNull();
            assertThat(read.message()).isNotBlank();
        }
    }
}
