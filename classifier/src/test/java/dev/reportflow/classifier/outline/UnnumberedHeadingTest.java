package dev.reportflow.classifier.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.TextLines;
import org.junit.jupiter.api.Test;

class UnnumberedHeadingTest {

    private static final Rules RULES = Rules.bundled();

    private static Role roleOf(String line) {
        return UnnumberedHeading.roleOf(TextLines.of(line).foldedTrimmed(0), RULES);
    }

    /**
     * A heading may quote the name of a period or a campaign: "“十四五”时期工作回顾" (issue 13's list of the
     * congress report's unnumbered headings), "社区“大党委”工作总结" (extra-003 line 1, a title of that shape).
     */
    @Test
    void aShortQuotedTermLeavesAHeadingAHeading() {
        assertThat(roleOf("“十四五”时期工作回顾")).isEqualTo(Role.REVIEW);
        assertThat(roleOf("社区“大党委”工作总结")).isEqualTo(Role.REVIEW);
    }

    /** A quotation that does not close within a term's length quotes speech, not a name: no heading. */
    @Test
    void anOpenQuotationIsNoHeading() {
        assertThat(roleOf("“各位代表工作总结")).isNull();
        assertThat(roleOf("“一个群众的工作总结回顾”")).isNull();
    }
}
