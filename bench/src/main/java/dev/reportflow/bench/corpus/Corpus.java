package dev.reportflow.bench.corpus;

import java.util.List;
import java.util.stream.IntStream;

/** A range of generated reports, held in memory so that generating them never shares a measured interval. */
public record Corpus(List<GeneratedReport> reports) {

    public Corpus {
        reports = List.copyOf(reports);
    }

    /** Reports {@code from} … {@code from + count - 1}, generated on every core. */
    public static Corpus generate(ReportSource generator, int from, int count) {
        return new Corpus(IntStream.range(from, from + count).parallel().mapToObj(generator::generate).toList());
    }

    public int size() {
        return reports.size();
    }

    public GeneratedReport get(int i) {
        return reports.get(i);
    }

    public long totalBytes() {
        return reports.stream().mapToLong(GeneratedReport::sizeBytes).sum();
    }

    public Stats stats() {
        var sizes = reports.stream().mapToInt(GeneratedReport::sizeBytes).summaryStatistics();
        var sections = reports.stream().mapToInt(GeneratedReport::topLevelSections).summaryStatistics();
        long issuers = reports.stream().map(GeneratedReport::office).distinct().count();
        return new Stats(reports.size(), sizes.getSum(), sizes.getMin(), (int) Math.round(sizes.getAverage()), sizes.getMax(),
                sections.getMin(), sections.getMax(), issuers);
    }

    /** What the corpus holds, for the report. */
    public record Stats(int reports, long totalBytes, int minBytes, int averageBytes, int maxBytes, int minSections,
                        int maxSections, long distinctIssuers) {
    }
}
