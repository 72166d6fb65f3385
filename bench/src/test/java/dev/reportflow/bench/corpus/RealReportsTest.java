package dev.reportflow.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RealReportsTest {

    private final RealReports real = RealReports.load(Path.of("..", "corpus"));

    @Test
    void everyReportIsARealOneAndNoTwoAreTheSame() {
        int n = real.originals().size();
        assertThat(n).as("the labelled reports, hard negatives left out").isBetween(100, 321);
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 3 * n; i++) {
            GeneratedReport report = real.generate(i);
            assertThat(texts.add(new String(report.content(), java.nio.charset.StandardCharsets.UTF_8))).as("report %d", i).isTrue();
            byte[] original = real.originals().get(i % n).content();
            assertThat(report.content()).as("report %d starts with its real text", i).startsWith(original);
            assertThat(report.content().length - original.length).as("what a repeat adds").isLessThan(40);
        }
        assertThat(real.generate(0).content()).isEqualTo(real.originals().get(0).content());
    }

    @Test
    void theShapeIsTheRealReportsShape() {
        CorpusShape corpus = CorpusShape.of(Corpus.generate(real, 0, 3 * real.originals().size()));
        CorpusShape originals = CorpusShape.of(real);
        assertThat(corpus.medianBytes()).isBetween(originals.medianBytes(), originals.medianBytes() + 40);
        assertThat(corpus.averageSections()).isEqualTo(originals.averageSections());
        // real text compresses far less than the synthetic corpus did (16 % under lz4)
        assertThat(originals.lz4Share()).isBetween(0.5, 1.0);
        assertThat(originals.zstdShare()).isLessThan(originals.lz4Share());
        assertThat(corpus.lz4Share()).isCloseTo(originals.lz4Share(), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void theSyntheticCorpusCompressesFarMoreThanRealText() {
        CorpusGenerator synthetic = new CorpusGenerator(CorpusPieces.builtIn(), Issuers.fromClassifierDepartments(), 7);
        CorpusShape shape = CorpusShape.of(Corpus.generate(synthetic, 0, 40));
        assertThat(shape.lz4Share()).isLessThan(CorpusShape.of(real).lz4Share() - 0.3);
    }
}
