package dev.reportflow.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.consumers.supervise.Delivery;
import dev.reportflow.consumers.supervise.SectionFilter;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.web.OutputRecords;
import dev.reportflow.web.auth.DepartmentScope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A delivery id's newest record stands for it on the page: a retraction turns the section into a
 * withdrawal notice without its text, a copy sent again turns it back, a role corrected moves it in
 * the counts; the counts are of copies that stand.
 */
class SectionStoreTest {

    private static final Instant AT = Instant.parse("2025-03-01T02:00:00Z");
    private static final RoutingCorrection WITHDRAWAL = RoutingCorrection.newBuilder()
            .setCorrectionId("cor-1").setReportId("sub-a#1").setUnitId("sub-a#1/2")
            .setDepartmentsAdded(List.of("audit")).setDepartmentsRemoved(List.of("finance"))
            .setBy("王芳").setAt(AT.plusSeconds(60)).setReason("属审计整改事项").build();

    static {
        // The page's records come through AvroSerde, which lets Avro's deep copies use reportflow's schema classes.
        AvroSerde.of(RoutedSection.class);
    }

    private final SectionStore store = new SectionStore(10);

    @Test
    void aRetractionReplacesTheSectionWithANoticeAndLeavesTheCounts() {
        store.add(delivery(copy("2", SectionRole.PROBLEMS), 0));
        store.add(delivery(copy("3", SectionRole.PLAN), 1));

        store.add(delivery(RoutedSection.newBuilder(copy("2", SectionRole.PROBLEMS)).setRetracted(true)
                .setRoutingReason("correction").setCorrection(WITHDRAWAL).build(), 2));

        List<Delivery> shown = store.latest(DepartmentScope.ALL, everything(), 10);
        assertThat(shown).extracting(d -> d.section().getSectionPath() + " " + d.section().getRetracted())
                .containsExactly("2 true", "3 false");
        assertThat(shown.get(0).section().getText()).isEmpty();
        assertThat(shown.get(0).section().getCorrection().getBy()).isEqualTo("王芳");
        assertThat(SectionJson.of(shown.get(0)).get("status").asText()).isEqualTo("withdrawn");
        assertThat(SectionJson.of(shown.get(0)).at("/withdrawn/reason").asText()).isEqualTo("属审计整改事项");
        assertThat(SectionJson.of(shown.get(1)).get("status").asText()).isEqualTo("delivered");
        assertThat(store.counts().routed().get("finance")).isEqualTo(Map.of(SectionRole.PLAN, 1L, SectionRole.PROBLEMS, 0L));
    }

    @Test
    void aCopySentAgainStandsOnceAndACorrectedRoleMovesInTheCounts() {
        store.add(delivery(copy("2", SectionRole.PROBLEMS), 0));
        store.add(delivery(RoutedSection.newBuilder(copy("2", SectionRole.PROBLEMS)).setRetracted(true)
                .setCorrection(WITHDRAWAL).build(), 1));
        store.add(delivery(copy("2", SectionRole.PROBLEMS), 2));
        store.add(delivery(copy("2", SectionRole.PLAN), 3));

        assertThat(store.latest(DepartmentScope.ALL, everything(), 10)).singleElement()
                .satisfies(d -> assertThat(d.offset()).isEqualTo(3));
        assertThat(store.counts().routed().get("finance")).isEqualTo(Map.of(SectionRole.PLAN, 1L, SectionRole.PROBLEMS, 0L));
    }

    private static RoutedSection copy(String path, SectionRole role) {
        return OutputRecords.section(new OutputRecords.Section("sub-a", "finance", path, role, "二、存在问题", "区财政局", "区财政局",
                "district", AT, AT.plusSeconds(1)), "reports.submitted");
    }

    private static Delivery delivery(RoutedSection section, long offset) {
        return new Delivery(section, "routed.finance", 0, offset);
    }

    private static SectionFilter everything() {
        return new SectionFilter(Set.of(), Set.of(), null, null, null);
    }
}
