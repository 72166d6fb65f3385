package dev.reportflow.consumers.triage;

import static dev.reportflow.consumers.common.EvidenceText.describe;
import static dev.reportflow.consumers.common.EvidenceText.localTime;
import static dev.reportflow.consumers.common.EvidenceText.score;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.consumers.common.AvroJson;
import dev.reportflow.consumers.common.EvidenceText;
import dev.reportflow.decision.records.RecordFactory;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.util.List;

/**
 * The triage queue as text for a clerk, or as JSON lines (one report a line) for scripts. Every
 * text line goes out through {@link #println}, which escapes the control characters a record's
 * fields may carry; JSON is escaped by {@link AvroJson}.
 */
public final class TriageRenderer {

    /** Stands in for the department when the classifier has no guess: {@code correct} refuses it as an unknown code. */
    static final String NO_GUESS = "<部门代码 CODE>";

    /** Without a guess the clerk decides, and says why. */
    static final String NO_REASON = "分拣：<原因 why>";

    private final String clerk;

    public TriageRenderer(String clerk) {
        this.clerk = clerk;
    }

    void text(List<PendingReport> shown, int waiting, PrintWriter out) {
        println(out, "待分拣 Awaiting triage: " + waiting + " report(s), oldest first"
                + (shown.size() < waiting ? "; the first " + shown.size() + " shown" : ""));
        for (PendingReport report : shown) {
            println(out, "");
            println(out, "报告 Report      " + report.reportId());
            println(out, "报送单位 Office  " + report.office());
            println(out, "文件 File        " + (report.classified() != null ? report.classified().getFileName() : "—"));
            println(out, "收到 Received    " + localTime(report.receivedAt()));
            println(out, "标题 Title       " + report.title());
            ClassifiedReport classified = report.classified();
            if (classified == null) {
                println(out, "置信度 Confidence —  (no record of this report on reports.classified)");
            } else {
                println(out, "置信度 Confidence " + score(classified.getConfidence())
                        + (classified.getConfidenceEvidence() == null ? "" : "  [" + describe(classified.getConfidenceEvidence()) + "]"));
                println(out, "原因 Reason      " + (classified.getTriageReason() == null ? "—" : classified.getTriageReason()));
            }
            Issuer issuer = report.issuer();
            println(out, "发文机关 Issuer  " + issuer.getName() + " (" + issuer.getLevel() + ") → " + issuer.getDepartment()
                    + "  [" + describe(issuer.getEvidence()) + "]");
            for (RoutedSection unit : report.units()) {
                println(out, "  §" + unit.getSectionPath() + "  " + unit.getRole() + "  " + unit.getHeading());
                println(out, "      部门 Departments  " + (unit.getDepartments().isEmpty() ? "—" : EvidenceText.departments(unit.getDepartments())));
                if (RecordFactory.LOW_UNIT_CONFIDENCE.equals(unit.getRoutingReason())) {
                    println(out, "      原因 Reason  " + unit.getTriageReason() + EvidenceText.words(unit.getConfidenceEvidence()));
                }
                println(out, "      " + correctCommand(report, unit));
            }
        }
        out.flush();
    }

    void json(List<PendingReport> shown, PrintWriter out) {
        for (PendingReport report : shown) {
            out.println(AvroJson.compact(toJson(report)));
        }
        out.flush();
    }

    /** One waiting report as JSON: the {@code triage --format json} line, and what the triage page lists. */
    public ObjectNode toJson(PendingReport report) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("reportId", report.reportId());
        root.put("office", report.office());
        ClassifiedReport classified = report.classified();
        root.put("fileName", classified == null ? null : classified.getFileName());
        root.put("receivedAt", report.receivedAt().toString());
        root.put("title", report.title());
        root.put("confidence", classified == null ? null : classified.getConfidence());
        root.set("confidenceEvidence", classified == null || classified.getConfidenceEvidence() == null
                ? nodes.nullNode() : AvroJson.toJson(classified.getConfidenceEvidence()));
        root.put("triageReason", classified == null ? null : classified.getTriageReason());
        root.set("issuer", AvroJson.toJson(report.issuer()));
        ArrayNode units = root.putArray("units");
        for (RoutedSection unit : report.units()) {
            ObjectNode node = units.addObject();
            node.put("unitId", unit.getUnitId());
            node.put("sectionPath", unit.getSectionPath());
            node.put("role", unit.getRole().name());
            node.put("topLevelHeading", unit.getTopLevelHeading());
            node.put("heading", unit.getHeading());
            node.put("routingReason", unit.getRoutingReason());
            node.put("confidence", unit.getConfidence());
            node.set("confidenceEvidence", unit.getConfidenceEvidence() == null
                    ? nodes.nullNode() : AvroJson.toJson(unit.getConfidenceEvidence()));
            node.put("triageReason", unit.getTriageReason());
            ArrayNode departments = node.putArray("departments");
            unit.getDepartments().forEach(d -> departments.add(AvroJson.toJson(d)));
            ArrayNode guess = node.putArray("bestGuess");
            report.bestGuess(unit).forEach(guess::add);
            node.put("correctCommand", correctCommand(report, unit));
        }
        return root;
    }

    /**
     * The command that routes the unit where the classifier would have sent it. Every argument is
     * shell-quoted: ids and codes come from records, and a clerk pastes this into a shell.
     */
    String correctCommand(PendingReport report, RoutedSection unit) {
        List<String> guess = report.bestGuess(unit);
        String reason = guess.isEmpty() ? NO_REASON : "分拣：采纳分类器建议 triage: as the classifier suggested";
        return "reportflow correct --unit " + shellQuote(unit.getUnitId())
                + " --add " + shellQuote(guess.isEmpty() ? NO_GUESS : String.join(",", guess))
                + " --remove " + Topics.UNASSIGNED
                + " --by " + shellQuote(clerk)
                + " --reason " + shellQuote(reason);
    }

    /** POSIX single quotes: nothing inside is special but the quote itself, written as '\''. */
    static String shellQuote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static void println(PrintWriter out, String line) {
        out.println(SafeText.line(line));
    }
}
