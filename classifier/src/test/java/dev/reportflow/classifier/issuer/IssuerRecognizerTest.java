package dev.reportflow.classifier.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.Issuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issuers read through the whole classifier, since they depend on the outline and the words. */
class IssuerRecognizerTest {

    private static final Classifier CLASSIFIER = Classifier.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // title | opening paragraph | name | level | department
            "XX县公安局XX派出所2023年工作总结及2024年工作计划|2023年以来，XX派出所坚持…|XX县公安局XX派出所|town|public_security",
            "区财政局优化营商环境2023年工作总结与2024年工作计划|为持续优化营商环境…|区财政局|district|finance",
            "2023年财政工作总结及2024年财政工作计划|2023年，在县委、县政府的坚强领导和省市财政部门的大力支持下，县财政局以学习贯彻为主线。|县财政局|county|finance",
            "2023年度工作总结和2024年度工作计划|今年以来，在县委、县政府的正确领导下，财政部门面对复杂形势，圆满完成了各项任务。现汇报如下：|县财政局|county|finance",
            "乡2023年工作总结和2024年工作计划|过去一年，全乡上下坚持稳中求进。|XX乡|township|general_government",
            "基层2023年工作总结和2024年工作计划|2023年以来，XX乡D委围绕县委战略部署。|XX乡|township|general_government",
            "县2023年纪检监察工作总结及2024年工作计划|2023年，全县纪检监察组织坚定政治方向。|县纪委监委|county|discipline_inspection",
            "XX街道XX社区2024年工作总结|2024年，社区坚持党建引领。|XX社区|community|general_government",
            "省教育厅2024年工作总结和2025年工作要点|2024年，全省教育系统坚持立德树人。|省教育厅|province|education",
            "区人民医院2024年工作总结|2024年，我院坚持公益性。|区人民医院|institution|health",
            "2024年工作总结和2025年工作计划|2024年，在县委、县政府的领导下，本单位各项工作稳步推进。||county|unassigned",
            // clinics and schools are institutions whatever area they carry
            "XX镇中心卫生院2024年工作总结和2025年工作计划|2024年，全院干部职工齐心协力。|XX镇中心卫生院|institution|health",
            "XX乡卫生院2024年工作总结|一年来，卫生院坚持以基本公共卫生服务为重点。|XX乡卫生院|institution|health",
            "XX街道社区卫生服务中心2024年工作总结|2024年，中心签约家庭医生服务XX人。|XX街道社区卫生服务中心|institution|health",
            "XX镇中心小学2024年工作总结|2024年，学校坚持五育并举。|XX镇中心小学|institution|education",
    })
    void recognisesTheIssuer(String title, String opening, String name, String level, String department) {
        String text = title + "\n" + opening + "\n一、2024年工作总结\n正文。\n二、存在问题\n正文。\n三、2025年工作计划\n正文。\n";
        Issuer issuer = CLASSIFIER.classify(text).reports().get(0).issuer();
        assertThat(issuer.name()).isEqualTo(name == null ? "" : name);
        assertThat(issuer.level()).isEqualTo(level);
        assertThat(issuer.department()).isEqualTo(department);
        assertThat(issuer.evidence().rule()).startsWith("issuer.");
    }

    /**
     * corpus/documents/more-006.txt lines 7 and 9 (a compilation's piece, cut after the opening's first
     * clauses): the hospital's League branch speaks, not the hospital, which is never named.
     */
    @Test
    void aPartyOrLeagueOrganAfterASelfReferenceSpeaksForItself() {
        String text = "妇幼保健工作总结优选【第一篇】\n\n我院团支部在院党总支的领导下,在局团委的关心指导下,坚持以十八大精神为指导,认真落实\n"
                + "一、加强政治学习提高团员素质。\n正文。\n二、加强团组织建设。\n正文。\n";
        Issuer issuer = CLASSIFIER.classify(text).reports().get(0).issuer();
        assertThat(issuer.name()).isEmpty();
        assertThat(issuer.level()).isEqualTo("institution");
        assertThat(issuer.department()).isEqualTo("party_building");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "市医疗保障局2024年工作总结|全市各乡镇参保率稳步提升。|county",
            "市供销社2024年工作总结|贯彻落实安徽省委、阜阳市委和XX市委的部署。|county",
            "市机关事务管理中心2024年工作总结|加强对县区机关事务工作的指导。|city",
            "市经信局2024年工作总结|按照市委部署，积极向市委推荐项目，全市工业稳中向好。|city",
            // talk of 乡镇 is no evidence: a prefecture's bureau has 乡镇 work too
            "市农业农村局2024年工作总结|指导乡镇农技站开展培训，乡镇农技人员业务水平明显提升。|city",
            "市林业局2024年工作总结|深入乡镇林区开展防火巡查，督促乡镇落实护林责任。|city",
            // positive evidence of a county-level city
            "市文旅局2024年工作总结|我市作为县级市，文旅融合发展走在前列。|county",
            "市人社局2024年工作总结|就业工作位列宿州市第二，获评先进。|county",
            "市住建局2024年工作总结|全市各镇（街道）完成农房安全排查。|county",
            "市水务局2024年工作总结|在全省县域水利考核中排名靠前。|county",
            // 乡镇（街道）, 乡镇街道 are the generic names of grass-roots units: no evidence about the issuer's own 市
            "市自然资源局2024年工作总结|完成乡镇（街道）国土空间规划编制XX个，乡镇街道规划人员培训全覆盖。|city",
            "市司法局2024年工作总结|推动乡镇(街道)公共法律服务站提档升级。|city",
            // townships of its counties do not make a prefecture county-level
            "市民政局2024年工作总结|指导各县区、各乡镇健全救助体系。|city",
    })
    void aCityBodyIsCountyLevelOnlyOnPositiveEvidence(String title, String opening, String level) {
        String text = title + "\n" + opening + "\n一、2024年工作总结\n正文。\n二、2025年工作计划\n正文。\n";
        assertThat(CLASSIFIER.classify(text).reports().get(0).issuer().level()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // opening | profile section (基本情况) | signature | name | level | department
            "2024年，我院坚持以病人为中心，医院高质量发展迈出新步伐。|XX区中医医院创建于1983年，是二级甲等中医医院。||XX区中医医院|institution|health",
            "2024年，我院（XX市第二人民医院）坚持公益属性，各项工作平稳推进。|||XX市第二人民医院|institution|health",
            "2024年，我院围绕学科建设，全面提升服务能力。|||XX县妇幼保健院|institution|health",
            "2024年，我院围绕学科建设，全面提升服务能力。||||institution|health",
    })
    void aSelfReferenceIsNeverAName(String opening, String profile, String signature, String name, String level,
                                    String department) {
        StringBuilder text = new StringBuilder("2024年工作总结和2025年工作计划\n").append(opening).append('\n');
        if (profile != null) {
            text.append("一、基本情况\n").append(profile).append('\n');
        }
        text.append("二、2024年主要工作\n开展了义诊活动。\n三、存在问题\n人才不足。\n四、2025年工作计划\n将加强学科建设。\n");
        if (name != null && profile == null && !opening.contains(name)) {
            text.append('\n').append(name).append("\n2024年12月30日\n");
        }
        Issuer issuer = CLASSIFIER.classify(text.toString()).reports().get(0).issuer();
        assertThat(issuer.name()).isEqualTo(name == null ? "" : name).doesNotStartWith("我").doesNotStartWith("本");
        assertThat(issuer.level()).isEqualTo(level);
        assertThat(issuer.department()).isEqualTo(department);
        assertThat(issuer.evidence().rule()).isIn("issuer.self-reference", "issuer.signature");
    }

    /**
     * A verb's object (推进学校, 加强医院) is never a name, nor is a bare alias (学校坚持…): when the title
     * names no body, the body's name comes from the signature (a short line with the organisation above the date).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // opening | signature | name | level | department
            "2024年，我校以质量立校为主线，加强学校文化建设，教育教学质量稳步提升。|XX县实验小学|XX县实验小学|institution|education",
            "一年来，学校紧紧围绕立德树人根本任务，扎实推进学校各项工作。|XX市第二职业中学|XX市第二职业中学|institution|education",
            "2024年，全院上下围绕公立医院改革，着力提升医院服务能力。|XX县第二人民医院|XX县第二人民医院|institution|health",
            "2024年，财政局坚持稳中求进，全力保障重点支出。|XX县财政局|XX县财政局|county|finance",
    })
    void theSignatureNamesABodyTheTextOnlyCallsByItsKind(String opening, String signature, String name, String level,
                                                        String department) {
        String text = "2024年度工作总结和2025年工作思路\n" + opening + "\n一、2024年主要工作\n完成了年度目标。\n"
                + "二、存在问题\n基础薄弱。\n三、2025年工作思路\n将持续抓好各项工作。\n" + signature + "\n2025年1月10日\n";
        Issuer issuer = CLASSIFIER.classify(text).reports().get(0).issuer();
        assertThat(issuer.name()).isEqualTo(name);
        assertThat(issuer.level()).isEqualTo(level);
        assertThat(issuer.department()).isEqualTo(department);
        assertThat(issuer.name()).doesNotStartWith("推进").doesNotStartWith("加强");
    }
}
