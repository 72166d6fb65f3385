package dev.reportflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.RoutingThresholds;
import dev.reportflow.classifier.text.ContentHash;
import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.RuleKind;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology's contract, driven with TopologyTestDriver: every submission ends in exactly one place. */
class ReportRoutingTopologyTest {

    static final String REPORT = """
            县应急管理局2024年工作总结和2025年工作计划

            2024年，县应急管理局坚持安全发展理念，扎实推进各项工作。
            一、2024年工作开展情况
            （一）安全生产专项整治。开展危险化学品、消防安全、建筑施工等重点行业领域排查整治。
            （二）防灾减灾救灾。完善森林防火和防汛抗旱预案，组织应急演练12次。
            二、存在的问题
            基层应急力量薄弱，部分企业主体责任落实不到位。
            三、2025年工作计划
            （一）深化安全生产治本攻坚。
            （二）提升应急救援能力。
            """;

    private final Topics topics = Topics.defaults();
    private final AvroSerde<Submission> submissionSerde = AvroSerde.of(Submission.class);
    private TopologyTestDriver driver;
    private TestInputTopic<String, Submission> intake;
    private long offsetCounter;
    @TempDir
    Path stateDir;

    @BeforeEach
    void startDriver() {
        startDriver(Map.of());
    }

