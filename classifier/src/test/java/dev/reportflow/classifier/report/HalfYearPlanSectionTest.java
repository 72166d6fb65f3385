package dev.reportflow.classifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.Folding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** extra-024's title and top-level headings (traditional script, folded as the classifier reads them). */
class HalfYearPlanSectionTest {

    private static final Rules RULES = Rules.bundled();
    private static final String TITLE = Folding.fold("2024年學校上半年工作總結");
    private static final List<String> HEADINGS = List.of(Folding.fold("存在的問題"), Folding.fold("下半年工作重點"));

    @Test
    void aHalfYearSummaryWithASecondHalfPlanSectionIsASummaryAndPlanOfItsOwnYear() {
        ReportKind kind = ReportKind.ofTitled(TITLE, 0, List.of(Role.PROBLEMS, Role.PLAN), HEADINGS, RULES);
        assertThat(kind.kind()).isEqualTo("summary_and_plan");
        assertThat(kind.years()).containsExactly(2024);
    }

    @Test
    void withoutThePlanSectionItStaysASummary() {
        ReportKind kind = ReportKind.ofTitled(TITLE, 0, List.of(Role.PROBLEMS, Role.REVIEW), HEADINGS, RULES);
        assertThat(kind.kind()).isEqualTo("summary");
    }
}
