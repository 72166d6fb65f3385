package dev.reportflow.web.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.web.Http;
import dev.reportflow.web.Http.Multipart;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.TestCluster.Namespace;
import dev.reportflow.web.TestUsers;
import dev.reportflow.web.WebServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /submissions against a real broker, as the test office (HTTP Basic): receipts for good files,
 * stored under the login's office whatever the form says, clear 4xx for bad requests, 503 without Kafka.
 */
class SubmissionEndpointIT {

    private static final String TEXT = "text/plain";
    private static final int MAX_BYTES = 300_000;
    private static Namespace namespace;
    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        namespace = TestCluster.namespace("intake");
        server = TestCluster.startServer(namespace, Map.of("reportflow.submission.max-bytes", String.valueOf(MAX_BYTES)));
        http = Http.as(server.port(), TestUsers.OFFICE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aGoodFileGetsAReceiptAndIsPublishedUnchangedUnderTheLoginsOffice() throws IOException {
        byte[] report = Files.readAllBytes(Path.of("..", "samples", "county-audit-2024.gbk.txt"));

        HttpResponse<String> response = http.post("/submissions", new Multipart()
                .field("office", "县审计局").file("file", "县审计局2024年总结.txt", report, TEXT));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode receipt = Http.json(response);
        String submissionId = receipt.get("submissionId").asText();
        assertThat(submissionId).startsWith("sub-");
        assertThat(receipt.get("encoding").asText()).isEqualTo("GB18030");
        assertThat(receipt.get("topic").asText()).isEqualTo(namespace.topics().submitted());
        assertThat(receipt.get("trace").asText()).isEqualTo("/trace/" + submissionId);
        assertThat(response.headers().firstValue("Location")).hasValue("/trace/" + submissionId);

        int partition = receipt.get("partition").asInt();
        long offset = receipt.get("offset").asLong();
        Submission stored = readSubmission(partition, offset);
        // the receipt names the id the pipeline assigns from the record's place; the client's own is a claim
        assertThat(submissionId).isEqualTo(SubmissionIds.of(partition, offset));
        assertThat(stored.getSubmissionId()).startsWith("sub-").isNotEqualTo(submissionId);
        assertThat(stored.getOffice()).as("the login's office, not the form's").isEqualTo(TestUsers.OFFICE_NAME);
        assertThat(stored.getFileName()).isEqualTo("县审计局2024年总结.txt");
        assertThat(stored.getContentHash()).isEqualTo(receipt.get("contentHash").asText());
        assertThat(bytes(stored.getContent())).isEqualTo(report);
    }

    @Test
    void aWordFileIsReadAndPublishedAsWord() throws IOException {
        byte[] docx;
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("区审计局2023年工作总结");
            document.createParagraph().createRun().setText("一、工作回顾");
            document.write(out);
            docx = out.toByteArray();
        }

        HttpResponse<String> response = http.post("/submissions", new Multipart()
                .field("office", "区审计局").file("file", "总结.docx", docx, "application/octet-stream"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode receipt = Http.json(response);
        assertThat(receipt.get("encoding").asText()).isEqualTo("docx");
        Submission stored = readSubmission(receipt.get("partition").asInt(), receipt.get("offset").asLong());
        assertThat(stored.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(bytes(stored.getContent())).isEqualTo(docx);
    }

    @Test
    void aDeclaredEncodingIsPassedOnAndChecked() {
        byte[] utf8 = "一、工作回顾\n全年完成审计项目32个。\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declaredRight = http.post("/submissions", new Multipart()
                .field("office", "区审计局").field("encoding", "UTF-8").file("file", "r.txt", utf8, TEXT));
        HttpResponse<String> declaredWrong = http.post("/submissions", new Multipart()
                .field("office", "区审计局").field("encoding", "GBK").file("file", "r.txt", utf8, TEXT));

        assertThat(declaredRight.statusCode()).isEqualTo(201);
        assertError(declaredWrong, 400, "UNKNOWN_ENCODING", "It reads as UTF-8");
    }

    @Test
    void aMissingFileIsNamedInTheAnswer() {
        byte[] text = "一、工作回顾".getBytes(StandardCharsets.UTF_8);

        assertError(http.post("/submissions", new Multipart().field("office", "区审计局")), 400, "NO_FILE", "file 字段");
        assertThat(http.post("/submissions", new Multipart().file("file", "r.txt", text, TEXT)).statusCode())
                .as("no office field: the login says which office").isEqualTo(201);
    }

    @Test
    void unreadableFilesAreRefusedWithTheClientsReasons() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);

        assertError(http.post("/submissions", new Multipart().field("office", "区审计局")
                .file("file", "scan.pdf", random, "application/pdf")), 400, "UNREADABLE_DOCUMENT", "named .pdf");
        assertError(http.post("/submissions", new Multipart().field("office", "区审计局")
                .file("file", "scan.bin", random, "application/octet-stream")), 400, "BINARY", "binary");
        assertError(http.post("/submissions", new Multipart().field("office", "区审计局")
                .file("file", "empty.txt", new byte[0], TEXT)), 400, "EMPTY", "empty");
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        byte[] large = "审计".repeat(MAX_BYTES).getBytes(StandardCharsets.UTF_8);
        byte[] justOver = "审".repeat(MAX_BYTES / 3 + 1).getBytes(StandardCharsets.UTF_8);

        assertError(http.post("/submissions", new Multipart().field("office", "区审计局").file("file", "big.txt", large, TEXT)),
                413, "OVERSIZED", "超过大小上限（293 KiB）");
        assertError(http.post("/submissions", new Multipart().field("office", "区审计局").file("file", "big.txt", justOver, TEXT)),
                413, "OVERSIZED", "超过大小上限（293 KiB）");
    }

