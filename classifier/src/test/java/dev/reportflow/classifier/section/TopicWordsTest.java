package dev.reportflow.classifier.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.RoutedUnit;
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
}
