package dev.reportflow.web.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.correct.CorrectionDesk;
import dev.reportflow.consumers.correct.CorrectionRequest;
import dev.reportflow.consumers.correct.Corrector;
import dev.reportflow.consumers.triage.PendingReport;
import dev.reportflow.consumers.triage.TriageQueue;
import dev.reportflow.consumers.triage.TriageRenderer;
import dev.reportflow.schemas.Topics;
import dev.reportflow.text.SafeText;
import dev.reportflow.web.auth.Access;
import dev.reportflow.web.auth.AccessControl;
import dev.reportflow.web.auth.User;
import dev.reportflow.web.http.JsonResponse;
import dev.reportflow.web.http.TopicReads;
import dev.reportflow.web.i18n.Language;
import dev.reportflow.web.i18n.Messages;
import dev.reportflow.web.page.PageRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;

/**
 * The triage clerks' page ({@code /triage}) and its JSON: {@code GET /api/triage} lists what waits
 * on {@code routed.unassigned}, oldest first, with evidence and the classifier's best guesses (the
 * same queue and JSON as {@code reportflow triage --format json}); {@code POST /api/triage/corrections}
 * carries out one {@link TriageAction} as one correction per unit, through the same {@link Corrector}
 * as {@code reportflow correct}, signed with the clerk's login and reason. Triage clerks only.
 */
public final class TriageEndpoints {

    /** How long a correction waits for the streams app's answer before the page says it did not come. */
    static final Duration ANSWER_WAIT = Duration.ofSeconds(30);
    /** Listing the queue reads two topics whole; only a few run at once. */
    private static final int CONCURRENT_READS = 2;
    private static final int SHOWN = 100;

    private final Topics topics;
    private final Corrector corrector;
    private final TopicReads reads;
    private final byte[] page = PageRoutes.read("triage.html");
    private final byte[] script = PageRoutes.read("triage.js");

    public TriageEndpoints(KafkaClients clients, Admin admin, Topics topics, Corrector corrector) {
        this.reads = new TopicReads(clients, admin, CONCURRENT_READS);
        this.topics = topics;
        this.corrector = corrector;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/triage", ctx -> PageRoutes.send(ctx, "text/html; charset=utf-8", page), Access.TRIAGE);
        routes.get("/triage.js", ctx -> PageRoutes.send(ctx, "text/javascript; charset=utf-8", script), Access.TRIAGE);
        routes.get("/api/triage", this::queue, Access.TRIAGE);
        routes.post("/api/triage/corrections", this::correct, Access.TRIAGE);
    }

    private void queue(Context ctx) throws InterruptedException, ExecutionException {
        Optional<List<PendingReport>> waiting = pending(ctx);
        if (waiting.isEmpty()) {
            return;
        }
        TriageRenderer renderer = new TriageRenderer(AccessControl.user(ctx).name());
        ObjectNode body = JsonResponse.MAPPER.createObjectNode();
        body.put("waiting", waiting.get().size());
        ArrayNode reports = body.putArray("reports");
        waiting.get().stream().limit(SHOWN).forEach(report -> reports.add(renderer.toJson(report)));
        JsonResponse.send(ctx, 200, body);
    }

