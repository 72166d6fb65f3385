package dev.reportflow.consumers.correct;

import dev.reportflow.cli.ExitCodes;
import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
        AppConfig config = connection.load("reportflow-consumers.properties");
        Corrector corrector = new Corrector(new KafkaClients(config), Topics.from(config.asMap()), Clock.systemUTC());
        CorrectionRequest request = new CorrectionRequest(target.unitId, target.reportId, added, removed, issuerDepartment,
                issuerLevel, role, by, reason, previousCorrectionId);
        Corrector.Result result = corrector.correct(request, wait);
        if (result instanceof Corrector.Invalid invalid) {
            return usage(invalid.message());
        }
        Corrector.Sent sent = (Corrector.Sent) result;
        RoutingCorrection correction = sent.correction();
        if (sent.outcome() instanceof CorrectionDesk.Applied applied) {
            out.printf("Correction %s applied to %s: %s; the report now has %d correction(s) and %d routed copies.%n",
                    correction.getCorrectionId(), request.target(), changes(), applied.report().getCorrections().size(),
                    applied.report().getRoutedCopies());
            return 0;
        }
        if (sent.outcome() instanceof CorrectionDesk.Refused refused) {
            spec.commandLine().getErr().println("reportflow correct: " + refused.message());
            return 1;
        }
        if (wait.isZero()) {
            out.println("Correction " + correction.getCorrectionId() + " sent for " + request.target() + ".");
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

    private int usage(String message) {
        spec.commandLine().getErr().println("reportflow correct: " + message);
        return ExitCodes.USAGE;
    }
}
