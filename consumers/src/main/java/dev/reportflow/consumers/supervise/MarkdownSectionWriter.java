package dev.reportflow.consumers.supervise;

import static dev.reportflow.consumers.common.EvidenceText.departments;
import static dev.reportflow.consumers.common.EvidenceText.localTime;

import dev.reportflow.schemas.RoutedSection;
import java.io.PrintWriter;
import java.util.List;

/** A Markdown document: one heading per section, its facts as a list and its text as a quote. */
final class MarkdownSectionWriter implements SectionWriter {

    private final PrintWriter out;
    private final int maxLines;

    MarkdownSectionWriter(PrintWriter out, int maxLines) {
        this.out = out;
        this.maxLines = maxLines;
    }

    @Override
    public void begin(String topic) {
        out.println("# Sections on `" + topic + "`");
        out.println();
    }

    @Override
    public void write(Delivery delivery) {
        RoutedSection s = delivery.section();
        out.println("## " + escape(s.getIssuer().getName()) + " — §" + s.getSectionPath() + " " + escape(s.getHeading()));
        out.println();
        out.println("- **Report:** " + escape(s.getReportTitle()) + " (" + s.getIssuer().getLevel() + ")");
        out.println("- **Section:** " + escape(s.getTopLevelHeading()) + " · role **" + s.getRole() + "**");
        out.println("- **Departments:** " + escape(departments(s.getDepartments())));
        out.println("- **Routed to:** `" + s.getRoutedTo() + "` by " + s.getRoutingReason());
        out.println("- **Submission:** `" + s.getSubmissionId() + "` from " + escape(s.getOffice()) + ", received "
                + localTime(s.getReceivedAt()) + ", source `" + s.getSource().getTopic() + "[" + s.getSource().getPartition()
                + "]@" + s.getSource().getOffset() + "`, delivery `" + delivery.coordinates() + "`");
        out.println();
        List<String> lines = TextWrapper.wrap(TextSectionWriter.withoutHeading(s.getText(), s.getHeading()), Integer.MAX_VALUE);
        int shown = maxLines <= 0 ? lines.size() : Math.min(maxLines, lines.size());
        lines.subList(0, shown).forEach(line -> out.println("> " + escape(line) + "\n>"));
        if (shown < lines.size()) {
            out.println("> … " + (lines.size() - shown) + " more paragraphs");
        }
        out.println();
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#<>|])", "\\\\$1");
    }

    @Override
    public void flush() {
        out.flush();
    }
}
