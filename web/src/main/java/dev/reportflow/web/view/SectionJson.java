package dev.reportflow.web.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.consumers.common.EvidenceText;
import dev.reportflow.consumers.supervise.Delivery;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.web.http.JsonResponse;

/** A delivered section as the page lists it: who, what, why it came here, and where to trace it. */
final class SectionJson {

    private SectionJson() {
    }

    static ObjectNode of(Delivery delivery) {
        RoutedSection s = delivery.section();
        ObjectNode node = JsonResponse.MAPPER.createObjectNode()
                .put("deliveryId", s.getDeliveryId())
                .put("department", s.getRoutedTo())
                .put("routingReason", s.getRoutingReason())
                .put("submissionId", s.getSubmissionId())
                .put("reportId", s.getReportId())
                .put("office", s.getOffice())
                .put("receivedAt", s.getReceivedAt().toString())
                .put("classifiedAt", s.getClassifiedAt().toString())
                .put("reportTitle", s.getReportTitle())
                .put("sectionPath", s.getSectionPath())
                .put("topLevelHeading", s.getTopLevelHeading())
                .put("heading", s.getHeading())
                .put("role", s.getRole().name())
                .put("excerpt", s.getText())
                .put("coordinates", delivery.coordinates())
                .put("trace", "/trace/" + s.getSubmissionId());
        // A withdrawn delivery is no longer the department's: the page shows who withdrew it, when and why.
        node.put("status", s.getRetracted() ? "withdrawn" : "delivered");
        if (s.getCorrection() != null) {
            RoutingCorrection c = s.getCorrection();
            node.putObject(s.getRetracted() ? "withdrawn" : "corrected")
                    .put("by", c.getBy())
                    .put("at", c.getAt().toString())
                    .put("reason", c.getReason())
                    .put("correctionId", c.getCorrectionId());
        }
        node.putObject("issuer")
                .put("name", s.getIssuer().getName())
                .put("level", s.getIssuer().getLevel())
                .put("department", s.getIssuer().getDepartment());
        ArrayNode departments = node.putArray("departments");
        for (DepartmentAssignment assignment : s.getDepartments()) {
            departments.addObject()
                    .put("department", assignment.getDepartment())
                    .put("rule", assignment.getEvidence().getRule())
                    .put("score", assignment.getEvidence().getScore())
                    .put("words", EvidenceText.terms(assignment.getEvidence().getTerms()));
        }
        return node;
    }
}
