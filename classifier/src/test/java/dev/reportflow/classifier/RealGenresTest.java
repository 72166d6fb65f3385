package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The genres of classifier 0.8.0, each on a real public document of the corpus's dev part
 * (corpus/labels/*.jsonl give each one's source): what the classifier must find in it.
 */
class RealGenresTest {

    private static final Classifier CLASSIFIER = Classifier.standard();

    @Test
    void aCountyGovernmentsReportToItsCongressIsIssuedByTheCountyNamedInTheOccasionLine() throws IOException {
        Report report = only("gov-021"); // 政府工作报告 / ——…在长沙县第十八届人民代表大会… / 县长 陈永高

        assertThat(report.issuer().name()).isEqualTo("长沙县");
        assertThat(report.issuer().level()).isEqualTo("county");
        assertThat(report.issuer().department()).isEqualTo("general_government");
        assertThat(report.issuer().evidence().rule()).isEqualTo("issuer.speaker-line");
        assertThat(report.confidence().score()).isGreaterThanOrEqualTo(Confidence.DEFAULT_THRESHOLD);
    }

    @Test
    void anAutonomousPrefecturesReportIsAtCityLevel() throws IOException {
        Report report = only("gov-007"); // 迪庆藏族自治州, 代州长

        assertThat(report.issuer().name()).isEqualTo("迪庆藏族自治州");
        assertThat(report.issuer().level()).isEqualTo("city");
    }

    @Test
    void aReportInTraditionalCharactersMatchesTheSimplifiedVocabulary() throws IOException {
        Report report = only("dept-030"); // 長沙市望城區水利局2022年工作總結及2023年工作計劃

        assertThat(report.issuer().department()).isEqualTo("water");
        assertThat(report.issuer().level()).isEqualTo("district");
        assertThat(report.title()).startsWith("長沙市望城區水利局");
    }

    @Test
    void aReportUnderACoveringNoticeStartsAtItsOwnTitle() throws IOException {
        Report report = only("dept-015"); // 关于印发2023年度工作总结的通知 … 舟山市机关事务管理中心2023年工作总结

        assertThat(report.startLine()).isEqualTo(15);
        assertThat(report.issuer().department()).isEqualTo("government_affairs_admin");
    }

    @Test
    void aReportWithoutTitleOrHeadingsIsKeptAndRoutedWholeForTriage() throws IOException {
        Report report = only("dept-022"); // 我分局 …, no title, no headings

        assertThat(report.sections()).isEmpty();
        assertThat(report.routedUnits()).singleElement().satisfies(unit -> assertThat(unit.path()).isEqualTo("0"));
        assertThat(report.issuer().department()).isEqualTo("ecology_environment");
        assertThat(report.confidence().score()).isLessThan(Confidence.DEFAULT_THRESHOLD);
    }

    @Test
    void newsOfACongressSessionIsNoReport() throws IOException {
        Classification news = classify("gov-028"); // 中原区十七届人大四次会议隆重开幕

        assertThat(news.reports()).isEmpty();
        assertThat(news.notAReport().rule()).isEqualTo("not-a-report.news");
    }

    @Test
    void aStatisticalBulletinIsNoReport() throws IOException {
        assertThat(classify("neg-008").notAReport().rule()).isEqualTo("not-a-report.bulletin");
    }

    @Test
    void aNoticeAskingForSummariesIsNoReportEvenWithAnOutline() throws IOException {
        // dept-032: "关于认真做好2020年工作总结及2021年工作计划的通知-武汉大学" over "全校各部门、单位:" and four
        // items 一、…四、 that ask for summaries: the items make an outline, the title says whose
        Classification c = classify("dept-032");

        assertThat(c.reports()).isEmpty();
        assertThat(c.notAReport().rule()).isEqualTo("not-a-report.notice");
    }

    private static Report only(String id) throws IOException {
        Classification c = classify(id);
        assertThat(c.reports()).as(id).hasSize(1);
        return c.reports().get(0);
    }

    private static Classification classify(String id) throws IOException {
        return CLASSIFIER.classifyOrThrow(Files.readString(Path.of("..", "corpus", "documents", id + ".txt"),
                StandardCharsets.UTF_8));
    }
}
