package dev.reportflow.classifier.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.RoutedUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words of the topic lexicon (section-lexicon.tsv) that decide a unit, each on second-level sections
 * quoted from dev documents of the corpus under a title and a top-level heading written for the test.
 */
class TopicWordsTest {

    private static List<String> departmentsOf(String units) {
        String text = "XX街道2022年工作总结\n一、2022年工作回顾\n" + units;
        List<RoutedUnit> routed = Classifier.standard().classify(text).reports().get(0).routedUnits();
        assertThat(routed).hasSize(1);
        return routed.get(0).departments().stream().map(DepartmentMatch::department).toList();
    }

    /** The routed unit of a dev corpus document's first report whose heading is at {@code line}. */
    private static RoutedUnit unitAt(String document, int line) throws IOException {
        String text = Files.readString(Path.of("..", "corpus", "documents", document), StandardCharsets.UTF_8);
        return Classifier.standard().classify(text).reports().get(0).routedUnits().stream()
                .filter(u -> u.line() == line).findFirst().orElseThrow();
    }

    @Test
    void epidemicControlIsAHealthMatter() {
        // base-009, lines 5-6
        assertThat(departmentsOf("""
                (一)聚合力、筑防线,齐心协力抗疫情
                1.全过程推进常规防控。始终坚持“外防输入、内防反弹”总策略和“动态清零”总方针。上半年,累计开展各类重点人员数据核查超17万人次,占全区36%;围绕“无疫单元”创建,在辖区内动态设置便民核酸检测点111个,改造移动核酸检测方舱18处,截至目前累计核酸检测约821万人次;积极组织发动全民接种,累计完成加强针近10万剂次,老年人接种逾万人。
                """)).first().isEqualTo("health");
    }

    @Test
    void theEconomyAsAWholeIsDevelopmentAndReformAndHealthyDevelopmentIsNoHealthMatter() {
        // gov-004, line 16 (cut)
        assertThat(departmentsOf("""
                (一)国民经济持续快速健康发展,综合经济实力明显增强。“九五”时期的五年,是不同寻常的五年。国民经济增长速度连续五年高于全国平均水平,国内生产总值由“八五”期末的833亿元增加到2000年的1400亿元,年均递增10%。
                """)).containsExactly("development_reform");
        // base-027, line 4
        assertThat(departmentsOf("""
                (二)抓发展,保增长,经济建设进一步增强。截止8月,完成招商引资4.57亿元,已完成总目标152.33%。固定资产投资完成4.7亿元,已完成总目标56.11%。
                """)).first().isEqualTo("development_reform");
    }

    @Test
    void grassRootsSocialGovernanceIsNoSupplyCooperative() {
        // dept-006, lines 5-6 (cut): 基层社 (a grass-roots supply cooperative) must not be read in 基层社会
        assertThat(departmentsOf("""
                (二)聚力共建共治共享,基层社会治理创新推进
                稳步推动社区居委会规范发展。新设13个社区、3个居委会,创建6个星级居委会,“小马拉大车”治理困境逐步缓解。
                """)).doesNotContain("supply_marketing_coop");
    }

    @Test
    void demolitionAndTakingOfHousesIsHousingAndConstruction() {
        // base-012, line 12 (cut by the excerpt)
        assertThat(departmentsOf("""
                (二)拆征安置取得新突破。护航重点项目建设,以熟人搭线、友人搭识、能人搭话、政策搭补“四搭举措”,千方百计打开干群心结,半年和谐拆除建筑面积5000余平方米、信众3000余人的沙滩头教堂,并
                """)).first().isEqualTo("housing_construction");
    }

    @Test
    void residentsSelfGovernmentIsCivilAffairs() {
        // base-024, line 4: 居务公开 is the residents' committee's, not the government's openness
        assertThat(departmentsOf("""
                2、及时更新居务公开栏的各类信息。在居务公开栏中及时更新社区概况、财务状况、政务公开、民主管理、活动信息、会议信息等事项,加强居民群众对社区居委动态情况的了解。
                """)).first().isEqualTo("civil_affairs");
    }

    @Test
    void environmentalSanitationIsTheCitysUpkeepNotHealth() throws IOException {
        // a community's summary (corpus/documents/base-027.txt, dev), whose 一是…五是 lines are its outline:
        // 三是抓整治,强推进,环境卫生进一步改善。 at line 5 is road and drain repairs; 环境卫生 must not be read as 卫生
        assertThat(unitAt("base-027.txt", 5).departments()).extracting(DepartmentMatch::department).containsExactly("housing_construction");
    }

    @Test
    void floodAndDroughtDefenceIsTheWaterBureausAndEmergencyManagements() {
        // dept-007, lines 13-15 (cut)
        assertThat(departmentsOf("""
                (三)防汛抗旱全面告捷

                2023年来,我局认真贯彻落实习近平总书记防汛抗灾指示
                """)).contains("water", "emergency_management");
    }

    @Test
    void reserveForestIsForestry() {
        // dept-010, lines 15-16 (cut by the excerpt)
        assertThat(departmentsOf("""
                (一)国家储备林谱写新篇章。
                目前,已完成
                """)).containsExactly("forestry");
    }

