package dev.reportflow.consumers.supervise;

import java.io.PrintWriter;

/** The formats supervise writes. */
public enum OutputFormat {
    text, json, csv, markdown;

    public SectionWriter writer(PrintWriter out, int width, int maxLines) {
        return switch (this) {
            case text -> new TextSectionWriter(out, width, maxLines);
            case json -> new JsonLinesSectionWriter(out);
            case csv -> new CsvSectionWriter(out);
            case markdown -> new MarkdownSectionWriter(out, maxLines);
        };
    }
}
