package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.text.LineShapes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The genre rules of classifier 0.5.0 / rules 2027.1.0, each on new synthetic text. */
class GenreRules050Test {


    // ---- 分局: a branch is of the body named before it; a bare 分局 decides nothing -------------------

    @Test
    void aCityBureausBranchIsThatBureausDepartmentAtDistrictLevel() {
        Report r = Fixtures.reports("""
                XX市公安局开发区分局2023年工作总结和2024年工作思路
                2023年，开发区分局坚持人民至上，全区治安形势平稳。
                一、2023年工作成效
                全年破获刑事案件XXX起，同比上升X%。
                二、存在的短板
                警力不足。
                三、2024年工作思路
                深化智慧警务建设。
                """).get(0);
        assertThat(r.issuer().department()).isEqualTo("public_security");
        assertThat(r.issuer().level()).isEqualTo("district");
    }

    @Test
    void aBareBranchWordDecidesNoDepartment() {
        Report r = Fixtures.reports("""
                ZZ分局2023年工作总结和2024年工作计划
                2023年，ZZ分局各项工作有序推进。
                一、2023年工作回顾
                完成年度目标任务。
                二、2024年工作计划
                继续努力。
                """).get(0);
        assertThat(r.issuer().department()).isNotEqualTo("natural_resources");
    }

    @Test
    void aCountyBodysOwnBranchAliasStillWins() {
        Report r = Fixtures.reports("""
                县生态环境分局2023年工作总结及2024年工作打算
                一、2023年工作开展情况
                空气质量优良天数比例达到XX%。
                二、2024年工作打算
                持续打好蓝天保卫战。
                """).get(0);
        assertThat(r.issuer().department()).isEqualTo("ecology_environment");
        assertThat(r.issuer().level()).isEqualTo("county");
    }

    // ---- a verb before 市 names no superior city --------------------------------------------------

    @Test
    void aCityBodyServingItsOwnCityCommitteeStaysCityLevel() {
        Report r = Fixtures.reports("""
                XX市统计局2023年工作总结和2024年工作计划
                2023年，市统计局紧紧围绕市委、市政府中心工作，认真落实市委部署，统计服务水平不断提升。
                一、2023年主要工作
                指导各县（市、区）统计局完成年度统计调查。
                二、存在问题
                基层统计力量薄弱。
                三、2024年工作计划
                做好经济普查后续工作。
                """).get(0);
        assertThat(r.issuer().level()).isEqualTo("city");
    }

    // ---- findings of an audit or inspection are the issuer's work results --------------------------

    @Test
    void problemsFoundByAnInspectionAreReview() {
        Report r = Fixtures.reports("""
                县市场监管局2023年工作总结和2024年工作计划
                一、2023年主要工作
                开展食品安全专项检查XX次。
                二、检查发现的突出问题
                部分餐饮单位索证索票不全，个别商户超范围经营。
                三、工作中存在的不足
                执法人员力量不足。
                四、2024年工作计划
                强化日常监管。
                """).get(0);
        assertThat(r.sections()).extracting(Section::role)
                .containsExactly(Role.REVIEW, Role.REVIEW, Role.PROBLEMS, Role.PLAN);
        assertThat(r.sections().get(1).roleEvidence().rule()).isEqualTo("role.findings");
    }

    @Test
    void findingsTheIssuerOwnsAreProblems() {
        Report r = Fixtures.reports("""
                县审计局2023年工作总结和2024年工作计划
                一、2023年主要工作
                完成审计项目XX个。
                二、督查发现我局存在的问题
                审计整改跟踪不够到位。
                三、2024年工作计划
                推进研究型审计。
                """).get(0);
        assertThat(r.sections().get(1).role()).isEqualTo(Role.PROBLEMS);
    }

    // ---- a body named only by 我局 is named from its text ---------------------------------------

    @Test
    void aReportThatCallsItselfOnlyWoJuIsNamedFromItsText() {
        Report r = Fixtures.reports("""
                2023年工作总结和2024年工作计划
                2023年，我局认真履行职责，各项工作取得新成效。
                一、主要工作成效。全年工作平稳推进，XX县水利局被评为全市水利系统先进单位。
                （一）水利工程建设提速。完成投资X亿元。
                二、存在的问题。水利基础设施仍有短板。
                三、2024年工作计划。2024年，我局将抓好以下工作：
                （一）推进灌区改造。
                """).get(0);
        assertThat(r.issuer().name()).isEqualTo("XX县水利局");
        assertThat(r.issuer().department()).isEqualTo("water");
        assertThat(r.issuer().level()).isEqualTo("county");
        assertThat(r.issuer().evidence().rule()).isEqualTo("issuer.body-text");
        assertThat(r.issuer().evidence().score()).isLessThan(0.8);
    }

    // ---- state-owned enterprises ----------------------------------------------------------------

    @Test
    void aStateOwnedInvestmentCompanyIsStateAssets() {
        Report r = Fixtures.reports("""
                XX县城投建设发展有限公司2023年工作总结和2024年工作计划
                2023年，公司聚焦主责主业，全年完成投资XX亿元。
                一、2023年工作总结
                完成棚户区改造项目X个。
                二、存在的不足
                融资渠道单一。
                三、2024年工作计划
                推进市场化转型。
                """).get(0);
        assertThat(r.issuer().department()).isEqualTo("state_assets");
        assertThat(r.issuer().level()).isEqualTo("enterprise");
    }

