package dev.reportflow.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.web.Http;
import dev.reportflow.web.OutputRecords;
import dev.reportflow.web.OutputRecords.Section;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.TestUsers;
import dev.reportflow.web.WebServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON behind the page, fed by the output topics of a real broker, as triage (every department) reads it. */
class ViewApiIT {

    private static final Instant JAN = Instant.parse("2024-01-10T02:00:00Z");
    private static final Instant MAR = Instant.parse("2024-03-10T02:00:00Z");
    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void start() throws InterruptedException {
        TestCluster.Namespace namespace = TestCluster.namespace("view", "finance", "audit");
        server = TestCluster.startServer(namespace);
        http = Http.as(server.port(), TestUsers.TRIAGE);
        try (OutputRecords out = new OutputRecords(namespace.topics())) {
            out.routed(new Section("sub-a", "finance", "3", SectionRole.PLAN, "三、2024年计划", "区财政局", "区财政局", "district", JAN, JAN.plusSeconds(2)));
            out.routed(new Section("sub-a", "finance", "1", SectionRole.REVIEW, "一、预算执行", "区财政局", "区财政局", "district", JAN, JAN.plusSeconds(2)));
            Section problems = new Section("sub-b", "finance", "2", SectionRole.PROBLEMS, "二、存在问题", "镇政府", "某镇人民政府", "town", MAR, MAR.plusSeconds(1));
            out.routed(problems);
            out.routed(new Section("sub-b", "audit", "2", SectionRole.PROBLEMS, "二、存在问题", "镇政府", "某镇人民政府", "town", MAR, MAR.plusSeconds(1)));
            out.classified("sub-b", out.submitted("sub-b", "镇政府"), "某镇人民政府", List.of(problems));
            out.rejected("sub-c", RejectionReason.DUPLICATE);
        }
        http.awaitJson("/api/counts", counts -> counts.get("recordsRead").asInt() == 5, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsADepartmentsLatestSubmissionsFirstEachInReadingOrder() {
        JsonNode sections = http.getJson("/api/sections?department=finance");

        assertThat(headings(sections)).containsExactly("二、存在问题", "一、预算执行", "三、2024年计划");
        JsonNode newest = sections.get(0);
        assertThat(newest.get("department").asText()).isEqualTo("finance");
        assertThat(newest.at("/issuer/name").asText()).isEqualTo("某镇人民政府");
        assertThat(newest.at("/issuer/level").asText()).isEqualTo("town");
        assertThat(newest.at("/departments/0/words").asText()).isEqualTo("预算×3, 资金×2");
        assertThat(newest.get("excerpt").asText()).contains("追回资金");
        assertThat(newest.get("trace").asText()).isEqualTo("/trace/sub-b");
    }

    @Test
    void filtersByRoleOfficeLevelAndTime() {
        assertThat(headings(http.getJson("/api/sections?department=finance&role=plan"))).containsExactly("三、2024年计划");
        assertThat(headings(http.getJson("/api/sections?office=财政"))).containsExactly("一、预算执行", "三、2024年计划");
        assertThat(headings(http.getJson("/api/sections?level=town&department=audit"))).containsExactly("二、存在问题");
        assertThat(headings(http.getJson("/api/sections?department=finance&since=2024-02-01"))).containsExactly("二、存在问题");
        assertThat(headings(http.getJson("/api/sections?until=2024-02-01T00:00:00Z&role=&office="))).hasSize(2);
    }

    @Test
    void refusesFiltersItCannotRead() {
        var badRole = http.get("/api/sections?role=SUMMARY");
        var badTime = http.get("/api/sections?since=last+week");

        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(Http.json(badRole).get("message").asText()).contains("Unknown role 'SUMMARY'").contains("PLAN");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(Http.json(badTime).get("message").asText()).startsWith("查询条件有误：since:");
    }

    @Test
    void countsPerDepartmentAndRoleAndRejectionsPerReason() {
        JsonNode counts = http.getJson("/api/counts");

        assertThat(counts.at("/routed/finance/REVIEW").asInt()).isEqualTo(1);
        assertThat(counts.at("/routed/finance/PROBLEMS").asInt()).isEqualTo(1);
        assertThat(counts.at("/routed/finance/PLAN").asInt()).isEqualTo(1);
        assertThat(counts.at("/routed/audit/PROBLEMS").asInt()).isEqualTo(1);
        assertThat(counts.at("/rejected/DUPLICATE").asInt()).isEqualTo(1);
    }

    @Test
    void namesEveryDepartmentWithItsSectionCount() {
        JsonNode departments = http.getJson("/api/departments");

        JsonNode finance = StreamSupport.stream(departments.spliterator(), false)
                .filter(d -> d.get("code").asText().equals("finance")).findFirst().orElseThrow();
        assertThat(finance.get("sections").asInt()).isEqualTo(3);
        assertThat(finance.get("name").asText()).isNotBlank().isNotEqualTo("finance");
        assertThat(departments.size()).isGreaterThan(30);
    }

    @Test
    void tracesASubmissionThroughItsDeliveries() {
        var found = http.get("/api/trace/sub-b");
        var unknown = http.get("/api/trace/sub-nobody");

        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode trace = Http.json(found);
        assertThat(trace.get("status").asText()).isEqualTo("CLASSIFIED");
        assertThat(trace.at("/reports/0/title").asText()).isEqualTo("某镇人民政府2023年工作总结");
        assertThat(trace.at("/received/submission/office").asText()).isEqualTo("镇政府");
        assertThat(StreamSupport.stream(trace.get("deliveries").spliterator(), false).map(d -> d.get("department").asText()))
                .containsExactlyInAnyOrder("finance", "audit");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(http.get("/api/trace/sub%20x%3Cy").statusCode()).isEqualTo(400);
    }

    private static List<String> headings(JsonNode sections) {
        List<String> headings = new ArrayList<>();
        sections.forEach(s -> headings.add(s.get("heading").asText()));
        return headings;
    }
}
