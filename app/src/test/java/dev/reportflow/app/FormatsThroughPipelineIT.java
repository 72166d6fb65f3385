package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.app.demo.PipelineOutcomes;
import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.Receipt;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.topics.TopicSetup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One real report (corpus/documents/base-029.txt) as .txt and as the .doc, .docx, PDF and OFD that
 * LibreOffice and ofdrw made of it (src/test/resources/formats), each sent by the office's client
 * through a real broker and the routing app: each is classified with the same issuer and the same
 * top-level sections as the text, and those agree with the corpus's hand label. Each format runs
 * on its own topics and application id, since copies of one text would otherwise meet as DUPLICATE.
 */
class FormatsThroughPipelineIT {

    private static final String LABELLED_FILE = "documents/base-029.txt";
    private static EmbeddedKafkaBroker broker;
    private static ClassifiedReport fromText;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.startFresh();
        fromText = route("report.txt");
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.doc", "report.docx", "report.pdf", "report.ofd"})
    void eachFormatGivesTheIssuerAndTopLevelSectionsOfTheText(String file) throws Exception {
        ClassifiedReport report = route(file);

        assertThat(issuer(report.getIssuer())).isEqualTo(issuer(fromText.getIssuer()));
        assertThat(headings(report)).isEqualTo(headings(fromText));
        assertThat(report.getOutline()).extracting(OutlineSection::getRole)
                .isEqualTo(fromText.getOutline().stream().map(OutlineSection::getRole).toList());
    }

    /** The text's own result is the corpus's hand label, so the formats are compared with something right. */
    @Test
    void theTextAgreesWithTheHandLabel() throws IOException {
        JsonNode label = label();
        assertThat(fromText.getIssuer().getLevel()).isEqualTo(label.get("issuer_level").asText());
        assertThat(fromText.getIssuer().getDepartment()).isEqualTo(label.get("department").asText());
        List<String> labelled = new ArrayList<>();
        label.get("sections").forEach(section -> labelled.add(section.get("heading").asText()));
        List<String> found = headings(fromText);
        assertThat(found).hasSameSizeAs(labelled);
        for (int i = 0; i < found.size(); i++) {
            assertThat(labelled.get(i)).as("the labelled heading %d", i + 1).startsWith(found.get(i));
        }
    }

    private static ClassifiedReport route(String file) throws Exception {
        String prefix = "formats-" + file.replace('.', '-') + ".";
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("bootstrap.servers", broker.bootstrapServers());
        flags.put("application.id", prefix + "router");
        flags.put("state.dir", Files.createTempDirectory("reportflow-formats-").toString());
        flags.put("reportflow.topics.partitions", "2");
        for (String topic : List.of("submitted", "classified", "rejected")) {
            flags.put("reportflow.topics." + topic, prefix + "reports." + topic);
        }
        flags.put("reportflow.topics.routing-rules", prefix + "routing.rules");
        flags.put("reportflow.topics.corrections", prefix + "routing.corrections");
        flags.put("reportflow.topics.audit-checkpoints", prefix + "audit.checkpoints");
        flags.put("reportflow.topics.routed-prefix", prefix + "routed.");
        AppConfig streamsConfig = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), flags);
        TopicSetup setup = new TopicSetup(streamsConfig);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            setup.createMissing(admin, setup.required());
        }
        byte[] content = fixture(file);
        try (ReportRouter router = ReportRouter.start(streamsConfig)) {
            router.awaitRunning(Duration.ofSeconds(90));
            Receipt receipt;
            try (SubmissionClient client = new SubmissionClient(AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null, Map.of(), flags))) {
                receipt = client.submit("蔡河镇牛车湾村村民委员会", file, content, null);
            }
            try (PipelineOutcomes outcomes = new PipelineOutcomes(Map.of("bootstrap.servers", broker.bootstrapServers()),
                    Topics.from(streamsConfig.asMap()), Set.of(receipt.submissionId()))) {
                assertThat(outcomes.awaitAll(Duration.ofSeconds(90))).as(file + " not accounted for").isEmpty();
                assertThat(outcomes.rejections()).as(file).isEmpty();
                List<ClassifiedReport> reports = outcomes.reports().get(receipt.submissionId());
                assertThat(reports).as(file).hasSize(1);
                assertThat(outcomes.deliveries().get(receipt.submissionId())).as(file + " routed").isNotEmpty();
                return reports.get(0);
            }
        }
    }

    private static String issuer(Issuer issuer) {
        return issuer.getName() + " / " + issuer.getLevel() + " / " + issuer.getDepartment();
    }

    private static List<String> headings(ClassifiedReport report) {
        return report.getOutline().stream().map(OutlineSection::getHeading).toList();
    }

    private static byte[] fixture(String file) throws IOException {
        try (InputStream in = FormatsThroughPipelineIT.class.getResourceAsStream("/formats/" + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }

    private static JsonNode label() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("../corpus/labels/base.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode record = json.readTree(line);
            if (LABELLED_FILE.equals(record.path("file").asText())) {
                return record;
            }
        }
        throw new IllegalStateException(LABELLED_FILE + " has no label in corpus/labels/base.jsonl");
    }
}
