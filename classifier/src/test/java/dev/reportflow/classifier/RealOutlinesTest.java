package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Outlines the classifier reads from whole real pages of the corpus's dev part (corpus/labels/*.jsonl
 * give each one's source), where the shape that decides the outline spans the page.
 */
class RealOutlinesTest {

    private static final Classifier CLASSIFIER = Classifier.standard();

    @Test
    void theOneThatOpensASeriesOfPageChunkMarksIsTheSitesToo() throws IOException {
        // base-007: three lines of 302 characters, "1、XX镇2023年政府工作报告汇编(35篇)目录…", "2、2023年 17.东凤镇…",
        // "3、23年政府工作报告 34.朱寨镇…一、2022年工作回顾…": the table of contents is no section
        Report report = only("base-007");

        assertThat(report.sections()).extracting(Section::line).containsExactly(3);
        assertThat(report.sections().get(0).heading()).startsWith("一、2022年工作回顾");
    }

    @Test
    void aPageChunkedWithoutAnyHeadingIsRoutedWhole() throws IOException {
        // extra-042: "1、卫生院2022年妇幼保健工作总结及2022年工作方案…", "2、4人,活产数398人…", "3、8。2.妇幼保健知识宣传:…"
        Report report = only("extra-042");

        assertThat(report.sections()).isEmpty();
        assertThat(report.routedUnits()).hasSize(1);
    }

    @Test
    void aNumberBeforeAChunkMarkOnALineOfAnotherLengthStaysAHeading() throws IOException {
        // base-024 lines 7-8: "5、法律顾问进社区工作。…普及日常生活中比较容易遇到的法律知识," (96 characters, cut by the
        // page) over "6、管理居委会财务经费。…" (108): the 6、 reads as the site's mark, the 5、 is still the report's
        Report report = only("base-024");

        assertThat(report.routedUnits()).anySatisfy(u -> assertThat(u.heading()).isEqualTo("5、法律顾问进社区工作。"));
    }

    @Test
    void theCountGoesOnPastTheTextASiteHides() throws IOException {
        // extra-055 lines 4-5: "一、大力实施“领头雁工程”,着力夯实村级组织建设 …坚 ……此处隐藏18632个字……" over
        // "五、点面结合,注重特色,创造性地开展村务公开和民主管理工作"
        Report report = only("extra-055");

        assertThat(report.sections()).extracting(Section::line).containsExactly(4, 5);
    }

    @Test
    void aShortLineBeforeACountFromTwoIsTheFirstItemWhoseNumberWasLost() throws IOException {
        // extra-034 lines 3-6: "一、2022年工作总结" over "抗疫情,奋力保障群众安全" over "一是持续夯实“网格化”管理,…" over
        // "(二)促增收,稳步推进农业产业发展": the (一) lost its number, and it is a unit of its own
        Report report = only("extra-034");

        assertThat(report.routedUnits()).extracting(RoutedUnit::line).containsExactly(4, 6);
        assertThat(report.routedUnits().get(0).heading()).isEqualTo("抗疫情,奋力保障群众安全");
        assertThat(report.routedUnits().get(0).departments().get(0).department()).isEqualTo("health");
    }

    @Test
    void aHeadingOnAFlattenedLineEndsAtTheSpaceWhereThePageBrokeTheLine() throws IOException {
        // more-016 line 1 (flattened): "…一、工作开展情况 一是越级访治理效果较好,但总体形势仍然严峻。…"; extra-055 line 4: "一、大力实施“领头雁
        // 工程”,着力夯实村级组织建设 村级班子软弱、…": the words after the space are the body, not the heading
        assertThat(only("more-016").sections().get(0).heading()).isEqualTo("一、工作开展情况");
        assertThat(only("extra-055").sections().get(0).heading()).isEqualTo("一、大力实施“领头雁工程”,着力夯实村级组织建设");
    }

    @Test
    void aHeadingRunIntoItsBodyWithoutAStopEndsWhereTheBodyOpens() throws IOException {
        // more-001 line 1: "一、 基本情况某某镇位于五指山市北部,…" (a role heading, then the body at once); inst-009 line 1:
        // "一、基本公共卫生服务为确保基本公共卫生服务项目的顺利实施,…" (为确保 opens a paragraph, never a heading's words);
        // extra-035 line 1: "一、提高认识、统一思想、加强领导为确实有效提高工会的凝聚力…"
        assertThat(only("more-001").sections().get(0).heading()).isEqualTo("一、 基本情况");
        assertThat(only("inst-009").sections().get(0).heading()).isEqualTo("一、基本公共卫生服务");
        assertThat(only("extra-035").sections().get(0).heading()).isEqualTo("一、提高认识、统一思想、加强领导");
    }

    private static Report only(String id) throws IOException {
        Classification c = CLASSIFIER.classifyOrThrow(Files.readString(Path.of("..", "corpus", "documents", id + ".txt"),
                StandardCharsets.UTF_8));
        assertThat(c.reports()).as(id).hasSize(1);
        return c.reports().get(0);
    }
}
