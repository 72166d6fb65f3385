package dev.reportflow.history.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.text.SafeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Search results for spreadsheets and scripts. CSV starts with a UTF-8 byte order mark, without
 * which Excel reads UTF-8 as the machine's ANSI code page and shows Chinese as mojibake; every cell
 * goes through {@link SafeText#csvCell} (no cell is evaluated as a formula). JSON is one object per
 * line, so that an export of any size streams.
 */
public final class SearchExport {

    /** U+FEFF, written first: Excel's sign that the file is UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final List<String> COLUMNS = List.of("received_at", "routed_to", "office", "issuer", "level",
            "report_title", "section_path", "heading", "role", "departments", "confidence", "routing_reason",
            "withdrawn", "text", "submission_id", "report_id", "delivery_id");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SearchExport() {
    }

    public static void csvHeader(Writer out) {
        write(out, BYTE_ORDER_MARK + row(COLUMNS));
    }

    public static void csvRows(Writer out, List<SearchHit> hits) {
        for (SearchHit h : hits) {
            write(out, row(List.of(h.receivedAt().toString(), h.routedTo(), h.office(), h.issuer(), h.issuerLevel(),
                    h.reportTitle(), h.sectionPath(), h.heading(), h.role(), String.join(" ", h.departments()),
                    Double.toString(h.confidence()), h.routingReason(), h.withdrawn() ? "已撤回 withdrawn" : "",
                    h.text(), h.submissionId(), h.reportId(), h.deliveryId())));
        }
    }

    public static void jsonLines(Writer out, List<SearchHit> hits) {
        for (SearchHit h : hits) {
            write(out, json(h).toString() + "\n");
        }
    }

    public static ObjectNode json(SearchHit h) {
        ObjectNode node = NODES.objectNode();
        node.put("deliveryId", h.deliveryId());
        node.put("unitId", h.unitId());
        node.put("reportId", h.reportId());
        node.put("submissionId", h.submissionId());
        node.put("routedTo", h.routedTo());
        node.put("routingReason", h.routingReason());
        node.put("receivedAt", h.receivedAt().toString());
        node.put("office", h.office());
        node.put("issuer", h.issuer());
        node.put("issuerLevel", h.issuerLevel());
        node.put("reportTitle", h.reportTitle());
        node.put("sectionPath", h.sectionPath());
        node.put("heading", h.heading());
        node.put("role", h.role());
        ArrayNode departments = node.putArray("departments");
        h.departments().forEach(departments::add);
        node.put("confidence", h.confidence());
        node.put("withdrawn", h.withdrawn());
        if (h.correctedBy() != null) {
            node.put("correctedBy", h.correctedBy());
            node.put("correctionReason", h.correctionReason());
        }
        node.put("text", h.text());
        return node;
    }

    /** CRLF ends records, as RFC 4180 asks and spreadsheet programs expect. */
    private static String row(List<String> cells) {
        return cells.stream().map(SafeText::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
