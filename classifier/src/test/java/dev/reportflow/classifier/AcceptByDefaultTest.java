package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.split.TitleShape;
import org.junit.jupiter.api.Test;

/** The rules of classifier 0.8.0 that keep real reports: titles without years, speakers, accepted texts. */
class AcceptByDefaultTest {

    private static final Classifier CLASSIFIER = Classifier.standard();

    @Test
    void titlesWithoutYearsLetterSpacedOrUnderABreadcrumbNameReports() {
        assertThat(TitleShape.namesReport("政 府 工 作 报 告")).isTrue();
        assertThat(TitleShape.namesReport("乡人民政府上半年工作汇报")).isTrue();
        assertThat(TitleShape.namesReport("当前位置:首页 > 办公文档 > 事务文书 > 应急管理局工作总结")).isTrue();
        assertThat(TitleShape.namesReport("关于印发2023年度工作总结的通知")).as("a covering notice").isFalse();
        assertThat(TitleShape.namesReport("XX局召开2023年工作总结会议")).as("news of a meeting").isFalse();
        assertThat(TitleShape.namesReport("今年以来,我局认真贯彻落实上级部署,全面完成各项工作任务。")).isFalse();
    }

    @Test
    void aTextWithNeitherTitleNorOutlineIsAReportWithLowConfidenceAndOneBodyUnit() {
        Classification c = CLASSIFIER.classifyOrThrow("""
                今年以来,我局在县委县政府的坚强领导下,认真落实安全生产责任制,开展隐患排查治理专项行动,全年未发生较大以上生产安全事故。
                下一步,我局将继续加强应急救援队伍建设,提升防灾减灾能力。
                """);

        assertThat(c.reports()).singleElement().satisfies(r -> {
            assertThat(r.sections()).isEmpty();
            assertThat(r.body()).isNotNull();
            assertThat(r.routedUnits()).hasSize(1);
            assertThat(r.confidence().score()).isLessThan(Confidence.DEFAULT_THRESHOLD);
            assertThat(r.confidence().detail()).contains("speaks as a report");
        });
    }

    @Test
    void aNoticeAndASpeechAreNoReportsButACoveringNoticeWithItsReportIsOne() {
        Classification notice = CLASSIFIER.classifyOrThrow("""
                关于做好2024年度工作总结报送工作的通知
                各乡镇、县直各单位:
                为全面总结2024年工作,请于12月20日前将本单位年度工作总结报送县政府办公室,联系人:张三,电话:1234567。
                """);
        Classification speech = CLASSIFIER.classifyOrThrow("""
                在全县经济工作会议上的讲话
                同志们:
                今天召开全县经济工作会议,主要任务是总结今年工作,部署明年任务,动员全县上下凝心聚力、奋勇争先。
                """);
        Classification covered = CLASSIFIER.classifyOrThrow("""
                关于印发2023年度工作总结的通知
                各科室:
                现将《县水利局2023年工作总结》印发给你们,请认真学习,查补短板不足,推进水利工作高质量发展。
                县水利局2023年工作总结
                2023年,县水利局坚持以人民为中心,完成小型水库除险加固4座,新建灌溉渠道12公里,河湖长制全面落实。
                """);

        assertThat(notice.reports()).isEmpty();
        assertThat(notice.notAReport().rule()).isEqualTo("not-a-report.notice");
        assertThat(speech.reports()).isEmpty();
        assertThat(speech.notAReport().rule()).isEqualTo("not-a-report.speech");
        assertThat(covered.reports()).singleElement().satisfies(r -> {
            assertThat(r.startLine()).isEqualTo(4);
            assertThat(r.issuer().department()).isEqualTo("water");
        });
    }

    @Test
    void theSpeakerOfACongressReportNamesItsIssuerWhenTheTitleDoesNot() {
        Classification c = CLASSIFIER.classifyOrThrow("""
                政府工作报告
                ——2024年1月10日在安居区第三届人民代表大会第四次会议上
                区长 某某
                各位代表:
                现在,我代表区人民政府向大会报告工作,请予审议。
                一、2023年工作回顾
                过去一年,全区地区生产总值增长6%,城乡居民收入稳步增长。
                二、2024年工作安排
                今年全区经济社会发展的主要预期目标是:地区生产总值增长6%左右。
                """);

        assertThat(c.reports()).singleElement().satisfies(r -> {
            assertThat(r.issuer().name()).isEqualTo("安居区");
            assertThat(r.issuer().level()).isEqualTo("district");
            assertThat(r.issuer().department()).isEqualTo("general_government");
            assertThat(r.issuer().evidence().detail()).contains("gazetteer").contains("510904");
        });
    }

    @Test
    void aCopyingSitesPinyinGlossesAreDroppedBeforeReading() {
        Classification c = CLASSIFIER.classifyOrThrow("""
                鎮(zhèn)人民政府2023年工作總(zǒng)結(jié)
                2023年,全鎮(zhèn)堅(jiān)持穩中求進,完成固定資產投資14.86億元,財政收入穩步增長,各項事業全面發展。
                一、經(jīng)濟發(fā)展提質提速(一)
                """);

        assertThat(c.reports()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("鎮人民政府2023年工作總結");
            assertThat(r.issuer().department()).isEqualTo("general_government");
            assertThat(r.sections()).extracting(Section::heading).containsExactly("一、經濟發展提質提速(一)");
        });
    }

    @Test
    void aDocumentSharingSitesChunkNumbersAreNoHeadings() {
        Classification c = CLASSIFIER.classifyOrThrow("""
                县文化和旅游局2023年工作总结
                一、2023年工作完成情况
                全年接待游客520万人次,旅游综合收入增长12%,成功举办文旅博览会,我局被评为全市文旅工作先进单
                2、位。文旅消费券发放工作有序推进,带动消费3000万元。
                二、2024年工作计划
                持续推进全域旅游示范区创建。
                """);

        assertThat(c.reports()).singleElement().satisfies(r -> assertThat(r.sections()).extracting(Section::heading)
                .containsExactly("一、2023年工作完成情况", "二、2024年工作计划"));
    }

    @Test
    void aReportOnRecruitmentOrEnrolmentIsAReportButARecruitmentAnnouncementIsNot() {
        Classification report = CLASSIFIER.classifyOrThrow("""
                某某中学2023年招生工作总结
                2023年,我校认真落实招生政策,规范招生程序,完成高一新生招生计划600人,招生工作平稳有序,社会满意度明显提升。
                """);
        Classification announcement = CLASSIFIER.classifyOrThrow("""
                根据《事业单位人事管理条例》等规定,经研究决定,县人民医院2024年公开招聘工作人员18名,现将有关事项公告如下:
                一、招聘范围与条件
                1.具有中华人民共和国国籍。
                """);

        assertThat(report.reports()).hasSize(1);
        assertThat(announcement.reports()).isEmpty();
        assertThat(announcement.notAReport().rule()).isEqualTo("not-a-report.notice");
    }
}
