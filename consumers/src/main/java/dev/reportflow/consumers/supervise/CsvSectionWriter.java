package dev.reportflow.consumers.supervise;

import dev.reportflow.consumers.common.EvidenceText;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV with a header row, for spreadsheets; the full text is one (quoted) cell. A row's
 * status says whether the delivery stands or was withdrawn (then without its text), and the last
 * columns who corrected it, when and why. Every cell
 * goes through {@link SafeText#csvCell}, so that no field of a record is evaluated as a formula.
 */
final class CsvSectionWriter implements SectionWriter {

    private static final List<String> COLUMNS = List.of("received_at", "office", "issuer", "level", "report_title",
            "section_path", "top_level_heading", "heading", "role", "departments", "evidence", "routed_to",
            "routing_reason", "text", "submission_id", "delivery_id", "source", "delivery",
            "status", "corrected_by", "corrected_at", "correction_reason", "correction_id");

    static final String DELIVERED = "delivered";
    static final String WITHDRAWN = "已撤回 withdrawn";

    private final PrintWriter out;

    CsvSectionWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(String topic) {
        row(COLUMNS);
    }

    @Override
    public void write(Delivery delivery) {
        RoutedSection s = delivery.section();
        RoutingCorrection correction = s.getCorrection();
        // A withdrawn delivery keeps its row (a spreadsheet is an append-only record) but not its text.
        row(List.of(s.getReceivedAt().toString(), s.getOffice(), s.getIssuer().getName(), s.getIssuer().getLevel(),
                s.getReportTitle(), s.getSectionPath(), s.getTopLevelHeading(), s.getHeading(), s.getRole().name(),
                s.getDepartments().stream().map(d -> d.getDepartment()).collect(Collectors.joining(" ")),
                EvidenceText.departments(s.getDepartments()), s.getRoutedTo(), s.getRoutingReason(),
                s.getRetracted() ? "" : s.getText(), s.getSubmissionId(), s.getDeliveryId(),
                s.getSource().getTopic() + "[" + s.getSource().getPartition() + "]@" + s.getSource().getOffset(),
                delivery.coordinates(), s.getRetracted() ? WITHDRAWN : DELIVERED,
                correction == null ? "" : correction.getBy(), correction == null ? "" : correction.getAt().toString(),
                correction == null ? "" : correction.getReason(), correction == null ? "" : correction.getCorrectionId()));
    }

    private void row(List<String> cells) {
        // CRLF ends records as RFC 4180 asks; spreadsheet programs expect it.
        out.print(cells.stream().map(SafeText::csvCell).collect(Collectors.joining(",")) + "\r\n");
    }

    @Override
    public void flush() {
        out.flush();
    }
}
