package dev.reportflow.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.RoutedUnit;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.text.ContentHash;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static final int REPORTS = 300;

    private final CorpusGenerator generator = new CorpusGenerator(CorpusPieces.builtIn(), Issuers.fromClassifierDepartments(), 7);

    @Test
    void generatesDistinctReportsOfTenToFiftyKilobytesThatTheClassifierFindsReportsIn() {
        Corpus corpus = Corpus.generate(generator, 0, REPORTS);
        Classifier classifier = Classifier.standard();

        Set<String> hashes = corpus.reports().stream().map(r -> ContentHash.of(text(r))).collect(Collectors.toSet());
        assertThat(hashes).hasSize(REPORTS);
        assertThat(corpus.reports()).allSatisfy(report -> {
            assertThat(report.sizeBytes()).isBetween(CorpusGenerator.MIN_BYTES, CorpusGenerator.MAX_BYTES);
            assertThat(classifier.classify(text(report)).reports()).isNotEmpty();
        });
        Corpus.Stats stats = corpus.stats();
        assertThat(stats.distinctIssuers()).isGreaterThan(REPORTS / 2);
        assertThat(stats.maxSections()).isGreaterThan(stats.minSections());
        assertThat(stats.maxBytes() - stats.minBytes()).isGreaterThan(20 * 1024);
    }

    /**
     * On the dev samples the classifier routes a unit to 1.55 departments on average, the issuer's
     * included; recombining paragraphs freely gave 3.9 and overstated the pipeline's output 3×.
     * One source block per unit gives about 2.1: still more than real reports, because a generated
     * issuer is drawn independently of what its units talk about.
     */
    @Test
    void unitsStayOnAFewTopicsAsInRealReports() {
        assertThat(departmentsPerUnit(generator)).isBetween(1.0, 2.4);
        CorpusPieces projectSamples = PiecesSource.load(Path.of(System.getProperty("reportflow.home", ".."), "samples"));
        assertThat(departmentsPerUnit(new CorpusGenerator(projectSamples, Issuers.fromClassifierDepartments(), 7)))
                .isBetween(1.0, 2.4);
    }

    /** Departments a routed unit goes to, the issuer's included, on average over 100 generated reports. */
    private static double departmentsPerUnit(CorpusGenerator generator) {
        Classifier classifier = Classifier.standard();
        double units = 0;
        double copies = 0;
        for (GeneratedReport generated : Corpus.generate(generator, 0, 100).reports()) {
            for (Report report : classifier.classify(text(generated)).reports()) {
                for (RoutedUnit unit : report.routedUnits()) {
                    Set<String> departments = new HashSet<>();
                    departments.add(report.issuer().department());
                    unit.departments().forEach(match -> departments.add(match.department()));
                    units++;
                    copies += departments.size();
                }
            }
        }
        return copies / units;
    }

    @Test
    void reportDependsOnlyOnSeedAndIndex() {
        assertThat(generator.generate(42).content()).isEqualTo(generator.generate(42).content());
        assertThat(generator.generate(42).content()).isNotEqualTo(generator.generate(43).content());
    }

    @Test
    void issuersAreBureausOfPlacesOrTownshipGovernments() {
        Issuers issuers = Issuers.fromClassifierDepartments();
        java.util.Random random = new java.util.Random(1);
        assertThat(issuers.bureauCount()).isGreaterThan(20);
        for (int i = 0; i < 50; i++) {
            assertThat(issuers.pick(random)).matches(".{2}(区|县|市).+|.{2}(镇|乡|街道).+");
        }
    }

    @Test
    void cutsPiecesFromTheSharedSamplesWhenPresent() {
        Path samples = Path.of(System.getProperty("reportflow.shared.dir", "../../shared"), "samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "no shared samples here");
        CorpusPieces pieces = CorpusPieces.fromSamples(samples);

        assertThat(pieces.blocks()).hasSizeGreaterThan(200).flatMap(CorpusPieces.Block::paragraphs)
                .noneMatch(p -> p.matches("^[一二三四五六七八九十]+、.*"));
        assertThat(pieces.headings()).hasSizeGreaterThan(50);
        CorpusGenerator fromSamples = new CorpusGenerator(pieces, Issuers.fromClassifierDepartments(), 7);
        assertThat(Classifier.standard().classify(text(fromSamples.generate(0))).reports()).isNotEmpty();
        assertThat(departmentsPerUnit(fromSamples)).isBetween(1.0, 2.4);
    }

    private static String text(GeneratedReport report) {
        return new String(report.content(), StandardCharsets.UTF_8);
    }
}
