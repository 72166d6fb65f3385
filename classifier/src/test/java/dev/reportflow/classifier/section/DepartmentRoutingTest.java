package dev.reportflow.classifier.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.RoutedUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentRoutingTest {

    private static final String TOWN = """
            XX镇2024年工作总结和2025年工作计划
            一、2024年工作总结
            （一）严守耕地保护红线。完成永久基本农田核查，整治乱占耕地建房14宗。
            （二）抓牢安全生产底线。开展隐患排查整治，组织消防应急演练8次。
            （三）夯实基层D建根基。发展D员11名，开展主题D日活动96场。
            （四）其他工作。完成了上级交办的各项任务。
            二、2025年工作计划
            继续做好各项工作。
            """;

    @Test
    void routesATownshipsSectionsByTopicAndFallsBackToTheIssuer() {
        Report report = Classifier.standard().classify(TOWN).reports().get(0);
        List<RoutedUnit> units = report.routedUnits();
        assertThat(units).extracting(RoutedUnit::path).containsExactly("1.1", "1.2", "1.3", "1.4", "2");
        assertThat(first(units.get(0))).isEqualTo("natural_resources");
        assertThat(first(units.get(1))).isEqualTo("emergency_management");
        assertThat(first(units.get(2))).isEqualTo("party_building");
        assertThat(first(units.get(3))).isEqualTo("general_government");
        assertThat(units.get(3).departments().get(0).evidence().rule()).isEqualTo("department.issuer-fallback");
        DepartmentMatch land = units.get(0).departments().get(0);
        assertThat(land.evidence().rule()).isEqualTo("department.lexicon");
        assertThat(land.evidence().terms()).containsKeys("耕地保护", "永久基本农田");
    }

    @Test
    void anUnassignedReportsUnconvincingUnitsGoToUnassigned() {
        String text = "2024年工作总结和2025年工作计划\n一、2024年工作总结\n完成了各项任务。\n二、2025年工作计划\n继续努力。\n";
        Report report = Classifier.standard().classify(text).reports().get(0);
        assertThat(report.issuer().isAssigned()).isFalse();
        report.routedUnits().forEach(u -> assertThat(first(u)).isEqualTo("unassigned"));
    }

    /**
     * The opening of a banner's 政府工作报告 (corpus/documents/gov-024.txt, dev, lines 7-23, blank lines
     * dropped): its review has no second level in the saved text, so the whole review is one unit. Its
     * body lists poverty relief, incomes and investment; the unit is the government's work as a whole.
     */
    private static final String BANNER_REVIEW = """
            政府工作报告
              ——在东乌珠穆沁旗第十六届人民代表大会第一会议上
              东乌旗人民政府代旗长 周玉龙
            各位代表:
              现在,我代表旗人民政府向大会报告工作,请予审议,并请政协委员和列席会议的同志提出意见。
              一、过去四年工作回顾
              过去的四年,是我旗发展进程中攻坚克难、砥砺奋进、开拓进取的四年。预计全旗地区生产总值累计完成232.75亿元,年均增长3.56%;一般公共预算收入累计完成25.32亿元,保持逐年稳步增长;固定资产投资累计完成65.3亿元,年均增长2.3%;社会消费品零售总额累计完成43.5亿元,年均增长1.3%;城乡常住居民人均可支配收入分别达到44846元和37342元,年均增长4.9%和7.2%,牧区常住居民人均可支配收入连续33年位居全区牧业旗县首位。
              ——四年来,我们始终坚持干在一起、冲在一线,交出了一份“攻坚答卷”。脱贫攻坚取得决定性胜利,累计投入扶贫资金1.2亿元,全旗165户568名建档立卡贫困户实现稳定脱贫,人均年纯收入达到2.9万元,高于全国脱贫标准7倍,“两不愁三保障”目标全面实现。扎实推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接
            """;

    @Test
    void aUnitWhoseHeadingNamesOnlyItsRoleStaysWithTheIssuer() {
        Report report = Classifier.standard().classify(BANNER_REVIEW).reports().get(0);

        assertThat(report.issuer().department()).isEqualTo("general_government");
        assertThat(report.routedUnits()).singleElement().satisfies(u -> {
            assertThat(u.heading()).isEqualTo("一、过去四年工作回顾");
            assertThat(u.departments()).extracting(DepartmentMatch::department).containsExactly("general_government");
            assertThat(u.departments().get(0).evidence().rule()).isEqualTo("department.whole-work");
        });
    }

    @Test
    void aRoleHeadingThatAlsoNamesALineOfWorkIsRoutedByItsTopic() {
        // the heading composed for the test; the body is the first sentences of dept-025's (一) (dev)
        String text = """
                X市应急管理局2023年工作总结
                一、2023年安全生产工作情况
                一是狠抓隐患排查治理。持续深入开展安全生产大检查、重大事故隐患专项排查整治2023行动,聚焦消防、道路交通、建筑施工、城镇燃气、特种设备、经营性自建房等重点行业领域,常态化开展排查整治工作,共排查整治各类安全隐患4878条,坚决稳控安全生产形势。
                """;
        Report report = Classifier.standard().classify(text).reports().get(0);

        assertThat(report.routedUnits()).singleElement().satisfies(u -> {
            assertThat(first(u)).isEqualTo("emergency_management");
            assertThat(u.departments().get(0).evidence().rule()).isEqualTo("department.lexicon");
        });
    }

    @Test
    void booksForTheVillagesAreTheCultureLines() throws IOException {
        // a county library's whole report (corpus/documents/inst-015.txt, dev); its fourth unit takes books
        // to the villages (農家書屋): the library's own work (a 农家书屋 is the culture line's); 農村 once, in
        // its heading, is where the work is done, no second line of work (the gold's culture_tourism alone)
        String text = Files.readString(Path.of("..", "corpus", "documents", "inst-015.txt"), StandardCharsets.UTF_8);
        Report report = Classifier.standard().classify(text).reports().get(0);

        assertThat(report.issuer().department()).isEqualTo("culture_tourism");
        RoutedUnit villages = report.routedUnits().stream().filter(u -> u.line() == 6).findFirst().orElseThrow();
        assertThat(villages.departments()).extracting(DepartmentMatch::department)
                .containsExactly("culture_tourism");
        assertThat(villages.departments().get(0).evidence().terms()).containsKey("农家书屋");
    }

    @Test
    void aHeadingNamingTheGovernmentsWorkAsAWholeStaysWithTheIssuer() throws IOException {
        // a city government's five-year report to its congress (corpus/documents/more3-022.txt, dev): line 6,
        // x届政府工作及“十四五”开局, names the government's work of a whole term and no role word; its body runs
        // through poverty relief, growth and projects, and 脱贫 said four times is not what the unit is about
        String text = Files.readString(Path.of("..", "corpus", "documents", "more3-022.txt"), StandardCharsets.UTF_8);
        Report report = Classifier.standard().classify(text).reports().get(0);

        assertThat(report.issuer().department()).isEqualTo("general_government");
        RoutedUnit term = report.routedUnits().stream().filter(u -> u.line() == 6).findFirst().orElseThrow();
        assertThat(term.departments()).extracting(DepartmentMatch::department).containsExactly("general_government");
        assertThat(term.departments().get(0).evidence().rule()).isEqualTo("department.whole-work");
    }

    @Test
    void aGovernmentsWordInABodyDoesNotJoinItsReportsUnit() throws IOException {
        // a town's government-information report (corpus/documents/neg-023.txt, dev): line 3 of 一、总体情况 says
        // 进一步提升政府工作透明度, how a people's government speaks of itself, no line of work beside the
        // information openness the unit is about (the gold's government_office alone)
        String text = Files.readString(Path.of("..", "corpus", "documents", "neg-023.txt"), StandardCharsets.UTF_8);
        Report report = Classifier.standard().classify(text).reports().get(0);

        assertThat(report.issuer().department()).isEqualTo("general_government");
        RoutedUnit overview = report.routedUnits().stream().filter(u -> u.line() == 2).findFirst().orElseThrow();
        assertThat(overview.departments()).extracting(DepartmentMatch::department).containsExactly("government_office");
    }

    private static String first(RoutedUnit unit) {
        return unit.departments().get(0).department();
    }

    @Test
    void aLineOfWorkTheHeadingNamesIsKeptBesideALongerBodyTopic() throws IOException {
        // a town's half-year summary (corpus/documents/base-019.txt, dev): 一、抓项目稳增长,经济发展迈上新台阶。
        // is about growth, though its body counts more farm words (orchards, farmland) than growth words
        String text = Files.readString(Path.of("..", "corpus", "documents", "base-019.txt"), StandardCharsets.UTF_8);
        Report report = Classifier.standard().classify(text).reports().get(0);

        RoutedUnit growth = report.routedUnits().stream().filter(u -> u.line() == 3).findFirst().orElseThrow();
        assertThat(growth.departments()).extracting(DepartmentMatch::department)
                .contains("development_reform", "agriculture_rural");
    }

    /** extra-022 (dev), lines 1-4: an untitled township report on village collective economies. */
    private static final String COLLECTIVE_ECONOMY = """
            ××年上半年以来,××乡把发展壮大村集体经济作为新时期农业农村工作和农村基层组织建设的一项重点任务,全面贯彻落实××省、××市、××关于发展壮大村级集体经济的有关部署,因地制宜、多措并举、创新机制、强化管理,村集体经济实力和服务功能明显提升。
            一、村集体经济发展现状
            1.基本情况。我乡共有××个村,农业人口近××万人。2021年全乡村级集体收入××万元,其中实现集体经济收入上30万元以上的村××个,占22.22%;50万元以上的村××个,占11.11%;刚过10万元的村××个,占66.67%。主要来源为光伏电站、房屋租金、公司入股、农业资源出租等。
            2.扶持项目建设情况。2020年扶持壮大村集体经济项目为××,2020年营业收入近××万元,2021年上半年,湖田村通过完善附属设施,提高了接待能力,预计2022年项目营业额可达××万元,村集体预期收益××万元。2021年扶持壮大村集体经济项目为×××联合开办的××××公司,项目总投资约××万元,目前村集体已注资××万元,公司产值已达××万元,预期可带动两村集体经济增长30%以上。
            """;

    @Test
    void aUnitNamingOnlyItsRoleIsAboutWhatItsSectionsHeadingNames() {
        List<RoutedUnit> units = Classifier.standard().classify(COLLECTIVE_ECONOMY).reports().get(0).routedUnits();

        assertThat(units).hasSize(2);
        assertThat(units.get(0).heading()).startsWith("1.基本情况");
        assertThat(units.get(0).departments()).extracting(DepartmentMatch::department).containsExactly("agriculture_rural");
        assertThat(units.get(0).departments().get(0).evidence().rule()).isEqualTo("department.section-heading");
    }

    @Test
    void oneWordSaidAgainAndAgainConvinces() {
        // 村集体经济 three times, and no other rural word, outweighs 项目建设 in the heading
        List<RoutedUnit> units = Classifier.standard().classify(COLLECTIVE_ECONOMY).reports().get(0).routedUnits();

        assertThat(units.get(1).departments()).extracting(DepartmentMatch::department).first().isEqualTo("agriculture_rural");
        assertThat(units.get(1).departments().get(0).evidence().terms()).containsEntry("村集体经济", 3);
    }

    @Test
    void aUnitNamingNoLineOfWorkTakesItsSectionsHeadingBeforeTheIssuers() {
        // base-024 (dev), lines 9-11 (cut): a community's leisure activities under its 文体 section
        String text = """
                XX社区2024年工作总结
                二、社区文体、科普活动
                (一)民生微实事
                为丰富辖区居民休闲生活,切实解决民生实事,2024年,社区党委、居委会与党群服务中心的社工们通过摆摊问卷问需、采访沟通等多种方式询问居民需求,共同组织开展民生微实事项目活动如
                """;
        RoutedUnit unit = Classifier.standard().classify(text).reports().get(0).routedUnits().get(0);

        assertThat(first(unit)).isEqualTo("culture_tourism");
        assertThat(unit.departments().get(0).evidence().rule()).isEqualTo("department.section-heading");
        assertThat(unit.departments().get(0).evidence().terms()).containsKey("文体");
    }

    /**
     * A gardens bureau's year-end summary (corpus/documents/neg-031.txt, dev, lines 3 and 15-19): its publicity for
     * the garden-city bid is its own business told in the words of publicity, so the bureau's department joins.
     */
    private static final String GARDENS_BUREAU = """
            园林局年终工作总结
            一、主要完成工作
            2、宣传发动初现声势。去年11月30日全市深化创建工作会议后,我局巧借东风、乘势而上,狠抓各镇、各部门的工作落实,并连续发了2期《创建动态》报道面上贯彻落实会议的动态情况,市一报三台也加大了宣传力度。
            """;

    /** A school's semester summary (corpus/documents/inst-002.txt, dev, line 2, cut at its first comma): its party building is not teaching. */
    private static final String SCHOOL_PARTY_BUILDING = """
            XXXX中学2023-2023学年度第二学期工作总结
            一、筑牢底线,助推管理升级
            (一)加强党的建设。严格执行三会一课、主题党日等党内组织生活制度,
            """;

    @Test
    void aLineDepartmentsUnitInAnotherLinesWordsIsItsOwnBusinessToo() {
        Report report = Classifier.standard().classify(GARDENS_BUREAU).reports().get(0);

        assertThat(report.issuer().department()).isEqualTo("housing_construction");
        assertThat(report.routedUnits()).singleElement().satisfies(u -> {
            assertThat(u.departments()).extracting(DepartmentMatch::department).containsExactly("media", "housing_construction");
            assertThat(u.departments().get(1).evidence().rule()).isEqualTo("department.issuer-line");
        });
    }

    @Test
    void aLineDepartmentsPartyBuildingIsNotItsLineOfWork() {
        Report report = Classifier.standard().classify(SCHOOL_PARTY_BUILDING).reports().get(0);

        assertThat(report.issuer().department()).isEqualTo("education");
        assertThat(report.routedUnits()).singleElement().satisfies(u ->
                assertThat(u.departments()).extracting(DepartmentMatch::department).containsExactly("party_building"));
    }

    /**
     * A community's summary (corpus/documents/extra-001.txt, dev, lines 1-6 as saved, the page cut after
     * 网格化): its second unit names one line of work by one word. A people's government's own code says
     * nothing of what one of its units is about; the word does, however weakly.
     */
    private static final String COMMUNITY_GRID = """
            社区辖区面积1.1平方公里,辖6个企事业单位、2个居民小区、4个居民小组;总人口4268人,其中常住人口2181人,暂住人口2087人;下设3个党支部,共有党员83名。今年以来,社区在街道党工委、办事处的正确领导下,立足本社区工作实际,不断探索有效的社区建设、管理和服务机制,在求稳定、谋发展、惠民生的基础上,进行了大胆实践和创新,取得了一定的工作成绩。现将社区XX年工作开展情况和XX年工作打算汇报如下:
            一、XX年工作开展情况
            (一)以加强基层党的组织建设为核心,完善服务理念。
            社区党总支在原祥和党支部、诚信党支部2个党支部的基础上,新成立了阳光党支部,使社区党支部的总数达到3个。为了不断充实和壮大社区党组织力量,今年新吸收入党积极分子3人,新发展党员2人,按期转正党员2人。
            (二)以创新工作管理模式为依托,提高服务效率。
            社区以网格化
            """;

    @Test
    void aPeoplesGovernmentsUnitConvincedOfNothingTakesTheTopicItsWordsNameMost() {
        Report report = Classifier.standard().classify(COMMUNITY_GRID).reports().get(0);

        assertThat(report.issuer().department()).isEqualTo("general_government");
        RoutedUnit grid = report.routedUnits().get(1);
        assertThat(grid.heading()).startsWith("(二)以创新工作管理模式为依托");
        assertThat(grid.departments()).extracting(DepartmentMatch::department).containsExactly("political_legal");
        assertThat(grid.departments().get(0).evidence().rule()).isEqualTo("department.strongest-topic");
        assertThat(grid.departments().get(0).evidence().terms()).containsOnlyKeys("网格化");
    }

    /**
     * A city health commission's party building (corpus/documents/more-020.txt, dev, lines 27 and 29-30 as
     * saved, each cut where the page cut it): 卫健委 names the issuer's line once, the unit is its party
     * organisation's work.
     */
    private static final String HEALTH_COMMISSION_PARTY_BUILDING = """
            市卫健委2022年度工作总结与 2023年度工作计划
            一、工作完成情况
            (一)加强党建引领,强化思想政治建设。XX市卫健委党组围绕党建
            """;

    @Test
    void aPartyBuildingUnitNamingItsIssuerIsStillNotTheIssuersLineOfWork() {
        Report report = Classifier.standard().classify(HEALTH_COMMISSION_PARTY_BUILDING).reports().get(0);

        assertThat(report.issuer().department()).isEqualTo("health");
        assertThat(report.routedUnits()).singleElement().satisfies(u -> {
            assertThat(u.departments().get(0).evidence().terms()).containsKey("党建");
            assertThat(u.departments()).extracting(DepartmentMatch::department).containsExactly("party_building");
        });
    }

    /**
     * A town's half-year summary (corpus/documents/base-019.txt, dev, lines 1 and 3-5): the heading names
     * development and reform's line plainly (稳增长, 经济发展); the body counts more crops and fields than it
     * names growth. The heading says what the unit is about: its line comes first.
     */
    private static final String TOWN_GROWTH = """
            镇政府2023年上半年工作总结及下半年目标任务和工作安排
            一、抓项目稳增长,经济发展迈上新台阶。
            招商引资稳步发展。深化“一把手招商”“乡贤招商”等工作机制,成功引进了*农林科技发展有限公司投资500万元的*锦绣桃园基地、*中药材种植公司投资500万元的天麻种植基地、湖南鸭当家食品有限公司投资300万元的加工销售基地。在今年年初实现招商引资开门红,与*农业开发有限责任公司达成投资100万元的神龙御米合作意向。
            基础建设扎实推进。今年以来,乡村振兴项目成功申报入库34个,项目总投资预算达4151.5万元。高标准农田建设项目共计投入634.29万元,新建机耕道7.1千米,中小渠(沟)18.85千米。与洪江市水务投资公司达成合作意向,兰家村安全饮水项目预计在下半年开工建设;涉及和平村8个组的黄狮洞自供区农网改造项目,预计在12月份开工实施。
            """;

    @Test
    void theLineTheHeadingNamesPlainlyComesBeforeABodyTopicItDoesNotName() {
        Report report = Classifier.standard().classify(TOWN_GROWTH).reports().get(0);

        assertThat(report.routedUnits()).singleElement().satisfies(u -> {
            List<DepartmentMatch> departments = u.departments();
            assertThat(departments).extracting(DepartmentMatch::department).startsWith("development_reform")
                    .contains("agriculture_rural");
            DepartmentMatch body = departments.stream().filter(d -> d.department().equals("agriculture_rural")).findFirst().orElseThrow();
            assertThat(body.evidence().score()).isGreaterThan(departments.get(0).evidence().score());
            assertThat(departments.get(0).evidence().detail()).startsWith(DepartmentScorer.NAMED_IN_HEADING);
        });
    }

    /**
     * An archives' plan (corpus/documents/more-008.txt, dev, lines 3 and 4 in traditional characters): the
     * unit guides the fire brigade's archiving; 消防 twice is one word of emergency management's line said
     * twice, where the unit is about archives. A further line of work needs two of its words, or a heading
     * that names it plainly.
     */
    private static final String ARCHIVES_FOR_THE_FIRE_BRIGADE = """
            X市檔案館2024年工作計劃
            一、工作安排
            %s
            %s
            """.formatted("2.指導市消防救援大隊申報檔案工作規范化管理省一級。現場指導并對申報工作提出意見和建議。市消防救援大隊已于2024年3月28日經過宜春市檔案局的實地檢查審核工作,成功晉升檔案工作規范化管理省一級標準。", "3.重視檔案館藏建設和庫房管理。積極做好特色檔案接收與征集,征集到關于相關黃石屏的一盤光盤資料,電子采集了清江枳殼的地方標準及解讀簡易材料等;完成全市第二次地名普查全部共4186卷檔案,接收2個掃描U盤約50G;重點清整楊杏佛先烈后代捐贈書籍,由市委統戰部聯絡接收后轉贈到市檔案館。經核實清整的書籍有294冊,特色資料(含組合本)8冊,照片檔案43張。");

    @Test
    void oneWordSaidTwiceDoesNotAddALineOfWork() {
        Report report = Classifier.standard().classify(ARCHIVES_FOR_THE_FIRE_BRIGADE).reports().get(0);

        RoutedUnit fireBrigade = report.routedUnits().stream().filter(u -> u.heading().startsWith("2.")).findFirst().orElseThrow();
        assertThat(fireBrigade.departments()).extracting(DepartmentMatch::department).containsExactly("government_office");
    }
}