    @Test
    void aPrivateCompanyIsNotStateAssets() {
        Report r = Fixtures.reports("""
                XX县利民农业发展有限公司2023年工作总结和2024年工作计划
                一、2023年工作总结
                种植蔬菜XX亩。
                二、2024年工作计划
                扩大种植规模。
                """).get(0);
        assertThat(r.issuer().department()).isNotEqualTo("state_assets");
    }

    // ---- special topics ---------------------------------------------------------------------------

    @Test
    void aFamilyTraditionReportIsASpecialTopicSummary() {
        Report r = Fixtures.reports("""
                区妇联2023年家风建设工作总结
                一、开展好家风宣讲
                举办宣讲活动XX场。
                二、选树家庭典型
                评选文明家庭XX户。
                """).get(0);
        assertThat(r.kind()).isEqualTo("special_topic_summary");
    }

    // ---- standalone 一是 lines ----------------------------------------------------------------------

    @Test
    void standaloneOrdinalClauseLinesAreTheTopLevel() {
        Report r = Fixtures.reports("""
                XX村2023年工作总结及2024年工作打算
                2023年，XX村在镇党委的领导下，各项工作稳步推进。
                一是发展优势产业，增加集体收入。
                新建大棚XX座，村集体经济收入达到XX万元。
                二是改善人居环境，建设美丽乡村。
                清理垃圾XX吨，新修道路X公里。
                三是化解矛盾纠纷，维护和谐稳定。
                调处纠纷XX起。
                存在的问题
                一是产业规模小；二是村干部年龄偏大。
                2024年工作打算
                1.扩大特色种植面积。
                2.完善村规民约。
                """).get(0);
        assertThat(r.sections()).extracting(Section::heading).containsExactly(
                "一是发展优势产业，增加集体收入。", "二是改善人居环境，建设美丽乡村。", "三是化解矛盾纠纷，维护和谐稳定。",
                "存在的问题", "2024年工作打算");
        assertThat(r.sections()).extracting(Section::role)
                .containsExactly(Role.REVIEW, Role.REVIEW, Role.REVIEW, Role.PROBLEMS, Role.PLAN);
    }

    @Test
    void ordinalClausesUnderANumberedLevelStayInsideIt() {
        Report r = Fixtures.reports("""
                县科技局2023年工作总结和2024年工作计划
                一、2023年工作情况
                一是加强创新平台建设。
                新建研发中心X个。
                二是培育科技企业。
                新增高新技术企业X家。
                二、2024年工作计划
                继续推进创新驱动。
                """).get(0);
        assertThat(r.sections()).extracting(Section::line).containsExactly(2, 7);
    }

    // ---- page furniture and generic titles ---------------------------------------------------------

    @Test
    void pageNumbersAreFurniture() {
        assertThat(LineShapes.isPageFurniture("— 3 —")).isTrue();
        assertThat(LineShapes.isPageFurniture("- 12 -")).isTrue();
        assertThat(LineShapes.isPageFurniture("第4页")).isTrue();
        assertThat(LineShapes.isPageFurniture("第 4 页 共 9 页")).isTrue();
        assertThat(LineShapes.isPageFurniture("7")).isTrue();
        assertThat(LineShapes.isPageFurniture("2024年")).isFalse();
        assertThat(LineShapes.isPageFurniture("一、基本情况")).isFalse();
        assertThat(LineShapes.isPageFurniture("第一部分")).isFalse();
    }

    @Test
    void aGenericTitleAfterAFinishedReportStartsANewOneAndPageNumbersEndNothing() {
        List<Report> rs = Fixtures.reports("""
                XX县图书馆2023年工作总结和2024年工作计划
                一、2023年工作开展情况
                接待读者XX万人次。
                二、存在的问题
                馆舍面积偏小。
                三、2024年工作计划
                推进总分馆建设。

                — 4 —

                2023年度工作总结
                2023年，我院坚持公益性，服务能力持续提升。
                一、医疗服务
                门诊量XX万人次。
                二、学科建设
                XX县中医院新增市级重点专科X个。

                - 5 -
                """);
        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).startLine()).isEqualTo(1);
        assertThat(rs.get(0).endLine()).isEqualTo(7);
        assertThat(rs.get(1).startLine()).isEqualTo(11);
        assertThat(rs.get(1).endLine()).isEqualTo(16);
        assertThat(rs.get(1).issuer().name()).isEqualTo("XX县中医院");
        assertThat(rs.get(1).issuer().department()).isEqualTo("health");
    }

    @Test
    void aGenericTitleAfterASignatureDateStartsANewReport() {
        List<Report> rs = Fixtures.reports("""
                XX镇2023年工作总结及2024年工作打算
                一、2023年工作回顾
                完成招商引资X亿元。
                二、2024年工作打算
                推进项目建设。
                XX镇人民政府
                2024年1月5日
                2023年工作总结
                一、主要工作
                全年新增就业XX人。
                二、存在问题
                工作力量不足。
                """);
        assertThat(rs).hasSize(2);
        assertThat(rs.get(1).startLine()).isEqualTo(8);
    }

    @Test
    void aGenericSummaryHeadingInsideAReportBeforeItsPlanOpensNothing() {
        List<Report> rs = Fixtures.reports("""
                县档案馆2023年工作总结和2024年工作计划

                2023年工作总结
                一、档案接收
                接收档案XX卷。
                二、档案利用
                提供查阅XX人次。

                2024年工作计划
                推进数字档案馆建设。
                """);
        assertThat(rs).hasSize(1);
    }
}
