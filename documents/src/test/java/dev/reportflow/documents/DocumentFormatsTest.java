package dev.reportflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.Section;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import dev.reportflow.documents.ofd.OfdFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The files offices really send: one report, written once as text and converted by LibreOffice
 * (.doc, .docx, .pdf, .odt; the .wps is the .doc under WPS's name) and by ofdrw's writer (.ofd), in
 * {@code src/test/resources/fixtures}; see {@code fixtures/README.md} for how each was made.
 */
class DocumentFormatsTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    private static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(FIXTURES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DocumentText read(String name) {
        return DocumentReader.read(name, fixture(name), null);
    }

    /** What the classifier makes of a text: the parts a supervisor sees, which must not depend on the file format. */
    private record Outcome(String title, String issuer, String level, String department, List<String> headings) {
        static Outcome of(String text) {
            Classification classification = Classifier.standard().classifyOrThrow(text);
            assertThat(classification.reports()).hasSize(1);
            Report report = classification.reports().get(0);
            return new Outcome(report.title(), report.issuer().name(), report.issuer().level(), report.issuer().department(),
                    report.sections().stream().map(Section::heading).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.doc", "report.docx", "report.wps", "report.pdf", "report-paged.pdf", "report.ofd"})
    void theSameReportInEveryFormatClassifiesAsItsText(String file) {
        DocumentText text = read("report.txt");
        DocumentText document = read(file);

        assertThat(document.isOk()).as(document.message()).isTrue();
        Outcome expected = Outcome.of(text.text());
        assertThat(expected.issuer()).isEqualTo("县应急管理局");
        assertThat(expected.headings()).hasSize(3);
        assertThat(Outcome.of(document.text())).isEqualTo(expected);
        // Every paragraph of the text comes through as one line (the documents drop blank lines only).
        assertThat(document.text().lines().filter(l -> !l.isBlank()).toList())
                .isEqualTo(text.text().lines().filter(l -> !l.isBlank()).toList());
    }

    @Test
    void eachFormatIsNamedByItsContentType() {
        assertThat(read("report.doc").contentType()).isEqualTo("application/msword");
        assertThat(read("report.wps").contentType()).isEqualTo("application/msword");
        assertThat(read("report.pdf").contentType()).isEqualTo("application/pdf");
        assertThat(read("report.ofd").contentType()).isEqualTo("application/ofd");
        assertThat(read("report.pdf").encoding()).isEqualTo("pdf");
        assertThat(read("report.ofd").encoding()).isEqualTo("ofd");
        assertThat(read("report.doc").encoding()).isEqualTo("doc");
    }

    /**
     * WPS Office saves "WPS 文字 97" files (.wps) in Word's binary format, so a .doc under the .wps
     * name is what WPS writes; it is read as the Word file it is.
     */
    @Test
    void readsAWordFileNamedWps() {
        DocumentText wps = DocumentReader.read("工作总结.wps", fixture("report.doc"), null);

        assertThat(wps.isOk()).isTrue();
        assertThat(wps.text()).isEqualTo(read("report.doc").text());
    }

    /** LibreOffice converted a .docx with Word's automatic numbering to .doc: the numbers come back from HWPF's lists. */
    @Test
    void writesWord97ListNumbersIntoTheLines() {
        assertThat(read("numbered-outline.doc").text().split("\n")).containsExactly(
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
                "三、2024年工作计划");
    }

    @Test
    void dropsRunningHeadersAndPageNumbersAndRejoinsLinesAcrossPages() throws IOException {
        byte[] pdf = fixture("report-paged.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }

        String text = DocumentReader.read("report-paged.pdf", pdf, null).text();

        assertThat(text).doesNotContain("县应急管理局文件").doesNotContain("- 1 -").doesNotContain("- 2 -");
        assertThat(text).isEqualTo(read("report.pdf").text());
    }

    @Test
    void readsAPdfNamedDocxAsThePdfItIs() {
        DocumentText read = DocumentReader.read("report.docx", fixture("report.pdf"), null);

        assertThat(read.isOk()).isTrue();
        assertThat(read.contentType()).isEqualTo("application/pdf");
        assertThat(DocumentReader.read("report.doc", fixture("report.ofd"), null).contentType()).isEqualTo("application/ofd");
        assertThat(DocumentReader.read("report.pdf", fixture("report.doc"), null).contentType()).isEqualTo("application/msword");
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "report.ofd", "report.doc", "report.wps"})
    void refusesBytesThatAreNoDocumentUnderADocumentsName(String name) {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        DocumentText read = DocumentReader.read(name, garbage, null);

        assertThat(read.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(read.message()).contains("named " + name.substring(name.lastIndexOf('.')));
        assertThat(DocumentReader.read(name, "一、工作".getBytes(StandardCharsets.UTF_8), null).failure())
                .isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.doc", "report.docx", "report.pdf", "report.ofd"})
    void refusesATruncatedFileOfEachFormat(String name) {
        byte[] whole = fixture(name);

        DocumentText half = DocumentReader.read(name, Arrays.copyOf(whole, whole.length / 2), null);

        assertThat(half.failure()).as("%s cut in half", name).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(half.message()).isNotBlank();
    }

    /**
     * A file that lost only its last bytes: refused, or (a .doc's last bytes are the padding of its
     * last sector) read whole; never read in part. PDF and OFD are refused outright, since their
     * readers would otherwise read what is left: a PDF must end with %%EOF, a zip with its directory.
     */
    @ParameterizedTest
    @ValueSource(strings = {"report.doc", "report.docx", "report.pdf", "report.ofd"})
    void neverReadsPartOfAFileThatLostItsEnd(String name) {
        byte[] whole = fixture(name);

        DocumentText cut = DocumentReader.read(name, Arrays.copyOf(whole, whole.length - 40), null);

        if (name.endsWith(".pdf") || name.endsWith(".ofd")) {
            assertThat(cut.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
            assertThat(cut.message()).contains("cut short");
        } else if (cut.isOk()) {
            assertThat(cut.text()).isEqualTo(read(name).text());
        } else {
            assertThat(cut.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        }
    }

    @Test
    void refusesAPasswordProtectedPdf() throws IOException {
        DocumentText read = DocumentReader.read("report.pdf", encrypted(fixture("report.pdf"), "user-secret"), null);

        assertThat(read.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(read.message()).contains("password");
    }

    /** Offices often forbid copying with an owner password only; the file opens without one and its text is read. */
    @Test
    void readsAPdfThatOnlyRestrictsCopying() throws IOException {
        DocumentText read = DocumentReader.read("report.pdf", encrypted(fixture("report.pdf"), ""), null);

        assertThat(read.isOk()).as(read.message()).isTrue();
        assertThat(read.text()).isEqualTo(read("report.pdf").text());
    }

    @Test
    void refusesAScannedPdfAsHavingNoTextLayer() throws IOException {
        DocumentText read = DocumentReader.read("扫描件.pdf", scanned("县应急管理局2024年工作总结"), null);

        assertThat(read.failure()).isEqualTo(DocumentFailure.NO_TEXT_LAYER);
        assertThat(read.failure().rejectionReason()).isEqualTo("NO_TEXT_LAYER");
        assertThat(read.message()).startsWith("PDF 文件没有可提取的文字").contains("Word").contains("WPS").contains("OCR");
    }

    @Test
    void refusesAScannedOfdAsHavingNoTextLayer() throws IOException {
        DocumentText read = DocumentReader.read("扫描件.ofd", OfdFiles.scanned(png(scannedPage("县应急管理局2024年工作总结"))), null);

        assertThat(read.failure()).isEqualTo(DocumentFailure.NO_TEXT_LAYER);
        assertThat(read.message()).startsWith("OFD 文件没有可提取的文字");
    }

    @Test
    void refusesAPdfOfBlankPagesAsEmpty() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);

            assertThat(DocumentReader.read("blank.pdf", out.toByteArray(), null).failure()).isEqualTo(DocumentFailure.EMPTY);
        }
    }

    @Test
    void refusesAPdfOrOfdWithMorePagesOrLinesThanTheLimits() {
        byte[] pdf = fixture("report-paged.pdf");
        byte[] ofd = fixture("report.ofd");

        assertThat(DocumentReader.read("a.pdf", pdf, null, new DocumentLimits(32L << 20, 50_000, 3)).isOk()).isTrue();
        DocumentText pages = DocumentReader.read("a.pdf", pdf, null, new DocumentLimits(32L << 20, 50_000, 2));
        assertThat(pages.failure()).isEqualTo(DocumentFailure.TOO_MANY_LINES);
        assertThat(pages.message()).contains("3 pages").contains("2");
        assertThat(DocumentReader.read("a.pdf", pdf, null, new DocumentLimits(32L << 20, 10, 500)).failure())
                .isEqualTo(DocumentFailure.TOO_MANY_LINES);

        assertThat(DocumentReader.read("a.ofd", ofd, null, new DocumentLimits(32L << 20, 50_000, 1)).failure())
                .isEqualTo(DocumentFailure.TOO_MANY_LINES);
        assertThat(DocumentReader.read("a.ofd", ofd, null, new DocumentLimits(32L << 20, 10, 500)).failure())
                .isEqualTo(DocumentFailure.TOO_MANY_LINES);
        assertThat(DocumentReader.read("a.doc", fixture("report.doc"), null, new DocumentLimits(32L << 20, 5, 500)).failure())
                .isEqualTo(DocumentFailure.TOO_MANY_LINES);
    }

    @Test
    void refusesAnOfdThatUnzipsBeyondTheLimitBeforeUnpackingIt() throws IOException {
        byte[] ofd = fixture("report.ofd");
        String page = "Doc_0/Pages/Page_0/Content.xml";
        byte[] bomb = ZipParts.replaceEntry(ofd, page, ZipParts.padded(ZipParts.entry(ofd, page), 2 << 20));

        assertThat(bomb.length).isLessThan(64 * 1024);
        DocumentText read = DocumentReader.read("bomb.ofd", bomb, null, new DocumentLimits(1L << 20, 50_000));
        assertThat(read.failure()).isEqualTo(DocumentFailure.OVERSIZED);
        assertThat(read.message()).contains("1 MiB");
        // The padding is whitespace in the XML: within a larger limit the same file reads.
        assertThat(DocumentReader.read("bomb.ofd", bomb, null, new DocumentLimits(4L << 20, 50_000)).isOk()).isTrue();
    }

    @Test
    void refusesAPdfWhoseStreamsInflateBeyondTheLimit() throws IOException {
        try (PDDocument document = Loader.loadPDF(fixture("report.pdf")); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // 2 MiB of blanks in a Flate stream: valid page content, a few KB in the file.
            byte[] blanks = new byte[2 << 20];
            Arrays.fill(blanks, (byte) ' ');
            PDPage page = new PDPage(PDRectangle.A4);
            page.setContents(new PDStream(document, new ByteArrayInputStream(blanks), COSName.FLATE_DECODE));
            document.addPage(page);
            document.save(out);
            byte[] bomb = out.toByteArray();

            assertThat(bomb.length).isLessThan(128 * 1024);
            assertThat(DocumentReader.read("bomb.pdf", bomb, null, new DocumentLimits(1L << 20, 50_000)).failure())
                    .isEqualTo(DocumentFailure.OVERSIZED);
            assertThat(DocumentReader.read("bomb.pdf", bomb, null, new DocumentLimits(4L << 20, 50_000)).isOk()).isTrue();
        }
    }

    @Test
    void refusesAnEncryptedOfd() throws IOException {
        byte[] encrypted = addEntry(fixture("report.ofd"), "Encryptions.xml", "<Encryptions/>".getBytes(StandardCharsets.UTF_8));

        DocumentText read = DocumentReader.read("report.ofd", encrypted, null);

        assertThat(read.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(read.message()).contains("encrypted");
    }

    /** ofdrw's own unpacking would write "../" names outside its directory; they are refused before that. */
    @Test
    void refusesAnOfdWithAPartNamedOutsideThePackage() throws IOException {
        byte[] escaping = addEntry(fixture("report.ofd"), "../../reportflow-escaped.txt", "x".getBytes(StandardCharsets.UTF_8));

        DocumentText read = DocumentReader.read("report.ofd", escaping, null);

        assertThat(read.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(read.message()).contains("outside the package");
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), "reportflow-escaped.txt")).doesNotExist();
    }

    @Test
    void refusesAnExcelWorkbookSayingWhatItIs() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("汇总").createRow(0).createCell(0).setCellValue("一、工作");
            workbook.write(out);

            DocumentText read = DocumentReader.read("report.doc", out.toByteArray(), null);

            assertThat(read.failure()).isEqualTo(DocumentFailure.BINARY);
            assertThat(read.message()).contains("Excel");
        }
    }

    @Test
    void refusesAnOpenDocumentFileSayingWhatToSendInstead() {
        DocumentText read = read("report.odt");

        assertThat(read.failure()).isEqualTo(DocumentFailure.BINARY);
        assertThat(read.message()).contains(".odt").contains(".docx");
    }

    @Test
    void aDocumentsContentTypeMustComeWithItsBytes() {
        DocumentText mislabelled = DocumentReader.read("a", fixture("report.doc"), null, "application/pdf", DocumentLimits.DEFAULT);

        assertThat(mislabelled.failure()).isEqualTo(DocumentFailure.UNREADABLE_DOCUMENT);
        assertThat(mislabelled.message()).contains("labelled as a PDF");
        assertThat(DocumentReader.read("a", fixture("report.pdf"), null, "application/pdf", DocumentLimits.DEFAULT).isOk()).isTrue();
        assertThat(DocumentReader.read("a", fixture("report.ofd"), null, "application/ofd", DocumentLimits.DEFAULT).isOk()).isTrue();
    }

    /** Not a benchmark: prints how long reading takes, for the record. */
    @Test
    void printsHowLongReadingTakes() {
        for (String name : List.of("report.pdf", "report-paged.pdf", "report.ofd", "report.doc", "report.docx")) {
            byte[] bytes = fixture(name);
            for (int i = 0; i < 5; i++) {
                DocumentReader.read(name, bytes, null);
            }
            int runs = 20;
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                DocumentReader.read(name, bytes, null);
            }
            System.out.printf("read %-17s %6d bytes: %6.1f ms each (warm, %d runs)%n", name, bytes.length,
                    (System.nanoTime() - start) / 1e6 / runs, runs);
        }
    }

    static byte[] encrypted(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A scanned page: the text drawn into a grey picture of an A4 page at 150 dpi. */
    static BufferedImage scannedPage(String text) {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        graphics.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
        graphics.drawString(text, 120, 200);
        graphics.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A scan's PDF: the text drawn into a picture, and only the picture on the page. */
    static byte[] scanned(String text) throws IOException {
        BufferedImage image = scannedPage(text);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] addEntry(byte[] zipBytes, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }
}
