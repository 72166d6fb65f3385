package dev.reportflow.documents;

import static dev.reportflow.documents.WordFiles.CHINESE_OUTLINE;
import static dev.reportflow.documents.WordFiles.listItem;
import static dev.reportflow.documents.WordFiles.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.Section;
import dev.reportflow.classifier.text.ContentHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private static final String DOCX = DocumentFormat.DOCX.contentType();

    @Test
    void oneTextHasOneContentHashWhateverFileItCameIn() {
        String text = "区审计局2023年工作总结\n一、主要工作\n全年完成审计项目12个。\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        byte[] bomCrlf = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        byte[] docx = WordFiles.build(document -> text.lines().forEach(line -> paragraph(document, line)));

        String expected = ContentHash.of(text);
        assertThat(DocumentReader.read("a.txt", utf8, null).contentHash()).isEqualTo(expected);
        assertThat(DocumentReader.read("a.txt", gbk, "GBK").contentHash()).isEqualTo(expected);
        assertThat(DocumentReader.read("a.txt", bomCrlf, null).contentHash()).isEqualTo(expected);
        DocumentText word = DocumentReader.read("a.docx", docx, null);
        assertThat(word.contentHash()).isEqualTo(ContentHash.of(word.text()));
        assertThat(DocumentReader.read("a.txt", new byte[0], null).contentHash()).isNull();
    }

    @Test
    void writesWordListNumbersIntoTheLinesAndRestartsSubLevels() {
        byte[] docx = WordFiles.build(document -> {
            BigInteger outline = WordFiles.defineList(document, CHINESE_OUTLINE);
            paragraph(document, "区审计局2023年工作总结");
            listItem(document, outline, 0, "主要工作");
            listItem(document, outline, 1, "强化预算执行审计");
            listItem(document, outline, 2, "开展专项审计");
            listItem(document, outline, 3, "追回资金");
            listItem(document, outline, 3, "建立台账");
            listItem(document, outline, 2, "推动整改");
            listItem(document, outline, 1, "深化政策跟踪审计");
            listItem(document, outline, 0, "存在的问题");
            listItem(document, outline, 1, "人员不足");
            paragraph(document, "");
            listItem(document, outline, 0, "2024年工作计划");
        });

        DocumentText read = DocumentReader.read("总结.docx", docx, null);

        assertThat(read.isOk()).as(read.message()).isTrue();
        assertThat(read.contentType()).isEqualTo(DOCX);
        assertThat(read.encoding()).isEqualTo(DocumentText.DOCX_ENCODING);
        assertThat(read.text().split("\n", -1)).containsExactly(
                "区审计局2023年工作总结",
                "一、主要工作",
                "（一）强化预算执行审计",
                "1. 开展专项审计",
                "（1）追回资金",
                "（2）建立台账",
                "2. 推动整改",
                "（二）深化政策跟踪审计",
                "二、存在的问题",
                "（一）人员不足",
                "",
                "三、2024年工作计划");
    }

    @Test
    void numbersHeadingsWhoseStyleCarriesTheNumbering() {
        byte[] docx = WordFiles.build(document -> {
            BigInteger outline = WordFiles.defineList(document, CHINESE_OUTLINE);
            WordFiles.defineStyle(document, "Title", "Title", null, 0);
            WordFiles.defineStyle(document, "Heading1", "heading 1", outline, 0);
            WordFiles.defineStyle(document, "Heading2", "heading 2", outline, 1);
            WordFiles.styled(document, "Title", "镇政府2023年工作总结");
            WordFiles.styled(document, "Heading1", "工作回顾");
            WordFiles.styled(document, "Heading2", "经济发展");
            paragraph(document, "全年地区生产总值增长6%。");
            WordFiles.styled(document, "Heading2", "社会事业");
            WordFiles.styled(document, "Heading1", "下一步打算");
        });

        assertThat(DocumentReader.read("r.docx", docx, null).text().split("\n")).containsExactly(
                "镇政府2023年工作总结", "一、工作回顾", "（一）经济发展", "全年地区生产总值增长6%。", "（二）社会事业", "二、下一步打算");
    }

    @Test
    void writesEachTableRowAsOneLineAndSoftBreaksAsLines() {
        byte[] docx = WordFiles.build(document -> {
            XWPFTable table = document.createTable(2, 3);
            String[][] cells = {{"指标", "2022年", "2023年"}, {"审计项目", "28", "32"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            var run = document.createParagraph().createRun();
            run.setText("第一行");
            run.addBreak();
            run.setText("第二行");
        });

        assertThat(DocumentReader.read("t.docx", docx, null).text().split("\n"))
                .containsExactly("指标\t2022年\t2023年", "审计项目\t28\t32", "第一行", "第二行");
    }

    /** The point of it all: a report sent as .docx is classified as the same report sent as text. */
    @Test
    void aWordReportClassifiesLikeItsTextVersion() throws IOException {
        String text = new String(Files.readAllBytes(Path.of("..", "samples", "county-audit-2024.gbk.txt")), Charset.forName("GB18030"))
                .replace("\r\n", "\n");
        byte[] docx = WordFiles.build(document -> {
            BigInteger outline = WordFiles.defineList(document, CHINESE_OUTLINE);
            WordFiles.defineStyle(document, "Heading1", "heading 1", null, 0);
            for (String line : text.split("\n", -1)) {
                if (line.matches("^[一二三四五六七八九十]+、.*")) {
                    listItem(document, outline, 0, line.substring(line.indexOf('、') + 1));
                } else if (line.matches("^（[一二三四五六七八九十]+）.*")) {
                    listItem(document, outline, 1, line.substring(line.indexOf('）') + 1));
                } else if (line.endsWith("工作计划") && !line.contains("、")) {
                    WordFiles.styled(document, "Heading1", line);
                } else {
                    paragraph(document, line);
                }
            }
        });

        DocumentText read = DocumentReader.read("县审计局.docx", docx, null);

        assertThat(read.text()).isEqualTo(text);
        Report fromWord = Classifier.standard().classify(read.text()).reports().get(0);
        Report fromText = Classifier.standard().classify(text).reports().get(0);
        assertThat(fromWord.sections()).extracting(Section::heading, Section::role)
                .isEqualTo(fromText.sections().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.heading(), s.role())).toList())
                .hasSize(3);
        assertThat(fromWord.issuer()).isEqualTo(fromText.issuer());
    }

    @Test
    void detectsAWordFileByItsContentWhateverItsName() {
        byte[] docx = WordFiles.build(document -> paragraph(document, "工作总结"));

        DocumentText read = DocumentReader.read("upload.bin", docx, null);

        assertThat(read.isOk()).isTrue();
        assertThat(read.contentType()).isEqualTo(DOCX);
        assertThat(read.text()).isEqualTo("工作总结");
    }

    @Test
    void readsPlainTextThroughTheTextDecoder() {
        DocumentText read = DocumentReader.read("报告.txt", "一、工作回顾\r\n".getBytes(Charset.forName("GBK")), null);

        assertThat(read.isOk()).isTrue();
        assertThat(read.text()).isEqualTo("一、工作回顾\n");
        assertThat(read.encoding()).isEqualTo("GB18030");
        assertThat(read.contentType()).isEqualTo("text/plain");
    }

    @Test
    void refusesAWordFileWhoseDocumentIsDamaged() throws IOException {
        byte[] docx = WordFiles.build(document -> paragraph(document, "工作总结"));
        byte[] damaged = ZipParts.replaceEntry(docx, "word/document.xml", "<w:document xmlns:w=\"broken".getBytes(StandardCharsets.UTF_8));

        DocumentText read = DocumentReader.read("upload", damaged, null);

        assertThat(read.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(read.message()).startsWith("The Word file cannot be read (").contains("save it again as .docx");
        assertThat(read.failure().rejectionReason()).isEqualTo("UNREADABLE_DOCUMENT");
    }

    @Test
    void refusesATruncatedWordFile() {
        byte[] docx = WordFiles.build(document -> paragraph(document, "工作总结"));

        DocumentText read = DocumentReader.read("report.docx", Arrays.copyOf(docx, docx.length / 2), null);

        assertThat(read.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(read.message()).contains("save it again as .docx");
    }

    @Test
    void refusesAnArchiveNamedDocxThatHoldsNoWordDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("一、工作".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(DocumentReader.read("report.docx", bytes.toByteArray(), null).failure())
                .isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(DocumentReader.read("report.zip", bytes.toByteArray(), null).failure())
                .isEqualTo(DocumentFailure.BINARY);
    }

    @Test
    void refusesTextNamedDocx() {
        DocumentText read = DocumentReader.read("report.docx", "一、工作".getBytes(StandardCharsets.UTF_8), null);

        assertThat(read.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(read.message()).contains("named .docx");
    }

    @Test
    void refusesAnOle2FileWhoseDirectoryIsDamaged() {
        byte[] ole2 = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);

        DocumentText read = DocumentReader.read("report.doc", ole2, null);

        assertThat(read.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(read.message()).contains(".doc").contains(".docx");
    }

    @Test
    void refusesAWordFileWithoutText() {
        byte[] docx = WordFiles.build(document -> paragraph(document, "  "));

        assertThat(DocumentReader.read("empty.docx", docx, null).failure()).isEqualTo(DocumentFailure.EMPTY);
    }

    @Test
    void aWordContentTypeMustComeWithWordBytes() {
        byte[] text = "一、工作".getBytes(StandardCharsets.UTF_8);
        byte[] docx = WordFiles.build(document -> paragraph(document, "一、工作"));

        assertThat(DocumentReader.read("a", text, null, DOCX, DocumentLimits.DEFAULT).failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(DocumentReader.read("a", docx, null, DOCX, DocumentLimits.DEFAULT).text()).isEqualTo("一、工作");
        assertThat(DocumentReader.read("a", text, null, "text/plain", DocumentLimits.DEFAULT).text()).isEqualTo("一、工作");
        assertThat(DocumentReader.read("a", docx, null, "text/plain", DocumentLimits.DEFAULT).contentType()).isEqualTo(DOCX);
    }

    @Test
    void contentTypesNameFormats() {
        assertThat(DocumentFormat.ofContentType("text/plain; charset=GBK")).isEqualTo(DocumentFormat.PLAIN_TEXT);
        assertThat(DocumentFormat.ofContentType(DOCX)).isEqualTo(DocumentFormat.DOCX);
        assertThat(DocumentFormat.ofContentType("application/pdf")).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.ofContentType("application/ofd")).isEqualTo(DocumentFormat.OFD);
        assertThat(DocumentFormat.ofContentType("application/msword")).isEqualTo(DocumentFormat.WORD_97);
        assertThat(DocumentFormat.ofContentType("application/vnd.oasis.opendocument.text")).isNull();
        assertThat(List.of(DocumentFormat.values())).hasSize(5);
    }

    @Test
    void refusesAWordFileWithMoreParagraphsThanTheLimitBeforeParsingIt() {
        byte[] docx = WordFiles.build(document -> {
            for (int i = 0; i < 1_001; i++) {
                paragraph(document, "第" + i + "段");
            }
        });

        assertThat(DocumentReader.read("many.docx", docx, null, new DocumentLimits(32L << 20, 1_001)).isOk()).isTrue();
        DocumentText read = DocumentReader.read("many.docx", docx, null, new DocumentLimits(32L << 20, 1_000));
        assertThat(read.failure()).isEqualTo(DocumentFailure.TOO_MANY_LINES);
        assertThat(read.message()).contains("1000");
    }

    @Test
    void refusesAWordFileThatUnzipsToMoreThanTheLimit() throws IOException {
        byte[] docx = WordFiles.build(document -> paragraph(document, "工作总结"));
        // Highly compressible padding, as a zip bomb would use: a few KB in the file, 2 MiB unzipped.
        byte[] padded = ZipParts.replaceEntry(docx, "word/document.xml", ZipParts.padded(ZipParts.entry(docx, "word/document.xml"), 2 << 20));

        assertThat(padded.length).isLessThan(64 * 1024);
        DocumentText read = DocumentReader.read("bomb.docx", padded, null, new DocumentLimits(1L << 20, 50_000));
        assertThat(read.failure()).isEqualTo(DocumentFailure.OVERSIZED);
        assertThat(read.message()).contains("1 MiB");
    }

    @Test
    void refusesATextWithMoreLinesThanTheLimit() {
        byte[] text = "一、工作\n".repeat(101).getBytes(StandardCharsets.UTF_8);

        assertThat(DocumentReader.read("a.txt", text, null, new DocumentLimits(1L << 20, 102)).isOk()).isTrue();
        assertThat(DocumentReader.read("a.txt", text, null, new DocumentLimits(1L << 20, 101)).failure())
                .isEqualTo(DocumentFailure.TOO_MANY_LINES);
    }
}
