package dev.reportflow.web.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.consumers.common.AvroJson;
import dev.reportflow.consumers.trace.SubmissionTrace;
import dev.reportflow.consumers.trace.SubmissionTrace.Located;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.web.auth.DepartmentScope;
import dev.reportflow.web.http.JsonResponse;
import java.util.Comparator;
import java.util.List;

/**
 * A submission's trace for the page: received, classified reports (as they stand), every correction
 * oldest first, each delivery (withdrawn ones marked, with the correction that withdrew them),
 * rejections; as much as a login's scope shows.
 */
final class TraceJson {

    private TraceJson() {
    }

    /** What a supervisor is told of a submission none of whose sections is theirs: as of one never received. */
    static ObjectNode unknown(String submissionId) {
        return of(new SubmissionTrace(submissionId, null, List.of(), List.of(), List.of()), DepartmentScope.ALL);
    }

    static ObjectNode of(SubmissionTrace trace, DepartmentScope scope) {
        ObjectNode root = JsonResponse.MAPPER.createObjectNode()
                .put("submissionId", trace.submissionId())
                .put("status", trace.status().name());
        if (trace.received() == null) {
            root.putNull("received");
        } else {
            ObjectNode received = root.putObject("received");
            received.put("loggedAt", trace.received().loggedAt().toString());
            received.put("at", at(trace.received().coordinates()));
            received.set("submission", AvroJson.toJson(trace.received().submission()));
        }
        ArrayNode reports = root.putArray("reports");
        trace.reports().forEach(report -> reports.add(AvroJson.toJson(report)));
        // Every correction of the submission's reports, oldest first: each report's history is already in that order.
        ArrayNode corrections = root.putArray("corrections");
        trace.reports().stream().flatMap(report -> report.getCorrections().stream())
                .sorted(Comparator.comparing(RoutingCorrection::getAt))
                .forEach(correction -> corrections.add(AvroJson.toJson(correction)));
        ArrayNode deliveries = root.putArray("deliveries");
        for (Located<RoutedSection> delivery : trace.deliveries()) {
            RoutedSection s = delivery.record();
            if (!scope.includes(s.getRoutedTo())) {
                continue;
            }
            ObjectNode node = deliveries.addObject()
                    .put("department", s.getRoutedTo())
                    .put("reportId", s.getReportId())
                    .put("sectionPath", s.getSectionPath())
                    .put("heading", s.getHeading())
                    .put("role", s.getRole().name())
                    .put("routingReason", s.getRoutingReason())
                    .put("confidence", s.getConfidence())
                    .put("triageReason", s.getTriageReason())
                    .put("status", s.getRetracted() ? "withdrawn" : "delivered")
                    .put("at", at(delivery.coordinates()));
            node.set("correction", s.getCorrection() == null ? null : AvroJson.toJson(s.getCorrection()));
            // the words and scores a unit's confidence rests on: why it waits, when it waits
            node.set("confidenceEvidence", s.getConfidenceEvidence() == null ? null : AvroJson.toJson(s.getConfidenceEvidence()));
        }
        ArrayNode rejections = root.putArray("rejections");
        // Rejections concern the office's file, not a department's section.
        for (Located<Rejection> rejection : scope.everyDepartment() ? trace.rejections() : List.<Located<Rejection>>of()) {
            ObjectNode node = AvroJson.toJson(rejection.record());
            node.put("at", at(rejection.coordinates()));
            rejections.add(node);
        }
        return root;
    }

    private static String at(KafkaCoordinates c) {
        return c.getTopic() + "[" + c.getPartition() + "]@" + c.getOffset();
    }
}