    @Test
    void aBodyThatIsNotAFormIsRefusedWith415() {
        assertError(http.post("/submissions", "application/json", "{\"office\":\"区审计局\"}".getBytes(StandardCharsets.UTF_8)),
                415, "NOT_MULTIPART", "multipart/form-data");
    }

    @Test
    void withoutKafkaTheIntakeAnswers503AndHealthSaysDown() throws IOException {
        Map<String, String> flags = Map.of("bootstrap.servers", "127.0.0.1:" + closedPort(), "max.block.ms", "1500",
                "request.timeout.ms", "1000", "default.api.timeout.ms", "1500");
        AppConfig submit = AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null, Map.of(), flags);
        AppConfig read = AppConfig.load(WebServer.READ_CONFIG_RESOURCE, null, Map.of(), flags);
        try (WebServer offline = WebServer.start(new WebServer.Settings("127.0.0.1", 0, 10, Duration.ofSeconds(1),
                TestUsers.logins()), submit, read)) {
            Http client = Http.as(offline.port(), TestUsers.OFFICE);

            HttpResponse<String> response = client.post("/submissions", new Multipart().field("office", "区审计局")
                    .file("file", "r.txt", "一、工作回顾".getBytes(StandardCharsets.UTF_8), TEXT));
            HttpResponse<String> health = client.get("/health");

            assertError(response, 503, "NOT_DELIVERED", "请稍后重新提交");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(Http.json(health).at("/kafka/reachable").asBoolean()).isFalse();
            assertThat(Http.json(health).get("status").asText()).isEqualTo("DOWN");
        }
    }

    /** The message (the bundle's, in Chinese) or the refusing part's own explanation ({@code detail}) says {@code messagePart}. */
    private static void assertError(HttpResponse<String> response, int status, String reason, String messagePart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = Http.json(response);
        assertThat(body.get("error").asText()).isEqualTo(reason);
        assertThat(body.get("message").asText()).matches(message -> Character.UnicodeScript.of(message.codePointAt(0))
                == Character.UnicodeScript.HAN, "in Chinese");
        assertThat(body.get("message").asText() + " " + body.path("detail").asText()).contains(messagePart);
    }

    private static Submission readSubmission(int partition, long offset) {
        TopicPartition tp = new TopicPartition(namespace.topics().submitted(), partition);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", TestCluster.bootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            for (int attempt = 0; attempt < 50; attempt++) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return AvroSerde.of(Submission.class).fromBytes(record.value());
                    }
                }
            }
        }
        throw new AssertionError("No record at " + tp + "@" + offset);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
