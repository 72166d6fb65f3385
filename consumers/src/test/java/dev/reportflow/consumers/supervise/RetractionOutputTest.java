package dev.reportflow.consumers.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.consumers.Samples;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In every output format a supervisor sees that a delivery was withdrawn (已撤回), by whom, when and why, and a corrected copy says who sent it and why. */
class RetractionOutputTest {

    private static final RoutingCorrection CORRECTION = RoutingCorrection.newBuilder()
            .setCorrectionId("cor-1").setReportId("sub-0-1#1").setUnitId("sub-0-1#1/2.1")
            .setDepartmentsAdded(List.of("audit")).setDepartmentsRemoved(List.of("finance"))
            .setBy("王芳").setAt(Instant.parse("2025-02-01T09:00:00Z")).setReason("属审计整改事项").build();

    @Test
    void aRetractionIsANoticeOfWhoWithdrewItAndWhyWithoutTheText() {
        RoutedSection retraction = Samples.section("sub-0-1", "2.1", "finance", SectionRole.PROBLEMS)
                .setRetracted(true).setCorrection(CORRECTION).setRoutingReason("correction").build();

        String out = text(retraction);

        assertThat(out).contains("已撤回 WITHDRAWN  §2.1").contains("by 王芳").contains("属审计整改事项")
                .contains("cor-1").contains("sub-0-1#1/2.1@finance").doesNotContain("预算执行率");
    }

    @Test
    void aCopyACorrectionSentNamesTheCorrection() {
        RoutedSection copy = Samples.section("sub-0-1", "2.1", "audit", SectionRole.PROBLEMS)
                .setCorrection(CORRECTION).setRoutingReason("correction").build();

        assertThat(text(copy)).contains("Routed to:   audit by correction")
                .contains("Corrected:   by 王芳").contains("预算执行率");
    }

    @Test
    void markdownShowsAWithdrawalNoticeWithWhoWhenAndWhyAndNoText() {
        String out = write(OutputFormat.markdown, retraction());

        assertThat(out).contains("## 已撤回 WITHDRAWN — ").contains("- **Withdrawn:** by 王芳 at ").contains("属审计整改事项")
                .contains("(correction cor-1)").contains("`sub-0-1#1/2.1@finance`").doesNotContain("预算执行率").doesNotContain("**Routed to:**");
        assertThat(write(OutputFormat.markdown, copy())).contains("- **Corrected:** by 王芳").contains("预算执行率")
                .doesNotContain("WITHDRAWN");
    }

    @Test
    void csvMarksTheRowWithdrawnDropsItsTextAndSaysWhoAndWhy() {
        List<List<String>> rows = HostileFieldsOutputTest.Csv.parse(write(OutputFormat.csv, retraction()));
        Map<String, String> row = columns(rows);

        assertThat(row).containsEntry("status", "已撤回 withdrawn").containsEntry("corrected_by", "王芳")
                .containsEntry("corrected_at", "2025-02-01T09:00:00Z").containsEntry("correction_reason", "属审计整改事项")
                .containsEntry("correction_id", "cor-1").containsEntry("delivery_id", "sub-0-1#1/2.1@finance")
                .containsEntry("text", "");
        assertThat(columns(HostileFieldsOutputTest.Csv.parse(write(OutputFormat.csv, copy())))).containsEntry("status", "delivered")
                .containsEntry("corrected_by", "王芳").hasEntrySatisfying("text", text -> assertThat(text).contains("预算执行率"));
        assertThat(columns(HostileFieldsOutputTest.Csv.parse(write(OutputFormat.csv, Samples.section("sub-0-1", "2.1", "finance", SectionRole.PROBLEMS).build()))))
                .containsEntry("status", "delivered").containsEntry("corrected_by", "").containsEntry("correction_id", "");
    }

    @Test
    void jsonSaysWithdrawnByWhomWhenAndWhy() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(OutputFormat.json, retraction()));

        assertThat(json.get("status").asText()).isEqualTo("withdrawn");
        assertThat(json.get("withdrawn").get("by").asText()).isEqualTo("王芳");
        assertThat(json.get("withdrawn").get("at").asText()).isEqualTo("2025-02-01T09:00:00Z");
        assertThat(json.get("withdrawn").get("reason").asText()).isEqualTo("属审计整改事项");
        assertThat(json.get("withdrawn").get("correctionId").asText()).isEqualTo("cor-1");
        JsonNode live = new ObjectMapper().readTree(write(OutputFormat.json, copy()));
        assertThat(live.get("status").asText()).isEqualTo("delivered");
        assertThat(live.has("withdrawn")).isFalse();
    }

    private static RoutedSection retraction() {
        return Samples.section("sub-0-1", "2.1", "finance", SectionRole.PROBLEMS)
                .setRetracted(true).setCorrection(CORRECTION).setRoutingReason("correction").build();
    }

    private static RoutedSection copy() {
        return Samples.section("sub-0-1", "2.1", "audit", SectionRole.PROBLEMS)
                .setCorrection(CORRECTION).setRoutingReason("correction").build();
    }

    /** The one data row by its header's names. */
    private static Map<String, String> columns(List<List<String>> rows) {
        assertThat(rows).hasSize(2);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            row.put(rows.get(0).get(i), rows.get(1).get(i));
        }
        return row;
    }

    private static String text(RoutedSection section) {
        return write(OutputFormat.text, section);
    }

    private static String write(OutputFormat format, RoutedSection section) {
        StringWriter text = new StringWriter();
        SectionWriter writer = format.writer(new PrintWriter(text), 100, 0);
        writer.begin("routed.finance");
        writer.write(new Delivery(section, "routed.finance", 0, 1));
        writer.end(1);
        writer.flush();
        return text.toString();
    }
}
