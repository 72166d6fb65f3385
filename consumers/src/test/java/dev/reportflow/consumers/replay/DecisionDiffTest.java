package dev.reportflow.consumers.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.consumers.replay.Decision.ReportDecision;
import dev.reportflow.consumers.replay.Decision.SectionDecision;
import dev.reportflow.consumers.replay.Decision.UnitDecision;
import dev.reportflow.consumers.replay.Decision.Why;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionDiffTest {

    private static final Why WHY = new Why("section.lexicon", 2, Map.of("预算", 2), "");

    @Test
    void unitsThatMoveAppearOrDisappearAreEachOneChange() {
        Decision before = classified(units(unit("2.1", "finance"), unit("2.2", "finance")));
        Decision after = classified(units(unit("2.1", "finance", "audit"), unit("2.3", "health")));

        assertThat(DecisionDiff.between(before, after)).extracting(Change::what, Change::where, Change::before, Change::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("unit.departments", "report 1 §2.1 h2.1", "finance", "finance, audit"),
                        org.assertj.core.groups.Tuple.tuple("unit", "report 1 §2.2 h2.2", "finance", "(no such unit)"),
                        org.assertj.core.groups.Tuple.tuple("unit", "report 1 §2.3 h2.3", "(no such unit)", "health"));
    }

    @Test
    void aDuplicateIsNotReDecided() {
        Decision duplicate = new Decision(Decision.REJECTED, "DUPLICATE", "0.1.0", "r", List.of());

        assertThat(DecisionDiff.between(duplicate, classified(units(unit("1", "finance"))))).isEmpty();
        assertThat(DecisionDiff.between(new Decision(Decision.REJECTED, "NOT_A_REPORT", "0.1.0", "r", List.of()),
                classified(units(unit("1", "finance"))))).extracting(Change::what).containsExactly("outcome");
    }

    private static Decision classified(List<UnitDecision> units) {
        ReportDecision report = new ReportDecision(1, "title", "XX县财政局", "county", "finance", WHY, "summary", List.of(2023), null,
                List.of(new SectionDecision("2", "二、问题", "PROBLEMS", WHY)), units);
        return new Decision(Decision.CLASSIFIED, null, "0.1.0", "r", List.of(report));
    }

    @SafeVarargs
    private static <T> List<T> units(T... units) {
        return List.of(units);
    }

    private static UnitDecision unit(String path, String... departments) {
        Map<String, Why> map = new LinkedHashMap<>();
        for (String d : departments) {
            map.put(d, WHY);
        }
        return new UnitDecision(path, "h" + path, map);
    }
}
