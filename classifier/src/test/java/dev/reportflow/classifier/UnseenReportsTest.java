package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports in shapes the dev samples do not show (written for these tests): they guard that the
 * classifier follows the genre rather than the 56 samples.
 */
class UnseenReportsTest {

    @Test
    void provincialDepartmentWhoseOutlineStartsAtParenthesisedNumbers() {
        Report r = single("province-paren-top.txt");
        assertThat(r.issuer()).extracting(Issuer::name, Issuer::level, Issuer::department)
                .containsExactly("省交通运输厅", "province", "transport");
        assertThat(r.years()).containsExactly(2024, 2025);
        assertThat(lines(r)).containsExactly(4, 8, 11);
        assertThat(roles(r)).containsExactly(Role.REVIEW, Role.PROBLEMS, Role.PLAN);
        assertThat(r.sections().get(0).subsections()).hasSize(3);
    }

    @Test
    void villageWithAsciiBracketsAndOrdinalClauses() {
        Report r = single("ascii-paren-village.txt");
        assertThat(r.issuer()).extracting(Issuer::name, Issuer::level, Issuer::department)
                .containsExactly("XX村", "village", "general_government");
        assertThat(roles(r)).containsExactly(Role.REVIEW, Role.PROBLEMS, Role.PLAN);
        assertThat(r.sections().get(2).subsections().get(2).departments())
                .extracting(DepartmentMatch::department).containsExactly("party_building");
        assertThat(r.endLine()).isEqualTo(16);
    }

    @Test
    void groupCompanyWithPartsAboveChineseNumbers() {
        Report r = single("parts-group-company.txt");
        assertThat(r.issuer().level()).isEqualTo("enterprise");
        assertThat(r.issuer().department()).isEqualTo("transport");
        assertThat(lines(r)).containsExactly(3, 10, 13);
        assertThat(roles(r)).containsExactly(Role.REVIEW, Role.PROBLEMS, Role.PLAN);
        assertThat(r.sections().get(0).subsections()).extracting(Subsection::line).containsExactly(4, 6, 8);
    }

    @Test
    void ordinalClausesAsTheTopLevel() {
        Report r = single("ordinal-clauses-bureau.txt");
        assertThat(r.issuer().department()).isEqualTo("statistics");
        assertThat(roles(r)).containsExactly(Role.REVIEW, Role.REVIEW, Role.REVIEW, Role.PROBLEMS, Role.PLAN);
    }

    @Test
    void numberedTableOfContentsFollowedByReportsWithoutBlankLines() {
        Classification c = Fixtures.classify("toc-no-blank.txt");
        assertThat(c.reports()).extracting(Report::startLine, Report::endLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 14), org.assertj.core.groups.Tuple.tuple(15, 21));
        assertThat(c.reports()).extracting(rep -> rep.issuer().department())
                .containsExactly("justice_rule_of_law", "forestry");
    }

    @Test
    void aNewsItemWithAShoppingListIsNoReport() {
        assertThat(Fixtures.classify("not-a-report-news.txt").reports()).isEmpty();
    }

    private static Report single(String fixture) {
        Classification c = Fixtures.classify(fixture);
        assertThat(c.reports()).hasSize(1);
        return c.reports().get(0);
    }

    private static List<Integer> lines(Report r) {
        return r.sections().stream().map(Section::line).toList();
    }

    private static List<Role> roles(Report r) {
        return r.sections().stream().map(Section::role).toList();
    }
}
