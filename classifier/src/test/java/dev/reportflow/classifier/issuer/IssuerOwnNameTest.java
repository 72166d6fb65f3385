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
 * How a report's own name is told from the words around it: a period is no part of it, a clause of the
 * sentence before does not swallow it, a self-reference takes the body named with its area, and a town
 * written only by its short name is found by the unit word or the slogan it is written in. Lines are
 * quoted from the corpus's dev documents (corpus/documents/) and from real pages of the unlabelled pool
 * (their addresses given), as cited per case.
 */
class IssuerOwnNameTest {

    private static final Classifier CLASSIFIER = Classifier.standard();
    private static final Rules RULES = Rules.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "双沟中心小学2022-2023学年学校工作总结|双沟中心小学", // more3-013
            "2024社区妇联年度工作总结(5篇)|社区妇联", // http://m.stmgroup.cn/wenku/rbrhc/OL81E2ybkb
            "2021年~2021学年中学第一学期工作总结范文|中学", // https://m.777doc.com/doc-8384238.html
    })
    void aPeriodIsNoPartOfTheTitlesBody(String title, String region) {
        assertThat(TitleParts.of(title, RULES).region()).isEqualTo(region);
    }

    @Test
    void theClauseOfTheSentenceBeforeDoesNotSwallowTheBodyThatSpeaks() {
        // http://lidongming.com/ntsgaj/bmdt/content/836c6f7c-4844-4eb8-bf81-818e2c41b1d0.html: 走在前列 opens no 在…下 clause
        String opening = "刚刚过去的2024年,是奋力推进海安公安工作现代化走在前列的一年。海安市公安局党委在市委、市政府和上级公安机关的坚强领导下,";
        assertThat(new BodyFinder(RULES).inSentence(opening)).extracting(BodyMention::name).contains("海安市公安局");
    }

    @Test
    void aSelfReferenceTakesTheBodyOfItsKindNamedWithItsArea() {
        // more-008: 我館, then 檔案館 after 移交至 and in 檔案館藏, then the archive's full name
        Issuer issuer = CLASSIFIER.classify("我館檔案工作在市委辦(檔案局)的正確領導和上級業務部門的指導下,全體干部職工主動擔當、積極作為,穩步推進檔案工作的有序開展。現將“十四五”規劃落實情況匯報如下:\n"
                + "1.積極做好重大活動和突發事件檔案收集整理工作。聯系疫情防控指揮部、“不忘初心、牢記使命”主題教育辦公室、黨史學習教育辦公室、“三拼三促”辦公室等單位將重大活動檔案移交至檔案館整理,再歸檔進館,確保檔案完整齊全。加強重大項目檔案整理歸檔。對接贛江二橋項目檔案整理移交進館事宜,資料現已搬至我館,正在著手整理。\n"
                + "3.重視檔案館藏建設和庫房管理。積極做好特色檔案接收與征集,征集到關于相關黃石屏的一盤光盤資料,電子采集了清江枳殼的地方標準及解讀簡易材料等;完成全市第二次地名普查全部共4186卷檔案,接收2個掃描U盤約50G;重點清整楊杏佛先烈后代捐贈書籍,由市委統戰部聯絡接收后轉贈到市檔案館。經核實清整的書籍有294冊,特色資料(含組合本)8冊,照片檔案43張。\n"
                + "4.抓好檔案工作宣傳推介。今年第16個“6.9”國際檔案日,樟樹市檔案館以“奮進新征程 蘭臺譜新篇”為主題,聯合市委辦(檔案局)在鹿江街道辦\n").reports().get(0).issuer();
        assertThat(issuer.name()).isEqualTo("樟樹市檔案館");
        assertThat(issuer.level()).as("an archive is an institution").isEqualTo("institution");
        assertThat(issuer.department()).isEqualTo("government_office");
    }

    @Test
    void aTownsShortNameBeforeAUnitWordNamesTheTown() {
        // more2-016: 我镇, 三和集镇, 三和千张 (and no 三和镇 written)
        TextLines lines = TextLines.of("坚持以解放思想为先导,以追赶跨越、争先进位为主旋律,努力在解放思想中加快崛起步伐,在改革开放中强化发展动力,以科学发展促进三和集镇经济社会的大发展。" + "\n"
                + "1、狠抓招商引资工作。加大对已签约xx县宝鑫粮油储备有限公司计划投资2亿元在我镇工业集聚区兴建面粉深加工生产线及食品深加工项目帮办工作;同时加快投资5000万元大陈村3000亩蓝莓基地二期建设速度。" + "\n"
                + "2、继续打造特色农业。一是加快现代农业示范园建设,积极申报家庭农场和农业专业合作社,重点打造好20xx亩石榴园和20xx亩竹柳基地,加大三和千张、萝卜包装宣传力度;二是积极打造大陈村乌云山3000亩蓝莓基地建设;三是加快后李村1000亩特色水产养殖基地建设。");
        assertThat(ShortPlaceName.of("镇", lines, 0, 2)).isEqualTo("三和镇");
        assertThat(ShortPlaceName.of("镇", lines, 1, 2)).as("三和 written once").isEmpty();
    }

    @Test
    void aTownsShortNameEndingEverySloganItemNamesTheTown() {
        // more2-013: the slogan list names 万安 six times, never 万安镇
        TextLines lines = TextLines.of("弘扬兴镇精神,以加快发展为核心,发挥比较优势,转变增长方式,强化发展质量,建设文化万安、开放万安、活力万安、生态万安、幸福万安、和谐万安");
        assertThat(ShortPlaceName.of("镇", lines, 0, 0)).isEqualTo("万安镇");
        assertThat(ShortPlaceName.of("街道", lines, 0, 0)).as("no unit word of one character").isEmpty();
    }

    @Test
    void theSchoolTheSpeakerSpeaksForIsTheIssuer() {
        // more2-002: a title of a bare 学校, and the speaker's 樱桃园联校 (a 校 no alias knows) under it
        Issuer issuer = CLASSIFIER.classify("学校2023年度工作总结报告\n\n各位领导、各位老师,大家好!\n\n下面我代表樱桃园联校向全体教师汇报20xx年度工作情况,安排20xx年度教育教学工作要点。\n\n第一部分:20xx工作总结。\n\n一年来,在县教育局和镇党委、**的准确领导下,我们坚持以“科学发展观”为指导思想,以落实“以人为本”作为管理理念,以构建和谐教育为工作核心,解放思想,更新观点,带领全镇广大小学教职工,团结进取,奋力拼搏,取得了全县一流的工作业绩,创造了我镇教育事业的新辉煌。现将一年来的工作向大家实行汇报如下。\n").reports().get(0).issuer();
        assertThat(issuer.name()).isEqualTo("樱桃园联校");
        assertThat(issuer.level()).isEqualTo("institution");
        assertThat(issuer.department()).isEqualTo("education");
    }

    @Test
    void aPageLabelBeforeTheTitleIsCutAtItsSpace() {
        // more3-015: the page writes its title after a label and a space
        assertThat(BodyIssuer.withoutPageLabels("内容概述 华庄街道")).isEqualTo("华庄街道");
        Issuer issuer = CLASSIFIER.classify("内容概述 华庄街道2022年工作总结\n\n  2022年是党的二十大召开之年,是“十四五”规划的关键之年,也是华庄街道抢抓新机遇、应对新挑战、实现新发展的奋进之年。今年以来,街道上下全面贯彻党的十九届六中全会和党的二十大精神,深入落实习近平总书记视察江苏重要讲话精神,认真落实中央和上级各项决策部署,按照“疫情要防住、经济要稳住、发展要安全”的工作总要求,把握“时”与“势”,担起“职”与“责”,抓好“质”与“效”,真抓实干、克难奋进,不断巩固拓展疫情防控和经济社会发展成果,各项工作取得了显著成效。\n").reports().get(0).issuer();
        assertThat(issuer.name()).isEqualTo("华庄街道");
    }

    @Test
    void aTitlesBareTownshipOrTownNamesNoUnit() {
        // pool page http://zhunbian.com/GongZuozj/733901.html (2023年乡镇年度工作总结, then 我们乡镇 … 我代表全乡的干部群众)
        assertThat(TitleParts.of("2023年乡镇年度工作总结", RULES).unit()).isNull();
        assertThat(TitleParts.of("镇上半年工作情况总结", RULES).unit()).as("more2-008").isEqualTo("镇");
    }
}
