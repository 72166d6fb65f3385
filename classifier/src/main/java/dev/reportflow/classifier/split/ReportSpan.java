package dev.reportflow.classifier.split;

/**
 * Where one report lies in a text: 0-based inclusive lines, and its title's lines, from
 * {@code titleLine} to {@code titleEnd} (a title may run over two lines; -1 when the report has no
 * title line, its text starting at {@code start}).
 */
public record ReportSpan(int titleLine, int titleEnd, int start, int end) {

    /** A span whose title, if any, is one line. */
    public ReportSpan(int titleLine, int start, int end) {
        this(titleLine, titleLine, start, end);
    }

    public boolean hasTitle() {
        return titleLine >= 0;
    }

    /** Where the report's body starts: after its title, or at its start when it has none. */
    public int bodyStart() {
        return hasTitle() ? titleEnd + 1 : start;
    }
}
