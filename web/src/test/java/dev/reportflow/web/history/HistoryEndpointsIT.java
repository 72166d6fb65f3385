package dev.reportflow.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportflow.history.postgres.LocalPostgres;
import dev.reportflow.history.sink.StoredRecords;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.MatchedTerm;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import dev.reportflow.web.Http;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.TestUsers;
import dev.reportflow.web.WebServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** serve's history routes on a real PostgreSQL: a supervisor searches, pages and exports its own departments only. */
class HistoryEndpointsIT {

    private static final Instant RECEIVED = Instant.parse("2024-01-15T02:00:00Z");
    private static LocalPostgres postgres;
    private static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start(Map.of("fsync", "off"));
        Topics topics = Topics.defaults();
        try (HistoryDatabase database = HistoryDatabase.open(HistorySettings.at(postgres.jdbcUrl(), LocalPostgres.USER))) {
            database.migrate();
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                for (String department : List.of("finance", "audit")) {
                    RoutedSection s = section("sub-0-" + i, "1." + i, department)
                            .setText("　　推进财政资金直达基层第" + i + "批。").build();
                    records.add(new ConsumerRecord<>(topics.routed(department), 0, records.size(), null,
                            AvroSerde.of(RoutedSection.class).toBytes(s)));
                }
            }
            RoutedSection auditOnly = section("sub-0-9", "2.1", "audit").setText("　　审计整改。").build();
            records.add(new ConsumerRecord<>(topics.routed("audit"), 0, records.size(), null,
                    AvroSerde.of(RoutedSection.class).toBytes(auditOnly)));
            try (Connection c = database.connection()) {
                c.setAutoCommit(false);
                new StoredRecords(topics).write(c, records);
                c.commit();
            }
        }
        server = TestCluster.startServer(TestCluster.namespace("history", "finance", "audit"),
                Map.of("reportflow.history.jdbc-url", postgres.jdbcUrl(), "reportflow.history.user", LocalPostgres.USER));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aSupervisorSearchesAndPagesThroughItsOwnDepartmentsOnly() {
        Http finance = Http.as(server.port(), TestUsers.FINANCE_SUPERVISOR);
        JsonNode first = finance.getJson("/api/history/sections?limit=2&q=" + encode("财政资金"));
        assertThat(first.get("sections")).hasSize(2);
        first.get("sections").forEach(s -> assertThat(s.get("routedTo").asText()).isEqualTo("finance"));
        JsonNode second = finance.getJson("/api/history/sections?limit=2&q=" + encode("财政资金") + "&after="
                + first.get("next").asText());
        assertThat(second.get("sections")).hasSize(1);
        assertThat(second.get("next").isNull()).isTrue();

        HttpResponse<String> forbidden = finance.get("/api/history/sections?department=audit");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(Http.json(forbidden).get("message").asText()).as("the bundle's sentence, Chinese first").isEqualTo("此账号无权查看“audit”的材料。");
        HttpResponse<String> badId = finance.get("/api/history/trace/bad*id");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(Http.json(badId).get("message").asText()).isEqualTo("“bad*id”不是报送编号（形如 sub-0-12）。");
        assertThat(finance.get("/api/history/trace/sub-0-9").statusCode()).as("an audit-only submission").isEqualTo(404);
        assertThat(Http.as(server.port(), TestUsers.AUDITOR).get("/api/history/trace/sub-0-9").statusCode()).isEqualTo(200);
        JsonNode trace = finance.getJson("/api/history/trace/sub-0-1");
        trace.get("events").forEach(e -> assertThat(e.get("routedTo").asText()).isEqualTo("finance"));
    }

    @Test
    void exportsCsvWithAByteOrderMarkAndServesThePage() {
        HttpResponse<String> csv = Http.as(server.port(), TestUsers.FINANCE_SUPERVISOR)
                .get("/api/history/export?format=csv&q=" + encode("直达"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFreceived_at,").contains("财政资金直达基层").doesNotContain("@audit");
        assertThat(csv.body().split("\r\n")).hasSize(4);
        HttpResponse<String> page = Http.as(server.port(), TestUsers.FINANCE_SUPERVISOR).getPage("/history");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("历史检索");
    }

    private static RoutedSection.Builder section(String submissionId, String path, String department) {
        String unitId = submissionId + "#1/" + path;
        Evidence evidence = Evidence.newBuilder().setRule("section.lexicon").setScore(2)
                .setTerms(List.of(new MatchedTerm("资金", 2))).setDetail("").build();
        return RoutedSection.newBuilder().setUnitId(unitId).setDeliveryId(unitId + "@" + department)
                .setReportId(submissionId + "#1").setSubmissionId(submissionId)
                .setSource(new KafkaCoordinates("reports.submitted", 0, 0L)).setOffice("XX县财政局").setReceivedAt(RECEIVED)
                .setIssuer(new Issuer("XX县财政局", "county", department, evidence)).setReportTitle("XX县财政局2023年工作总结")
                .setReportKind("summary").setYears(List.of(2023)).setSectionPath(path).setTopLevelHeading("一、主要工作")
                .setHeading("（一）资金").setLine(3).setRole(SectionRole.REVIEW).setRoleEvidence(evidence)
                .setDepartments(List.of(new DepartmentAssignment(department, evidence))).setRoutedTo(department)
                .setRoutingReason("section-department").setClassifierVersion("test").setRulesVersion("test")
                .setClassifiedAt(RECEIVED);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
