package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Outlines read from lines quoted word for word from real public work-report pages that are in no
 * labelled set (the unlabelled pool the outline anomaly checks ran on; each test names its page). The
 * shapes are those of flattened pages of document-sharing sites: the site's chunk numbers, a title run
 * into the first heading, a sentence announcing the parts.
 */
class FlattenedPageOutlinesTest {

    private static final Classifier CLASSIFIER = Classifier.standard();

    @Test
    void theFirstChunkMarkIsTheSitesWhenTheSecondRunsIntoTheReportsFirstHeading() {
        // https://m.wnwk.com/doc/614499.html: pieces "1、…" and "2、…" of 302 characters each; the 2、 piece
        // runs into the report's 一、, so both numbers are the site's and the 一、 heads the outline
        Report report = only(String.join("\n",
            "1、全国最高人民法院工作报告模板 各位代表。现在,我代表最高人民法院向大会报告工作,请予审议,并请全国政协各位委员提出意见。xx年,最高人民法院在以xx同志为总书记的党中央坚强领导下,在全国人民代表大会及其常委会有力监督下,认真贯彻党的xx大精神和十一届全国人大二次会议决议,深入贯彻落实科学开展观,紧紧围绕党中央关于“保增长、保民生、保稳定的战略决策,认真履行宪法和法律赋予的职责,各项工作取得新进展。去年,最高人民法院受理案件13318件,审结11749件,同比分别上升26.2%和52.1%;地方各级人民法院受理案件1137万余件,审执结202354万余件,结案标的额1672023亿元,同比分别上",
            "2、升6.3%、7.2%和16.4%。 一、加强民事审判工作,为促进经济开展、维护人民权益提供司法保障高度关注国际金融危机对我国的影响,牢固树立效劳大局、执法为民的法治理念,努力为保持经济平稳较快开展、维护公民合法权益提供司法保障。去年,各级法院共审结一审民事案件579.7万件,同比上升7.7%。加强对国际金融危机的司法应对。针对国际国内经济形势的开展变化和企业的生产经营状况,最高人民法院加强调查研究,提出能动司法的要求,适时调整司法政策;制定适用合同法、保险法等11个司法解释,确保法律适用标准的统一和标准;及时制定审理企业破产、公司清算、房地产、劳动争议案件等14个司法文件,指导地方各级法院妥善",
            "3、审理相关案件。各级法院在尊重司法规律的同时,积极主动地开展工作,及时就审判活动中发现的可能影响经济开展的重大问题向有关部门提出司法建议;各地法院围绕国家出台的区域经济开展规划,完善司法保障措施,促进经济协调开展。依法审理事关经济开展的各类案件。着眼于维护竞争有序的"));

        assertThat(report.sections()).extracting(Section::line).containsExactly(2);
        assertThat(report.sections().get(0).heading()).startsWith("一、加强民事审判工作");
    }

    @Test
    void aTitleEndingInItsPlansWordRunsIntoTheFirstHeadingOfAFlattenedPage() {
        // https://m.777doc.com/doc-8279718.html, the opening of its one line: "…工作总结范文和2020年工作思路一、2021年工作总结作为…"
        Report report = only("管委会2020年工作总结范文和2020年工作思路一、2021年工作总结作为__工业经济的主平台,开发区先后获批省级循环化改造示范试点园区、省级高新技术产业园区,被列入温州国家自主创新示范区范围,并被省政府授予省级“优秀开发区”称号。在2021年度浙江省经济开发区综合考评中,__经济开发区连续第六年被评为年度先进开发区。(一)综合实力明显增强开发区主导产业是电工电气、高端装备制造。区内现有规上工业企业269家,其中超亿元企业75家,上市企业10家(其中新三板7家),高新技术企业80家。1—11月,开发区实现工业总产值");

        assertThat(report.sections()).isNotEmpty();
        assertThat(report.sections().get(0).heading()).startsWith("一、2021年工作总结");
    }

    @Test
    void aSentenceThatAnnouncesTheReportsPartsHeadsNoneOfThem() {
        // https://m.haowendang.cn/view-s233p0c66767.html, lines 1-4: "现就各项工作情况汇报如下:" over "一、加强党风廉政建设。…"
        Report report = only(String.join("\n",
            "县文广新旅局最新工作总结和2024年工作计划",
            "20xx年在县委、县政府正确领导和上级业务部门的指导与各部门支持下,围绕“十四五”文化和旅游发展规划,以繁荣公共文化旅游服务为重点,创新思路,整合资源,不断推进公共文化旅游服务建设,加快文旅融合进程。促进我县文旅事业和文旅产业取得新进展。",
            "现就各项工作情况汇报如下:",
            "一、加强党风廉政建设。文广新旅局党组认真履行党建工作职责。从严落实党建主体责任,充分发挥党组的堡垒作用。始终将党员干部思想教育放在首位,坚持常态化对党员干部进行政治理论学习和培训,积极推进党风廉政建设、意识形态建设和作风建设,"));

        assertThat(report.sections()).extracting(Section::heading).containsExactly("一、加强党风廉政建设。");
    }

    private static Report only(String text) {
        Classification c = CLASSIFIER.classify(text);
        assertThat(c.reports()).hasSize(1);
        return c.reports().get(0);
    }
}
