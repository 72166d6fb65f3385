package dev.reportflow.consumers.correct;

import dev.reportflow.cli.ExitCodes;
import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.Departments;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "correct", mixinStandardHelpOptions = true,
        description = {"Corrects where a routed unit (or every unit of a report) goes: the streams app sends it to the",
                "departments added, withdraws it from those removed, and records who changed what and why.",
                "Exit 0 when applied, 1 when the streams app refused it or did not answer, 2 for a usage error",
                "(an unknown department code, unit or report: nothing is sent)."})
public final class CorrectCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--unit", paramLabel = "UNIT_ID", description = "A routed unit: <report id>/<path>, e.g. sub-0-12#1/2.3.")
        String unitId;

        @Option(names = "--report", paramLabel = "REPORT_ID", description = "Every unit of a report, e.g. sub-0-12#1.")
        String reportId;
    }

    @Option(names = "--add", split = ",", paramLabel = "CODE", description = "Department(s) that receive it from now on.")
    List<String> added = new ArrayList<>();

    @Option(names = "--remove", split = ",", paramLabel = "CODE", description = "Department(s) whose copies are withdrawn.")
    List<String> removed = new ArrayList<>();

    @Option(names = "--issuer-department", paramLabel = "CODE", description = "The report's issuer belongs to this department (with --report).")
    String issuerDepartment;

    @Option(names = "--issuer-level", paramLabel = "LEVEL", description = "The report's issuer is at this level (with --report).")
    String issuerLevel;

    @Option(names = "--role", paramLabel = "ROLE", description = "The unit's role: REVIEW, PROBLEMS, PLAN, HIGHLIGHTS, OTHER (with --unit).")
    SectionRole role;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who corrects.")
    String by;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;

    @Option(names = "--corrects", paramLabel = "CORRECTION_ID", description = "The earlier correction of this report that this one corrects.")
    String previousCorrectionId;

    @Option(names = "--wait", defaultValue = "PT30S", paramLabel = "DURATION",
            description = "How long to wait for the streams app's answer (ISO-8601, default: ${DEFAULT-VALUE}); PT0S does not wait.")
    Duration wait;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (by.isBlank() || reason.isBlank()) {
            return usage("--by and --reason must say who corrects and why.");
        }
        AppConfig config = connection.load("reportflow-consumers.properties");
        KafkaClients clients = new KafkaClients(config);
        Topics topics = Topics.from(config.asMap());
        Set<String> existing;
        try (Admin admin = clients.admin()) {
            existing = admin.listTopics().names().get();
        }
        Departments known = Departments.known(topics, existing);
        Set<String> unknown = new TreeSet<>(added);
        unknown.addAll(removed);
        Optional.ofNullable(issuerDepartment).ifPresent(unknown::add);
        unknown.removeIf(known::contains);
        if (!unknown.isEmpty()) {
            Set<String> close = new TreeSet<>();
            unknown.forEach(code -> close.addAll(known.closeTo(code)));
            return usage("unknown department code(s) " + String.join(", ", unknown) + ". "
                    + (close.isEmpty() ? "Known codes: " + String.join(", ", known.codes()) : "Did you mean: " + String.join(", ", close) + "?"));
        }
        String reportId = target.reportId != null ? target.reportId : reportOf(target.unitId);
        if (reportId == null) {
            return usage("'" + target.unitId + "' is no unit id: a unit id is <report id>/<path>, e.g. sub-0-12#1/2.3.");
        }
        CorrectionDesk desk = new CorrectionDesk(clients, topics);
        Optional<ClassifiedReport> report = desk.report(reportId);
        if (report.isEmpty()) {
            return usage("no report " + reportId + " on " + topics.classified() + " (reportflow trace <submission> lists a submission's reports).");
        }
        List<String> units = CorrectionDesk.unitIds(report.get());
        if (target.unitId != null && !units.contains(target.unitId)) {
            return usage("report " + reportId + " has no unit " + target.unitId + "; its units: " + String.join(", ", units) + ".");
        }
        RoutingCorrection correction = RoutingCorrection.newBuilder()
                .setCorrectionId("cor-" + UUID.randomUUID())
                .setReportId(reportId)
                .setUnitId(target.unitId)
                .setDepartmentsAdded(List.copyOf(added))
                .setDepartmentsRemoved(List.copyOf(removed))
                .setIssuerDepartment(issuerDepartment)
                .setIssuerLevel(issuerLevel)
                .setRole(role)
                .setBy(by)
                .setAt(Instant.now())
                .setReason(reason)
                .setCorrectsClassifierVersion(report.get().getClassifierVersion())
                .setCorrectsRulesVersion(report.get().getRulesVersion())
                .setPreviousCorrectionId(previousCorrectionId)
                .build();
        CorrectionDesk.Outcome outcome = desk.send(correction, report.get().getContentHash(), wait);
        String what = target.unitId != null ? target.unitId : reportId;
        if (outcome instanceof CorrectionDesk.Applied applied) {
            out.printf("Correction %s applied to %s: %s; the report now has %d correction(s) and %d routed copies.%n",
                    correction.getCorrectionId(), what, changes(), applied.report().getCorrections().size(),
                    applied.report().getRoutedCopies());
            return 0;
        }
        if (outcome instanceof CorrectionDesk.Refused refused) {
            spec.commandLine().getErr().println("reportflow correct: " + refused.message());
            return 1;
        }
        if (wait.isZero()) {
            out.println("Correction " + correction.getCorrectionId() + " sent for " + what + ".");
            return 0;
        }
        spec.commandLine().getErr().println("reportflow correct: correction " + correction.getCorrectionId() + " was sent, but the"
                + " streams app did not answer within " + wait.toSeconds() + " s: is it running? `reportflow trace` shows it once applied.");
        return 1;
    }

    private String changes() {
        List<String> parts = new ArrayList<>();
        added.forEach(code -> parts.add("+" + code));
        removed.forEach(code -> parts.add("-" + code));
        Optional.ofNullable(issuerDepartment).ifPresent(code -> parts.add("issuer department " + code));
        Optional.ofNullable(issuerLevel).ifPresent(level -> parts.add("issuer level " + level));
        Optional.ofNullable(role).ifPresent(r -> parts.add("role " + r));
        return parts.isEmpty() ? "confirmed as it stands" : String.join(", ", parts);
    }

    /** The report id of a unit id, {@code <reportId>/<path>}, or null when it has no such shape. */
    static String reportOf(String unitId) {
        int slash = unitId.lastIndexOf('/');
        return slash > 0 && unitId.lastIndexOf('#') > 0 && slash < unitId.length() - 1 ? unitId.substring(0, slash) : null;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("reportflow correct: " + message);
        return ExitCodes.USAGE;
    }
}
