package dev.reportflow.classifier;

import java.util.List;

/**
 * The result of classifying one text: the reports found in it (empty when it holds none), the
 * text's lines (1-based through {@link #lines(int, int)}), and the versions that produced it. When
 * there is no report, {@code notAReport} says what the text positively is instead (news, a notice,
 * a speech …), or why nothing could be read as a report.
 */
public record Classification(List<Report> reports, List<String> textLines, String classifierVersion,
                             String rulesVersion, Evidence notAReport) {

    public Classification {
        reports = List.copyOf(reports);
        textLines = List.copyOf(textLines);
    }

    /** Lines {@code from}..{@code to} (1-based, inclusive) joined with '\n'. */
    public String lines(int from, int to) {
        return String.join("\n", textLines.subList(Math.max(0, from - 1), Math.min(textLines.size(), to)));
    }
}
