package dev.reportflow.decision;

import dev.reportflow.classifier.RoutingThresholds;
import dev.reportflow.config.ReportflowProperties;
import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.schemas.OfficeName;
import java.time.Duration;
import java.util.Map;

/**
 * The limits and thresholds a decision depends on, read from the same {@code reportflow.*}
 * properties wherever a decision is made (the streams app, replay, rules suggest), each falling back
 * to its declared default, so that an auditor's replay decides as the live path does.
 *
 * @param maxBytes       {@code reportflow.submission.max-bytes}: larger submissions are OVERSIZED
 * @param documentLimits what reading one file may cost (see {@link DocumentLimits})
 * @param maxOfficeChars {@code reportflow.submission.max-office-chars}: longer office names are INVALID_OFFICE
 * @param maxReports     {@code reportflow.submission.max-reports}: more reports in one submission are TOO_MANY_REPORTS.
 *                       A 4 MiB upload of one report repeated 400 times once made 6,558 deliveries, pushing every
 *                       other office's sections off the supervisors' pages.
 * @param maxDeliveries  {@code reportflow.submission.max-deliveries}: more routed copies are TOO_MANY_DELIVERIES
 * @param thresholds     {@code reportflow.routing.min-confidence}: a report below it goes to routed.unassigned;
 *                       {@code reportflow.routing.min-unit-confidence}: a routed unit below it goes there alone
 * @param dedupeTtl      {@code reportflow.dedupe.ttl}: how long a routed text makes later copies DUPLICATEs
 */
public record DecisionSettings(long maxBytes, DocumentLimits documentLimits, int maxOfficeChars, int maxReports,
                               int maxDeliveries, RoutingThresholds thresholds, Duration dedupeTtl) {

    public static final String MAX_BYTES = "reportflow.submission.max-bytes";
    public static final String MAX_REPORTS = "reportflow.submission.max-reports";
    public static final String MAX_DELIVERIES = "reportflow.submission.max-deliveries";
    public static final String MIN_CONFIDENCE = "reportflow.routing.min-confidence";
    public static final String MIN_UNIT_CONFIDENCE = "reportflow.routing.min-unit-confidence";
    public static final String DEDUPE_TTL = "reportflow.dedupe.ttl";

    /** The declared defaults ({@link ReportflowProperties}), for callers without a configuration. */
    public static final DecisionSettings DEFAULT = from(Map.of());

    public DecisionSettings {
        if (maxBytes <= 0 || maxOfficeChars <= 0 || maxReports <= 0 || maxDeliveries <= 0 || dedupeTtl.isNegative()) {
            throw new IllegalArgumentException("decision limits must be positive");
        }
    }

    /** The settings in {@code properties}, each falling back to its declared default ({@link ReportflowProperties}). */
    public static DecisionSettings from(Map<String, String> properties) {
        return new DecisionSettings(
                Long.parseLong(value(properties, MAX_BYTES)),
                DocumentLimits.from(properties),
                Integer.parseInt(value(properties, OfficeName.MAX_CHARS_PROPERTY)),
                Integer.parseInt(value(properties, MAX_REPORTS)),
                Integer.parseInt(value(properties, MAX_DELIVERIES)),
                new RoutingThresholds(Double.parseDouble(value(properties, MIN_CONFIDENCE)),
                        Double.parseDouble(value(properties, MIN_UNIT_CONFIDENCE))),
                Duration.parse(value(properties, DEDUPE_TTL)));
    }

    private static String value(Map<String, String> properties, String key) {
        String value = properties.get(key);
        return value != null ? value.strip() : String.valueOf(ReportflowProperties.DEFINITION.defaultValues().get(key));
    }
}
