package dev.reportflow.consumers.replay;

import dev.reportflow.consumers.replay.ReplayReport.DepartmentCount;
import dev.reportflow.consumers.replay.ReplayReport.SubmissionComparison;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.util.Map;

/**
 * One self-contained HTML page for a replay: counts per department before and after as an inline
 * SVG bar chart, then every changed submission with its changes and the evidence on both sides.
 * No scripts, fonts or images from elsewhere, so it opens offline and can be mailed as it is.
 */
final class HtmlReport {

    private static final int BAR_WIDTH = 360;
    private static final int ROW_HEIGHT = 26;
    private static final int LABEL_WIDTH = 220;

    private HtmlReport() {
    }

    static void write(ReplayReport report, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>reportflow replay "
                + esc(report.window().from()) + " – " + esc(report.window().to()) + "</title>");
        out.println("<style>body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}"
                + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
                + "th{background:#f3f3f3}.why{color:#666;font-size:.85em}.before{color:#a33}.after{color:#262}"
                + "svg text{font-size:12px}h2{margin-top:1.5em}</style></head><body>");
        ReplayReport.Summary s = report.summary();
        out.println("<h1>Replay " + esc(report.window().from()) + " – " + esc(report.window().to()) + "</h1>");
        out.println("<p>" + s.compared() + " submission(s) compared, <strong>" + s.changed() + " would be decided differently</strong>"
                + " (" + s.read() + " intake record(s) read, " + s.undecodable() + " undecodable). Classifier "
                + esc(report.versions().classifier()) + ", rules " + esc(report.versions().rules())
                + (report.versions().rulesFromTopic() ? " (bundled + " + report.versions().runtimeRules() + " from routing.rules)" : " (bundled)")
                + filters(report.window()) + ".</p>");
        out.println("<h2>Routed units per department</h2>");
        chart(report.departments(), out);
        out.println("<h2>Changes</h2>");
        if (s.changed() == 0) {
            out.println("<p>None: today's classifier decides every submission as it was decided.</p>");
        }
        for (SubmissionComparison c : report.submissions()) {
            if (c.changed()) {
                submission(c, out);
            }
        }
        out.println("</body></html>");
        out.flush();
    }

    private static String filters(ReplayReport.Window window) {
        String text = "";
        if (window.department() != null) {
            text += "; department " + esc(window.department());
        }
        if (window.office() != null) {
            text += "; office " + esc(window.office());
        }
        return text;
    }

    private static void chart(Map<String, DepartmentCount> counts, PrintWriter out) {
        long max = counts.values().stream().mapToLong(c -> Math.max(c.before(), c.after())).max().orElse(1);
        int height = counts.size() * ROW_HEIGHT + 30;
        out.println("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (LABEL_WIDTH + BAR_WIDTH + 80) + "\" height=\""
                + height + "\" role=\"img\" aria-label=\"routed units per department, before and after\">");
        out.println("<rect x=\"" + LABEL_WIDTH + "\" y=\"2\" width=\"10\" height=\"10\" fill=\"#bbb\"/><text x=\""
                + (LABEL_WIDTH + 14) + "\" y=\"11\">recorded</text><rect x=\"" + (LABEL_WIDTH + 90)
                + "\" y=\"2\" width=\"10\" height=\"10\" fill=\"#2a7ab9\"/><text x=\"" + (LABEL_WIDTH + 104) + "\" y=\"11\">today</text>");
        int y = 24;
        for (Map.Entry<String, DepartmentCount> e : counts.entrySet()) {
            DepartmentCount c = e.getValue();
            int before = (int) (c.before() * BAR_WIDTH / Math.max(1, max));
            int after = (int) (c.after() * BAR_WIDTH / Math.max(1, max));
            out.println("<text x=\"" + (LABEL_WIDTH - 6) + "\" y=\"" + (y + 14) + "\" text-anchor=\"end\">" + esc(e.getKey()) + "</text>"
                    + "<rect x=\"" + LABEL_WIDTH + "\" y=\"" + (y + 2) + "\" width=\"" + before + "\" height=\"9\" fill=\"#bbb\"/>"
                    + "<rect x=\"" + LABEL_WIDTH + "\" y=\"" + (y + 12) + "\" width=\"" + after + "\" height=\"9\" fill=\"#2a7ab9\"/>"
                    + "<text x=\"" + (LABEL_WIDTH + Math.max(before, after) + 6) + "\" y=\"" + (y + 16) + "\">"
                    + c.before() + " → " + c.after() + "</text>");
            y += ROW_HEIGHT;
        }
        out.println("</svg>");
    }

    private static void submission(SubmissionComparison c, PrintWriter out) {
        out.println("<h3>" + esc(c.submissionId()) + " — " + esc(c.office()) + ", " + esc(c.fileName()) + "</h3>");
        out.println("<p class=\"why\">received " + esc(c.receivedAt()) + " at " + esc(c.source()) + "; recorded by classifier "
                + esc(c.recorded().classifierVersion()) + " / rules " + esc(c.recorded().rulesVersion()) + ", today "
                + esc(c.replayed().classifierVersion()) + " / rules " + esc(c.replayed().rulesVersion()) + "</p>");
        out.println("<table><tr><th>what</th><th>where</th><th>recorded</th><th>today</th></tr>");
        for (Change change : c.changes()) {
            out.println("<tr><td>" + esc(change.what()) + "</td><td>" + esc(change.where()) + "</td>"
                    + "<td class=\"before\">" + esc(change.before()) + why(change.whyBefore()) + "</td>"
                    + "<td class=\"after\">" + esc(change.after()) + why(change.whyAfter()) + "</td></tr>");
        }
        out.println("</table>");
    }

    private static String why(String evidence) {
        return evidence == null ? "" : "<div class=\"why\">" + esc(evidence) + "</div>";
    }

    /** Every string on the page comes from records or the command line; absent ones (no filter) are empty. */
    static String esc(String text) {
        return text == null ? "" : SafeText.html(text);
    }
}
