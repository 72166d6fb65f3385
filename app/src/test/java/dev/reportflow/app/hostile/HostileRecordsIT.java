package dev.reportflow.app.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.app.CountyReports;
import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.ContentHash;
import dev.reportflow.config.AppConfig;
import dev.reportflow.decision.records.Rejections;
import dev.reportflow.documents.DocumentFormat;
import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.producers.submit.Receipt;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.producers.submit.SubmissionRefusedException;
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
import dev.reportflow.streams.routing.ClassifyProcessor;
import dev.reportflow.streams.topics.TopicSetup;
import dev.reportflow.web.metrics.MetricsServer;
import dev.reportflow.web.metrics.StreamsHealth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every hostile record of the security review, on a real (in-process KRaft) broker with the real
 * streams app: each test reproduces the attack by writing straight to the topics, as any producer
 * with access could, then asserts that the record ends as exactly one rejection with its reason,
 * that the next ordinary submission is still routed, and that the app is RUNNING with no stream
 * thread lost. One broker, one router and one /health server serve the whole class; the health
 * test runs last, after every hostile record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileRecordsIT {

    private static final Topics TOPICS = Topics.defaults();
    private static final int PARTITIONS = 3;
    private static final Duration OUTCOME_TIMEOUT = Duration.ofSeconds(90);
    private static final String DOCX = DocumentFormat.DOCX.contentType();
    private static final long MAX_BYTES = 4L << 20;

    private static final AtomicInteger ORDINARY = new AtomicInteger();

    private static EmbeddedKafkaBroker broker;
    private static AppConfig streamsConfig;
    private static ReportRouter router;
    private static MetricsServer metrics;
    private static OutputTopics outputs;
    private static SubmissionClient client;
    private static KafkaProducer<String, Submission> submissions;
    private static KafkaProducer<byte[], byte[]> rawRecords;

    @BeforeAll
    static void startPipeline() throws Exception {
        broker = EmbeddedKafkaBroker.startFresh();
        String bootstrap = broker.bootstrapServers();
        streamsConfig = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), Map.of(
                "bootstrap.servers", bootstrap, "application.id", "hostile-it-" + System.nanoTime(),
                "state.dir", Files.createTempDirectory("reportflow-hostile-state-").toString(),
                "reportflow.topics.partitions", String.valueOf(PARTITIONS)));
        TopicSetup setup = new TopicSetup(streamsConfig);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            setup.createMissing(admin, setup.required());
        }
        router = ReportRouter.start(streamsConfig);
        router.awaitRunning(Duration.ofSeconds(90));
        metrics = MetricsServer.forKafkaStreams(router.streams(),
                new StreamsHealth(router::state, Duration.parse(streamsConfig.get("reportflow.health.max-rebalancing")),
                        router.threadDeaths()::recent, streamsConfig.getInt("reportflow.health.max-thread-deaths"), Instant::now),
                "127.0.0.1", 0);
        outputs = new OutputTopics(bootstrap, TOPICS, () -> "streams " + router.state() + ", "
                + router.threadDeaths().recent() + " stream thread(s) died");
        client = new SubmissionClient(AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null, Map.of(),
                Map.of("bootstrap.servers", bootstrap)));
        Map<String, Object> producerConfig = Map.of("bootstrap.servers", bootstrap, "acks", "all",
                "enable.idempotence", true, "compression.type", "none", "max.request.size", 16 << 20);
        submissions = new KafkaProducer<>(producerConfig, new StringSerializer(), AvroSerde.of(Submission.class).serializer());
        rawRecords = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopPipeline() {
        for (AutoCloseable closeable : new AutoCloseable[] {rawRecords, submissions, client, outputs, metrics, router, broker}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    System.err.println("HOSTILE could not close " + closeable.getClass().getSimpleName() + ": " + e);
                }
            }
        }
    }

    /** Row 1: a 2.6-million-paragraph Word file, ~95 MB of XML in a few MB of zip. */
    @Test
    @Order(1)
    void aWordFileOfMillionsOfParagraphsIsRefusedByItsLineLimitBeforeItIsParsed() throws Exception {
        long started = System.nanoTime();
        WordBombs bomb = WordBombs.ofOneCharacterParagraphs(2_600_000, 1);
        DocumentLimits limits = DocumentLimits.from(streamsConfig.asMap());
        assertThat(bomb.zip().length).as("the zip passes the size check").isLessThan((int) MAX_BYTES);
        assertThat(bomb.expandedBytes()).as("its body unzips past the expansion limit").isGreaterThan(limits.maxExpandedBytes());
        assertThat(bomb.paragraphs()).as("and has more paragraphs than the line limit").isGreaterThan(limits.maxLines());
        System.out.printf("HOSTILE word bomb: %,d bytes zipped, %,d bytes of XML, %,d paragraphs%n",
                bomb.zip().length, bomb.expandedBytes(), bomb.paragraphs());

        // The client refuses it before sending, with the same limits as the streams app.
        SubmissionRefusedException refused = catchThrowableOfType(SubmissionRefusedException.class,
                () -> client.submit("县水务局", "bomb.docx", bomb.zip(), null));
        assertThat(refused).as("SubmissionClient refuses the file").isNotNull();
        // 50,000 paragraphs are counted ~1.8 MB into the XML, long before 32 MiB are unzipped.
        assertThat(refused.reason()).isEqualTo("TOO_MANY_LINES");

        String id = produceSubmission("县水务局", "bomb.docx", DOCX, bomb.zip(), "word-bomb").id();
        Rejection rejection = awaitRejection(id);
        assertThat(rejection.getReason()).isEqualTo(RejectionReason.TOO_MANY_LINES);
        assertThat(rejection.getMessage()).contains(String.valueOf(limits.maxLines()));
        assertThat(rejection.getOriginalSize()).isEqualTo(bomb.zip().length);

        assertRoutingGoesOnAndOnlyOneRejection(id);
        elapsed("word bomb of paragraphs", started);
    }

    /** Row 1, the expansion limit: a zip bomb whose few paragraphs unzip to ~95 MB. */
    @Test
    @Order(2)
    void aWordFileThatUnzipsPastTheExpansionLimitIsRejectedAsOversized() throws Exception {
        long started = System.nanoTime();
        WordBombs bomb = WordBombs.ofLongParagraphs(1_000, 95_000);
        DocumentLimits limits = DocumentLimits.from(streamsConfig.asMap());
        assertThat(bomb.zip().length).isLessThan((int) MAX_BYTES);
        assertThat(bomb.expandedBytes()).isGreaterThan(limits.maxExpandedBytes());
        assertThat(bomb.paragraphs()).isLessThan(limits.maxLines());
        System.out.printf("HOSTILE zip bomb: %,d bytes zipped, %,d bytes of XML, %,d paragraphs%n",
                bomb.zip().length, bomb.expandedBytes(), bomb.paragraphs());

        SubmissionRefusedException refused = catchThrowableOfType(SubmissionRefusedException.class,
                () -> client.submit("县水务局", "zip-bomb.docx", bomb.zip(), null));
        assertThat(refused).as("SubmissionClient refuses the file").isNotNull();
        assertThat(refused.reason()).isEqualTo("OVERSIZED");
        assertThat(refused.getMessage()).contains("unzips to more than 32 MiB");

        String id = produceSubmission("县水务局", "zip-bomb.docx", DOCX, bomb.zip(), "zip-bomb").id();
        Rejection rejection = awaitRejection(id);
        assertThat(rejection.getReason()).isEqualTo(RejectionReason.OVERSIZED);
        assertThat(rejection.getMessage()).contains("unzips to more than 32 MiB");

        assertRoutingGoesOnAndOnlyOneRejection(id);
        elapsed("zip bomb", started);
    }

    /** Row 2: 8,388,450 bytes of noise, just under the topic's 8 MiB message limit. */
    @Test
    @Order(3)
    void eightMegabytesOfGarbageBecomeOneCorruptRecordRejectionWithACutOriginal() throws Exception {
        long started = System.nanoTime();
        byte[] garbage = new byte[8_388_450];
        new Random(2).nextBytes(garbage);
        garbage[0] = 0x00; // not Avro's single-object marker (0xC3 0x01)
        RecordMetadata at = rawRecords.send(new ProducerRecord<>(TOPICS.submitted(),
                "garbage".getBytes(StandardCharsets.UTF_8), garbage)).get();

        outputs.awaitUntil("the rejection of the garbage record", OUTCOME_TIMEOUT,
                () -> !outputs.rejectionsAt(TOPICS.submitted(), at.partition(), at.offset()).isEmpty());
        Rejection rejection = outputs.rejectionsAt(TOPICS.submitted(), at.partition(), at.offset()).get(0);
        assertThat(rejection.getReason()).isEqualTo(RejectionReason.CORRUPT_RECORD);
        assertThat(rejection.getSubmissionId()).isNull();
        assertThat(rejection.getOriginalTruncated()).isTrue();
        assertThat(rejection.getOriginalSize()).isEqualTo(8_388_450L);
        assertThat(rejection.getOriginalBytes().remaining()).isEqualTo(1 << 20).isEqualTo(Rejections.MAX_ORIGINAL_BYTES);
        assertThat(Arrays.equals(bytes(rejection.getOriginalBytes()), Arrays.copyOf(garbage, 1 << 20)))
                .as("the cut original is the record's first MiB").isTrue();
        assertThat(rejection.getOriginalSha256()).isEqualTo(ContentHash.ofBytes(ByteBuffer.wrap(garbage)));

        assertStillRouting();
        outputs.catchUp();
        assertThat(summaries(outputs.rejectionsAt(TOPICS.submitted(), at.partition(), at.offset())))
                .as("rejections of the garbage").hasSize(1);
        assertHealthy();
        elapsed("8 MB of garbage", started);
    }

    /** Row 3: rules written straight to routing.rules (not by `rules put`) with a department code no topic can have. */
    @Test
    @Order(4)
    void routingRulesWithABadDepartmentCodeAreNotAppliedAndMatchingSubmissionsAreRouted() throws Exception {
        long started = System.nanoTime();
        String badCode = "bad code!<x>";
        String keyword = "蓄滞洪区";
        try (KafkaProducer<String, RoutingRule> rules = new KafkaProducer<>(Map.<String, Object>of(
                "bootstrap.servers", broker.bootstrapServers(), "acks", "all"),
                new StringSerializer(), AvroSerde.of(RoutingRule.class).serializer())) {
            rules.send(new ProducerRecord<>(TOPICS.routingRules(), "hostile-dept", RoutingRule.newBuilder()
                    .setRuleId("hostile-dept").setKind(RuleKind.DEPARTMENT).setDepartment(badCode).setTerm("防汛抗旱")
                    .setAuthor("attacker").setCreatedAt(Instant.now()).build())).get();
            rules.send(new ProducerRecord<>(TOPICS.routingRules(), "hostile-kw", RoutingRule.newBuilder()
                    .setRuleId("hostile-kw").setKind(RuleKind.SECTION_KEYWORD).setDepartment(badCode).setTerm(keyword)
                    .setWeight(5).setAuthor("attacker").setCreatedAt(Instant.now()).build())).get();
        }
        // The classifier reads the global rules store: wait until both bad rules are in it.
        ReadOnlyKeyValueStore<String, RoutingRule> store = router.streams().store(StoreQueryParameters.fromNameAndType(
                ClassifyProcessor.RULES_STORE, QueryableStoreTypes.<String, RoutingRule>keyValueStore()));
        long deadline = System.nanoTime() + OUTCOME_TIMEOUT.toNanos();
        while (store.get("hostile-dept") == null || store.get("hostile-kw") == null) {
            assertThat(System.nanoTime()).as("the bad rules reach the global store").isLessThan(deadline);
            Thread.sleep(50);
        }

        int n = ORDINARY.incrementAndGet();
        String text = """
                县水务局%d年工作总结和%d年工作计划

                %d年，县水务局统筹推进水利建设和水资源管理。
                一、%d年工作开展情况
                （一）水利工程建设。完成小型水库除险加固%d座，新建灌溉渠道12公里。
                （二）蓄滞洪区调度。完善蓄滞洪区调度方案，开展蓄滞洪区调度演练，防汛抗旱准备到位。
                二、%d年工作计划
                （一）加快水利项目建设。
                （二）做好蓄滞洪区调度准备。
                """.formatted(2020 + n % 5, 2021 + n % 5, 2020 + n % 5, 2020 + n % 5, n + 3, 2021 + n % 5);
        Receipt matching = client.submit("县水务局", "flood.txt", text.getBytes(StandardCharsets.UTF_8), null);
        String id = matching.submissionId();
        outputs.awaitUntil("routing of the submission that matches the bad rules", OUTCOME_TIMEOUT, () -> outputs.isRouted(id)
                || !outputs.rejectionsOf(id).isEmpty());
        assertThat(summaries(outputs.rejectionsOf(id))).as("rejections of the matching submission").isEmpty();
        List<ClassifiedReport> reports = outputs.reportsOf(id);
        assertThat(reports).isNotEmpty().allSatisfy(report -> {
            assertThat(report.getRulesVersion()).as("no runtime rule applied").isEqualTo(Rules.bundledVersion());
            assertThat(report.getOutline()).allSatisfy(section -> assertThat(section.getDepartments())
                    .noneSatisfy(d -> assertThat(d.getDepartment()).isEqualTo(badCode)));
        });
        assertThat(outputs.deliveriesOf(id)).isNotEmpty().extracting(RoutedSection::getRoutedTo).doesNotContain(badCode);

        assertStillRouting();
        outputs.catchUp();
        assertThat(summaries(outputs.rejectionsOf(id))).as("rejections of the matching submission").isEmpty();
        assertHealthy();
        elapsed("bad routing rules", started);
    }

    /** Row 4: a copy in another partition, and records that reuse the first submission's ids with an old time. */
    @Test
    @Order(5)
    void copiesInOtherPartitionsAndReusedIdsAreDuplicatesOfTheFirstWithTheirOwnIds() throws Exception {
        long started = System.nanoTime();
        byte[] text = CountyReports.text(ORDINARY.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
        Receipt genuine = client.submit("县审计局", "genuine.txt", text, null);
        String genuineId = genuine.submissionId();
        outputs.awaitUntil("routing of the genuine submission", OUTCOME_TIMEOUT, () -> outputs.isRouted(genuineId));
        List<ClassifiedReport> genuineReports = outputs.reportsOf(genuineId);
        String claimedByGenuine = genuineReports.get(0).getClaimedSubmissionId();
        assertThat(claimedByGenuine).as("the id the client wrote, kept as a claim").startsWith("sub-").isNotEqualTo(genuineId);

        int home = genuine.partition();
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        // A copy in another partition than its content hash's (keyed right, placed wrong).
        RecordMetadata copyAt = submissions.send(new ProducerRecord<>(TOPICS.submitted(), (home + 1) % PARTITIONS,
                genuine.contentHash(), submission("县审计局", "copy.txt", "text/plain", text, "copy-attempt", Instant.now()))).get();
        // The same text claiming the genuine one's client id, as written long ago, in a third partition.
        RecordMetadata reusedClaimAt = submissions.send(new ProducerRecord<>(TOPICS.submitted(), (home + 2) % PARTITIONS,
                longAgo.toEpochMilli(), genuine.contentHash(),
                submission("县审计局", "genuine.txt", "text/plain", text, claimedByGenuine, longAgo))).get();
        // The same text claiming the genuine one's assigned id (the receipt's), in its own partition.
        RecordMetadata reusedIdAt = submissions.send(new ProducerRecord<>(TOPICS.submitted(), home,
                longAgo.toEpochMilli(), genuine.contentHash(),
                submission("县审计局", "genuine.txt", "text/plain", text, genuineId, longAgo))).get();
        assertThat(List.of(copyAt.partition(), reusedClaimAt.partition())).doesNotContain(home);

        String copyId = SubmissionIds.of(copyAt.partition(), copyAt.offset());
        String reusedClaimId = SubmissionIds.of(reusedClaimAt.partition(), reusedClaimAt.offset());
        String reusedIdId = SubmissionIds.of(reusedIdAt.partition(), reusedIdAt.offset());
        for (String id : List.of(copyId, reusedClaimId, reusedIdId)) {
            Rejection rejection = awaitRejection(id);
            assertThat(rejection.getReason()).as("%s", id).isEqualTo(RejectionReason.DUPLICATE);
            assertThat(rejection.getDuplicateOf()).as("%s points at the first", id).isNotNull();
            assertThat(rejection.getDuplicateOf().getSubmissionId()).isEqualTo(genuineId);
            assertThat(rejection.getDuplicateOf().getSource().getPartition()).isEqualTo(home);
            assertThat(rejection.getDuplicateOf().getSource().getOffset()).isEqualTo(genuine.offset());
        }
        assertThat(outputs.rejectionsOf(copyId).get(0).getClaimedSubmissionId()).isEqualTo("copy-attempt");
        assertThat(outputs.rejectionsOf(reusedClaimId).get(0).getClaimedSubmissionId()).isEqualTo(claimedByGenuine);
        assertThat(outputs.rejectionsOf(reusedIdId).get(0).getClaimedSubmissionId()).isEqualTo(genuineId);

        assertStillRouting();
        outputs.catchUp();
        for (String id : List.of(copyId, reusedClaimId, reusedIdId)) {
            assertThat(summaries(outputs.rejectionsOf(id))).as("rejections of %s", id).hasSize(1);
            assertThat(outputs.reportsOf(id)).as("reports of %s", id).isEmpty();
        }
        assertThat(summaries(outputs.rejectionsOf(genuineId))).as("the genuine submission is not rejected").isEmpty();
        assertThat(outputs.reportsWithContentHash(genuine.contentHash())).as("the text's classified reports")
                .containsExactlyInAnyOrderElementsOf(genuineReports)
                .allSatisfy(report -> assertThat(report.getSubmissionId()).isEqualTo(genuineId));
        assertThat(outputs.reportsClaiming(claimedByGenuine)).as("reports claiming the genuine client id")
                .containsExactlyInAnyOrderElementsOf(genuineReports);
        assertThat(outputs.reportsClaiming(genuineId)).as("reports claiming the genuine assigned id").isEmpty();
        assertHealthy();
        elapsed("copies and reused ids", started);
    }

    /** Row 7: one report repeated to just under the 4 MiB submission limit. */
    @Test
    @Order(6)
    void aFourMebibyteTextOfOneReportRepeatedIsRejectedByALimitAndNothingIsRouted() throws Exception {
        long started = System.nanoTime();
        String report = CountyReports.text(ORDINARY.incrementAndGet());
        int copies = (int) ((MAX_BYTES - 1024) / report.getBytes(StandardCharsets.UTF_8).length);
        String text = report.repeat(copies);
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        assertThat(content.length).isLessThanOrEqualTo((int) MAX_BYTES).isGreaterThan((int) MAX_BYTES - 4096);

        String id = produceSubmission("县财政局", "repeated.txt", "text/plain", content, ContentHash.of(text)).id();
        Rejection rejection = awaitRejection(id);
        assertThat(rejection.getReason()).isIn(RejectionReason.TOO_MANY_LINES, RejectionReason.TOO_MANY_REPORTS,
                RejectionReason.TOO_MANY_DELIVERIES);
        System.out.printf("HOSTILE 4 MiB text: %,d bytes, %,d copies of one report: %s%n", content.length, copies,
                rejection.getReason());

        assertRoutingGoesOnAndOnlyOneRejection(id);
        assertThat(outputs.deliveriesOf(id)).as("routed copies of the repeated text").isEmpty();
        elapsed("4 MiB repeated report", started);
    }

    /** Row 7: an office name of 4.2 MB. */
    @Test
    @Order(7)
    void anOfficeNameOfFourMegabytesIsRejectedAsInvalidOfficeAndCutInTheRejection() throws Exception {
        long started = System.nanoTime();
        String office = "局".repeat(1_400_000);
        assertThat(office.getBytes(StandardCharsets.UTF_8).length).isEqualTo(4_200_000);
        String text = CountyReports.text(ORDINARY.incrementAndGet());

        String id = produceSubmission(office, "office.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8),
                ContentHash.of(text)).id();
        Rejection rejection = awaitRejection(id);
        assertThat(rejection.getReason()).isEqualTo(RejectionReason.INVALID_OFFICE);
        // Checked by length first: a failing assertion must not print 4.2 MB.
        assertThat(rejection.getOffice().length()).as("the office name's length in the rejection").isLessThanOrEqualTo(201);
        assertThat(rejection.getOffice()).startsWith("局局局");
        assertThat(rejection.getMessage()).hasSizeLessThan(200);

        assertRoutingGoesOnAndOnlyOneRejection(id);
        assertThat(outputs.deliveriesOf(id)).isEmpty();
        elapsed("4.2 MB office name", started);
    }

    /** After every hostile record: /health answers 200, UP, RUNNING, and no stream thread died. */
    @Test
    @Order(100)
    void healthTellsTheTruthAfterEveryHostileRecord() throws Exception {
        assertStillRouting();
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metrics.port() + "/health"))
                        .timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as("GET /health: %s", health.body()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.at("/streams/state").asText()).isEqualTo(KafkaStreams.State.RUNNING.name());
        assertThat(body.at("/streams/recentThreadDeaths").isInt()).as("recentThreadDeaths in %s", body).isTrue();
        assertThat(body.at("/streams/recentThreadDeaths").asInt()).isZero();
        assertThat(router.threadDeaths().recent()).isZero();
    }

    // ---------------------------------------------------------------------------------------------

    private record Produced(String id, RecordMetadata metadata) {
    }

    /** Writes a submission straight to the intake topic (as a hostile producer would); returns the id the app assigns. */
    private static Produced produceSubmission(String office, String fileName, String contentType, byte[] content, String key)
            throws Exception {
        RecordMetadata at = submissions.send(new ProducerRecord<>(TOPICS.submitted(), key,
                submission(office, fileName, contentType, content, "sub-hostile-" + System.nanoTime(), Instant.now()))).get();
        return new Produced(SubmissionIds.of(at.partition(), at.offset()), at);
    }

    private static Submission submission(String office, String fileName, String contentType, byte[] content,
                                         String claimedId, Instant receivedAt) {
        return Submission.newBuilder().setSubmissionId(claimedId).setContentHash("sha256:claimed")
                .setOffice(office).setFileName(fileName).setReceivedAt(receivedAt).setDetectedEncoding("UTF-8")
                .setContentType(contentType).setContent(ByteBuffer.wrap(content)).setClientVersion("hostile/1").build();
    }

    /** Waits for the submission's outcome, which must be a rejection; returns the first. */
    private static Rejection awaitRejection(String submissionId) {
        outputs.awaitUntil("the outcome of " + submissionId, OUTCOME_TIMEOUT,
                () -> !outputs.rejectionsOf(submissionId).isEmpty() || outputs.isRouted(submissionId));
        assertThat(summaries(outputs.rejectionsOf(submissionId))).as("rejections of %s (classified instead: %s)", submissionId,
                outputs.reportsOf(submissionId).size() + " report(s)").isNotEmpty();
        return outputs.rejectionsOf(submissionId).get(0);
    }

    /**
     * After a hostile record's rejection: an ordinary submission is still routed, the hostile record
     * was rejected exactly once and classified never, and the app is healthy.
     */
    private static void assertRoutingGoesOnAndOnlyOneRejection(String hostileId) throws Exception {
        assertStillRouting();
        outputs.catchUp();
        assertThat(summaries(outputs.rejectionsOf(hostileId))).as("rejections of %s", hostileId).hasSize(1);
        assertThat(outputs.reportsOf(hostileId)).as("classified reports of %s", hostileId).isEmpty();
        assertHealthy();
    }

    /** An ordinary report submitted now with the client is classified and delivered, not rejected. */
    private static void assertStillRouting() throws Exception {
        int n = ORDINARY.incrementAndGet();
        Receipt receipt = client.submit("县" + CountyReports.bureau(n), "ordinary-" + n + ".txt",
                CountyReports.text(n).getBytes(StandardCharsets.UTF_8), null);
        String id = receipt.submissionId();
        outputs.awaitUntil("routing of the ordinary submission " + id, OUTCOME_TIMEOUT,
                () -> outputs.isRouted(id) || !outputs.rejectionsOf(id).isEmpty());
        assertThat(summaries(outputs.rejectionsOf(id))).as("rejections of the ordinary submission %s", id).isEmpty();
        assertThat(outputs.reportsOf(id)).as("classified reports of %s", id).isNotEmpty();
        assertHealthy();
    }

    private static void assertHealthy() {
        assertThat(router.threadDeaths().recent()).as("stream threads that died").isZero();
        assertThat(router.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }


    /** Rejections as one short line each: a failing assertion must not print megabytes of original bytes. */
    private static List<String> summaries(List<Rejection> rejections) {
        return rejections.stream().map(r -> r.getReason() + " " + r.getSubmissionId() + " at " + r.getSource().getTopic() + "-"
                + r.getSource().getPartition() + "@" + r.getSource().getOffset() + ": "
                + Rejections.cut(r.getMessage(), 200)).toList();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }

    private static void elapsed(String what, long startedNanos) {
        System.out.printf("HOSTILE %s: %d ms%n", what, Duration.ofNanos(System.nanoTime() - startedNanos).toMillis());
    }
}
