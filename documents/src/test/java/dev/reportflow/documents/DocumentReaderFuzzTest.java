package dev.reportflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

    @Property(tries = 500)
    void anyBytesAreReadOrRefusedWithAReason(@ForAll byte[] bytes) {
        assertReadOrRefused(DocumentReader.read("upload", bytes, null));
    }

    @Property(tries = 300)
    void damagedWordFilesAreReadOrRefusedWithAReason(@ForAll("damagedWord") byte[] bytes) {
        assertReadOrRefused(DocumentReader.read("report.docx", bytes, null));
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
