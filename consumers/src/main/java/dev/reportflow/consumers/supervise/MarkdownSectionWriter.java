package dev.reportflow.consumers.supervise;

import static dev.reportflow.consumers.common.EvidenceText.departments;
import static dev.reportflow.consumers.common.EvidenceText.localTime;
import static dev.reportflow.text.SafeText.markdown;
import static dev.reportflow.text.SafeText.markdownCode;

import dev.reportflow.schemas.RoutedSection;
import java.io.PrintWriter;
import java.util.List;

/**
 * A Markdown document: one heading per section, its facts as a list and its text as a quote. Every
 * field of the record is escaped ({@link dev.reportflow.text.SafeText}), so that a heading or an
 * office name cannot add markup, links, HTML or terminal control sequences to the document.
 */
final class MarkdownSectionWriter implements SectionWriter {

    private final PrintWriter out;
    private final int maxLines;

    MarkdownSectionWriter(PrintWriter out, int maxLines) {
        this.out = out;
        this.maxLines = maxLines;
    }

    @Override
    public void begin(String topic) {
        out.println("# Sections on " + markdownCode(topic));
        out.println();
    }

    @Override
    public void write(Delivery delivery) {
        RoutedSection s = delivery.section();
        if (s.getRetracted()) {
            writeRetraction(delivery);
            return;
        }
        out.println("## " + markdown(s.getIssuer().getName()) + " — §" + markdown(s.getSectionPath()) + " " + markdown(s.getHeading()));
        out.println();
        out.println("- **Report:** " + markdown(s.getReportTitle()) + " (" + markdown(s.getIssuer().getLevel()) + ")");
        out.println("- **Section:** " + markdown(s.getTopLevelHeading()) + " · role **" + s.getRole() + "**");
        out.println("- **Departments:** " + markdown(departments(s.getDepartments())));
        out.println("- **Routed to:** " + markdownCode(s.getRoutedTo()) + " by " + markdown(s.getRoutingReason()));
        if (s.getCorrection() != null) {
            out.println("- **Corrected:** " + markdown(CorrectionNote.of(s.getCorrection())));
        }
        out.println("- **Submission:** " + markdownCode(s.getSubmissionId()) + " from " + markdown(s.getOffice()) + ", received "
                + localTime(s.getReceivedAt()) + ", source " + markdownCode(s.getSource().getTopic() + "["
                + s.getSource().getPartition() + "]@" + s.getSource().getOffset()) + ", delivery "
                + markdownCode(delivery.coordinates()));
        out.println();
        List<String> lines = TextWrapper.wrap(TextSectionWriter.withoutHeading(s.getText(), s.getHeading()), Integer.MAX_VALUE);
        int shown = maxLines <= 0 ? lines.size() : Math.min(maxLines, lines.size());
        lines.subList(0, shown).forEach(line -> out.println("> " + markdown(line) + "\n>"));
        if (shown < lines.size()) {
            out.println("> … " + (lines.size() - shown) + " more paragraphs");
        }
        out.println();
    }

    /** A withdrawn delivery is a notice, without the text: the department no longer has it. */
    private void writeRetraction(Delivery delivery) {
        RoutedSection s = delivery.section();
        out.println("## 已撤回 WITHDRAWN — " + markdown(s.getIssuer().getName()) + " — §" + markdown(s.getSectionPath()) + " "
                + markdown(s.getHeading()));
        out.println();
        out.println("- **Report:** " + markdown(s.getReportTitle()));
        out.println("- **Withdrawn:** " + markdown(CorrectionNote.of(s.getCorrection())));
        out.println("- **Delivery:** " + markdownCode(s.getDeliveryId()) + " at " + markdownCode(delivery.coordinates()));
        out.println();
    }

    @Override
    public void flush() {
        out.flush();
    }
}
