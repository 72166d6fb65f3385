package dev.reportflow.bench.corpus;

/** Where a run's reports come from: report {@code i} depends only on the source and {@code i}, and is distinct from every other. */
public interface ReportSource {

    GeneratedReport generate(int index);

    /** Names the source for the bench header. */
    String origin();
}
