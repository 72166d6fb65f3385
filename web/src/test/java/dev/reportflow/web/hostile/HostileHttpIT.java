package dev.reportflow.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reportflow.web.Http;
import dev.reportflow.web.Http.Multipart;
import dev.reportflow.web.TestCluster;
import dev.reportflow.web.TestCluster.Namespace;
import dev.reportflow.web.WebServer;
import dev.reportflow.web.http.Servers;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real server (Javalin on Jetty, a real broker behind it) under requests an attacker or a broken
 * client sends. Every answer must be the JSON error shape with the right status, its message in
 * Chinese first, say nothing of the server's insides (no exception, class or Jetty page), and store
 * nothing. Each request goes on a connection of its own, as the server may close one it did not read to the end.
 */
class HostileHttpIT {

    private static final String TEXT = "text/plain";
    private static final String OFFICE_AND_FILE_HEAD = "--B\r\nContent-Disposition: form-data; name=\"office\"\r\n\r\n区审计局\r\n"
            + "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n";
    private static final List<String> INSIDES = List.of("exception", "org.eclipse", "java.", "jetty", "javalin", "at dev.");
    private static Namespace namespace;
    private static WebServer server;

    @BeforeAll
    static void start() {
        namespace = TestCluster.namespace("hostile");
        server = TestCluster.startServer(namespace); // the shipped limits: 4 MiB files
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void malformedMultipartBodiesAre400() {
        Map<String, byte[]> bodies = Map.of(
                "no closing boundary", (OFFICE_AND_FILE_HEAD + "一、工作回顾").getBytes(StandardCharsets.UTF_8),
                "part without headers", "--B\r\n\r\n\r\n--B--\r\n".getBytes(StandardCharsets.UTF_8),
                "not multipart at all", new byte[] {0, 1, 2, (byte) 0xff, '\r', '\n'});

        bodies.forEach((what, body) -> assertJsonError(what, post("multipart/form-data; boundary=B", body), 400, "MALFORMED_REQUEST"));
        assertJsonError("no boundary", post("multipart/form-data", bodies.get("no closing boundary")), 400, "MALFORMED_REQUEST");
    }

    @Test
    void brokenHttpFramingIs400() {
        RawHttp.Response badChunk = RawHttp.exchange(server.port(), "POST /submissions HTTP/1.1\r\nHost: x\r\n" + RawHttp.OFFICE_LOGIN
                + "Content-Type: multipart/form-data; boundary=B\r\nTransfer-Encoding: chunked\r\n\r\n", out ->
                out.write("zz\r\nnot a chunk\r\n".getBytes(StandardCharsets.US_ASCII)));
        RawHttp.Response badHeader = RawHttp.exchange(server.port(), "GET /health HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
                out -> { });

        assertJsonError("bad chunk size", badChunk, 400, "MALFORMED_REQUEST");
        assertJsonError("header without a colon (answered by Jetty)", badHeader, 400, "BAD_REQUEST");
    }

    @Test
    void aTwentyMegabyteChunkedUploadIs413AndStoresNothing() {
        long before = storedSubmissions();

        RawHttp.Response response = RawHttp.exchange(server.port(), "POST /submissions HTTP/1.1\r\nHost: x\r\n" + RawHttp.OFFICE_LOGIN
                        + "Content-Type: multipart/form-data; boundary=B\r\nTransfer-Encoding: chunked\r\n\r\n",
                RawHttp.chunked(OFFICE_AND_FILE_HEAD.getBytes(StandardCharsets.UTF_8), 20L * 1024 * 1024, (byte) 'a',
                        "\r\n--B--\r\n".getBytes(StandardCharsets.US_ASCII)));

        assertJsonError("20 MB chunked", response, 413, "OVERSIZED");
        assertThat(Http.json(response.body()).get("message").asText()).startsWith("上传的文件超过大小上限（4 MiB）");
        assertThat(storedSubmissions()).isEqualTo(before);
    }

    @Test
    void aTwentyMegabyteUploadWithItsLengthDeclaredIs413() {
        byte[] big = new byte[20 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');

        RawHttp.Response response = post(new Multipart().field("office", "区审计局").file("file", "big.txt", big, TEXT));

        assertJsonError("20 MB with Content-Length", response, 413, "OVERSIZED");
    }

    @Test
    void aWrongMethodIs405() {
        for (String[] call : List.of(new String[] {"GET", "/submissions"}, new String[] {"PUT", "/submissions"},
                new String[] {"DELETE", "/health"}, new String[] {"POST", "/metrics"}, new String[] {"PATCH", "/"})) {
            assertJsonError(call[0] + " " + call[1], request(call[0], call[1]), 405, "METHOD_NOT_ALLOWED");
        }
    }

    @Test
    void anUnknownPathIs404() {
        for (String[] call : List.of(new String[] {"GET", "/nowhere"}, new String[] {"POST", "/nowhere"},
                new String[] {"GET", "/static/nowhere.js"}, new String[] {"GET", "/api/nowhere"})) {
            assertJsonError(call[0] + " " + call[1], request(call[0], call[1]), 404, "NOT_FOUND");
        }
    }

    @Test
    void anUnexpectedFailureIs500WithoutItsClassOrMessage() {
        Javalin failing = Servers.start("127.0.0.1", 0, config -> config.routes.get("/fail", ctx -> {
            throw new IllegalStateException("secret detail");
        }));
        try {
            RawHttp.Response response = RawHttp.send(failing.port(), "GET", "/fail", TEXT, new byte[0]);

            assertJsonError("failing route", response, 500, "INTERNAL_ERROR");
            assertThat(response.body()).doesNotContain("secret", "IllegalState");
        } finally {
            failing.stop();
        }
    }

    private static RawHttp.Response post(Multipart form) {
        return post(form.contentType(), form.body());
    }

    private static RawHttp.Response post(String contentType, byte[] body) {
        return RawHttp.send(server.port(), "POST", "/submissions", contentType, body);
    }

    private static RawHttp.Response request(String method, String path) {
        return RawHttp.send(server.port(), method, path, TEXT, "x".getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertJsonError(String what, RawHttp.Response response, int status, String code) {
        String body = response.body();
        assertThat(response.status()).as(what + ": " + body).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(what).startsWith("application/json");
        JsonNode json = Http.json(body);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as(what + ": " + body).containsExactly("error", "message");
        assertThat(json.get("error").asText()).as(what + ": " + body).isEqualTo(code);
        String message = json.get("message").asText();
        assertThat(Character.UnicodeScript.of(message.codePointAt(0))).as(what + ", Chinese first: " + message)
                .isEqualTo(Character.UnicodeScript.HAN);
        assertThat(body.toLowerCase(Locale.ROOT)).as(what + ": " + body).doesNotContain(INSIDES);
    }

    /** Records on the intake topic, so that a refusal can be shown to have stored nothing. */
    private static long storedSubmissions() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", TestCluster.bootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(namespace.topics().submitted()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
