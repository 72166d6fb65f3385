package dev.reportflow.consumers.trace;

import static dev.reportflow.consumers.common.EvidenceText.describe;
import static dev.reportflow.consumers.common.EvidenceText.localTime;
import static dev.reportflow.consumers.common.EvidenceText.words;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.consumers.common.AvroJson;
import dev.reportflow.consumers.trace.SubmissionTrace.Located;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.Submission;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A trace as text for a person, or as one JSON document. Every text line goes out through
 * {@link #println}, which escapes the control characters a record's fields may carry.
 */
final class TraceRenderer {

    private TraceRenderer() {
    }

    static void text(SubmissionTrace trace, PrintWriter out) {
        println(out, "Submission " + trace.submissionId() + " — " + trace.status() + summary(trace));
        println(out, "");
        receivedText(trace, out);
        trace.reports().forEach(report -> reportText(report, out));
        if (!trace.deliveries().isEmpty()) {
            println(out, "Delivered");
            for (Located<RoutedSection> d : trace.deliveries()) {
                RoutedSection s = d.record();
                String why = s.getRetracted() ? "已撤回 withdrawn by " + s.getCorrection().getBy() + ", " + s.getCorrection().getCorrectionId()
                        : s.getCorrection() != null ? s.getRoutingReason() + " " + s.getCorrection().getCorrectionId() : s.getRoutingReason();
                println(out, "  %-26s #%d §%-6s %s  [%s, %s] at %s".formatted(s.getRoutedTo(), reportIndex(s),
                        s.getSectionPath(), s.getHeading(), s.getRole(), why, at(d.coordinates())));
                if (s.getTriageReason() != null && !s.getRetracted()) {
                    println(out, "  %-26s 待人工分办 waits for triage: %s%s".formatted("", s.getTriageReason(),
                            words(s.getConfidenceEvidence())));
                }
            }
            println(out, "");
        }
        for (Located<Rejection> r : trace.rejections()) {
            Rejection rejection = r.record();
            println(out, "Rejected   " + rejection.getReason() + " at " + localTime(rejection.getRejectedAt()) + ", "
                    + at(r.coordinates()));
            println(out, "           " + rejection.getMessage());
            if (rejection.getDuplicateOf() != null) {
                println(out, "           first sent as " + rejection.getDuplicateOf().getSubmissionId() + " at "
                        + at(rejection.getDuplicateOf().getSource()) + " on "
                        + localTime(rejection.getDuplicateOf().getReceivedAt()));
            }
            println(out, "");
        }
        if (trace.status() == SubmissionTrace.Status.PENDING) {
            println(out, "Not classified yet: the streams app has not processed this record (is it running?).");
        }
        out.flush();
    }

    private static String summary(SubmissionTrace trace) {
        if (trace.status() != SubmissionTrace.Status.CLASSIFIED) {
            return "";
        }
        long topics = trace.deliveries().stream().map(d -> d.coordinates().getTopic()).distinct().count();
        return " (" + trace.reports().size() + " report(s), " + trace.deliveries().size() + " routed copies on "
                + topics + " topic(s))";
    }

    private static void receivedText(SubmissionTrace trace, PrintWriter out) {
        if (trace.received() == null) {
            println(out, "Received   (no intake record found)");
            println(out, "");
            return;
        }
        Submission s = trace.received().submission();
        println(out, "Received   " + localTime(trace.received().loggedAt()) + " at " + at(trace.received().coordinates())
                + " (client accepted it " + localTime(s.getReceivedAt()) + ")");
        println(out, "           office " + s.getOffice() + " · file " + s.getFileName() + " · "
                + s.getContent().remaining() + " bytes · " + s.getDetectedEncoding()
                + (s.getDeclaredEncoding() == null ? "" : " (declared " + s.getDeclaredEncoding() + ")")
                + " · " + s.getContentType());
        println(out, "           content " + s.getContentHash());
        println(out, "");
    }

    private static void reportText(ClassifiedReport r, PrintWriter out) {
        println(out, "Report #" + r.getReportIndex() + "/" + r.getReportCount() + "  " + r.getTitle()
                + "  (lines " + r.getStartLine() + "–" + r.getEndLine() + ")");
        println(out, "           issuer " + r.getIssuer().getName() + " (" + r.getIssuer().getLevel() + ") → "
                + r.getIssuer().getDepartment() + "  [" + describe(r.getIssuer().getEvidence()) + "]");
        println(out, "           kind " + r.getKind() + " · years " + r.getYears() + " · " + r.getOutline().size()
                + " sections · " + r.getRoutedCopies() + " routed copies · classifier " + r.getClassifierVersion()
                + " · rules " + r.getRulesVersion() + " · " + localTime(r.getClassifiedAt()));
        int n = 1;
        for (OutlineSection section : r.getOutline()) {
            println(out, "  %2d %-30s %-10s %s".formatted(n++, section.getHeading(), section.getRole(),
                    section.getDepartments().stream().map(d -> d.getDepartment()).collect(Collectors.joining(","))));
        }
        if (!r.getCorrections().isEmpty()) {
            println(out, "           corrected, oldest first:");
        }
        for (RoutingCorrection c : r.getCorrections()) {
            String changes = Stream.concat(c.getDepartmentsAdded().stream().map(code -> "+" + code),
                    c.getDepartmentsRemoved().stream().map(code -> "-" + code)).collect(Collectors.joining(" "));
            println(out, "  " + c.getCorrectionId() + " " + localTime(c.getAt()) + " by " + c.getBy() + " · "
                    + (c.getUnitId() != null ? c.getUnitId() : "every unit") + " " + changes
                    + (c.getIssuerDepartment() != null ? " issuer→" + c.getIssuerDepartment() : "")
                    + (c.getIssuerLevel() != null ? " level→" + c.getIssuerLevel() : "")
                    + (c.getRole() != null ? " role→" + c.getRole() : "")
                    + (c.getPreviousCorrectionId() != null ? " (corrects " + c.getPreviousCorrectionId() + ")" : ""));
            println(out, "      why: " + c.getReason() + " · corrected classifier " + c.getCorrectsClassifierVersion()
                    + " · rules " + c.getCorrectsRulesVersion());
        }
        println(out, "");
    }

    /** A terminal would act on an ESC or a lone CR in a record's field; they are written visibly instead. */
    private static void println(PrintWriter out, String line) {
        out.println(SafeText.line(line));
    }

    private static int reportIndex(RoutedSection s) {
        String id = s.getReportId();
        try {
            return Integer.parseInt(id.substring(id.lastIndexOf('#') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String at(KafkaCoordinates c) {
        return c.getTopic() + "[" + c.getPartition() + "]@" + c.getOffset();
    }

    static ObjectNode json(SubmissionTrace trace) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("submissionId", trace.submissionId());
        root.put("status", trace.status().name());
        if (trace.received() == null) {
            root.putNull("received");
        } else {
            ObjectNode received = root.putObject("received");
            received.set("coordinates", AvroJson.toJson(trace.received().coordinates()));
            received.put("loggedAt", trace.received().loggedAt().toString());
            received.set("submission", AvroJson.toJson(trace.received().submission()));
        }
        ArrayNode reports = root.putArray("reports");
        trace.reports().forEach(r -> reports.add(AvroJson.toJson(r)));
        ArrayNode deliveries = root.putArray("deliveries");
        for (Located<RoutedSection> d : trace.deliveries()) {
            ObjectNode node = AvroJson.toJson(d.record());
            node.remove("text"); // the sections' text is the report itself; the trace is about where it went
            node.set("delivery", AvroJson.toJson(d.coordinates()));
            deliveries.add(node);
        }
        Map<String, Long> perTopic = new TreeMap<>(trace.deliveries().stream()
                .collect(Collectors.groupingBy(d -> d.record().getRoutedTo(), Collectors.counting())));
        ObjectNode counts = root.putObject("deliveriesPerDepartment");
        perTopic.forEach(counts::put);
        ArrayNode rejections = root.putArray("rejections");
        for (Located<Rejection> r : trace.rejections()) {
            ObjectNode node = AvroJson.toJson(r.record());
            node.set("at", AvroJson.toJson(r.coordinates()));
            rejections.add(node);
        }
        return root;
    }
}
