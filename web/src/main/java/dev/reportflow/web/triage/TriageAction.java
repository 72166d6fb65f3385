package dev.reportflow.web.triage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportflow.consumers.triage.PendingReport;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a triage clerk decided for one waiting report, as the page posts it:
 * <pre>
 * {"reportId": "sub-0-7#1", "action": "confirm" | "reassign" | "split",
 *  "departments": ["finance"],                        (reassign: every waiting unit goes there)
 *  "units": {"sub-0-7#1/2.1": ["finance", "audit"]},  (split: each named unit goes to its own)
 *  "reason": "…"}                                      (required: why, kept with the correction)
 * </pre>
 * Confirm sends each waiting unit where the classifier would have sent it had it been sure.
 */
record TriageAction(String reportId, Kind kind, List<String> departments, Map<String, List<String>> units, String reason) {

    enum Kind { CONFIRM, REASSIGN, SPLIT }

    /** An action that cannot be carried out as posted: a key of the message bundles ({@code triage.bad.*}) says why. */
    static final class BadAction extends Exception {
        private final String messageKey;
        private final transient Object[] values;

        BadAction(String messageKey, Object... values) {
            super(messageKey);
            this.messageKey = messageKey;
            this.values = values;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] values() {
            return values.clone();
        }
    }

    static TriageAction parse(JsonNode body) throws BadAction {
        if (body == null || !body.isObject()) {
            throw new BadAction("triage.bad.notAnObject");
        }
        String reportId = text(body, "reportId");
        if (reportId == null) {
            throw new BadAction("triage.bad.noReport");
        }
        String reason = text(body, "reason");
        if (reason == null) {
            throw new BadAction("triage.bad.noReason");
        }
        Kind kind;
        try {
            kind = Kind.valueOf(String.valueOf(text(body, "action")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadAction("triage.bad.unknownAction");
        }
        Map<String, List<String>> units = new LinkedHashMap<>();
        JsonNode unitsNode = body.path("units");
        if (unitsNode.isObject()) {
            for (Map.Entry<String, JsonNode> unit : unitsNode.properties()) {
                units.put(unit.getKey(), codes(unit.getValue()));
            }
        }
        return new TriageAction(reportId, kind, codes(body.path("departments")), units, reason);
    }

    /**
     * Where each of the report's waiting units goes, by unit id. A unit the action does not name
     * (split) keeps waiting; a unit named that is not waiting is an error, as is a unit sent nowhere.
     */
    Map<String, List<String>> targets(PendingReport report) throws BadAction {
        Map<String, List<String>> targets = new LinkedHashMap<>();
        switch (kind) {
            case CONFIRM -> {
                for (RoutedSection unit : report.units()) {
                    List<String> guess = report.bestGuess(unit);
                    if (guess.isEmpty()) {
                        throw new BadAction("triage.bad.noGuess", unit.getSectionPath());
                    }
                    targets.put(unit.getUnitId(), guess);
                }
            }
            case REASSIGN -> {
                if (departments.isEmpty()) {
                    throw new BadAction("triage.bad.noDepartment");
                }
                report.units().forEach(unit -> targets.put(unit.getUnitId(), departments));
            }
            case SPLIT -> {
                Set<String> waiting = new LinkedHashSet<>();
                report.units().forEach(unit -> waiting.add(unit.getUnitId()));
                units.forEach((unitId, codes) -> {
                    if (!codes.isEmpty()) {
                        targets.put(unitId, codes);
                    }
                });
                for (String unitId : targets.keySet()) {
                    if (!waiting.contains(unitId)) {
                        throw new BadAction("triage.bad.notWaitingUnit", unitId);
                    }
                }
                if (targets.isEmpty()) {
                    throw new BadAction("triage.bad.noUnit");
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        for (List<String> codes : targets.values()) {
            if (codes.contains(Topics.UNASSIGNED)) {
                throw new BadAction("triage.bad.toUnassigned");
            }
        }
        return targets;
    }

    /** Every department code the clerk chose (confirm chooses none: the classifier's guesses are known codes). */
    Set<String> namedCodes() {
        Set<String> codes = new LinkedHashSet<>(departments);
        units.values().forEach(codes::addAll);
        return codes;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(code -> {
                if (code.isTextual() && !code.asText().isBlank() && !codes.contains(code.asText().strip())) {
                    codes.add(code.asText().strip());
                }
            });
        }
        return List.copyOf(codes);
    }
}
