package dev.reportflow.web.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.consumers.trace.SubmissionTrace;
import dev.reportflow.consumers.trace.SubmissionTrace.Located;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import dev.reportflow.web.http.JsonResponse;
import dev.reportflow.web.i18n.DepartmentNames;
import dev.reportflow.web.i18n.Language;
import dev.reportflow.web.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * What an office is told of its own submission: its status, the reports found, the departments its
 * sections went to (by name), whether any part waits for a triage clerk, and each rejection's reason
 * in words with the pipeline's own message. Not the evidence or the other offices' data a trace holds.
 */
final class SubmissionOutcome {

    private SubmissionOutcome() {
    }

    static ObjectNode of(SubmissionTrace trace, DepartmentNames names, Language language) {
        ObjectNode root = JsonResponse.MAPPER.createObjectNode()
                .put("submissionId", trace.submissionId())
                .put("status", trace.status().name())
                .put("statusText", Messages.text(language, "status." + trace.status().name()));
        ArrayNode reports = root.putArray("reports");
        for (ClassifiedReport report : trace.reports()) {
            reports.addObject().put("title", report.getTitle()).put("issuer", report.getIssuer().getName());
        }
        TreeSet<String> departments = new TreeSet<>();
        currentCopies(trace).values().forEach(copy -> departments.add(copy.getRoutedTo()));
        root.put("waitingForTriage", departments.remove(Topics.UNASSIGNED));
        ArrayNode routed = root.putArray("departments");
        departments.forEach(code -> routed.addObject().put("code", code).put("name", names.name(code, language)));
        ArrayNode rejections = root.putArray("rejections");
        for (Located<Rejection> located : trace.rejections()) {
            Rejection rejection = located.record();
            rejections.addObject()
                    .put("reason", rejection.getReason().name())
                    .put("reasonText", Messages.text(language, "rejection." + rejection.getReason().name()))
                    .put("message", rejection.getMessage());
        }
        return root;
    }

    /** Each delivery as it stands: a correction's retraction withdraws the copy it names. */
    private static Map<String, RoutedSection> currentCopies(SubmissionTrace trace) {
        Map<String, RoutedSection> copies = new LinkedHashMap<>();
        for (Located<RoutedSection> delivery : trace.deliveries()) {
            RoutedSection section = delivery.record();
            if (section.getRetracted()) {
                copies.remove(section.getDeliveryId());
            } else {
                copies.put(section.getDeliveryId(), section);
            }
        }
        return copies;
    }
}
