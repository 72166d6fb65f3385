package dev.reportflow.classifier.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.Folding;
import dev.reportflow.classifier.text.TextLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportSplitterTest {

    private static final Rules RULES = Rules.bundled();
    private static final ReportSplitter SPLITTER = new ReportSplitter(RULES);

    @Test
    void tableOfContentsWithPageNumbersIsPreamble() {
        TextLines lines = TextLines.of("""
                2023年度工作总结和2024年度工作计划汇编（2篇）
                目录
                区审计局2023年工作总结和2024年工作计划\t1
                2023年工作总结暨2024年工作计划

                区审计局2023年工作总结和2024年工作计划
                一、2023年工作开展情况
                正文。


                2023年工作总结暨2024年工作计划
                2023年以来，颍东分局持续加强党的建设。
                一、主要工作
                正文。
                【哒哒素材库】——每天更新材料
                ##paidend##
                """);
        TableOfContents toc = TableOfContents.read(lines, RULES);
        assertThat(toc.firstLine()).isEqualTo(1);
        assertThat(toc.lastLine()).isEqualTo(3);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(5, 5, 7), new ReportSpan(10, 10, 13));
    }

    /**
     * A compilation's cover and table of contents open no report (more3-005, a 范文 site's
     * compilation of 22 summaries, lines 1-6, 13-15, 26-29): the table runs on through an entry whose
     * number lost its stop ("10企业…71"), the cover title above it is dropped once a title below is
     * listed, and the only report starts at the first listed title, without the entries as headings.
     */
    @Test
    void aCompilationsCoverAndPagedContentsOpenNoReport() {
        TextLines lines = TextLines.of("""
                2022工作总结及2023年工作计划-22篇
                2022工作总结及2023年工作计划汇编
                (22篇)
                目录
                1.高新区2022年工作总结和2023年工作计划 3
                2.教育局2022年工作总结与2023年工作计划打算 13
                9.某局2022年食品安全工作总结和2023年工作计划 67
                10企业2022年安全生产工作总结及2023年工作计划 71
                11.生态环境局分局2022年工作总结及2023年工作要点 74
                22.总工会2022年工作总结2023工作计划 152
                高新区2022年工作总结和2023年工作计划
                2022年以来,*高新区在县委县政府的坚强领导下,坚决贯彻落实省、市、县党代会精神,紧紧围绕"强工兴旅、绿色发展、城乡一体、幸福宜居"的发展战略及部署安排,以奋进的姿态、务实的作风、踏实的举措推进项目建设、优化营商服务、践行绿色环保、筑牢作风建设,为高新区的各项事业发展奠定基石。
                高新区*-*月规上工业主营收入累计*亿元,
                """);
        TableOfContents toc = TableOfContents.read(lines, RULES);
        assertThat(toc.firstLine()).isEqualTo(3);
        assertThat(toc.lastLine()).isEqualTo(9);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(10, 10, 12));
        assertThat(SPLITTER.wholeText(lines)).isEqualTo(new ReportSpan(10, 10, 12));
    }

    /**
     * A compilation's numbered table of contents whose entries name reports without a year, over a
     * page that keeps only the first report's opening, its title lost (more4-010, lines 1-14, cut):
     * the table is read ({@link TableOfContents#listsReports}), and the untitled report starts below
     * it, so that its entries (1.區婦聯年度工作總結(一) … 10.…) are never the report's outline.
     */
    @Test
    void anUntitledReportStartsBelowACompilationsContents() {
        TextLines lines = TextLines.of("""
                目錄 1.區(qū)婦聯(lián)年度工作總結(jié)(一) 2.鎮(zhèn)婦聯(lián)年度工作總結(jié) 3.區(qū)婦
                目錄
                1.區(qū)婦聯(lián)年度工作總結(jié)(一)
                2.鎮(zhèn)婦聯(lián)年度工作總結(jié)
                3.區(qū)婦聯(lián)年度工作總結(jié)(二)
                4.縣中醫(yī)院年度婦聯(lián)工作總結(jié)
                5.街道婦聯(lián)工作總結(jié)
                6.街道年度婦聯(lián)工作總結(jié)
                7.區(qū)婦聯(lián)年度工作總結(jié)(三)
                8.區(qū)婦聯(lián)年度工作總結(jié)(四)
                9.區(qū)婦聯(lián)年度工作總結(jié)(五)
                10.區(qū)婦聯(lián)年度工作總結(jié)(六)
                X年,在區(qū)委、區(qū)政府的正確領導下,區(qū)婦聯(lián)黨支部緊緊圍繞黨的十九大、十九屆五中全會、習近平新時代中國特色社
                新開鋪街道橋頭社區(qū)書記、婦聯(lián)主席X獲評全國抗擊新冠肺炎疫情先進個人,新開鋪街道木蓮社區(qū)黨總支書記、婦聯(lián
                """);
        TableOfContents toc = TableOfContents.read(lines, RULES);
        assertThat(toc.firstLine()).isEqualTo(1);
        assertThat(toc.lastLine()).isEqualTo(11);
        assertThat(toc.listsReports()).isTrue();
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(-1, 12, 13));
        assertThat(SPLITTER.wholeText(lines)).isEqualTo(new ReportSpan(-1, 12, 13));
    }

    /**
     * A document-sharing site's next chunk mark with nothing after it, where the saved text stops
     * (more4-007 lines 1-5, each cut short): "3、" numbers nothing, so the report ends above it.
     */
    @Test
    void aNumberWithoutWordsDoesNotEndAReport() {
        TextLines lines = TextLines.of("""
                ××区妇联2022年工作总结及下阶段工作计划.docx
                《××区妇联2022年工作总结及下阶段工作计划.docx》由会员分享,可在线阅读,更多相关《××区妇联2022年工作总结及下阶段工作计划.docx(10页珍藏版)》请在淘文阁 - 
                1、区妇联2022年工作总结及下阶段工作计划 区妇联2017年工作总结及下阶段工作计 划 2017年,区妇联在自治区、市妇联和区委、区政府的正确领导下,坚持以科学发展观为指导,紧紧
                2、科技示范基地。2017年3月新江镇新乐村黑豚养殖专业合作社荣获“全区巾帼脱贫示范基地”称号,落实了4万元的扶持经费。依托“全国巾帼科技示范基地”南宁振企农业科技开发有限公司,通
                3、
                """);
        assertThat(SPLITTER.wholeText(lines).end()).isEqualTo(3);
        assertThat(SPLITTER.split(lines)).extracting(ReportSpan::end).containsExactly(3);
    }

    @Test
    void aWeakTitleInsideAReportIsAHeadingNotAReport() {
        TextLines lines = TextLines.of("""
                XX乡2023年工作总结及2024年工作计划
                一、凝聚共建力量
                2024年工作计划
                一是坚持党建统领。
                """);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(0, 0, 3));
    }

    @Test
    void aTitleRepeatedOverTheSameBodyIsOneReport() {
        TextLines lines = TextLines.of("""
                市经信局2023年工作总结和2024年工作计划
                今年以来，市经信局认真学习。
                一、2023年工作开展情况
                市经信局2023年工作总结和2024年工作计划
                今年以来，市经信局认真学习。
                一、2023年工作开展情况
                """);
        assertThat(SPLITTER.split(lines)).hasSize(1);
    }

    private static final String TWO_REPORTS = """
            XX区2024年工作总结汇编
            目录
            区民政局2024年工作总结和2025年工作计划
            区城管局2024年工作总结和2025年工作计划

            区民政局2024年工作总结和2025年工作计划
            一、2024年工作总结
            正文。
            二、2025年工作计划
            正文。

            区城管局2024年工作总结和2025年工作计划
            一、2024年工作总结
            正文。
            二、2025年工作计划
            1.推进垃圾分类。
            2.整治背街小巷。
            """;

    /** The last report of a compilation ends before the compilation's closing note. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "（以上材料由区政府办公室汇编整理，仅供参阅）",
            "【编者按】本期收录各部门年度总结两篇。",
            "以上内容仅供内部交流，不得翻印。",
    })
    void aCompilationsClosingNoteIsNoPartOfItsLastReport(String note) {
        TextLines lines = TextLines.of(TWO_REPORTS + "\n\n" + note + "\n");
        assertThat(SPLITTER.split(lines)).last().isEqualTo(new ReportSpan(11, 11, 16));
    }

    @Test
    void aParagraphAfterTheLastSignatureDateIsNoPartOfTheReport() {
        TextLines lines = TextLines.of(TWO_REPORTS + "\nXX区城市管理局\n2025年1月3日\n\n本书编印过程中得到各部门大力支持，在此一并致谢。\n");
        assertThat(SPLITTER.split(lines)).last().isEqualTo(new ReportSpan(11, 11, 19));
    }

    /** Conservative: a signature, a numbered item or a plain paragraph after a blank line stays with the report. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "XX区城市管理局\n2025年1月3日",
            "3.加强执法队伍建设。",
            "全局上下将以更加饱满的热情投入新一年的工作。",
            "XX区城市管理局\n2025年1月3日\n\n抄送：区委办公室，区政府办公室。",
    })
    void whatMayContinueTheReportStaysInIt(String tail) {
        TextLines lines = TextLines.of(TWO_REPORTS + "\n" + tail + "\n");
        assertThat(SPLITTER.split(lines)).last().extracting(ReportSpan::end).isEqualTo(lines.size() - 2); // the text ends with a line break
    }

    @Test
    void aSingleReportKeepsItsLastParagraph() {
        TextLines lines = TextLines.of("""
                区城管局2024年工作总结和2025年工作计划
                一、2024年工作总结
                正文。
                二、2025年工作计划
                正文。

                （此件公开发布）
                """);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(0, 0, 6));
    }

    @Test
    void titleShapes() {
        assertThat(TitleShape.of("区审计局2023年工作总结和2024年工作计划", RULES).strong()).isTrue();
        assertThat(TitleShape.of("2024年工作计划", RULES)).extracting(TitleShape::titleLike, TitleShape::strong)
                .containsExactly(true, false);
        assertThat(TitleShape.of(Folding.fold("三、2024 年度重点任务"), RULES).titleLike()).isFalse();
        assertThat(TitleShape.of(Folding.fold("现将2023年工作总结汇报如下："), RULES).titleLike()).isFalse();
        assertThat(TitleShape.years("2023年工作总结及2024 年度工作计划")).containsExactly(2023, 2024);
    }

    // Model-essay pages (范文 sites) put several pieces on one page, each under a mark.

    @Test
    void aPieceMarkIsABoundaryAndTheSitesRepeatOfTheTitleIsTheTitle() {
        // corpus/documents/extra-030.txt lines 1-17: breadcrumb, the page's title twice, 第一篇:, the title again
        TextLines lines = TextLines.of("""
                首页 > 文库大全 > 精品范文库 > 6号文库

                高胥村庄环境综合整治工作总结

                高胥村庄环境综合整治工作总结



                第一篇:高胥村庄环境综合整治工作总结

                高胥村庄环境综合整治工作总结

                我村共有8个村民小组,常住户数339户,户籍登记人口1181人,常年在外人员18人,外来人口980人,耕地1163亩。

                根据市委、市政府关于开展“山水童话乡村”建设、扎实推进社会主义新农村建设精神,我村紧抓经济建设不放松。

                今年我村已投入117.1万元进行村庄环境综合整治,分工分线开展多项村庄环境治理工作,主要涉及以下几个方面:
                """);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(10, 10, 16));
        assertThat(SPLITTER.wholeText(lines)).isEqualTo(new ReportSpan(10, 10, 16));
    }

    @Test
    void aPiecesTitleIsTheLastOfTheSitesRepeatsBelowTheMark() {
        // corpus/documents/base-026.txt lines 7-13 (traditional script): mark, the title's end, the whole title
        TextLines lines = TextLines.of("""
                第一篇:某某社區2014年上半年黨建工作總結

                社區2014年上半年黨建工作總結

                某某社區2014年上半年黨建工作總結

                2014年**社區在**鎮黨委、政府的正確領導下,在社區黨員幹部、居民羣眾、共建單位的大力支持下,圓滿完成了各項工作。
                一、加強黨的建設
                """);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(4, 4, 7));
    }

    @Test
    void aPiecesTitleComesAfterTheFileNameTheSiteGivesBelowTheMark() {
        // corpus/documents/base-005.txt lines 1-18: chrome, 篇一 with the page's title, the file's name, the title
        TextLines lines = TextLines.of("""
                乡镇人大会,政府工作报告

                | 报告 |

                【www.guakaob.com--报告】

                篇一:乡镇人大会,政府工作报告
                镇人代会政府工作报告

                XX镇政府工作报告

                2014年 月 日

                镇长 XX

                各位代表:

                我代表镇人民政府,向大会报告工作,请予审查,并请镇政协委员提出意见。
                """);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(9, 9, 17));
    }

    @Test
    void piecesNumberedAtTheEndOfTheirTitlesAreReportsOfTheirOwn() {
        // corpus/documents/extra-043.txt lines 7-23: 篇一 and 篇二 of a 汇总 page
        TextLines lines = TextLines.of("""
                妇幼工作总结汇总篇一

                1、加强业务管理,提高服务质量:在具体工作中,由院长亲自负责,通过病例讨论、每周业务学习、疑难病症专家会诊等。

                4、配合各单位做好职工体检中妇女病查治工作,为已婚妇女进行年度检查,对防治妇女病起到重要作用。

                妇幼工作总结汇总篇二

                一。加强妇幼保健网络建设,做好全乡妇幼保健工作。
                """);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(0, 0, 4), new ReportSpan(6, 6, 8));
    }

    @Test
    void aPieceNumberedAfterItsReportNounStartsTheReportBelowThePagesChrome() {
        // corpus/documents/extra-044.txt lines 3-17
        TextLines lines = TextLines.of("""
                首页 > 公文文书 > 事务文书写作 > 年度总结 > 2020年妇幼卫生年度工作总结范文(通用6篇)

                2020年妇幼卫生年度工作总结范文(通用6篇)

                推荐人: 来源: 博学咖 阅读: 3.15W 次

                2020年妇幼卫生年度工作总结范文(通用6篇)

                妇幼卫生年度工作总结1

                20xx年度在区委、区政府及上级业务主管部门正确领导和支持下,全区认真贯彻落实“妇幼卫生工作方针”。

                一、工作开展情况
                """);
        assertThat(SPLITTER.split(lines)).endsWith(new ReportSpan(8, 8, 12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "第一篇:高胥村庄环境综合整治工作总结|true",     // extra-030
            "【篇一】XX镇2023年工作总结|true",
            "范文1:社区2022年上半年工作总结|true",
            "妇幼工作总结汇总篇二|true",                    // extra-043
            "中学学校工作总结 篇1|true",                    // extra-025
            "妇幼卫生年度工作总结1|true",                   // extra-044
            "第一篇:魏多菊同志事迹报告|false",              // extra-027: a person's deeds, no work report
            "第一篇 总体要求|false",                        // a plan's part
            "2024政府工作报告01|false",                     // gov-031: a chart's number
            "篇幅所限,工作总结从略|false",
    })
    void pieceMarks(String line, boolean marks) {
        assertThat(PieceMarker.at(TextLines.of(line), 0) != null).isEqualTo(marks);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "|",                                                                    // dept-022 line 3: forum chrome
            "There are 350 villagers and 1350 villagers in our village. In early 1994, to meet the needs",  // base-030 line 3
            "新来的客人【点此注册】查看文章",                                         // dept-016 line 3
            "(阅读全部图文内容,您需要先登录!)",                                       // gov-025 line 7
            "(未完,全文共1367字,当前显示281字)",                                      // extra-008 line 6
            "(请认真阅读下面的提示信息)",                                             // extra-008 line 7
    })
    void trailingPageLinesAreNoPartOfTheReport(String tail) {
        // corpus/documents/dept-022.txt lines 1-2
        TextLines lines = TextLines.of("""
                2023年,在市局、县委、县政府的精心领导下,我分局坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕生态文明建设大局。
                2024年,我分局将继续秉持绿色发展理念,以生态文明建设为己任,在市局、县委、县政府的领导下。
                """ + tail + "\n");
        assertThat(SPLITTER.wholeText(lines)).isEqualTo(new ReportSpan(-1, 0, 1));
    }

    @Test
    void aLongParagraphMentioningAWechatAccountIsTheReportsText() {
        // corpus/documents/dept-004.txt lines 7-9 (line 9 cut to its first sentences around 微信公众号)
        TextLines lines = TextLines.of("""
                一、工作开展情况
                (一)扎实开展党的建设工作
                一是加强党性学习教育。严格落实定期分析研判制度,2023年召开2次意识形态领域分析研判会,坚决反对和抵制各种错误思潮和负面言论。委领导班子及成员的民主生活会对照检查材料、年度述职述廉报告均将意识形态工作内容纳入其中。执行信息“三审”制度,规范“健康青阳”微信公众号和网络工作群管理。牢牢把握话语权,做到守土有责、守土尽责、守土负责。
                """);
        assertThat(SPLITTER.wholeText(lines).end()).isEqualTo(2);
    }

    @Test
    void aBareNumberEndsATextBrokenAtItsFiguresButIsAPageNumberElsewhere() {
        // corpus/documents/base-001.txt lines 20-33 and 115-118: every figure on a line of its own
        String broken = """
                前三季度,完成地区生产总值
                XX
                亿元,增长
                5%
                ;
                1—10
                月份,完成限上消费品零售总额
                XX
                万元,增长
                8%
                ;财政收入
                XX
                万元,增长
                14.9%
                家涉林企业完成产值
                XX
                亿元。
                3
                """;
        assertThat(SPLITTER.split(TextLines.of(broken))).containsExactly(new ReportSpan(-1, 0, 17));
        String paged = """
                前三季度,全镇完成地区生产总值12亿元,增长5%;1—10月份,完成限上消费品零售总额3亿元,增长8%。
                3
                """;
        assertThat(SPLITTER.split(TextLines.of(paged))).containsExactly(new ReportSpan(-1, 0, 0));
    }

    /** more-014's first lines (a forum's attachment preview): the title broken at its year. */
    private static final String MORE_014_OPENING = """
            2020
            年城市管理局工作总结
            (一)加大市容整治,确保市容环境得到提升。
            一是集中整治加强市容管理。今年,共开展专项整治行动
            """;

    /** more-014: every figure on a line of its own, the title's year too; the forum's 附件列表 below the text. */
    @Test
    void aTitleBrokenAtItsYearStartsAtTheYearAndAForumsAttachmentListEndsTheReport() {
        TextLines lines = TextLines.of(MORE_014_OPENING + """
                150余次,出动
                8000
                余人次,出动
                1000
                余车次;在桂阳公路雁山段沿线发放
                1500
                多份限期整改通知书,清除不规范广告及招牌
                一是日收运 ...
                附件列表
                """);
        assertThat(SPLITTER.wholeText(lines)).isEqualTo(new ReportSpan(0, 1, 0, 11));
    }

    /** dept-010 (a PDF-to-text copy): the title cut into six lines at its masks and years. */
    @Test
    void aTitleCutIntoFragmentsAtItsFiguresIsJoinedFromTheTextsStart() {
        TextLines lines = TextLines.of("""
                XX
                县林业局
                2023
                年工作总结及
                2024
                年工作计划
                2023
                年以来,在
                省、市林业主管部门的关心指导下,在县委、县政府的正确领导下,
                XX
                县林业局立足林业工作职能,结合重点工作任务,紧紧围绕生态林业、民生林业的目标,主动作为,扎实工作,有效推动各项工作落实,现将有关情况报告如下:
                一、
                2023
                年重点工作任务完成情况
                """);
        ReportSpan span = SPLITTER.wholeText(lines);
        assertThat(span.titleLine()).isZero();
        assertThat(span.titleEnd()).isEqualTo(5);
    }

    /** The same opening cut before its broken figures: nothing shows the copy breaks its lines at figures. */
    @Test
    void aYearLineAboveATitleJoinsItOnlyInATextBrokenAtItsFigures() {
        assertThat(SPLITTER.wholeText(TextLines.of(MORE_014_OPENING)).titleLine()).isEqualTo(1);
    }
}
