package dev.reportflow.consumers.correct;

import dev.reportflow.consumers.common.Departments;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;

/**
 * Turns a person's {@link CorrectionRequest} into a {@link RoutingCorrection} and sends it, for
 * {@code reportflow correct} and the triage page alike. What it can check before sending it checks
 * (who and why given, department codes known, the report and unit exist) and then sends nothing;
 * the streams app checks again, since anyone allowed to write the topic may bypass this class.
 */
public final class Corrector {

    private final KafkaClients clients;
    private final Topics topics;
    private final CorrectionDesk desk;
    private final Clock clock;

    public Corrector(KafkaClients clients, Topics topics, Clock clock) {
        this.clients = clients;
        this.topics = topics;
        this.desk = new CorrectionDesk(clients, topics);
        this.clock = clock;
    }

    /** What became of a request. */
    public sealed interface Result {
    }

    /** Refused before sending: the message says what is wrong and, where it can, what would be right. */
    public record Invalid(String message) implements Result {
    }

    /** Sent; the outcome is the streams app's answer (or none within the wait). */
    public record Sent(RoutingCorrection correction, CorrectionDesk.Outcome outcome) implements Result {
    }

    public Result correct(CorrectionRequest request, Duration wait) throws ExecutionException, InterruptedException {
        if (request.by() == null || request.by().isBlank() || request.reason() == null || request.reason().isBlank()) {
            return new Invalid("--by and --reason must say who corrects and why.");
        }
        if ((request.unitId() == null) == (request.reportId() == null)) {
            return new Invalid("name either a unit or a report.");
        }
        Optional<String> unknown = unknownDepartments(request);
        if (unknown.isPresent()) {
            return new Invalid(unknown.get());
        }
        String reportId = request.reportId() != null ? request.reportId() : reportOf(request.unitId());
        if (reportId == null) {
            return new Invalid("'" + request.unitId() + "' is no unit id: a unit id is <report id>/<path>, e.g. sub-0-12#1/2.3.");
        }
        Optional<ClassifiedReport> report = desk.report(reportId);
        if (report.isEmpty()) {
            return new Invalid("no report " + reportId + " on " + topics.classified() + " (reportflow trace <submission> lists a submission's reports).");
        }
        List<String> units = CorrectionDesk.unitIds(report.get());
        if (request.unitId() != null && !units.contains(request.unitId())) {
            return new Invalid("report " + reportId + " has no unit " + request.unitId() + "; its units: " + String.join(", ", units) + ".");
        }
        RoutingCorrection correction = RoutingCorrection.newBuilder()
                .setCorrectionId("cor-" + UUID.randomUUID())
                .setReportId(reportId)
                .setUnitId(request.unitId())
                .setDepartmentsAdded(request.added())
                .setDepartmentsRemoved(request.removed())
                .setIssuerDepartment(request.issuerDepartment())
                .setIssuerLevel(request.issuerLevel())
                .setRole(request.role())
                .setBy(request.by().strip())
                .setAt(clock.instant())
                .setReason(request.reason().strip())
                .setCorrectsClassifierVersion(report.get().getClassifierVersion())
                .setCorrectsRulesVersion(report.get().getRulesVersion())
                .setPreviousCorrectionId(request.previousCorrectionId())
                .build();
        return new Sent(correction, desk.send(correction, report.get().getContentHash(), wait));
    }

    private Optional<String> unknownDepartments(CorrectionRequest request) throws ExecutionException, InterruptedException {
        Set<String> named = new TreeSet<>(request.added());
        named.addAll(request.removed());
        Optional.ofNullable(request.issuerDepartment()).ifPresent(named::add);
        return unknownDepartments(named);
    }

    /** Why some of {@code codes} name no department (with the codes probably meant), or empty when all do. */
    public Optional<String> unknownDepartments(Collection<String> codes) throws ExecutionException, InterruptedException {
        Set<String> unknown = new TreeSet<>(codes);
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        Set<String> existing;
        try (Admin admin = clients.admin()) {
            existing = admin.listTopics().names().get();
        }
        Departments known = Departments.known(topics, existing);
        unknown.removeIf(known::contains);
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        Set<String> close = new TreeSet<>();
        unknown.forEach(code -> close.addAll(known.closeTo(code)));
        return Optional.of("unknown department code(s) " + String.join(", ", unknown) + ". "
                + (close.isEmpty() ? "Known codes: " + String.join(", ", known.codes()) : "Did you mean: " + String.join(", ", close) + "?"));
    }

    /** The report id of a unit id, {@code <reportId>/<path>}, or null when it has no such shape. */
    static String reportOf(String unitId) {
        int slash = unitId.lastIndexOf('/');
        return slash > 0 && unitId.lastIndexOf('#') > 0 && slash < unitId.length() - 1 ? unitId.substring(0, slash) : null;
    }
}
