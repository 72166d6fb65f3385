package dev.reportflow.web.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.consumers.common.Departments;
import dev.reportflow.consumers.supervise.Delivery;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Topics;
import dev.reportflow.text.SafeText;
import dev.reportflow.web.auth.Access;
import dev.reportflow.web.auth.AccessControl;
import dev.reportflow.web.auth.DepartmentScope;
import dev.reportflow.web.auth.User;
import dev.reportflow.web.http.JsonResponse;
import dev.reportflow.web.i18n.DepartmentNames;
import dev.reportflow.web.i18n.Language;
import dev.reportflow.web.i18n.Messages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;

/**
 * The JSON behind the supervisors' page: {@code /api/sections} (latest sections, filtered),
 * {@code /api/counts} (per department and role, rejections per reason) and
 * {@code /api/departments} (every department a section can be routed to, with its name in the
 * request's language). Each
 * caller sees only the departments of its login ({@link User#scope()}): a supervisor its own, triage
 * and auditors every one; pipeline-wide counts (rejections) are not a supervisor's.
 */
public final class ViewEndpoints {

    private final SectionStore store;
    private final OutputFeed feed;
    private final Topics topics;
    private final DepartmentNames names = new DepartmentNames();

    public ViewEndpoints(SectionStore store, OutputFeed feed, Topics topics) {
        this.store = store;
        this.feed = feed;
        this.topics = topics;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/api/sections", this::sections, Access.READ);
        routes.get("/api/counts", this::counts, Access.READ);
        routes.get("/api/departments", this::departments, Access.READ);
    }

    private void sections(Context ctx) {
        SectionQuery query;
        try {
            query = SectionQuery.parse(ctx::queryParam);
        } catch (SectionQuery.BadQuery e) {
            JsonResponse.error(ctx, 400, "BAD_QUERY", SafeText.line(e.getMessage()));
            return;
        }
        DepartmentScope scope = AccessControl.user(ctx).scope();
        if (query.department() != null) {
            if (!scope.includes(query.department())) {
                JsonResponse.error(ctx, 403, "FORBIDDEN_DEPARTMENT", SafeText.line(query.department()));
                return;
            }
            scope = DepartmentScope.only(Set.of(query.department()));
        }
        ArrayNode sections = JsonResponse.MAPPER.createArrayNode();
        for (Delivery delivery : store.latest(scope, query.filter(), query.limit())) {
            sections.add(SectionJson.of(delivery));
        }
        JsonResponse.send(ctx, 200, sections);
    }

    private void counts(Context ctx) {
        User user = AccessControl.user(ctx);
        SectionStore.Counts counts = store.counts();
        ObjectNode body = JsonResponse.MAPPER.createObjectNode();
        ObjectNode routed = body.putObject("routed");
        counts.routed().forEach((department, roles) -> {
            if (!user.scope().includes(department)) {
                return;
            }
            ObjectNode perRole = routed.putObject(department);
            for (SectionRole role : SectionRole.values()) {
                perRole.put(role.name(), roles.getOrDefault(role, 0L));
            }
        });
        ObjectNode rejected = body.putObject("rejected");
        if (user.scope().everyDepartment()) {
            counts.rejected().forEach(rejected::put);
        }
        body.put("recordsRead", feed.recordsRead());
        JsonResponse.send(ctx, 200, body);
    }

    private void departments(Context ctx) {
        DepartmentScope scope = AccessControl.user(ctx).scope();
        Language language = Messages.languageOf(ctx);
        Map<String, Map<SectionRole, Long>> routed = store.counts().routed();
        ArrayNode list = JsonResponse.MAPPER.createArrayNode();
        for (String code : Departments.known(topics, feed.topics()).codes()) {
            if (!scope.includes(code)) {
                continue;
            }
            list.addObject()
                    .put("code", code)
                    .put("name", names.name(code, language))
                    .put("sections", routed.getOrDefault(code, Map.of()).values().stream().mapToLong(Long::longValue).sum());
        }
        JsonResponse.send(ctx, 200, list);
    }
}
