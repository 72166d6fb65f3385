package dev.reportflow.classifier.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.Folding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleClassifierTest {

    private static final RoleClassifier ROLES = new RoleClassifier(Rules.bundled());
    private static final List<Integer> YEARS = List.of(2024, 2025);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024年工作总结|REVIEW",
            "工作开展情况|REVIEW",
            "环境质量状况|REVIEW",
            "存在的主要问题不足和困难挑战|PROBLEMS",
            "存在问题及下一步打算|PROBLEMS",
            "2025年工作计划|PLAN",
            "明年工作计划|PLAN",
            "2025年度重点任务、具体工作举措和预期目标|PLAN",
            "2024年度重点工作推进情况、工作亮点或创新举措|REVIEW",
            "2024年党风廉政建设主要工作亮点|HIGHLIGHTS",
            "工作亮点和成效|HIGHLIGHTS",
            "基本情况|OTHER",
            "工作建议|OTHER",
            "当前工作面临的形势任务|OTHER",
            "2024年党风廉政建设工作基本情况|REVIEW",
            "坚持问题导向，推动整改落实|REVIEW",
            "下一步工作打算|PLAN",
            // corpus/documents/extra-024.txt lines 23 and 37 (traditional, folded before matching)
            "下半年工作重點|PLAN",
            "我們的想法|OTHER",
            // corpus/documents/base-007.txt line 3: a heading run into its body; the stronger 回顾 is its gist, not 挑战
            "2022年工作回顾过去一年是极具挑战、极其不易的一年|REVIEW",
            // corpus/documents/extra-022.txt line 2: the state of things (现状) is the background, as 基本情况 is
            "村集体经济发展现状|OTHER",
            // corpus/documents/inst-001.txt line 2: an overview of the work done (工作概况) reviews it; 概况 alone is the background
            "2022学年第二学期工作概况|REVIEW",
    })
    void readsTheHeading(String heading, Role role) {
        assertThat(classify(heading, List.of(), false)).isEqualTo(role);
    }

    /** OTHER is the weakest gist: a heading that names problems beside 形势 or 基本情况 is a problems section. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "当前形势及工作短板|PROBLEMS",
            "发展形势与面临的挑战|PROBLEMS",
            "基本概况和主要困难|PROBLEMS",
            "形势分析、薄弱环节|PROBLEMS",
            "所处形势|OTHER",
            "单位概况和机构设置|OTHER",
            "形势研判，坚持问题导向|OTHER",
    })
    void problemsBeatOther(String heading, Role role) {
        assertThat(classify(heading, List.of(), false)).isEqualTo(role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"凝聚共建力量，助推党建融合发展|false|REVIEW", "坚持生态提质，不断优化生态环境|true|PLAN"})
    void anUndecidedHeadingFollowsTheReportsCourse(String heading, boolean planSeen, Role role) {
        assertThat(classify(heading, List.of(), planSeen)).isEqualTo(role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2025年形势研判|存在突出困难问题|PROBLEMS", "2025年形势研判|面临的机遇|PLAN"})
    void anOtherHeadingWithAYearAsksItsSubHeadings(String heading, String child, Role role) {
        String c = Folding.fold(child);
        assertThat(classify(heading, List.of(new RoleClassifier.Phrase(c, 0, c.length())), false)).isEqualTo(role);
    }

    /** A themed heading's later clause decides only by its head noun; a role word before a predicate is its subject. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "织密监管网络，市场秩序形势持续向好|false|REVIEW",
            "强化整改落实，问题得到有效解决|false|REVIEW",
            "深化放管服改革，营商环境建议件件有回音|false|REVIEW",
            "立足新起点，谋划明年各项工作|false|PLAN",
            "正视差距，存在问题仍需着力解决|false|PROBLEMS",
            "凝心聚力抓落实，工作成效|false|REVIEW",
    })
    void aLaterClauseDecidesOnlyByItsHeadNoun(String heading, boolean planSeen, Role role) {
        assertThat(classify(heading, List.of(), planSeen)).isEqualTo(role);
    }

    /** A plan-only report (工作要点, 重点工作安排): its sections are the plan unless they plainly say otherwise. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "总体目标|PLAN",
            "主要工作|PLAN",
            "保障措施|PLAN",
            "组织实施|PLAN",
            "2026年重点工作|PLAN",
            "工作亮点|PLAN",
            "面临的困难和问题|PROBLEMS",
            "当前形势|OTHER",
            "2025年工作回顾|REVIEW",
            "上半年工作完成情况|REVIEW",
    })
    void aPlanOnlyReportsSectionsArePlans(String heading, Role role) {
        String h = Folding.fold(heading);
        assertThat(ROLES.classify(new RoleClassifier.Phrase(h, 0, h.length()), List.of(2026), List.of(), new TopicTally(),
                false, true).role()).isEqualTo(role);
    }

    private static Role classify(String heading, List<RoleClassifier.Phrase> children, boolean planSeen) {
        String h = Folding.fold(heading);
        return ROLES.classify(new RoleClassifier.Phrase(h, 0, h.length()), YEARS, children, new TopicTally(), planSeen).role();
    }
}
