package dev.reportflow.web.trace;

import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.trace.SubmissionTrace;
import dev.reportflow.consumers.trace.SubmissionTracer;
import dev.reportflow.schemas.Topics;
import dev.reportflow.text.SafeText;
import dev.reportflow.web.auth.Access;
import dev.reportflow.web.auth.AccessControl;
import dev.reportflow.web.auth.DepartmentScope;
import dev.reportflow.web.http.JsonResponse;
import dev.reportflow.web.http.TopicReads;
import dev.reportflow.web.i18n.DepartmentNames;
import dev.reportflow.web.i18n.Messages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;

/**
 * {@code GET /api/trace/{submissionId}}: the path of one submission, found by the same
 * {@link SubmissionTracer} as {@code reportflow trace}. A trace reads every output topic, so only a
 * few run at once. A supervisor sees the trace of a submission only if some of its sections went
 * to the supervisor's departments, and only those deliveries; triage and auditors see it whole.
 * {@code GET /api/submissions/{id}} tells an office what became of its own submission.
 */
public final class TraceEndpoint {

    private static final Pattern SUBMISSION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int CONCURRENT_TRACES = 2;
    /** Where an office asks what became of its submission (the upload page polls it). */
    public static final String SUBMISSIONS_PATH = "/api/submissions/";

    private final Topics topics;
    private final TopicReads reads;
    private final DepartmentNames departmentNames = new DepartmentNames();

    public TraceEndpoint(KafkaClients clients, Admin admin, Topics topics) {
        this.reads = new TopicReads(clients, admin, CONCURRENT_TRACES);
        this.topics = topics;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/api/trace/{submissionId}", this::trace, Access.READ);
        routes.get(SUBMISSIONS_PATH + "{submissionId}", this::outcome, Access.SUBMIT);
    }

    private void trace(Context ctx) throws InterruptedException, ExecutionException {
        Optional<SubmissionTrace> found = traceOf(ctx);
        if (found.isEmpty()) {
            return;
        }
        SubmissionTrace trace = found.get();
        DepartmentScope scope = AccessControl.user(ctx).scope();
        boolean nothingFound = trace.status() == SubmissionTrace.Status.UNKNOWN && trace.deliveries().isEmpty();
        boolean noneOfTheirs = !scope.everyDepartment()
                && trace.deliveries().stream().noneMatch(d -> scope.includes(d.record().getRoutedTo()));
        int status = nothingFound || noneOfTheirs ? 404 : 200;
        JsonResponse.send(ctx, status, noneOfTheirs ? TraceJson.unknown(trace.submissionId()) : TraceJson.of(trace, scope));
    }

    /**
     * An office's view of its own submission: where it went (department names in the request's
     * language), waiting for triage, or rejected and why. Another office's submission, or one never
     * received, is the same 404: an office learns nothing of others' reports.
     */
    private void outcome(Context ctx) throws InterruptedException, ExecutionException {
        Optional<SubmissionTrace> found = traceOf(ctx);
        if (found.isEmpty()) {
            return;
        }
        SubmissionTrace trace = found.get();
        String office = AccessControl.user(ctx).office();
        if (trace.received() == null || !trace.received().submission().getOffice().equals(office)) {
            JsonResponse.error(ctx, 404, "NOT_YOURS");
            return;
        }
        ctx.header("Cache-Control", "no-store");
        JsonResponse.send(ctx, 200, SubmissionOutcome.of(trace, departmentNames, Messages.languageOf(ctx)));
    }

    /** The trace of the path's submission, or empty when the answer (400, 503) has been sent. */
    private Optional<SubmissionTrace> traceOf(Context ctx) throws InterruptedException, ExecutionException {
        String submissionId = ctx.pathParam("submissionId");
        if (!SUBMISSION_ID.matcher(submissionId).matches()) {
            JsonResponse.error(ctx, 400, "BAD_SUBMISSION_ID", SafeText.line(submissionId));
            return Optional.empty();
        }
        return reads.read(ctx, (scanner, existing) -> new SubmissionTracer(scanner, topics, existing).trace(submissionId));
    }
}
