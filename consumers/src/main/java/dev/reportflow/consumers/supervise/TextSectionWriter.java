package dev.reportflow.consumers.supervise;

import static dev.reportflow.consumers.common.EvidenceText.departments;
import static dev.reportflow.consumers.common.EvidenceText.describe;
import static dev.reportflow.consumers.common.EvidenceText.localTime;

import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.util.List;

/**
 * One block per section, for a person at a terminal: who reported, where the section sits, why it
 * came to this department, the text itself (wrapped, and cut after a few lines unless asked), and
 * the identifiers needed to trace it. A retraction is a short notice that the delivery was
 * withdrawn (已撤回), by whom and why. Every line goes out through {@link #println}, which escapes
 * the control characters a record's fields may carry.
 */
final class TextSectionWriter implements SectionWriter {

    private final PrintWriter out;
    private final int width;
    private final int maxLines;

    TextSectionWriter(PrintWriter out, int width, int maxLines) {
        this.out = out;
        this.width = Math.max(40, width);
        this.maxLines = maxLines;
    }

    @Override
    public void write(Delivery delivery) {
        RoutedSection s = delivery.section();
        println("─".repeat(width));
        if (s.getRetracted()) {
            println("已撤回 WITHDRAWN  §" + s.getSectionPath() + "  " + s.getHeading());
            println(s.getIssuer().getName() + " · " + s.getReportTitle());
            println("Withdrawn:   " + CorrectionNote.of(s.getCorrection()));
            println("Delivery " + s.getDeliveryId() + " · " + delivery.coordinates());
            return;
        }
        println("§" + s.getSectionPath() + "  " + s.getHeading() + "   [" + s.getRole() + "]");
        println(s.getIssuer().getName() + " · " + s.getIssuer().getLevel() + " · " + s.getReportTitle());
        if (!s.getTopLevelHeading().equals(s.getHeading())) {
            println("Under:       " + s.getTopLevelHeading());
        }
        println("Role:        " + s.getRole() + " (" + describe(s.getRoleEvidence()) + ")");
        println("Departments: " + departments(s.getDepartments()));
        println("Routed to:   " + s.getRoutedTo() + " by " + s.getRoutingReason());
        if (s.getCorrection() != null) {
            println("Corrected:   " + CorrectionNote.of(s.getCorrection()));
        }
        println("");
        printBody(s);
        println("");
        println("Submission " + s.getSubmissionId() + " · office " + s.getOffice() + " · received "
                + localTime(s.getReceivedAt()));
        println("Source " + s.getSource().getTopic() + "[" + s.getSource().getPartition() + "]@"
                + s.getSource().getOffset() + " · delivery " + delivery.coordinates() + " · " + s.getDeliveryId());
        println("Classifier " + s.getClassifierVersion() + " · rules " + s.getRulesVersion());
    }

    private void printBody(RoutedSection s) {
        List<String> lines = TextWrapper.wrap(withoutHeading(s.getText(), s.getHeading()), width - 2);
        int shown = maxLines <= 0 ? lines.size() : Math.min(maxLines, lines.size());
        for (String line : lines.subList(0, shown)) {
            println("  " + line);
        }
        if (shown < lines.size()) {
            println("  … " + (lines.size() - shown) + " more lines (--max-lines 0 shows all)");
        }
    }

    /** The text starts with the heading, which the block already shows. */
    static String withoutHeading(String text, String heading) {
        int firstBreak = text.indexOf('\n');
        String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        if (TextWrapper.strip(firstLine).equals(TextWrapper.strip(heading))) {
            return firstBreak < 0 ? "" : text.substring(firstBreak + 1);
        }
        return text;
    }

    @Override
    public void end(int written) {
        if (written > 0) {
            println("─".repeat(width));
        }
    }

    /** A terminal would act on an ESC or a lone CR in a record's field; they are written visibly instead. */
    private void println(String line) {
        out.println(SafeText.line(line));
    }

    @Override
    public void flush() {
        out.flush();
    }
}
