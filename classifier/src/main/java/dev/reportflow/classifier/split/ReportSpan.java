package dev.reportflow.classifier.split;

/**
 * Where one report lies in a text: 0-based inclusive lines, and its title line (-1 when the
 * report has no title line, its text starting at {@code start}).
 */
public record ReportSpan(int titleLine, int start, int end) {
}
