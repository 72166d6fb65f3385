package dev.reportflow.web.trace;

import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.consumers.trace.SubmissionTrace;
import dev.reportflow.consumers.trace.SubmissionTracer;
import dev.reportflow.schemas.Topics;
import dev.reportflow.web.auth.Access;
import dev.reportflow.web.auth.AccessControl;
import dev.reportflow.web.auth.DepartmentScope;
import dev.reportflow.web.http.JsonResponse;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * {@code GET /api/trace/{submissionId}}: the path of one submission, found by the same
 * {@link SubmissionTracer} as {@code reportflow trace}. A trace reads every output topic, so only a
 * few run at once. A supervisor sees the trace of a submission only if some of its sections went
 * to the supervisor's departments, and only those deliveries; triage and auditors see it whole.
 */
public final class TraceEndpoint {

    private static final Pattern SUBMISSION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int CONCURRENT_TRACES = 2;

    private final KafkaClients clients;
    private final Admin admin;
    private final Topics topics;
    private final Semaphore running = new Semaphore(CONCURRENT_TRACES);

    public TraceEndpoint(KafkaClients clients, Admin admin, Topics topics) {
        this.clients = clients;
        this.admin = admin;
        this.topics = topics;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/api/trace/{submissionId}", this::trace, Access.READ);
    }

    private void trace(Context ctx) throws InterruptedException, ExecutionException {
        String submissionId = ctx.pathParam("submissionId");
        if (!SUBMISSION_ID.matcher(submissionId).matches()) {
            JsonResponse.error(ctx, 400, "BAD_SUBMISSION_ID", "'" + submissionId + "' is not a submission id such as sub-1b2c….");
            return;
        }
        if (!running.tryAcquire(10, TimeUnit.SECONDS)) {
            ctx.header("Retry-After", "10");
            JsonResponse.error(ctx, 503, "BUSY", "Other traces are running; try again in a few seconds.");
            return;
        }
        try {
            Set<String> existing = admin.listTopics().names().get();
            SubmissionTrace trace;
            try (KafkaConsumer<byte[], byte[]> consumer = clients.groupLessConsumer()) {
                trace = new SubmissionTracer(new TopicScanner(consumer), topics, existing).trace(submissionId);
            }
            DepartmentScope scope = AccessControl.user(ctx).scope();
            boolean nothingFound = trace.status() == SubmissionTrace.Status.UNKNOWN && trace.deliveries().isEmpty();
            boolean noneOfTheirs = !scope.everyDepartment()
                    && trace.deliveries().stream().noneMatch(d -> scope.includes(d.record().getRoutedTo()));
            int status = nothingFound || noneOfTheirs ? 404 : 200;
            JsonResponse.send(ctx, status, noneOfTheirs ? TraceJson.unknown(submissionId) : TraceJson.of(trace, scope));
        } finally {
            running.release();
        }
    }
}