    @Test
    void mothersAndNewbornsAreHealthWork() {
        // extra-043, line 13 (cut; a county's maternal and child health work): 孕产妇系统管理 is a health service, though
        // its word holds 妇, as 妇女 does
        assertThat(departmentsOf("""
                2、做好孕产妇系统管理工作。
                """)).containsExactly("health");
    }

    @Test
    void stockPhrasesNameNoTopic() {
        // base-020, line 23 (cut): 平稳增长 holds 稳增长 but is no growth policy
        assertThat(departmentsOf("""
                1、农业生产平稳增长。今年我乡进一步加大了良种推广力度,共发放各类良种3300公斤,比去年增加1300公斤,帮助农民购买地膜3000公斤。加大了科技种植示范力度,示范种植地膜洋芋30亩,冬季苞谷15亩。
                """)).containsExactly("agriculture_rural");
        // dept-013, line 4 (cut): 新气象 is no weather
        assertThat(departmentsOf("""
                (一)党建工作呈现了新气象。一是高度重视十三届县委第一轮第二巡察组对我局的巡察工作。积极主动配合巡察组,严格按照要求抓好整改落实,在县委组织部、县委宣传部、县纪委监委的监督指导下,巡察组反馈我局的3类14项51个具体问题已全部整改到位,并进行了问题整改销号。
                """)).doesNotContain("meteorology").first().isEqualTo("party_building");
        // more4-036, line 3 and line 4 (cut): 干事创业 is doing one's work, no one's business start-up
        assertThat(departmentsOf("""
                (一)坚持党建引领,凝聚干事创业合力
                一是加强政治理论学习。今年以来,街道开展理论学习中心组研讨学习9次,深入学习习近平总书记系列重要讲话精神和上级会议精神。
                """)).containsExactly("party_building");
        // extra-021, lines 4 and 6 (cut): studying and spreading a party congress's spirit is no news work
        assertThat(departmentsOf("""
                (一)学习宣传贯彻党的二十大精神情况
                坚持把学习宣传贯彻党的二十大精神与当前重点工作结合起来,切实做到思想和行动上统一,迅速在全镇掀起学习宣传贯彻热潮,
                """)).doesNotContain("media");
    }

    @Test
    void aWeakHeadingWordDoesNotJoinALongerBodyTopic() throws IOException {
        // a housing bureau's summary (corpus/documents/dept-026.txt, dev): (一)全力推进项目建设。 at line 5 is its
        // own building work; 项目建设 alone, a word every line says, is no plain naming of development_reform
        assertThat(unitAt("dept-026.txt", 5).departments()).extracting(DepartmentMatch::department).containsExactly("housing_construction");
    }

    @Test
    void aCommunitysHousingAndFamilyPlanningWork() throws IOException {
        // a community's report in traditional characters (corpus/documents/base-026.txt, dev): 社區城建工作
        // (public rental housing) at line 29, 社區人口計生工作 at line 33
        String text = Files.readString(Path.of("..", "corpus", "documents", "base-026.txt"), StandardCharsets.UTF_8);
        List<RoutedUnit> units = Classifier.standard().classify(text).reports().stream()
                .flatMap(r -> r.routedUnits().stream()).toList();

        assertThat(units).filteredOn(u -> u.line() == 29).singleElement()
                .satisfies(u -> assertThat(u.departments().get(0).department()).isEqualTo("housing_construction"));
        assertThat(units).filteredOn(u -> u.line() == 33).singleElement()
                .satisfies(u -> assertThat(u.departments().get(0).department()).isEqualTo("health"));
    }

    @Test
    void everyLinesStandardWorkNamesItsDepartment() throws IOException {
        // the standard line-of-work terms of a department's functions (三定), each on a heading quoted from dev:
        // base-021 (run-on line, cut): 社会大局 and 和谐稳定 are the political-legal line's
        assertThat(departmentsOf("""
                (二)社会大局和谐稳定。利用宣传车、村村
                """)).first().isEqualTo("political_legal");
        // more-008, line 3 (cut, traditional characters): archives work is the government office's
        assertThat(departmentsOf("""
                2.指導市消防救援大隊申報檔案工作規范化管理省一級。現場指導并對申報工作提出意見和建議。
                """)).first().isEqualTo("government_office");
        // more-010 (dev), 1、巩固创建成果,落实工作职责。 on line 3: popular science is the science line's (a 科协's work)
        assertThat(unitAt("more-010.txt", 3).departments()).extracting(DepartmentMatch::department).first().isEqualTo("science_technology");
        // gov-019 (dev), 一、冬奥服务保障圆满成功 at line 9: serving the Winter Olympics is the sports line's
        assertThat(unitAt("gov-019.txt", 9).departments()).extracting(DepartmentMatch::department).first().isEqualTo("culture_tourism");
        // gov-015 (dev), (二)坚持改革创新、多维保障,发展活力加快释放。 at line 14: 改革 in the heading, 民营经济 in the body
        assertThat(unitAt("gov-015.txt", 14).departments()).extracting(DepartmentMatch::department).first().isEqualTo("development_reform");
    }
}