    private void startDriver(Map<String, String> overrides) {
        if (driver != null) {
            driver.close();
        }
        // A state directory of its own: Kafka's default (<tmp>/kafka-streams) is shared by every run on the host,
        // and a run that died there leaves state that breaks the next one's driver.
        Map<String, String> flags = new java.util.HashMap<>(Map.of("bootstrap.servers", "unused:9092",
                "reportflow.submission.max-bytes", "20000", "state.dir", stateDir.toString()));
        flags.putAll(overrides);
        AppConfig config = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), flags);
        Properties properties = new Properties();
        properties.putAll(config.asMap());
        driver = new TopologyTestDriver(ReportRoutingTopology.build(config, 1), properties);
        intake = driver.createInputTopic(topics.submitted(), new StringSerializer(), submissionSerde.serializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void routesEachUnitOfAReportToItsDepartmentsAndRecordsTheReport() {
        Submission submission = submission(REPORT.getBytes(StandardCharsets.UTF_8));
        intake.pipeInput(submission.getContentHash(), submission);

        Classification expected = Classifier.standard().classify(REPORT);
        List<ClassifiedReport> reports = classified();
        assertThat(reports).hasSize(expected.reports().size()).isNotEmpty();
        ClassifiedReport report = reports.get(0);
        assertThat(report.getReportId()).isEqualTo(submission.getSubmissionId() + "#1");
        assertThat(report.getSource().getTopic()).isEqualTo(topics.submitted());
        assertThat(report.getOutline()).hasSize(expected.reports().get(0).sections().size());

        List<RoutedSection> deliveries = routed();
        assertThat(deliveries).hasSize(report.getRoutedCopies());
        assertThat(deliveries).allSatisfy(d -> {
            assertThat(d.getSubmissionId()).isEqualTo(submission.getSubmissionId());
            assertThat(d.getDeliveryId()).isEqualTo(d.getUnitId() + "@" + d.getRoutedTo());
            assertThat(d.getText()).startsWith(d.getHeading().substring(0, 2));
            assertThat(d.getRulesVersion()).isEqualTo(report.getRulesVersion());
        });
        assertThat(deliveries).extracting(RoutedSection::getDeliveryId).doesNotHaveDuplicates();
        assertThat(rejected()).isEmpty();
    }

    @Test
    void aUnitLessSureThanTheUnitThresholdWaitsOnUnassignedWhileTheOtherUnitsOfItsReportAreRouted() {
        Report expected = Classifier.standard().classify(REPORT).reports().get(0);
        Map<String, Double> confidence = new java.util.HashMap<>();
        expected.routedUnits().forEach(u -> confidence.put(u.path(), RoutingThresholds.unitConfidence(expected, u).score()));
        double least = confidence.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double most = confidence.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(least).as("units of unlike confidence in %s", confidence).isLessThan(most);
        assertThat(expected.confidence().score()).as("a report routed as a whole").isGreaterThanOrEqualTo(0.5);
        // a threshold between the least and the most sure unit: some units wait, their siblings are routed
        double threshold = (least + most) / 2;
        startDriver(Map.of("reportflow.routing.min-unit-confidence", String.valueOf(threshold)));

        pipe(submission(REPORT.getBytes(StandardCharsets.UTF_8)));

        List<RoutedSection> deliveries = routed();
        assertThat(deliveries).extracting(RoutedSection::getSectionPath).containsAll(confidence.keySet());
        for (Map.Entry<String, Double> unit : confidence.entrySet()) {
            List<RoutedSection> copies = deliveries.stream().filter(d -> d.getSectionPath().equals(unit.getKey())).toList();
            if (unit.getValue() < threshold) {
                assertThat(copies).as("unit %s at %.2f", unit.getKey(), unit.getValue()).singleElement().satisfies(d -> {
                    assertThat(d.getRoutedTo()).isEqualTo(Topics.UNASSIGNED);
                    assertThat(d.getRoutingReason()).isEqualTo("low-unit-confidence");
                    assertThat(d.getConfidence()).isEqualTo(unit.getValue());
                    assertThat(d.getConfidenceEvidence().getScore()).isEqualTo(unit.getValue());
                    assertThat(d.getTriageReason()).contains("below the unit routing threshold");
                });
            } else {
                assertThat(copies).as("unit %s at %.2f", unit.getKey(), unit.getValue()).isNotEmpty().allSatisfy(d -> {
                    assertThat(d.getRoutedTo()).isNotEqualTo(Topics.UNASSIGNED);
                    assertThat(d.getRoutingReason()).isIn("issuer-department", "section-department");
                    assertThat(d.getTriageReason()).isNull();
                });
            }
        }
        assertThat(driver.producedTopicNames()).contains(topics.routed(Topics.UNASSIGNED), topics.routed("emergency_management"));
        assertThat(classified()).singleElement().satisfies(r -> {
            assertThat(r.getTriageReason()).isNull();
            assertThat(r.getRoutedCopies()).isEqualTo(deliveries.size());
        });
    }

    @Test
    void rejectsTheSecondCopyOfATextAsDuplicateEvenInAnotherEncoding() {
        Submission first = submission(REPORT.getBytes(StandardCharsets.UTF_8));
        Submission copy = submission(REPORT.getBytes(Charset.forName("GBK")));
        intake.pipeInput(first.getContentHash(), first);
        intake.pipeInput(copy.getContentHash(), copy);

        List<Rejection> rejections = rejected();
        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.DUPLICATE);
            assertThat(r.getSubmissionId()).isEqualTo(copy.getSubmissionId());
            assertThat(r.getDuplicateOf().getSubmissionId()).isEqualTo(first.getSubmissionId());
            assertThat(r.getDuplicateOf().getSource().getOffset()).isZero();
        });
        assertThat(classified()).extracting(ClassifiedReport::getSubmissionId).containsOnly(first.getSubmissionId());
    }

    @Test
    void remembersOnlyRoutedTextsSoThatARejectedTextCanBeSentAgain() {
        byte[] notAReport = "这是一份购物清单：苹果、香蕉、牛奶。".getBytes(StandardCharsets.UTF_8);
        pipe(submission(notAReport));
        pipe(submission(notAReport));

        assertThat(rejected()).extracting(Rejection::getReason)
                .containsExactly(RejectionReason.NOT_A_REPORT, RejectionReason.NOT_A_REPORT);
    }

    @Test
    void rejectsBadSubmissionsWithAReasonAndKeepsGoing() {
        pipe(submission(new byte[0]));
        pipe(submission(new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2}));
        pipe(submission(new byte[20001]));
        pipe(submission("这是一份购物清单：苹果、香蕉、牛奶。".getBytes(StandardCharsets.UTF_8)));
        Submission declaredWrong = submission(REPORT.getBytes(Charset.forName("GBK")));
        declaredWrong.setDeclaredEncoding("UTF-8");
        pipe(declaredWrong);
        pipe(submission(REPORT.getBytes(StandardCharsets.UTF_8)));

        assertThat(rejected()).extracting(Rejection::getReason).containsExactly(RejectionReason.EMPTY,
                RejectionReason.BINARY, RejectionReason.OVERSIZED, RejectionReason.NOT_A_REPORT,
                RejectionReason.UNKNOWN_ENCODING);
        assertThat(classified()).isNotEmpty();
    }

    @Test
    void classifiesWhatATruncatedCompilationHoldsAndRejectsRandomBytes() {
        String compilation = "2024年度工作总结汇编\n目录\n县应急管理局2024年工作总结和2025年工作计划\n县审计局2024年工作总结\n\n"
                + REPORT + "\n县审计局2024年工作总结\n\n2024年，县审计局完成审计项目";
        pipe(submission(compilation.getBytes(StandardCharsets.UTF_8)));
        byte[] random = new byte[2048];
        new java.util.Random(3).nextBytes(random);
        pipe(submission(random));

        assertThat(classified()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getEndLine()).isLessThanOrEqualTo(compilation.split("\n", -1).length));
        assertThat(rejected()).extracting(Rejection::getReason)
                .singleElement().isIn(RejectionReason.BINARY, RejectionReason.UNKNOWN_ENCODING);
    }

    @Test
    void classifiesAWordFileLikeTheSameTextInPlainText() throws Exception {
        Submission word = submission(docx(REPORT));
        word.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        pipe(word);

        List<ClassifiedReport> reports = classified();
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).getTitle()).isEqualTo(REPORT.lines().findFirst().orElseThrow());
        assertThat(reports.get(0).getOutline()).extracting(s -> s.getHeading()).contains("二、存在的问题");
        assertThat(rejected()).isEmpty();
    }

    /** The same report exported as PDF by LibreOffice (the documents module's fixture), and a scan of a page. */
    @Test
    void classifiesAPdfAndRejectsAScannedOneAsHavingNoTextLayer() throws Exception {
        startDriver(Map.of("reportflow.submission.max-bytes", "4194304"));
        byte[] pdf = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "documents", "src", "test", "resources",
                "fixtures", "report.pdf"));
        Submission exported = submission(pdf);
        exported.setContentType("application/pdf");
        pipe(exported);
        pipe(submission(scannedPdf()));

        assertThat(classified()).singleElement().satisfies(report -> {
            assertThat(report.getTitle()).isEqualTo(REPORT.lines().findFirst().orElseThrow());
            assertThat(report.getOutline()).extracting(s -> s.getHeading()).contains("二、存在的问题");
        });
        assertThat(rejected()).singleElement().satisfies(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.NO_TEXT_LAYER);
            assertThat(r.getMessage()).startsWith("PDF 文件没有可提取的文字");
        });
    }

    /** A page that is only a picture, as a scanner makes. */
    private static byte[] scannedPdf() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(620, 877, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        var graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(java.awt.Color.BLACK);
        graphics.drawString("County emergency management bureau, 2024", 60, 100);
        graphics.dispose();
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var bytes = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            document.addPage(page);
            var picture = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, image);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.drawImage(picture, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] docx(String text) throws java.io.IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var bytes = new java.io.ByteArrayOutputStream()) {
            text.lines().forEach(line -> document.createParagraph().createRun().setText(line));
            document.write(bytes);
            return bytes.toByteArray();
        }
    }

    /**
     * The CORRUPT_RECORD dead letter itself is checked on a real broker (PipelineIT): the test driver
     * has no record collector for exception handlers' dead-letter records.
     */
    @Test
    void keepsGoingAfterARecordThatIsNotAvro() {
        var raw = driver.createInputTopic(topics.submitted(), new StringSerializer(), new ByteArraySerializer());
        raw.pipeInput("k", "definitely not avro".getBytes(StandardCharsets.UTF_8));
        pipe(submission(REPORT.getBytes(StandardCharsets.UTF_8)));

        assertThat(classified()).hasSize(1);
    }

    @Test
    void stampsTheRulesVersionOfTheRulesInTheGlobalTable() {
        pipe(submission(REPORT.getBytes(StandardCharsets.UTF_8)));
        var rules = driver.createInputTopic(topics.routingRules(), new StringSerializer(), AvroSerde.of(RoutingRule.class).serializer());
        rules.pipeInput("r1", RoutingRule.newBuilder().setRuleId("r1").setKind(RuleKind.SECTION_KEYWORD)
                .setDepartment("emergency_management").setTerm("应急演练").setCreatedAt(Instant.EPOCH).build());
        pipe(submission((REPORT + "\n").getBytes(StandardCharsets.UTF_8)));

        List<ClassifiedReport> reports = classified();
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).getRulesVersion()).isEqualTo(Classifier.standard().rules().version());
        assertThat(reports.get(1).getRulesVersion()).isNotEqualTo(reports.get(0).getRulesVersion()).contains("+");
    }

    @Test
    void assignsItsOwnIdAndReceiveTimeAndKeepsTheProducersAsClaims() {
        Submission genuine = submission(REPORT.getBytes(StandardCharsets.UTF_8));
        intake.pipeInput(genuine.getContentHash(), genuine, Instant.parse("2025-03-01T09:00:00Z"));
        // A forger reuses the genuine id, backdates the receive time and keys the copy by something else.
        Submission forged = submission(REPORT.getBytes(StandardCharsets.UTF_8));
        forged.setSubmissionId(genuine.getSubmissionId());
        forged.setReceivedAt(Instant.parse("2020-01-01T00:00:00Z"));
        intake.pipeInput("not-the-hash", forged, Instant.parse("2025-03-01T09:05:00Z"));

        assertThat(classified()).singleElement().satisfies(report -> {
            assertThat(report.getSubmissionId()).isEqualTo(SubmissionIds.of(0, 0));
            assertThat(report.getReceivedAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        });
        assertThat(rejected()).singleElement().satisfies(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.DUPLICATE);
            assertThat(r.getSubmissionId()).as("the forger gets an id of its own").isEqualTo(SubmissionIds.of(0, 1));
            assertThat(r.getClaimedSubmissionId()).isEqualTo(genuine.getSubmissionId());
            assertThat(r.getDuplicateOf().getSubmissionId()).isEqualTo(SubmissionIds.of(0, 0));
        });
    }

    @Test
    void aSubmissionKeyedOtherwiseIsReKeyedByItsContentHashAndStillDeduplicated() {
        Submission misplaced = submission(REPORT.getBytes(StandardCharsets.UTF_8));
        intake.pipeInput("chosen-by-the-producer", misplaced);
        Submission copy = submission(REPORT.getBytes(Charset.forName("GBK")));
        pipe(copy);

        assertThat(classified()).singleElement()
                .satisfies(report -> assertThat(report.getSubmissionId()).isEqualTo(misplaced.getSubmissionId()));
        assertThat(rejected()).singleElement().satisfies(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.DUPLICATE);
            assertThat(r.getDuplicateOf().getSubmissionId()).isEqualTo(misplaced.getSubmissionId());
        });
    }

    @Test
    void refusesASubmissionThatWouldMakeMoreCopiesThanTheLimit() {
        startDriver(Map.of("reportflow.submission.max-deliveries", "2"));
        pipe(submission(REPORT.getBytes(StandardCharsets.UTF_8)));

        assertThat(classified()).isEmpty();
        assertThat(routed()).isEmpty();
        assertThat(rejected()).singleElement().satisfies(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.TOO_MANY_DELIVERIES);
            assertThat(r.getMessage()).contains("at most 2");
        });
    }

    @Test
    void refusesASubmissionWithMoreReportsThanTheLimit() {
        startDriver(Map.of("reportflow.submission.max-reports", "1"));
        String twoReports = REPORT + "\n" + REPORT.replace("2024", "2022").replace("2025", "2023");
        pipe(submission(twoReports.getBytes(StandardCharsets.UTF_8)));

        assertThat(classified()).isEmpty();
        assertThat(rejected()).extracting(Rejection::getReason).containsExactly(RejectionReason.TOO_MANY_REPORTS);
    }

    @Test
    void refusesAnOfficeNameWithControlCharactersAndCutsWhatItQuotes() {
        Submission escape = submission(REPORT.getBytes(StandardCharsets.UTF_8));
        escape.setOffice("县应急管理局\u001b[2J\r\nINFO forged log line");
        pipe(escape);
        Submission huge = submission((REPORT + " ").getBytes(StandardCharsets.UTF_8));
        huge.setOffice("局".repeat(2_000_000));
        pipe(huge);

        assertThat(classified()).isEmpty();
        assertThat(rejected()).hasSize(2).allSatisfy(r -> {
            assertThat(r.getReason()).isEqualTo(RejectionReason.INVALID_OFFICE);
            assertThat(r.getOffice().length()).isLessThanOrEqualTo(201);
        });
    }

    @Test
    void aRuleWithADepartmentCodeNoTopicCanHaveIsNotApplied() {
        var rules = driver.createInputTopic(topics.routingRules(), new StringSerializer(), AvroSerde.of(RoutingRule.class).serializer());
        rules.pipeInput("bad-dept", RoutingRule.newBuilder().setRuleId("bad-dept").setKind(RuleKind.DEPARTMENT)
                .setDepartment("bad code!<x>").setTerm("坏部门").setCreatedAt(Instant.EPOCH).build());
        rules.pipeInput("bad-kw", RoutingRule.newBuilder().setRuleId("bad-kw").setKind(RuleKind.SECTION_KEYWORD)
                .setDepartment("bad code!<x>").setTerm("应急演练").setWeight(5).setCreatedAt(Instant.EPOCH).build());
        pipe(submission(REPORT.getBytes(StandardCharsets.UTF_8)));

        assertThat(rejected()).isEmpty();
        assertThat(classified()).singleElement()
                .satisfies(r -> assertThat(r.getRulesVersion()).isEqualTo(Classifier.standard().rules().version()));
        assertThat(routed()).isNotEmpty().noneMatch(d -> d.getRoutedTo().contains("bad"));
    }

    private void pipe(Submission submission) {
        intake.pipeInput(submission.getContentHash(), submission);
    }

    private Submission submission(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return Submission.newBuilder()
                // The id the app will assign (partition 0, the next offset), so that tests can name it.
                .setSubmissionId(SubmissionIds.of(0, offsetCounter++))
                .setContentHash(ContentHash.of(text))
                .setOffice("县应急管理局")
                .setFileName("report-" + offsetCounter + ".txt")
                .setReceivedAt(Instant.parse("2025-01-10T08:00:00Z"))
                .setDetectedEncoding("UTF-8")
                .setContent(ByteBuffer.wrap(content))
                .build();
    }

    private List<ClassifiedReport> classified() {
        return new DriverOutputs(driver, topics).classified();
    }

    private List<Rejection> rejected() {
        return new DriverOutputs(driver, topics).rejected();
    }

    private List<RoutedSection> routed() {
        return new DriverOutputs(driver, topics).routed();
    }
}
