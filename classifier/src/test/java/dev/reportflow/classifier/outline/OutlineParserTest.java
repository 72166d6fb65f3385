package dev.reportflow.classifier.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.TextLines;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineParserTest {

    private static final OutlineParser PARSER = new OutlineParser(Rules.bundled());

    @Test
    void topLevelWithSecondLevelAndInlineListsIgnored() {
        List<OutlineSection> s = parse("""
                一、2023年工作完成情况
                （一）经济发展方面
                2023年我们认真贯彻落实，一、经济结构单一；二、项目少；三、后劲不足。
                （二）乡村振兴方面
                二、2024年工作计划
                （一）打造经济发展强劲引擎
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 4);
        assertThat(s.get(0).children()).extracting(OutlineSection::line).containsExactly(1, 3);
        assertThat(s.get(0).endLine()).isEqualTo(3);
    }

    @Test
    void anUnnumberedPlanHeadingOwnsTheNumbersThatDoNotContinueTheCount() {
        List<OutlineSection> s = parse("""
                一、凝聚共建力量
                正文。
                二、凝聚产业能量
                三、凝聚绿色共识
                四、凝聚平安合力
                2024年工作计划
                一是坚持党建统领。
                二、坚持生态提质。
                三、坚持政策保障。
                四、坚持补齐短板。
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 2, 3, 4, 5);
        assertThat(s.get(4).isUnnumbered()).isTrue();
        assertThat(s.get(4).endLine()).isEqualTo(9);
    }

    @Test
    void partsAboveChineseNumbersMakeThoseTheSecondLevel() {
        List<OutlineSection> s = parse("""
                第一、2023年工作总结
                一、聚焦品牌打造
                二、聚焦宜居宜业
                第二，2024年工作思路
                一、聚力巩固向好态势
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 3);
        assertThat(s.get(0).children()).hasSize(2);
    }

    @Test
    void aBodyPastedTwiceKeepsBothOutlines() {
        List<OutlineSection> s = parse("""
                一、2023年工作开展情况
                二、存在的问题
                三、2024年工作计划
                今年以来，在市委的领导下……
                一、2023年工作开展情况
                二、存在的问题
                三、2024年工作计划
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 1, 2, 4, 5, 6);
    }

    @Test
    void aTopLevelStartingAtParenthesisedNumbers() {
        List<OutlineSection> s = parse("""
                （一）主要工作
                1.高速公路建设提速。
                2.农村公路提档升级。
                （二）存在问题
                （三）2025年工作打算
                """);
        assertThat(s).extracting(OutlineSection::style).containsOnly(Numbering.CHINESE_PAREN);
        assertThat(s.get(0).children()).hasSize(2);
    }

    @Test
    void aPageThatStartsInsideAReportResumesItsTopLevelPastOne() {
        // corpus/documents/inst-016.txt lines 7-17: one part of a report published in parts; "第一," is
        // an enumeration inside (一), not a part above it
        List<OutlineSection> s = parse("""
                三、专业体系建设逐步完善,技术支撑能力不断提高
                2012-02-07
                  经过十年的发展,中心逐步建立了涵盖传染病防控、慢性病防控、公共卫生三大业务领域的疾病预防控制体系。
                  (一)卫生应急机制初步形成
                  中心积极探索公共卫生应急工作管理模式和思路。
                  第一,组建卫生应急中心,应对日益增长的卫生应急需求。
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0);
        assertThat(s.get(0).number()).isEqualTo(3);
        assertThat(s.get(0).children()).extracting(OutlineSection::line).containsExactly(3);
    }

    @Test
    void aLaterOneMeansTheFirstNumberWasNoResumedPart() {
        List<OutlineSection> s = parse("""
                二、关于开展工作的说明
                一、2023年工作总结
                二、2024年工作计划
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(1, 2);
    }

    @Test
    void aShortLineThatFinishesTheSentenceAboveHeadsNothing() {
        // corpus/documents/gov-011.txt lines 17-19 (a PDF's hard line breaks)
        List<OutlineSection> s = parse("""
                一、2019 年工作回顾
                迎难而上、开拓奋进,破解了一批制约发展的难题,办成了
                一批应急谋远的大事,办好了一批惠企利民的实事,较好地
                完成了市十五届人大五次会议确定的目标任务。
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0);
    }

    @Test
    void theWordsOfABareNumberHeadNothingAtTheTopLevel() {
        // corpus/documents/base-001.txt lines 53-56: "1." alone, its words on the next line
        List<OutlineSection> s = parse("""
                一、2023年工作回顾
                (二)乡村振兴固本强基
                1.
                特色农业提
                质扩量
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0);
    }

    @Test
    void theTailOfATitleCutInTwoIsNoPlanHeading() {
        // corpus/documents/inst-011.txt lines 6-13: the title's last word alone on line 7
        List<OutlineSection> s = parse("""
                县卫健委 2023 年度工作总结及 2024 年工作
                计划
                今年以来,在县委、县政府的正确领导下,县卫健委坚持
                推动中心各项工作取得全面进步。
                一、2023 年工作总体情况
                (一)抓改革促发展服务能力不断提升。
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(4);
    }

    @Test
    void anUnnumberedHeadingAfterAClosedSentenceStillCounts() {
        List<OutlineSection> s = parse("""
                一、2023年工作回顾
                全年完成各项目标任务,经济运行稳中向好,群众满意度持续提升。
                2024年工作计划
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 2);
    }

    @Test
    void aRepeatedTitleIsNoHeadingAndLeavesTheNumberedOutlineItsPlace() {
        // corpus/documents/base-025.txt lines 1-11: the page repeats its title under the opening paragraph
        List<OutlineSection> s = parse("""
                2022年上半年社区工作总结

                2022年上半年在街道党工委、办事处的领导下,我社区认真落实工作目标任务,服务辖区居民。

                2022年上半年社区工作总结

                一、不断加强党组织凝聚力、战斗力。

                一是抓好支部班子建设。阿娄社区党支部现有党员41名,其中支委成员5名。

                二、不断丰富社区居民精神文化生活。
                """, 1);
        assertThat(s).extracting(OutlineSection::line).containsExactly(6, 10);
    }

    @Test
    void aParallelSeriesOfShortLinesHeadsAReportWithNoOtherOutline() {
        // corpus/documents/base-026.txt lines 13-35 (folded to simplified characters)
        List<OutlineSection> s = parse("""
                2014年**社区在**镇党委、政府的正确领导下,在社区党员干部、居民群众的共同努力下开展工作。

                社区民政工作

                目前社区共有城镇低保户(*)户、农牧低保户(*)户,*人申请五保待遇待审批。

                老人**人。

                社区城建工作

                根据<**旗公共租赁住房管理办法实施细则>相关规定,社区初审通过*户家庭。

                社区人口计生工作

                社区人口计生工作取得新成绩,按照上级工作总体要求,社区广泛开展宣传。
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(2, 8, 12);
        assertThat(s.get(0).endLine()).isEqualTo(6);
    }

    @Test
    void twoShortLinesAreNoSeries() {
        List<OutlineSection> s = parse("""
                社区民政工作
                目前社区共有城镇低保户(*)户、农牧低保户(*)户,*人申请五保待遇待审批。
                社区城建工作
                根据<**旗公共租赁住房管理办法实施细则>相关规定,社区初审通过*户家庭。
                """);
        assertThat(s).isEmpty();
    }

    @Test
    void demandsMakeNoTopLevel() {
        // corpus/documents/dept-035.txt lines 4-7: news of what a chairman asked of a bureau
        List<OutlineSection> s = parse("""
                区政协主席宋晓对区司法局的工作给予高度肯定。
                一要坚持把牢方向,以更高站位强化政治引领。深入学习贯彻落实党的二十大精神。
                二要始终围绕中心,以更大作为服务工作大局。切实扛起统筹全面依法治区工作的职责使命。
                三要突出主责主业,以更实举措践行司法为民。坚定不移站稳人民立场。
                """);
        assertThat(s).isEmpty();
    }

    @Test
    void runInClausesAreNoSecondLevelTheSectionIsRoutedWhole() {
        // corpus/documents/base-004.txt lines 5-9 (lines 6 and 8 cut after their first sentence)
        List<OutlineSection> s = parse("""
                一、2022年工作回顾
                2022年,在旗委、政府和苏木党委的坚强领导下,在苏木人大的监督支持下,苏木政府紧扣“生态优先、绿色发展”工作要求,团结带领广大干部群众砥砺奋进,攻坚克难,经受住了新冠疫情的严重冲击,全年经济社会发展主要目标任务实现正增长,社会各项事业全面进步,人民生活水平不断提高。
                过去的一年,我们突出抓好以下几方面工作:
                一是加强农业发展,调优种养殖结构。全苏木高效特色种植面积稳定在3万亩以上,率先在希勃图村开展1500亩玉米绿色增产水肥一体化机制研究与应用示范项目,巩固提升哲日都村一村一品项目村建设,推进“红干椒”庭院种植面积达到1300亩。
                二是加强生态建设,建设生态宜居新农村。对多日本敖包、乌呼仁
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0);
        assertThat(s.get(0).children()).isEmpty();
    }

    @Test
    void theSecondLevelIsTheStyleNextInTheNestingNotTheFirstMet() {
        // corpus/documents/extra-034.txt lines 3-7 (the page lost "(一)防" of line 4; lines 5 and 7 cut after
        // their first sentence): (二) is the level below 一、 though 一是 comes first, and the short line that
        // lost its "(一)" is the first of that level
        List<OutlineSection> s = parse("""
                一、2022年工作总结
                抗疫情,奋力保障群众安全
                一是持续夯实“网格化”管理,按照每网格不超过20户要求,将全镇农户划分为529个网格,形成“镇级统筹、联防联控,村组动员、群防群治”格局,抓好网格员培训,坚持镇村组+网格员的多层次管理措施,抓实重点人群排查管控,严格管理好各类推送人员。
                (二)促增收,稳步推进农业产业发展
                一是认真落实好年度粮食作物播种计划任务,2022年全年完成粮食作物播种面积32220亩,全年完成其他农作物种植6675亩(其中:油菜1830亩、蔬菜3850亩、花卉745亩、小米辣280亩、草莓50亩)。
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0);
        assertThat(s.get(0).children()).extracting(OutlineSection::line).containsExactly(1, 3);
        assertThat(s.get(0).children()).extracting(OutlineSection::number).containsExactly(1, 2);
    }

    @Test
    void aFirstParagraphBeforeACountFromTwoIsNoHeading() {
        // corpus/documents/base-004.txt lines 5-6, then extra-034.txt lines 6-7 (cut after their first sentence)
        // put under it: a paragraph that ends its sentence is no heading that lost its number
        List<OutlineSection> s = parse("""
                一、2022年工作回顾
                2022年,在旗委、政府和苏木党委的坚强领导下,在苏木人大的监督支持下,苏木政府紧扣“生态优先、绿色发展”工作要求,团结带领广大干部群众砥砺奋进,攻坚克难,经受住了新冠疫情的严重冲击,全年经济社会发展主要目标任务实现正增长,社会各项事业全面进步,人民生活水平不断提高。
                (二)促增收,稳步推进农业产业发展
                一是认真落实好年度粮食作物播种计划任务。
                """);
        assertThat(s.get(0).children()).extracting(OutlineSection::line).containsExactly(2);
    }

    @Test
    void aCountOfChineseNumbersIsTheTopLevelThoughAnArabicListComesFirst() {
        // corpus/documents/extra-024.txt lines 7, 11, 13, 15, 17, 19, 21, 23 (blank lines left out): the page
        // starts inside part 一's list, so 1、 is met first and counts, yet 二、三、 are the report's parts
        List<OutlineSection> s = parse("""
                7、在全市中學生校園集體舞比賽中,我校獲第二名。
                二、存在的問題
                1、師生評價機制有待進一步探究。
                2、三大瓶頸問題需進一步突破。
                3、個別教師工作責任心缺失。
                4、教育科研工作的針對性、實效性和力度需進一步加強。
                5、教師待遇有待提高。
                三、下半年工作重點
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(1, 7);
        assertThat(s.get(0).children()).extracting(OutlineSection::line).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void aListThatAParagraphIntroducesWithAColonIsItsItemsNotTheTopLevel() {
        // corpus/documents/extra-030.txt lines 17-23 (items cut after their first sentence)
        List<OutlineSection> s = parse("""
                今年我村已投入117.1万元进行村庄环境综合整治,分工分线开展多项村庄环境治理工作,主要涉及以下几个方面:

                1、投入12万元建成高骨村健身广场。

                2、投入34多万元对村庄道路进行集中整治。

                3、投入15.5多万元对村庄溪沟进行整治。
                """);
        assertThat(s).isEmpty();
    }

    @Test
    void aListThatAParagraphAnnouncesAsTheWorkDoneIsTheTopLevel() {
        // corpus/documents/more-002.txt lines 14-22 (the paragraph cut to its last clause, items to their first sentence)
        List<OutlineSection> s = parse("""
                根据我镇的实际情况,开展妇幼卫生工作宣传和卫生保健工作,提高了妇女、儿童的健康素质,我院作了以下具体工作:

                1、由专职妇幼人员和院长定期对村妇幼人员进行业务培训学习,并督促和检查工作。

                2、妇幼工作按时、按期、按质量完成了上级各种统计报表。

                3、实行了出生医学证明发放和管理。
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(2, 4, 6);
    }

    /**
     * A role line between two top-level numbers whose count goes on across it heads a list inside
     * the section, not a part (pool 103, https://m.xuexila.com/zjzongjie/c1291812.html: "村里存在的困难及问题:"
     * between 一、 and 二、).
     */
    @Test
    void aRoleLineInsideAContinuingCountIsNoPart() {
        List<OutlineSection> s = parse("""
                一、全面了解村情村况。
                门头村位于福成镇最北端,辖区面积19平方公里,现有耕地面积7200亩,林地面积1800亩,全村分为27个村民小组,总人口为2765人,其中男性1450人,女性1315人。门头村设党支部一个,有党员49名,其中男性党员39名,女性党员10名。门头村有贫困人口408人,主要经济作物以种植甘蔗、水稻、西瓜、花生、木薯、玉米、豆角为主。全村人均收入5020元。
                村里存在的困难及问题:
                1、村容不整洁、环境卫生差;
                2、村集体经济薄弱,办公经费困难,村集体经济实业少;
                3、观念落后,农民思想观念保守,农业结构单一,科学种养技术贫乏,村民收入低;
                4、道路设施落后,人安全饮用水工程有待解决。
                针对门兴村存在的问题,结合村里的实际情况,配合村委开展以下工作。
                二、解决存在问题,努力兑现驻村承诺。
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 8);
        assertThat(s.get(0).endLine()).isEqualTo(7);
    }

    /**
     * A line that is one piece of the breadcrumb above it is the page's title again, no heading, and so
     * is the document's own title below it with its year masked (pool 128, https://huaboedu.com/news/140152.html).
     */
    @Test
    void aPieceOfTheBreadcrumbRepeatedIsNoHeading() {
        List<OutlineSection> s = parse("""
                首页 > 总结范文 > 2024年城市管理工作总结(2146字) >
                2024年城市管理工作总结(2146字)
                202x年城市管理工作总结
                一座城市就是一个“家”,城市精细化管理,既是政之所向,也是民之所盼。回眸xxxx年,市民脑海中浮现的是树绿花红、空气清新、道路顺畅、市容整洁,这背后,是无数城管人的坚守。过去一年,我市城管部门聚焦城市发展短板弱项,用“整容”的精致、“绣花”的细腻,实现城市“颜值气质”双提升,通过深入贯彻落实可持续发展理念,为经济社会高质量发展“强筋健骨”。以下将从不同维度对全年工作进行总结。
                一、打造绿色宜居城市风貌
                为给城市增绿添彩,过去一年,我市城管部门以“扩量增绿、提质增效”为目标,在城市绿化上下足功夫。全年栽种、补植乔木及亚乔木xxxx余株,补植小灌木及地被小苗约xxx万株、麦冬约xxxx平方米、草皮xxxxx平方米,更换草花xxx万盆,摆放花卉xx万盆,营造“四季有花、四季有景”的城市园林绿化景观。
                """, 1);
        assertThat(s).extracting(OutlineSection::line).containsExactly(4);
    }

    /**
     * The line right after the formula of a report delivered to a congress (我代表…向大会报告工作…。)
     * heads its first part by its place, in words no role list holds (more3-022, lines 4-9).
     */
    @Test
    void theLineAfterTheCongressFormulaHeadsTheFirstPart() {
        List<OutlineSection> s = parse("""
                各位代表:
                现在,我代表市人民政府,向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意见。
                x届政府工作及“十四五”开局
                市x届人大一次会议以来的五年,是xx在百年未有之大变局中发生深刻变革、实现华丽蜕变、铸就历史辉煌的五年。五年来,我们坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的十九大和十九届二中、三中、四中、五中、六中全会精神,全面落实习近平总书记对甘肃重要讲话和指示精神,在省委、省政府和市委的坚强领导下,在市人大及其常委会、市政协的监督支持下,紧盯“三新一高”要求,尽锐出战攻坚脱贫,凝心聚力推动发展,众志成城抗击疫情,团结一心防灾救灾,倾心倾力改善民生,经济社会发展取得新的重大成就。
                ——五年感恩拼搏,xx如期脱贫圆梦小康。贫困是千百年来困扰xx发展的重大难题,摆脱贫困是xx人民孜孜以求的美好梦想。我们牢记习近平总书记殷切嘱托,以贫困不除、誓不罢休的豪情壮志,以不获全胜、决不收兵的坚定意志,上下同心、攻坚克难,xxxx.xxxx万贫困人口全部脱贫、xxxxxxxx个贫困村全部退出、xx个县区全部摘帽,一举撕掉了“xx苦瘠甲于天下”的历史标签,创造了减贫治理的xx样本,同全国一道全面建成小康社会。
                ——五年砥砺前行,xx综合实力明显提升。面对各种风险挑战,我们迎难而上真抓实干,不甘落后奋起直追,在危机中育新机,于变局中开新局,一大批重大项目建成投用,优势特色产业加快转型升级,全市发展基础更加稳固。到今年底,地区生产总值有望达到xxxxxx亿元,比20xxxx年增加xxxxxx多亿元,年均增长xx%;一般公共预算收入在大规模减税降费背景下逆势增长,有望达到xxxx亿元。“十三五”规划圆满收官,“十四五”
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(2);
        assertThat(s.get(0).isUnnumbered()).isTrue();
        assertThat(s.get(0).endLine()).isEqualTo(5);
    }

    /** extra-025 lines 15-19 (cut): ① ② are the level below 一、 where the report has no other. */
    @Test
    void circledNumbersAreTheLevelBelowWhereThereIsNoOther() {
        List<OutlineSection> s = parse("""
                一、细化安全职责:
                ①完善安全制度:学校根据上级要求,结合本校实际制定和健全了一系列安全管理规章制度,
                ②签订目标责任书:学校与处室负责人、年级主任、班主任、一线教师等人员等层层签订安
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0);
        assertThat(s.get(0).children()).extracting(OutlineSection::line).containsExactly(1, 2);
        assertThat(s.get(0).children()).extracting(OutlineSection::style).containsOnly(Numbering.CIRCLED);
    }

    /** inst-036 lines 3-4 (a valve maker's page, cut, its pinyin glosses left out): ①…;②…;③… on one line enumerates; ① is never a top level. */
    @Test
    void circledNumbersAreNeverTheTopLevel() {
        assertThat(parse("""
                ①要求閥動作平穩;②小開度調節性能好;③選好所需的流量特性;
                這是不可分割、互相聯系的兩個因素。泄漏量應滿足工藝要求,且有密封結構。
                """)).isEmpty();
    }

    /** extra-004 lines 17-23 (cut): the formula may say 向大会作工作报告; the line after its sentence names the first part. */
    @Test
    void theCongressFormulaMayDeliverAReportRatherThanReportWork() {
        TextLines lines = TextLines.of("""
                各位代表:

                现在我代表**乡第**届人民政府向大会作工作报告,请予审议,并请各位列席人员提出意见和建议。

                200*年政府工作回顾

                过去的一年,在县委、政府的正确领导下,我们全面贯彻“三个代表”重要思想,认真落实党的十六大和十六届四、五中全会精神,与时俱进,开拓创新,全乡经济健康稳步增长,人
                """);
        NumberedLine[] numbered = new NumberedLine[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            numbered[i] = HeadingParser.parse(lines.folded(i));
        }
        assertThat(OutlineParser.partAfterAddress(lines, numbered, 0, lines.size() - 1)).isEqualTo(4);
    }

    /**
     * base-029 lines 8-18 (cut): after 一、 and 二、 a count that starts again at 一、 is a part of its own when
     * the paragraph above announces it ("…特制定了2022年村委工作计划如下:"), the plan whose heading the report
     * left out.
     */
    @Test
    void aCountThatRestartsAfterAnAnnouncementIsAPart() {
        List<OutlineSection> s = parse("""
                一、产业发展:湖北金悦公司占地200余亩,以甘薯种植、深加工为主,产品畅销全国各地。村内有优质稻种植500余亩,各种鱼类养殖300余亩、湖北

                二、当前建设情况

                1、美丽乡村建设规划:充分发挥村党组织优势,以小规模的方式探索适合村发展的特色项目,充分利用社会资本建设美丽乡村发展特色农业,逐步实行由村支

                2、示范点建设:将十组新湾、四组大屋畈、八组王家湾门前的乱搭乱建,乱堆乱放全面清理,拆除,并新建联建公厕9处,硬化湾间道路1500余米,投入

                一年来村委会取得的成绩虽得到了上级党委政府的肯定和群众的认可,但也存在很多不足,为了让村民过上更好的生活,特制定了2022年村委工作计划如下:                         

                一、环境整
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 2, 10);
    }

    /**
     * A first part whose number stands alone on its line ("一、", its words on the next, as PDF copies break
     * them) gives nothing to compare a later 一、 with: a list restarting inside 二、 stays that part's items,
     * not a second paste of the body.
     */
    @Test
    void aBareFirstNumberIsNoEvidenceOfAPaste() {
        List<OutlineSection> s = parse("""
                一、
                2023年工作开展情况。全年完成各项目标任务,群众满意度持续提升。

                二、存在的问题

                一、资金不足。

                二、人员不够。
                """);
        assertThat(s).extracting(OutlineSection::line).startsWith(0, 3).doesNotContain(5);
    }

    /**
     * The same lines without that paragraph: a 一、 that neither repeats the first part's words (a page
     * pasted twice, {@link #aBodyPastedTwiceKeepsBothOutlines}) nor follows an announcement is an item
     * of the part it stands in, not a new part.
     */
    @Test
    void aCountThatRestartsUnannouncedInsideALaterPartIsNoPart() {
        List<OutlineSection> s = parse("""
                一、产业发展:湖北金悦公司占地200余亩,以甘薯种植、深加工为主,产品畅销全国各地。村内有优质稻种植500余亩,各种鱼类养殖300余亩、湖北

                二、当前建设情况

                1、美丽乡村建设规划:充分发挥村党组织优势,以小规模的方式探索适合村发展的特色项目,充分利用社会资本建设美丽乡村发展特色农业,逐步实行由村支

                2、示范点建设:将十组新湾、四组大屋畈、八组王家湾门前的乱搭乱建,乱堆乱放全面清理,拆除,并新建联建公厕9处,硬化湾间道路1500余米,投入

                一、环境整
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 2);
    }

    private static List<OutlineSection> parse(String text) {
        return parse(text, 0);
    }

    /** The outline of the body that starts at line {@code from} (after a title). */
    private static List<OutlineSection> parse(String text, int from) {
        TextLines lines = TextLines.of(text);
        NumberedLine[] numbered = new NumberedLine[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            numbered[i] = HeadingParser.parse(lines.folded(i));
        }
        return PARSER.parse(lines, numbered, from, lines.size() - 1);
    }
}