    private void correct(Context ctx) throws InterruptedException, ExecutionException {
        User clerk = AccessControl.user(ctx);
        TriageAction action;
        Map<String, List<String>> targets;
        try {
            action = TriageAction.parse(body(ctx));
        } catch (TriageAction.BadAction e) {
            badAction(ctx, e);
            return;
        }
        // Checked before anything is sent: a split must not go half through for one mistyped code.
        Optional<String> unknown = corrector.unknownDepartments(action.namedCodes());
        if (unknown.isPresent()) {
            JsonResponse.error(ctx, 400, "UNKNOWN_DEPARTMENT", SafeText.line(unknown.get()));
            return;
        }
        Optional<List<PendingReport>> waiting = pending(ctx);
        if (waiting.isEmpty()) {
            return;
        }
        Optional<PendingReport> report = waiting.get().stream().filter(r -> r.reportId().equals(action.reportId())).findFirst();
        if (report.isEmpty()) {
            JsonResponse.error(ctx, 409, "NOT_WAITING", SafeText.line(action.reportId()));
            return;
        }
        try {
            targets = action.targets(report.get());
        } catch (TriageAction.BadAction e) {
            badAction(ctx, e);
            return;
        }
        ObjectNode body = JsonResponse.MAPPER.createObjectNode().put("reportId", action.reportId());
        ArrayNode results = body.putArray("results");
        boolean allApplied = true;
        for (Map.Entry<String, List<String>> target : targets.entrySet()) {
            CorrectionRequest request = CorrectionRequest.unit(target.getKey(), target.getValue(), List.of(Topics.UNASSIGNED),
                    clerk.name(), action.reason());
            allApplied &= result(Messages.languageOf(ctx), results.addObject().put("unitId", target.getKey()), target.getValue(),
                    corrector.correct(request, ANSWER_WAIT));
        }
        body.put("applied", allApplied);
        JsonResponse.send(ctx, allApplied ? 200 : 409, body);
    }

    private static void badAction(Context ctx, TriageAction.BadAction e) {
        // The clerk's values (a unit id) go through SafeText like every other echoed value.
        Object[] values = Arrays.stream(e.values()).map(v -> SafeText.line(String.valueOf(v))).toArray();
        JsonResponse.error(ctx, 400, "BAD_ACTION", Messages.text(Messages.languageOf(ctx), e.messageKey(), values));
    }

    /** Fills in one unit's outcome; true when the streams app applied it. */
    private static boolean result(Language language, ObjectNode node, List<String> departments, Corrector.Result result) {
        departments.forEach(node.putArray("departments")::add);
        if (result instanceof Corrector.Invalid invalid) {
            node.put("outcome", "invalid").put("message", invalid.message());
            return false;
        }
        Corrector.Sent sent = (Corrector.Sent) result;
        node.put("correctionId", sent.correction().getCorrectionId());
        if (sent.outcome() instanceof CorrectionDesk.Applied) {
            node.put("outcome", "applied").put("message", Messages.text(language, "triage.outcome.applied"));
            return true;
        }
        if (sent.outcome() instanceof CorrectionDesk.Refused refused && refused.correctionWindow() != null) {
            node.put("outcome", "refused").put("correctionWindow", refused.correctionWindow())
                    .put("message", outsideWindow(language, Duration.parse(refused.correctionWindow())));
        } else if (sent.outcome() instanceof CorrectionDesk.Refused refused) {
            node.put("outcome", "refused").put("message", refused.message());
        } else {
            node.put("outcome", "no-answer").put("message", Messages.text(language, "triage.outcome.noAnswer", ANSWER_WAIT.toSeconds()));
        }
        return false;
    }

    /** The refusal of a correction past the window, which a clerk reads in days (P400D: 400 天), or as ISO-8601 when not whole days. */
    private static String outsideWindow(Language language, Duration window) {
        boolean wholeDays = window.toDays() > 0 && window.equals(Duration.ofDays(window.toDays()));
        return wholeDays ? Messages.text(language, "triage.outcome.outsideWindowDays", window.toDays())
                : Messages.text(language, "triage.outcome.outsideWindow", window.toString());
    }

    /** The queue as it stands, or empty after answering 503 when too many reads run. */
    private Optional<List<PendingReport>> pending(Context ctx) throws InterruptedException, ExecutionException {
        return reads.read(ctx, (scanner, existing) -> new TriageQueue(scanner, topics, existing).pending());
    }

    private static JsonNode body(Context ctx) throws TriageAction.BadAction {
        try {
            return JsonResponse.MAPPER.readTree(ctx.bodyInputStream());
        } catch (IOException e) {
            throw new TriageAction.BadAction("triage.bad.notJson");
        }
    }
}
