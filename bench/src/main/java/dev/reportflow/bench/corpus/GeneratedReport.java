package dev.reportflow.bench.corpus;

/** One synthetic report as an office would submit it: UTF-8 text, its office and file name. */
public record GeneratedReport(int index, String office, String fileName, byte[] content, int topLevelSections,
                              int subsections) {

    public int sizeBytes() {
        return content.length;
    }
}
