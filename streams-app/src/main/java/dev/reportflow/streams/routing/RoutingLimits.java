package dev.reportflow.streams.routing;

import dev.reportflow.config.AppConfig;

/**
 * How many reports and routed copies one submission may produce. A 4 MiB upload of one report
 * repeated 400 times once made 6,558 deliveries, pushing every other office's sections off the
 * supervisors' pages; past these limits the submission is rejected instead, with its own reason.
 *
 * @param maxReports    {@code reportflow.submission.max-reports}: the most reports found in one submission
 * @param maxDeliveries {@code reportflow.submission.max-deliveries}: the most routed copies of its sections
 */
public record RoutingLimits(int maxReports, int maxDeliveries) {

    public static RoutingLimits from(AppConfig config) {
        return new RoutingLimits(config.getInt("reportflow.submission.max-reports"),
                config.getInt("reportflow.submission.max-deliveries"));
    }
}
