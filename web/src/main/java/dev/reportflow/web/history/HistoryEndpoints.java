package dev.reportflow.web.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reportflow.config.AppConfig;
import dev.reportflow.history.search.KeysetCursor;
import dev.reportflow.history.search.SearchExport;
import dev.reportflow.history.search.SearchPage;
import dev.reportflow.history.search.SearchQuery;
import dev.reportflow.history.search.SectionSearch;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import dev.reportflow.history.trace.StoredTrace;
import dev.reportflow.history.trace.StoredTraceRenderer;
import dev.reportflow.history.trace.StoredTraces;
import dev.reportflow.text.SafeText;
import dev.reportflow.web.auth.Access;
import dev.reportflow.web.auth.AccessControl;
import dev.reportflow.web.auth.DepartmentScope;
import dev.reportflow.web.http.JsonResponse;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history store on serve: {@code /history} (a page that searches and pages through a
 * department's whole history), {@code GET /api/history/sections} (one page of hits as JSON, with
 * the next page's cursor), {@code GET /api/history/export?format=csv|json} (every page, as a file)
 * and {@code GET /api/history/trace/{id}} (a submission's path, from the store). A login reads only
 * its departments, as on the rest of serve; without a store every route answers 503.
 */
public final class HistoryEndpoints {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryEndpoints.class);
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern SUBMISSION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
    /** An export stops here: a larger one is a job for `reportflow search --all` on the store's host. */
    static final int MAX_EXPORT_ROWS = 100_000;

    private final HistoryDatabase database;
    private final byte[] page = read("history.html");
    private final byte[] script = read("history.js");

    /** The store serve reads ({@code reportflow.history.*} of its configuration), or null when none is configured. */
    public static HistoryDatabase openStore(AppConfig readConfig) {
        HistorySettings settings = HistorySettings.from(readConfig);
        if (!settings.configured()) {
            LOG.info("No history store (reportflow.history.jdbc-url): /history answers 503");
            return null;
        }
        return HistoryDatabase.open(settings);
    }

    /** @param database the store, or null when serve has none */
    public HistoryEndpoints(HistoryDatabase database) {
        this.database = database;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/history", ctx -> send(ctx, "text/html; charset=utf-8", page), Access.READ);
        routes.get("/history/history.js", ctx -> send(ctx, "text/javascript; charset=utf-8", script), Access.READ);
        routes.get("/api/history/sections", ctx -> unlessDown(ctx, this::sections), Access.READ);
        routes.get("/api/history/export", ctx -> unlessDown(ctx, this::export), Access.READ);
        routes.get("/api/history/trace/{submissionId}", ctx -> unlessDown(ctx, this::trace), Access.READ);
    }

    /** A route that reads the store. */
    private interface StoreRoute {
        void handle(Context ctx) throws SQLException, IOException;
    }

    /** A store that cannot answer (down, or a search over its time limit) is a 503, not a defect of serve. */
    private static void unlessDown(Context ctx, StoreRoute route) throws IOException {
        try {
            route.handle(ctx);
        } catch (SQLException e) {
            LOG.warn("History store did not answer {}: {}", ctx.path(), e.getMessage());
            ctx.header("Retry-After", "10");
            JsonResponse.error(ctx, 503, "HISTORY_UNAVAILABLE");
        }
    }

    private void sections(Context ctx) throws SQLException {
        SearchQuery query = query(ctx);
        if (query == null) {
            return;
        }
        SearchPage result = new SectionSearch(database).search(query);
        ObjectNode body = JsonResponse.MAPPER.createObjectNode();
        ArrayNode sections = body.putArray("sections");
        result.hits().forEach(hit -> sections.add(SearchExport.json(hit)));
        body.put("next", result.next() == null ? null : result.next().encode());
        JsonResponse.send(ctx, 200, body);
    }

    private void export(Context ctx) throws SQLException, IOException {
        boolean csv = !"json".equals(ctx.queryParam("format"));
        SearchQuery query = query(ctx);
        if (query == null) {
            return;
        }
        query = new SearchQuery(query.departments(), query.terms(), query.roles(), query.levels(), query.office(),
                query.issuer(), query.from(), query.to(), query.minConfidence(), query.maxConfidence(),
                query.withdrawn(), query.after(), SearchQuery.MAX_LIMIT);
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"reportflow-history." + (csv ? "csv" : "jsonl") + "\"")
                .header("X-Content-Type-Options", "nosniff");
        SectionSearch search = new SectionSearch(database);
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        if (csv) {
            SearchExport.csvHeader(out);
        }
        int rows = 0;
        SearchPage result;
        do {
            result = search.search(query);
            if (csv) {
                SearchExport.csvRows(out, result.hits());
            } else {
                SearchExport.jsonLines(out, result.hits());
            }
            rows += result.hits().size();
            query = query.after(result.next());
        } while (result.next() != null && rows < MAX_EXPORT_ROWS);
        out.flush();
    }

    private void trace(Context ctx) throws SQLException {
        if (database == null) {
            notConfigured(ctx);
            return;
        }
        String submissionId = ctx.pathParam("submissionId");
        if (!SUBMISSION_ID.matcher(submissionId).matches()) {
            JsonResponse.error(ctx, 400, "BAD_SUBMISSION_ID", SafeText.line(submissionId));
            return;
        }
        DepartmentScope scope = AccessControl.user(ctx).scope();
        StoredTrace trace = new StoredTraces(database).trace(submissionId, scope::includes, scope.everyDepartment());
        JsonResponse.send(ctx, trace.found() ? 200 : 404, StoredTraceRenderer.json(trace));
    }

    /** The query of the request, within the login's departments; null when the request was refused (answered). */
    private SearchQuery query(Context ctx) {
        if (database == null) {
            notConfigured(ctx);
            return null;
        }
        DepartmentScope scope = AccessControl.user(ctx).scope();
        Set<String> departments = new LinkedHashSet<>(list(ctx.queryParam("department")));
        for (String department : departments) {
            if (!DEPARTMENT.matcher(department).matches()) {
                JsonResponse.errorSaying(ctx, 400, "BAD_QUERY", "error.BAD_DEPARTMENT_CODE", SafeText.line(department));
                return null;
            }
            if (!scope.includes(department)) {
                JsonResponse.error(ctx, 403, "FORBIDDEN_DEPARTMENT", department);
                return null;
            }
        }
        if (departments.isEmpty() && !scope.everyDepartment()) {
            departments.addAll(scope.departments());
            if (departments.isEmpty()) {
                JsonResponse.errorSaying(ctx, 403, "FORBIDDEN_DEPARTMENT", "error.NO_DEPARTMENTS");
                return null;
            }
        }
        try {
            String after = ctx.queryParam("after");
            String limit = ctx.queryParam("limit");
            return new SearchQuery(departments, SearchQuery.terms(ctx.queryParam("q")),
                    list(ctx.queryParam("role")).stream().map(r -> r.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()),
                    Set.copyOf(list(ctx.queryParam("level"))), blankToNull(ctx.queryParam("office")),
                    blankToNull(ctx.queryParam("issuer")), instant(ctx.queryParam("from")), instant(ctx.queryParam("to")),
                    number(ctx.queryParam("minConfidence")), number(ctx.queryParam("maxConfidence")),
                    "true".equals(ctx.queryParam("withdrawn")), after == null || after.isBlank() ? null : KeysetCursor.decode(after),
                    limit == null || limit.isBlank() ? 20 : Integer.parseInt(limit));
        } catch (RuntimeException e) {
            JsonResponse.error(ctx, 400, "BAD_QUERY", SafeText.line(String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static void notConfigured(Context ctx) {
        JsonResponse.error(ctx, 503, "NO_HISTORY_STORE");
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Double number(String value) {
        return value == null || value.isBlank() ? null : Double.valueOf(value);
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
    }

    private static void send(Context ctx, String contentType, byte[] body) {
        ctx.header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff")
                .contentType(contentType).result(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = HistoryEndpoints.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing page resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
