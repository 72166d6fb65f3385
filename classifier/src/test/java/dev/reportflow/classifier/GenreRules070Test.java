package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The genre rules of classifier 0.7.0 / rules 2027.3.0, each on new synthetic text. */
class GenreRules070Test {


    @Test
    void aBodyTypesetAboveItsTitleIsPartOfTheTitle() {
        List<Report> found = Fixtures.reports("""
                XX县农业农村局2024年工作总结和2025年工作计划
                一、2024年工作情况
                粮食播种面积稳定在XX万亩。
                二、2025年工作计划
                抓好高标准农田建设。
                XX县农业农村局
                2024年12月20日

                XX县公安局治安管理大队
                2024年工作总结及2025年工作打算

                一年来，大队紧紧围绕平安建设目标，扎实开展各项工作。
                一、2024年主要工作
                全年查处治安案件XX起，同比下降XX%。
                二、存在的不足
                警力不足，基层基础工作仍有短板。
                三、2025年工作打算
                深化社会治安整体防控体系建设。
                """);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).endLine()).isEqualTo(7);
        Report police = found.get(1);
        assertThat(police.startLine()).isEqualTo(9);
        assertThat(police.title()).isEqualTo("XX县公安局治安管理大队2024年工作总结及2025年工作打算");
        assertThat(police.issuer().department()).isEqualTo("public_security");
        assertThat(police.issuer().level()).isEqualTo("county");
        assertThat(police.sections()).extracting(Section::role).containsExactly(Role.REVIEW, Role.PROBLEMS, Role.PLAN);
    }

    @Test
    void aSignatureBeforeTheNextTitleStaysWithItsReport() {
        List<Report> found = Fixtures.reports("""
                XX县统计局2024年工作总结和2025年工作计划
                一、2024年工作完成情况
                按时完成各项统计调查任务。
                二、2025年工作计划
                做好经济普查数据开发应用。
                XX县统计局
                XX县审计局2024年工作总结和2025年工作计划
                一、2024年工作开展情况
                完成审计项目XX个。
                二、2025年工作计划
                加强审计整改跟踪问效。
                """);
        assertThat(found).extracting(Report::startLine).containsExactly(1, 7);
        assertThat(found.get(1).title()).isEqualTo("XX县审计局2024年工作总结和2025年工作计划");
        assertThat(found.get(1).issuer().department()).isEqualTo("audit");
    }

    @Test
    void aSelectionsTitleIsNoReport() {
        List<Report> found = Fixtures.reports("""
                XX区2024年工作总结及2025年工作计划选编

                XX区民政局2024年工作总结及2025年工作计划
                一、2024年工作情况
                城乡低保实现应保尽保。
                二、2025年工作计划
                健全分层分类社会救助体系。
                """);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).startLine()).isEqualTo(3);
    }

    @Test
    void aPartyCommitteeIsNamedByItsArea() {
        Report report = Fixtures.reports("""
                中共XX镇委员会2024年工作总结及2025年工作思路
                一、2024年工作回顾
                全镇实现农业总产值XX亿元。
                二、2025年工作思路
                壮大村级集体经济。
                """).get(0);
        assertThat(report.issuer().name()).isEqualTo("XX镇");
        assertThat(report.issuer().level()).isEqualTo("town");
        assertThat(report.issuer().department()).isEqualTo("general_government");
    }

    @Test
    void aCityUnderAnAutonomousPrefectureIsCountyLevel() {
        String text = """
                市教育局2024年工作总结和2025年工作计划
                2024年，市教育局在市委、市政府和州教育局的正确领导下，推动全市教育事业高质量发展。
                一、2024年工作完成情况
                新建改扩建学校XX所。
                二、2025年工作计划
                推进义务教育优质均衡发展。
                """;
        Report report = Fixtures.reports(text).get(0);
        assertThat(report.issuer().level()).isEqualTo("county");
        assertThat(report.issuer().evidence().detail()).contains("level.county-level-city");

        Report prefecture = Fixtures.reports(text.replace("州教育局", "省教育厅")).get(0);
        assertThat(prefecture.issuer().level()).isEqualTo("city");
    }

    @Test
    void aDevelopmentZoneIsOfTheGovernmentThatRunsIt() {
        String text = """
                XX高新区管委会2024年工作总结和2025年工作计划
                县委、县政府：
                2024年，高新区在县委、县政府的坚强领导下，聚焦招商引资和项目建设。全区完成固定资产投资XX亿元。
                一、2024年工作开展情况
                新签约项目XX个。
                二、2025年工作计划
                加快标准化厂房建设。
                """;
        Report zone = Fixtures.reports(text).get(0);
        assertThat(zone.issuer().department()).isEqualTo("general_government");
        assertThat(zone.issuer().level()).isEqualTo("county");

        Report cityZone = Fixtures.reports(text.replace("XX高新区管委会", "XX市高新区管委会").replace("县委、县政府", "市委、市政府")).get(0);
        assertThat(cityZone.issuer().level()).isEqualTo("city");
    }

    @Test
    void aReportOnHandlingDeputiesProposalsIsASpecialTopic() {
        Report report = Fixtures.reports("""
                县人民政府办公室关于2024年建议提案办理工作情况及2025年工作打算的报告
                一、办理情况
                全年承办人大代表建议XX件、政协提案XX件，办复率100%。
                二、2025年工作打算
                进一步提高办理质量。
                """).get(0);
        assertThat(report.kind()).startsWith("special_topic");
    }

    @Test
    void mattersForTheCountyToResolveAreOther() {
        Report report = Fixtures.reports("""
                XX镇2024年工作总结和2025年工作计划
                一、2024年工作情况
                完成农村人居环境整治任务。
                二、2025年工作计划
                推进美丽乡村建设。
                三、需要县里协调解决的事项
                恳请县里在集镇污水管网建设资金上给予支持。
                """).get(0);
        assertThat(report.sections()).extracting(Section::role).containsExactly(Role.REVIEW, Role.PLAN, Role.OTHER);
    }

    @Test
    void standaloneClausesLeadOverAListUnderTheLastOfThem() {
        Report report = Fixtures.reports("""
                县商务局2024年工作总结及2025年工作计划
                2024年，县商务局围绕稳外贸、促消费，各项工作取得新进展。
                一是消费市场持续回暖。
                全年社会消费品零售总额增长XX%。
                二是外贸外资稳中提质。
                全年进出口总额XX亿元。
                三是存在的困难和不足。
                外贸主体偏少，抗风险能力不强。
                四是2025年工作计划。
                （一）抓消费，办好系列促消费活动。
                （二）抓外贸，培育外贸主体。
                （三）抓招商，引进商贸龙头企业。
                """).get(0);
        assertThat(report.sections()).extracting(Section::role)
                .containsExactly(Role.REVIEW, Role.REVIEW, Role.PROBLEMS, Role.PLAN);
    }

    @Test
    void aSituationWordFollowedByAPredicateIsNoSituationSection() {
        Report report = Fixtures.reports("""
                XX县应急管理局2024年工作总结和2025年工作计划
                一、全年安全生产形势总体平稳
                全年未发生较大以上生产安全事故，事故起数同比下降XX%。
                二、当前面临的形势
                极端天气多发，风险隐患交织叠加。
                三、2025年工作计划
                深化安全生产治本攻坚。
                """).get(0);
        assertThat(report.sections()).extracting(Section::role).containsExactly(Role.REVIEW, Role.OTHER, Role.PLAN);
    }

    @Test
    void aReportOnSupervisionWorkIsASpecialTopicButASupervisionOfficesOwnIsNot() {
        String body = """
                一、2024年工作情况
                完成督查任务XX项。
                二、2025年工作计划
                继续抓好督查督办。
                """;
        assertThat(Fixtures.reports("县政府办公室2024年督查工作总结和2025年工作计划\n" + body).get(0).kind()).startsWith("special_topic");
        assertThat(Fixtures.reports("县委督查室2024年工作总结和2025年工作计划\n" + body).get(0).kind()).isEqualTo("summary_and_plan");
    }

    @Test
    void aCityConstructionInvestmentCompanyIsOfItsSector() {
        Report report = Fixtures.reports("""
                XX县城市建设投资有限公司2024年工作总结及2025年工作计划
                一、2024年工作开展情况
                完成融资XX亿元，实施城市更新项目XX个。
                二、2025年工作计划
                推动公司市场化转型。
                """).get(0);
        assertThat(report.issuer().department()).isEqualTo("housing_construction");
        assertThat(report.issuer().level()).isEqualTo("enterprise");
    }
}
