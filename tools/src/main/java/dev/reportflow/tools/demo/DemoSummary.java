package dev.reportflow.tools.demo;

import dev.reportflow.app.demo.PipelineOutcomes;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The demo's closing table: per department, reports and sections received; rejections by reason. */
final class DemoSummary {

    private DemoSummary() {
    }

    static void print(PrintWriter out, PipelineOutcomes outcomes, Map<String, Integer> refusedByClient, int submitted) {
        Map<String, Set<String>> reportsByDepartment = new TreeMap<>();
        Map<String, Integer> sectionsByDepartment = new TreeMap<>();
        for (Collection<RoutedSection> deliveries : outcomes.deliveries().values()) {
            for (RoutedSection delivery : deliveries) {
                reportsByDepartment.computeIfAbsent(delivery.getRoutedTo(), k -> new HashSet<>()).add(delivery.getReportId());
                sectionsByDepartment.merge(delivery.getRoutedTo(), 1, Integer::sum);
            }
        }
        int reports = outcomes.reports().values().stream().mapToInt(Collection::size).sum();
        out.printf("%nSubmitted %d files: %d classified into %d reports, %d rejected, %d refused by the client.%n%n",
                submitted, outcomes.reports().size(), reports, outcomes.rejections().size()
                        + outcomes.unidentifiedRejections().size(), refusedByClient.values().stream().mapToInt(i -> i).sum());
        out.printf("%-34s %8s %9s%n", "department (topic routed.<code>)", "reports", "sections");
        out.printf("%-34s %8s %9s%n", "-".repeat(34), "-".repeat(8), "-".repeat(9));
        sectionsByDepartment.forEach((department, sections) ->
                out.printf("%-34s %8d %9d%n", department, reportsByDepartment.get(department).size(), sections));
        out.printf("%-34s %8s %9d%n", "total deliveries", "", sectionsByDepartment.values().stream().mapToInt(i -> i).sum());

        Map<String, Integer> rejectedByReason = new TreeMap<>();
        outcomes.rejections().values().forEach(r -> rejectedByReason.merge(r.getReason().name(), 1, Integer::sum));
        outcomes.unidentifiedRejections().forEach(r -> rejectedByReason.merge(r.getReason().name(), 1, Integer::sum));
        out.printf("%n%-34s %8s%n", "rejected (topic reports.rejected)", "count");
        out.printf("%-34s %8s%n", "-".repeat(34), "-".repeat(8));
        if (rejectedByReason.isEmpty()) {
            out.printf("%-34s %8d%n", "(none)", 0);
        }
        rejectedByReason.forEach((reason, count) -> out.printf("%-34s %8d%n", reason, count));
        refusedByClient.forEach((reason, count) -> out.printf("%-34s %8d%n", "refused by client: " + reason, count));
        for (Rejection rejection : outcomes.rejections().values()) {
            out.println(SafeText.line("  %s %s: %s".formatted(rejection.getReason(), rejection.getFileName(), rejection.getMessage())));
        }
        out.flush();
    }
}
