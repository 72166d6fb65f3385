package dev.reportflow.consumers.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.consumers.Samples;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A supervisor sees that a delivery was withdrawn (已撤回), and a corrected copy says who sent it and why. */
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

    private static String text(RoutedSection section) {
        StringWriter text = new StringWriter();
        SectionWriter writer = OutputFormat.text.writer(new PrintWriter(text), 100, 0);
        writer.begin("routed.finance");
        writer.write(new Delivery(section, "routed.finance", 0, 1));
        writer.end(1);
        writer.flush();
        return text.toString();
    }
}
