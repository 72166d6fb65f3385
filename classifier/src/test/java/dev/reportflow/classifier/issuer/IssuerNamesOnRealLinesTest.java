package dev.reportflow.classifier.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.TextLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issuer names on lines quoted from the real corpus's dev documents (corpus/documents/, cited per
 * case): each case is a rule of how the genre names its issuer, read through the whole classifier.
 */
class IssuerNamesOnRealLinesTest {

    private static final Classifier CLASSIFIER = Classifier.standard();

    private static Issuer issuerOf(String text) {
        return CLASSIFIER.classify(text).reports().get(0).issuer();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "蔡河镇牛车湾村村民委员会|牛车湾村", // base-029, 信息来源 line
            "牛车湾村委会|牛车湾村",
            "XX街道XX社区居民委员会|XX社区",
            "XX社区社区居委会|XX社区",
            "XX市XX镇人民政府|XX镇",
    })
    void aVillagesCommitteeAfterItsNameIsNoSecondVillage(String name, String area) {
        Rules rules = Rules.bundled();
        assertThat(new BodyIssuer(rules, new ContentDepartments(rules)).areaName(name)).isEqualTo(area);
    }

    @Test
    void theTitlesUnitOutranksAnOpeningThatNamesTheAreaAbove() {
        // base-027: a community's summary whose opening cites an honour of 乡镇(街道)
        Issuer issuer = issuerOf("社区2017年工作总结暨2018年工作计划\n"
                + "2017年**社区先后获得全省信访“三无”乡镇(街道)、卫生社区、零家庭暴力社区等荣誉称号。\n"
                + "一是抓主业,夯基础,党建工作进一步加强。\n二是抓发展,保增长,经济建设进一步增强。\n");
        assertThat(issuer.name()).isEqualTo("**社区"); // as the text masks it
        assertThat(issuer.level()).isEqualTo("community");
        assertThat(issuer.department()).isEqualTo("general_government");
    }

    @Test
    void aQuotedHonourNamesNoBody() {
        // base-025: “省第三批党支部标准化规范化示范党支部” is an honour; the community's party branch is named below
        Issuer issuer = issuerOf("2022年上半年社区工作总结\n"
                + "2022年上半年在街道党工委、办事处的领导下,我社区认真落实工作目标任务,服务辖区居民,先后荣获"
                + "“省第三批党支部标准化规范化示范党支部”、“市优秀志愿服务社区”等荣誉。\n"
                + "一、不断加强党组织凝聚力、战斗力。\n"
                + "一是抓好支部班子建设。阿娄社区党支部现有党员41名,其中支委成员5名,通过配强阿娄社区支部班子,党支部战斗力明显提升。\n"
                + "二、不断丰富社区居民精神文化生活。\n阿娄社区以“建设生态文明,实现绿色崛起”为目标。\n");
        assertThat(issuer.name()).isEqualTo("阿娄社区");
        assertThat(issuer.level()).isEqualTo("community");
        assertThat(issuer.department()).isEqualTo("general_government");
    }

    @Test
    void aBareBranchIsNeverAName() {
        // dept-022: the report calls itself only 我分局
        Issuer issuer = issuerOf("2023年,在市局、县委、县政府的精心领导下,我分局坚持以习近平新时代中国特色社会主义思想为指导,"
                + "紧紧围绕生态文明建设,深入打好污染防治攻坚战,加强生态环境监管和环境执法,生态环境质量持续改善。\n"
                + "2024年,我分局将继续秉持绿色发展理念,以生态文明建设为己任,做好环境保护工作。\n");
        assertThat(issuer.name()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // dept-025: the title says 应急管理局, the opening 市应急局
            "应急管理局2023年工作总结和2024年工作计划|2023年,市应急局坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神,紧紧围绕市委、市政府工作部署。|市应急局|city|emergency_management",
            // inst-017: the title says 团委, the opening the town's (its name a blank to fill in)
            "团委2023年工作总结和2024年工作思路|一年来,__镇团委在镇党委、政府和沅江团市委的正确领导和关心下,坚持以习近平新时代中国特色社会主义思想为指导。|__镇团委|town|party_building",
            // a superior of the same department but another kind (党委 for 团委) is not the body
            "团委2023年工作总结和2024年工作思路|一年来,XX镇党委高度重视共青团工作,团的建设不断加强。|团委|unknown|party_building",
    })
    void aTitlesBareBodyTakesTheFullerNameTheOpeningGives(String title, String opening, String name, String level,
                                                         String department) {
        Issuer issuer = issuerOf(title + "\n" + opening + "\n一、2023年工作总结\n正文。\n二、2024年工作计划\n正文。\n");
        assertThat(issuer.name()).isEqualTo(name);
        assertThat(issuer.department()).isEqualTo(department);
        if (!"unknown".equals(level)) {
            assertThat(issuer.level()).isEqualTo(level);
        }
    }

    @Test
    void aSpacedSpeakerNameAndAnOccasionOverTwoLinesNameTheGovernment() {
        // gov-005: a traditional copy of Beijing's report; the occasion runs over two lines, the mayor's name is spaced
        Issuer issuer = issuerOf("政 府 工 作 報(bào) 告\n——2025年1月14日在北京市第十六屆\n人民代表大會(huì)第三次會(huì)議上\n"
                + "北京市市長(zhǎng) 殷 勇\n二、2025年主要任務\n正文。\n");
        assertThat(issuer.name()).isEqualTo("北京市");
        assertThat(issuer.level()).isEqualTo("province");
        assertThat(issuer.department()).isEqualTo("general_government");
    }

    @Test
    void aSpacedNameAloneGivesTheSpeakersUnit() {
        Issuer issuer = issuerOf("政府工作报告\n县长 王　强\n各位代表:\n一、2024年工作回顾\n正文。\n二、2025年工作安排\n正文。\n");
        assertThat(issuer.level()).isEqualTo("county");
        assertThat(issuer.department()).isEqualTo("general_government");
    }

    @Test
    void thePartysNameIsNoPartOfAnAreasName() {
        // base-014: the title names only 街道; the text names 福海街道 twice, once as 中共福海街道…委员会
        Issuer issuer = issuerOf("街道2021年工作总结暨2022年工作计划\n一、2021年工作总结\n(一)不断夯实党建工作基础\n"
                + "打造全区首个街道级党史党性教育基地——福海街道党史党性教育基地。\n"
                + "探索党建引领产业链高质量发展,成立中共福海街道智能制造产业链委员会。\n二、2022年工作计划\n正文。\n");
        assertThat(issuer.name()).isEqualTo("福海街道");
        assertThat(issuer.level()).isEqualTo("subdistrict");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // base-025: the period word after the year is no part of the area
            "2022年上半年社区工作总结|社区|社区",
            // neg-027: 工作 joins the body to the kind word
            "第1页共3页区园林管理局工作总结报告|第1页共3页区园林管理局|",
            "XX乡工作总结|XX乡|乡",
            "XX县林业局2023年工作总结|XX县林业局|",
    })
    void aTitlesBodyRegionLeavesOutItsPeriodAndWorkWord(String title, String region, String unit) {
        TitleParts parts = TitleParts.of(title, Rules.bundled());
        assertThat(parts.region()).isEqualTo(region);
        assertThat(parts.unit()).isEqualTo(unit);
    }

    @Test
    void aViewersPageMarkIsNoPartOfTheName() {
        // neg-027: a whole page on one line, after the document viewer's page mark; 园林 is urban construction's
        Issuer issuer = issuerOf("第1页共3页区园林管理局工作总结报告一、2023年完成的主要工作(一)抓好园林绿化工作。"
                + "1、认真做好区管绿化的日常管养工作。今年我局对辖区内的6530株棕榈科植物已经进行常规性的防治工作。\n");
        assertThat(issuer.name()).isEqualTo("区园林管理局");
        assertThat(issuer.level()).isEqualTo("district");
        assertThat(issuer.department()).isEqualTo("housing_construction");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // base-020: a township's report to visiting leaders introduces its area without the unit
            "炎山是昭阳区西部的一个贫困乡。贫困面大、贫困程度深。距城113公里,有8个村,183个村民小组。|炎山乡",
            // the unit of another area is no introduction of this one
            "炎山是昭阳区西部的一个贫困村。贫困面大。|",
            "全乡是一个农业大乡,耕地面积13369亩。|",
    })
    void aGrassRootsReportIsNamedByTheParagraphThatIntroducesItsArea(String introduction, String name) {
        Issuer issuer = issuerOf("政府汇报材料\n尊敬的各位领导:\n首先,我代表乡四套班子和全乡两万多人民群众,对你们的到来表示热烈的欢迎!\n"
                + introduction + "\n下面,就我乡今年以来的工作情况向各位领导作汇报:\n"
                + "一、产业结构调整步伐加快\n今年年初,我乡全乡上下加快发展。\n二、存在问题\n我乡基础设施薄弱。\n");
        assertThat(issuer.name()).isEqualTo(name == null ? "" : name);
        assertThat(issuer.level()).isEqualTo("township");
    }

    @Test
    void aTitlesOrganisationTakesItsCommitteesFormalName() {
        // inst-018: the title says 共青团(区); the profile gives the committee's formal name
        Issuer issuer = issuerOf("共青团(区)2023年工作总结和2024年工作思路的报告\n一、基本情况\n"
                + "共青团X市X区委员会为区委正科级群团机关,内设办公室1个科室,核定行政编制5个。\n"
                + "二、2023年工作总结\n正文。\n三、2024年工作思路\n正文。\n");
        assertThat(issuer.name()).isEqualTo("共青团X市X区委员会");
        assertThat(issuer.level()).isEqualTo("district");
        assertThat(issuer.department()).isEqualTo("party_building");
    }

    @Test
    void aRankingWithinTheDistrictIsNoDistrictsVoice() {
        // base-011: an untitled subdistrict review that ranks itself within the district
        Issuer issuer = issuerOf("2022年,在区委、区政府和街道党工委的坚强领导下,我们全力抓好五个方面的工作:\n"
                + "(一)突出精准施策。全年财政总收入6.45亿元,增速位列全区第1。社零总额145.98亿,总量全区第2。\n"
                + "(二)狠抓项目建设。固定资产投资额10.2亿元,增幅列全区第3。\n");
        assertThat(issuer.level()).isEqualTo("subdistrict");
    }

    @Test
    void aPlacesFirstCharacterAtThePhrasesStartIsKept() {
        // extra-047: 中 stops a name mid-sentence (工作中) but opens 中山市 after the comma
        Issuer issuer = issuerOf("2022年上半年,中山市市场监督管理局坚持以习近平新时代中国特色社会主义思想为指导,全力做好市场监管工作。\n"
                + "一、上半年工作情况\n正文。\n二、下半年工作计划\n正文。\n");
        assertThat(issuer.name()).isEqualTo("中山市市场监督管理局");
        assertThat(issuer.level()).isEqualTo("city");
        Issuer midSentence = issuerOf("2022年上半年,在工作中市场监督管理局坚持依法行政。\n一、上半年工作情况\n正文。\n");
        assertThat(midSentence.name()).doesNotStartWith("中");
    }

    @Test
    void aSubtitlesDashIsNoPartOfTheName() {
        // extra-049: the subtitle line under a motto title
        Issuer issuer = issuerOf("——XX镇第三小学2017学年第一学期工作总结\n本学期,我校坚持立德树人。\n一、加强师资建设\n正文。\n");
        assertThat(issuer.name()).isEqualTo("XX镇第三小学");
        assertThat(issuer.department()).isEqualTo("education");
    }

    @Test
    void aQuotedCampaignInTheTitleLeavesItsAreaTheBody() {
        // extra-003: 社区“大党委”工作总结 is the community's, not a party committee's nor the 街道's it names
        Issuer issuer = issuerOf("社区“大党委”工作总结\n今年以来,在光华路街道工委的指导下,戎苑社区“大党委”围绕共驻共建开展工作。\n"
                + "一、健全组织\n戎苑社区与驻区单位签订共建协议。\n二、下一步打算\n正文。\n");
        assertThat(issuer.name()).isEqualTo("戎苑社区");
        assertThat(issuer.level()).isEqualTo("community");
        assertThat(issuer.department()).isEqualTo("general_government");
    }

    @Test
    void aCommonWordHoldingAUnitsCharacterNamesNoUnit() {
        // extra-033: the site shortened 区农业农村和粮食局 to 农村粮食局; its 村 is no village
        Issuer issuer = issuerOf("农村粮食局工作总结和工作打算\n今年以来,全区农业农村工作稳中有进,全区粮食生产再获丰收。\n"
                + "一、主要工作\n全区新建高标准农田2万亩。\n二、工作打算\n正文。\n");
        assertThat(issuer.level()).isEqualTo("district");
    }

    @Test
    void aCountOfBodiesNamesNoneOfThem() {
        // extra-001: an untitled community report; its party branches are counted, and the community's branch is its own
        Issuer issuer = issuerOf("社区常住人口5628人,暂住人口2087人;下设3个党支部,共有党员156名。\n"
                + "一、工作开展情况\n社区党支部在原祥和党支部、诚信党支部2个党支部的基础上,整合成立联合党支部。\n"
                + "二、工作打算\n我社区将继续加强党建引领。\n");
        assertThat(issuer.name()).doesNotContain("个");
        assertThat(issuer.level()).isEqualTo("community");
        assertThat(issuer.department()).isEqualTo("general_government");
    }

    @Test
    void aTitlesTopicTellsTheDepartmentButNamesNoBody() {
        // extra-012: the report calls itself only 我局; its title's topic is water
        Issuer issuer = issuerOf("水利上半年工作总结\n"
                + "我局水利工作在县委、县政府的坚强领导和××市水利主管部门的大力支持下,局班子团结和带领水利系统全体干部职工抢抓发展机遇,"
                + "加大水利项目争取及建设力度,现把2010年1~6月工作总结如下:\n"
                + "2010年我县水利基础设施建设的主要任务是:计划完成各类水利工程1911件,其中:水毁修复64件,沟道岁修1475件,病险水\n");
        assertThat(issuer.department()).isEqualTo("water");
        assertThat(issuer.level()).isEqualTo("county");
        assertThat(issuer.name()).isEmpty();
    }

    @Test
    void aTitlesTopicLedByABureauIsNoBureausName() {
        // extra-044: a district's maternal-and-child-health report, written by a body it never names
        Issuer issuer = issuerOf("妇幼卫生年度工作总结1\n\n"
                + "20xx年度在区委、区政府及上级业务主管部门正确领导和支持下,全区认真贯彻落实“妇幼卫生工作方针”,坚持以妇幼保健为中心、"
                + "以实施妇幼卫生民生工程、基本公共卫生服务和重大公共卫生服务为契机,我区妇幼卫生工作完成各项目标任务,现将工作总结如下:\n\n"
                + "一、工作开展情况\n");
        assertThat(issuer.department()).isEqualTo("health");
        assertThat(issuer.name()).isEmpty();
    }

    @Test
    void aTitlesKindsWrittenTwiceAreBareAndTheOpeningNamesTheSchool() {
        // extra-025: the 范文 page's piece title says 中学学校; the opening names the (masked) school
        Issuer issuer = issuerOf("中学学校工作总结 篇1\n\n"
                + "  xx中学是20xx年11月份由四所初中合并而成的一所寄宿制学校,学校目前有55个教学班,在校学生2600人,教职工213人。\n\n"
                + "  一、细化安全职责:\n");
        assertThat(issuer.name()).isEqualTo("xx中学");
        assertThat(issuer.level()).isEqualTo("institution");
        assertThat(issuer.department()).isEqualTo("education");
    }

    @Test
    void aBareSchoolInTheTitleIsTheSchoolTheTextNamesNotItsPupilsNorLikeSchools() {
        // extra-024: a middle page of a school's half-year report; 中學生 are pupils, 同類學校 are other schools
        Issuer issuer = issuerOf("2024年學校上半年工作總結\n\n"
                + "7、在全市中學生校園集體舞比賽中,我校獲第二名。\n\n"
                + "8、在市一中理科實驗班招考中,我校有13位同學被提前錄取,今年中考,我校學生在三年前入校語、數人平成績比城區同類學校低19分、"
                + "且語數總分180分以上的學生數不足其1/5的情況下,有近90人考分過543分,成績斐然。\n\n"
                + "二、存在的問題\n\n1、師生評價機制有待進一步探究。\n\n三、下半年工作重點\n\n"
                + "1、切實將宏志班辦成赤壁教育品牌,切實做好實驗中學這個品牌,不辜負市局的重託。\n");
        assertThat(issuer.name()).isEqualTo("實驗中學"); // in the text's own script
        assertThat(issuer.department()).isEqualTo("education");
    }

    @Test
    void anOutlineThatStartsAtOnceSaysWhoSpeaksUnderItsFirstSubHeading() {
        // extra-010: no title, heading 一 and (一) first; the bureau names itself in the first paragraph below
        Issuer issuer = issuerOf("一、20xx年工作总结\n(一)坚决做好疫情防控工作\n"
                + "疫情发生以来,民政局严密细致地做好了局机关、局家属院、养老机构和殡仪馆等民政服务机构的疫情监测、排查、应急值守等工作,"
                + "暂停婚姻登记、遗体告别等人员聚集性业务办理。\n(二)脱贫攻坚水平不断提高\n"
                + "我县成立了由xx个职能部门组成的社会大救助工作专班,建立了政府主导、民政牵头、部门配合、社会参与的社会大救助工作机制,"
                + "成功申报x省社会救助改革创新试点单位。\n");
        assertThat(issuer.name()).isEqualTo("民政局");
        assertThat(issuer.department()).isEqualTo("civil_affairs");
        assertThat(issuer.level()).isEqualTo("county");
    }

    @Test
    void aTitlesShortFormNoAliasKnowsTakesTheFullNameTheOpeningGives() {
        // extra-033: the page's title shortens 区农业农村和粮食局 to 农村粮食局
        Issuer issuer = issuerOf("农村粮食局工作总结和工作打算\n\n"
                + "今年,区农业农村和粮食局大力实施乡村振兴战略,按照“稳粮、优供、增效”的总体要求,以“效益稻米、绿色稻米、品牌稻米”"
                + "作为粮食发展新理念,紧扣农业供给侧结构性改革,转变农业发展方式,切实做好农业产业扶贫工作,加快农业增效、农民增收步伐,"
                + "为经济新常态下全区经济社会发展提供有力支撑,荣获全国农村承包地确权登记颁证工作典型地区、全省粮食生产先进县等荣誉。\n\n"
                + "一、2020年工作情况\n\n(一)经济社会发展目标完成情况:\n");
        assertThat(issuer.name()).isEqualTo("区农业农村和粮食局");
        assertThat(issuer.department()).isEqualTo("agriculture_rural");
        assertThat(issuer.level()).isEqualTo("district");
    }

    @Test
    void aTownsTradeUnionFederationIsAMassOrganisationsBody() {
        // extra-035: the whole page is one line; the piece's title runs into its opening
        Issuer issuer = issuerOf("乡镇工会2021年总结(summary)1镇工会联合会在镇党委。政府的直接领导和县总工会的关心支持下,"
                + "结合年初工会目标任务,始终坚持以邓小平理论和三个代表重要思想为指导,牢固树立科学发展观,认真宣传贯彻组织起来,"
                + "切实的工作方针,围绕中心,服务大局,在各个方面作了大量工作,为我镇三个文明建设健康发展做出了应有的贡献,"
                + "现将全镇一年来的工会工作情况总结(summary)归纳如下:一、提高认识、统一思想、加强领导为确实有效提高工会的凝聚力、"
                + "号召力和战斗力\n");
        assertThat(issuer.name()).isEqualTo("镇工会联合会");
        assertThat(issuer.department()).isEqualTo("party_building");
        assertThat(issuer.level()).isEqualTo("town");
    }

    @Test
    void aTownNamedOnceIsItsNameWhenTheGazetteerKnowsIt() {
        // neg-021: a town's 政府工作报告 in traditional script with pinyin glosses; 寺家莊鎮 is written once
        Issuer issuer = issuerOf("現(xiàn)在,我代表鎮(zhèn)人民政府向大會作工作報告,請予審議,并請各位代表和列席會議的同志提出寶貴意見。\n\n"
                + "一、本屆政府工作回顧\n\n"
                + "是全鎮(zhèn)經濟實力大幅提升的五年,是鎮(zhèn)村面貌顯著改變的五年,是基礎設施建設全面提高的五年,"
                + "是和諧穩(wěn)定、群眾幸福指數快速攀升的五年,寺家莊鎮(zhèn)正沿著科學發(fā)展的大道闊步前進。\n");
        assertThat(issuer.name()).isEqualTo("寺家莊鎮"); // in the text's own script
        assertThat(issuer.level()).isEqualTo("town");
    }

    @Test
    void aTownWrittenByItsShortNameIsFoundThroughTheCountyItNames() {
        // base-021: the text says 全镇, 精美龙伏, 推介龙伏, 龙伏发展 and 在浏阳率先; the gazetteer has 龙伏镇 in 浏阳市
        Issuer issuer = issuerOf("乡镇XX年一季度工作情况汇报一季度,全镇上下认真贯彻落实党的十九大精神,围绕市委市政府中心工作和2018年主要目标任务,"
                + "以建设灵秀乡村精美龙伏为目标,扎实推进各项工作,全镇经济社会发展稳中有进、稳中向好。"
                + "一、一季度主要完成情况(一)项目引建扎实高效。加大项目的引进和建设的力度,召开迎新春叙乡情招商恳谈会,"
                + "推介龙伏招商引资环境和项目,听取企业家对龙伏发展的建议,鼓励他们回乡创业,造福百姓、共建家乡。"
                + "在浏阳率先引入社会资本进行土地开发,\n");
        assertThat(issuer.name()).isEqualTo("龙伏镇");
        assertThat(issuer.level()).isEqualTo("town");
        assertThat(issuer.department()).isEqualTo("general_government");
    }

    @Test
    void theDepartmentsOfEveryLevelAreNoBodyAndTheRegionsWholeIsAProvinces() {
        // extra-011: 全区 under 自治区党委、政府 is the autonomous region; 全区各级水利部门 is no body that reports
        Issuer issuer = issuerOf("2021年全区水利工作总结及2021年工作计划\n\n  一、2020年水利工作情况\n\n"
                + "  2020年是极不平凡的一年,是决胜全面建成小康社会和“十三五”规划收官之年。面对突如其来的新冠肺炎疫情的严重冲击,"
                + "在自治区党委、政府的坚强领导下,全区各级水利部门坚持以习近平新时代中国特色社会主义思想为指导,"
                + "积极践行“节水优先、空间均衡、系统治理、两手发力”的治水思路\n");
        assertThat(issuer.name()).isEmpty();
        assertThat(issuer.level()).isEqualTo("province");
        assertThat(issuer.department()).isEqualTo("water");
    }

    @Test
    void aReportThatCallsItselfOurHospitalSpeaksAsAnInstitution() {
        // extra-043 (篇一): an unnamed hospital's maternal-and-child-health summary, 我院 in its items
        Issuer issuer = issuerOf("妇幼工作总结汇总篇一\n\n"
                + "1、加强业务管理,提高服务质量:在具体工作中,由院长亲自负责,通过病例讨论、每周业务学习、疑难病症专家会诊等具体措施,"
                + "大大提高了业务人员的内在素质,使我院妇产科技术水平有了进一步发展。加强业务人员的培训,"
                + "进一步提高从事妇幼保健人员的理论水平和技术水平,确保母婴健康。\n\n"
                + "上半年产科门诊共接诊1800人次,住院治疗520人,住院分娩238人,各种大小手术243例,并成功地抢救了妇产科、儿科危重病人18例。\n\n"
                + "2、做好孕产妇系统管理工作。按要求定时上报产妇分娩情况反馈表,上半年在我院共出生婴儿238人,住院分娩238人,"
                + "住院分娩率达100%。。同时还做好5岁以下儿童死亡监测调查工作。\n");
        assertThat(issuer.level()).isEqualTo("institution");
        assertThat(issuer.department()).isEqualTo("health");
    }

    @Test
    void aPowerSupplyCompanyIsStateOwned() {
        // extra-026: a document-sharing page's chunk of a local power company's account of its work
        Issuer issuer = issuerOf("XX市电业公司先进事迹报告会交流材料.docx\n"
                + "《XX市电业公司先进事迹报告会交流材料.docx》由会员分享,可在线阅读,更多相关《XX市电业公司先进事迹报告会交流材料.docx(4页珍藏版)》"
                + "请在淘文阁 - 分享文档赚钱的网站上搜索。\n"
                + "1、XX市电业公司先进事迹报告会交流材料各位领导、同志们:今天,市委、市政府安排我们在这里汇报工作,是对我们与 所有驻莱"
                + "单位的鼓励与鞭策。近年来,电业公司紧紧围绕全市进 展大局,突出重点区域、重点项目建设需要,不断加快城乡电网 建设步伐,优"
                + "化用电服务环境。去年,在全国供电形势非常紧张 的情况下,我市基本没有出现限电拉路现象,公司完成供电量 15.4亿千瓦时,"
                + "同比增长15. 4%,居烟台各县市区之首;上缴各类税金4051 万元,列烟台各县市区同行业第一位,以优异成绩跨入了 “国"
                + "家 一流县级供电企业”行列。一、围绕进展大局,畅通经济社会进展的血脉电力关系国计民生,是经济社会与谐进展的血脉。近五年,"
                + " 我\n");
        assertThat(issuer.name()).isEqualTo("XX市电业公司");
        assertThat(issuer.department()).isEqualTo("state_assets");
    }

    @Test
    void aYearOrAMaskBrokenOntoItsOwnLineIsNoLineOfTheOpening() {
        // dept-010: PDF text with every number and every XX on a line of its own
        Issuer issuer = issuerOf("XX\n县林业局\n2023\n年工作总结及\n2024\n年工作计划\n2023\n年以来,在\n"
                + "省、市林业主管部门的关心指导下,在县委、县政府的正确领导下,\nXX\n"
                + "县林业局立足林业工作职能,结合重点工作任务,紧紧围绕生态林业、民生林业的目标,主动作为,扎实工作,"
                + "有效推动各项工作落实,现将有关情况报告如下:\n一、\n2023\n年重点工作任务完成情况\n");
        // The title broken at its figures is joined first (XX / 县林业局 / 2023 / 年工作总结及…), so the name keeps its mask.
        assertThat(issuer.name()).isEqualTo("XX县林业局");
        assertThat(issuer.department()).isEqualTo("forestry");
        assertThat(issuer.level()).isEqualTo("county");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // more4-003: a district court's report to the district's congress
            "襄阳市襄城区人民法院2023年工作报告|现在,我代表襄城区人民法院向大会报告2023年工作情况,请予审议,并请列席同志提出意见。|district",
            // more4-005: a provincial procuratorate's, the speaker's line naming it short
            "甘肃省人民检察院工作报告|现在,我代表省人民检察院向大会报告工作,请予审议,并请省政协各位委员提出意见。|province",
    })
    void aCourtOrProcuratoratesReportToItsCongressIsPoliticalLegal(String title, String opening, String level) {
        Issuer issuer = issuerOf(title + "\n各位代表:\n" + opening + "\n一、2023年工作回顾\n正文。\n二、2024年工作安排\n正文。\n");
        assertThat(issuer.name()).isEqualTo(title.substring(0, title.indexOf("院") + 1));
        assertThat(issuer.level()).isEqualTo(level);
        assertThat(issuer.department()).isEqualTo("political_legal");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // more4-024: an autonomous county's report; the delegation says only 自治县
            "(2023年2月23日在自治县十届人大二次会议上)|玉屏侗族自治县人民政府县长 田兴国|自治县|玉屏侗族自治县",
            // more4-026: a banner's; the occasion's area is on the line above 第十六届人民代表大会
            "—— 2023年2月23日在苏尼特右旗|苏尼特右旗人民政府旗长 王占奇|旗|苏尼特右旗",
    })
    void aBareAutonomousCountyOrBannerInTheDelegationLeavesTheSpeakersAreaTheName(String occasion, String speaker,
                                                                                  String unit, String name) {
        Issuer issuer = issuerOf("政 府 工 作 报 告\n" + occasion + "\n" + speaker + "\n各位代表:\n现在,我代表" + unit
                + "人民政府向大会报告工作,请予审议,并请各位政协委员和列席会议的同志们提出意见。\n一、2022年工作回顾\n正文。\n"
                + "二、2023年工作安排\n正文。\n");
        assertThat(issuer.name()).isEqualTo(name);
        assertThat(issuer.level()).isEqualTo("county");
        assertThat(issuer.department()).isEqualTo("general_government");
    }

    @Test
    void aBareSchoolAfterAVerbIsNoNameAndTheOpeningNamesTheSchool() {
        // more4-022: 通过树立学校的品牌形象 is about the school, not its name; 民主小学 is named after 把
        Issuer issuer = issuerOf("2020年度小学学校工作总结\n"
                + "2020年工作,以发展为第一要务,以不断提高社会对学校提供的优质教育的满意程度为出发点。在教体局领导下,"
                + "立足“书香校园、幸福教育”发展愿景,深化课程改革,坚持“过一种幸福完整的教育生活”,走高质量、有特色的跨越式内涵发展之路,"
                + "扎扎实实抓好学校两支队伍建设,通过树立学校的品牌形象,努力把民主小学建成一所人民满意的现代化学校。现将本学期的工作总结如下:\n"
                + "一、建设幸福校园,优化育人环境\n正文。\n");
        assertThat(issuer.name()).isEqualTo("民主小学");
        assertThat(issuer.level()).isEqualTo("institution");
        assertThat(issuer.department()).isEqualTo("education");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // more3-005: a high-tech zone's report under the county's party committee and government
            "在县委县政府的坚强领导下|county",
            "在市委市政府的坚强领导下|city",
            // a zone that names no superior is its own 区's
            "在各方支持下|district",
    })
    void aZoneIsOfTheLevelOfTheGovernmentItAnswersTo(String superior, String level) {
        Issuer issuer = issuerOf("高新区2022年工作总结和2023年工作计划\n2022年以来,*高新区" + superior
                + ",坚决贯彻落实省、市、县党代会精神,紧紧围绕\"强工兴旅、绿色发展、城乡一体、幸福宜居\"的发展战略及部署安排,"
                + "以奋进的姿态、务实的作风、踏实的举措推进项目建设、优化营商服务、践行绿色环保、筑牢作风建设,为高新区的各项事业发展奠定基石。\n"
                + "一、2022年工作总结\n正文。\n二、2023年工作计划\n正文。\n");
        assertThat(issuer.level()).isEqualTo(level);
        assertThat(issuer.department()).isEqualTo("general_government");
    }

    @Test
    void aHospitalsGradeIsNoHospitalsName() {
        // more2-044: a hospital campaigns to be graded 三级乙等; its own name is written once, in its paper's
        Issuer issuer = issuerOf("精选优质文档-倾情为你奉上创建“三乙”医院工作总结 自4月1日晚召开创建三级乙等中医医院誓师动员大会以来,"
                + "全院干部职工积极行动、齐心协力、加班加点,全力以赴开展创“三乙”各项工作。现将强化学习阶段工作总结如下: "
                + "一、加大宣传力度,营造创建氛围。一是通过横幅、医院网站专栏和温岭中医院报、管理快讯等载体宣传创“三乙”工作。"
                + "在门诊楼前打出“统一思想振奋精神 锁定目标 举全院之力 争创三级乙等中医医院”大红横幅;院报及时刊出创三乙专刊。\n");
        assertThat(issuer.name()).isEqualTo("温岭中医院");
        assertThat(issuer.level()).isEqualTo("institution");
        assertThat(issuer.department()).isEqualTo("health");
    }

    @Test
    void thePoliceOfAnAreaSpeakAsItsPublicSecurityOrgans() {
        // inst-026: a district's police report on telecom fraud under the page's breadcrumb; title and body run together
        Issuer issuer = issuerOf("当前位置:首页 > 办公文档 > 演讲稿/致辞 > 全区公安机关打击治理电信网络新型违法犯罪工作总结\n"
                + "全区公安机关打击治理电信网络新型违法犯罪工作总结三年来,全区公安机关在区委区政府的坚强领导下,坚持坚持以人民为中心,"
                + "统筹发展和安全,始终保持对电信诈骗犯罪的严打高压态势,深化综合治理体系建设,坚决守护我区人民群众的“钱袋子”,"
                + "为“平安xx”建设作出积极贡献。\n一、主要做法\n正文。\n二、下一步工作\n正文。\n");
        assertThat(issuer.name()).isEqualTo("全区公安机关");
        assertThat(issuer.level()).isEqualTo("district");
        assertThat(issuer.department()).isEqualTo("public_security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // more-018: a city hospital's party committee reports on party building
            "医院党建工作总结范文(一)|party_building",
            // more2-046, in traditional script
            "醫院黨建工作總結|party_building",
            // the same hospital reporting on its own line
            "医院2016年工作总结|health",
    })
    void aBodysPartyBuildingIsItsPartyOrganisationsReport(String title, String department) {
        Issuer issuer = issuerOf(title + "\n今年,医院党委按照中央、省委、市委的部署,在市直机关工委的指导下,深入开展“两学一做”学习教育,"
                + "围绕协调推进“四个全面”战略布局,牢固树立“五大发展”理念。\n一、医院基层党组织和党员基本情况\n"
                + "医院现有基层党支部5个,其中在职人员党支部4个,退休人员党支部1个。\n二、下一步工作\n正文。\n");
        assertThat(issuer.department()).isEqualTo(department);
        assertThat(issuer.level()).isEqualTo("institution");
    }

    @Test
    void aCommunitysPartyBuildingIsTheCommunitysReport() {
        // base-026: a community's party-building summary is labelled the community's own (its branch and committee are one)
        Issuer issuer = issuerOf("某某社區2014年上半年黨建工作總結\n2014年**社區在**鎮黨委、政府的正確領導下,在社區黨員幹部、居民羣眾、"
                + "共建單位的大力支持和幫助下,社區黨支部、居委會高舉鄧小平理論偉大旗幟。\n"
                + "一、加強組織建設\n正文。\n二、下半年工作打算\n正文。\n");
        assertThat(issuer.department()).isEqualTo("general_government");
        assertThat(issuer.level()).isEqualTo("community");
    }

    @Test
    void aVillageIntroducedByItsFullNameInItsProfileIsTheIssuer() {
        // more2-003: an untitled village report (我村); its 基本情况 opens with the village's name and where it lies
        Issuer issuer = issuerOf("近年来,在周村镇党委、政府的正确领导下,在县文明办的关心指导下,我村认真贯彻上级精神,以“科学发展观”为指导,"
                + "以实事求是为原则,坚持为人民服务的根本宗旨,立足本村实际。\n一、基本情况\n"
                + "西庄村位于泽州县周村镇北部的华阳山脚下,由西庄、寨上两个自然村组成,下设3个村民小组,共有250户,650口人,耕地780亩。\n"
                + "二、加强班子建设,为文明村创建工作提供组织保证\n"
                + "坚强有力的领导班子是开展各项工作的基础和先决条件,也是精神文明创建的必然要求。\n");
        assertThat(issuer.name()).isEqualTo("西庄村");
        assertThat(issuer.level()).isEqualTo("village");
        assertThat(issuer.department()).isEqualTo("general_government");
    }

    @Test
    void aKindOfVillageTheReportRepeatsIsNoVillagesName() {
        // more4-029 line 2: the village (masked xx村) is a 美丽乡村 试点村, the words written twice
        TextLines lines = TextLines.of("在这样的大背景之下,xx村被确定为XX县区2014年“美丽乡村”试点村,也是xx市申报到中央的1000个“美丽乡村”试点村之一。"
                + "从去年12月开始制定规划到现在,区和镇都是凝心聚力,积极创建。 一、xx村基本情况xx村位于有xx市“后花园”美称的XX县区西南面\n");
        assertThat(MostNamedPlace.of("村", lines, 0, 0)).isEmpty();
    }

    @Test
    void aBureauThatCallsItselfOnlyOurBureauIsOfTheLineItsWordsAreAllAbout() {
        // dept-009 lines 3-21: a county bureau, only 我局, whose words are all 三农, 农业 and 乡村振兴 (a topic-only line)
        Issuer issuer = issuerOf(""
                + "2022年工作总结和2023年工作思路\n"
                + "2022年,我局在县委县政府的坚强领导下,深入贯彻落实新时代浙江\"三农\"工作“369”行动,坚持以推动农业高质高效、乡村宜居宜业、农民富裕富足为主攻方向,深入实施乡村振兴、共同富裕“1310”行动,\"三农\"工作取得较好成效。\n"
                + "一、2022年工作开展情况\n"
                + "(一)考核情况\n"
                + "26县考核。省对26县考核我局涉及7个指标,共21分,占比21%。\n");
        assertThat(issuer.name()).isEmpty();
        assertThat(issuer.level()).isEqualTo("county");
        assertThat(issuer.department()).isEqualTo("agriculture_rural");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // more3-024: a 范文 page's first piece, a city's maternal and child health report that names no body
            "妇幼卫生工作总结范文篇一20**年,在市委市政府的高度重视和支持下,全市妇幼保健围绕省、市卫生行政主管部门确定的工作重点,坚持以保健为中心,以生殖健康为目的,保健与临床相结合,面向群体、面向基层和预防为主的工作方针,认真贯彻执行《母婴保健法》,积极实施妇女健康行动和妇幼卫生项目,各项工作取得了阶段性进展。现将有关情况汇报如下。一、主要工作指标完成情况1-6月,全市共发现孕产妇2492人,保健管理2492人,孕产妇保健覆盖率100%;产妇1402人,住院分娩1402人,住院分娩率100%,活产1411人,新法接生1411人,新法接生率100%;|city|health",
            // the same words with no area to speak for: no department is guessed
            "妇幼卫生工作总结范文篇一20**年,妇幼保健围绕卫生行政主管部门确定的工作重点,坚持以保健为中心,以生殖健康为目的,保健与临床相结合,面向群体、面向基层和预防为主的工作方针,认真贯彻执行《母婴保健法》,积极实施妇女健康行动和妇幼卫生项目,各项工作取得了阶段性进展。现将有关情况汇报如下。一、主要工作指标完成情况1-6月,共发现孕产妇2492人,保健管理2492人,孕产妇保健覆盖率100%;产妇1402人,住院分娩1402人,住院分娩率100%,活产1411人,新法接生1411人,新法接生率100%;|unknown|unassigned",
    })
    void aReportThatNamesNoBodyButSpeaksForAnAreaIsOfTheLineItsWordsAreAbout(String text, String level, String department) {
        Issuer issuer = issuerOf(text + "\n");
        assertThat(issuer.name()).isEmpty();
        assertThat(issuer.level()).isEqualTo(level);
        assertThat(issuer.department()).isEqualTo(department);
    }

    @Test
    void aShortNamesWindowStopsAtItsParentsUnit() {
        // more4-028 lines 3-4: the district is written after its city (珠海市斗门区), twice
        TextLines lines = TextLines.of("-2022年2月23日在珠海市斗门区第五届人民代表大会第二次会议上\n珠海市斗门区区长 韩云\n");
        assertThat(MostNamedPlace.of("区", lines, 0, 1)).isEqualTo("斗门区");
    }
}
