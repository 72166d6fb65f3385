package dev.reportflow.producers.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.Submission;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The office field is a name its sender chooses: one line, no control characters, bounded length. */
class OfficeNameTest {

    private static final byte[] REPORT = "区审计局2023年工作总结\n一、工作回顾\n全年完成审计项目32个。\n".getBytes(StandardCharsets.UTF_8);

    private final MockProducer<String, Submission> producer =
            new MockProducer<>(true, null, new StringSerializer(), AvroSerde.of(Submission.class).serializer());

    @ParameterizedTest
    @ValueSource(strings = {"区审计局\u001b[2J", "区审计局\r[INFO] forged", "区审\n计局", "区\u0000审计局", "区审计局\u0007",
            "区审计局\u007f", "区审计局\u009b31m", "区审计局\u202egpj.exe", "区审计\u2028局", "区\t审计局"})
    void controlCharactersAreRefusedWithoutEchoingTheName(String office) {
        assertRefused(client(Map.of()), office, "INVALID_OFFICE", "控制字符");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void theLengthLimitIsTheConfiguredOneInCharactersNotBytes() {
        SubmissionClient defaults = client(Map.of());
        SubmissionClient ten = client(Map.of("reportflow.submission.max-office-chars", "10"));

        assertThat(submit(defaults, "审".repeat(100)).getOffice()).hasSize(100);
        assertRefused(defaults, "审".repeat(101), "INVALID_OFFICE", "最多 100 个字符，收到 101 个");
        assertThat(submit(ten, "𠀀".repeat(10)).getOffice()).isEqualTo("𠀀".repeat(10));
        assertRefused(ten, "某某县人民政府办公室", null, null);
        assertRefused(ten, "某某县人民政府办公室主", "INVALID_OFFICE", "最多 10 个字符");
    }

    @Test
    void aMegabyteNameIsRefusedWithAShortMessage() {
        SubmissionClient client = client(Map.of());

        assertThatThrownBy(() -> client.submit("区".repeat(1_400_000), "r.txt", REPORT, null))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo("INVALID_OFFICE");
                    assertThat(e.getMessage()).hasSizeLessThan(200).startsWith("报送单位名称过长");
                });
    }

    @Test
    void blankIsNoOfficeAndSurroundingSpaceIsNotPartOfTheName() {
        assertRefused(client(Map.of()), " \u3000 ", "NO_OFFICE", "请填写报送单位");
        assertRefused(client(Map.of()), null, "NO_OFFICE", "请填写报送单位");
        assertThat(submit(client(Map.of()), "  区审计局\r\n").getOffice()).isEqualTo("区审计局");
    }

    @Test
    void theSubmitCommandRefusesABadOfficeBeforeSendingAnything(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("r.txt"), REPORT);
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new SubmitCommand()).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()));

        int exit = command.execute("--office", "区审计局\u001b]0;owned\u0007", "--bootstrap-servers", "127.0.0.1:9", "--lang", "zh",
                file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--office：INVALID_OFFICE：报送单位名称含有控制字符").doesNotContain("owned", "\u001b");
    }

    private SubmissionClient client(Map<String, String> flags) {
        return new SubmissionClient(producer, AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null, Map.of(), flags), Clock.systemUTC());
    }

    private Submission submit(SubmissionClient client, String office) {
        try {
            client.submit(office, "r.txt", REPORT, null);
        } catch (SubmissionRefusedException e) {
            throw new AssertionError(e.reason() + ": " + e.getMessage(), e);
        }
        return producer.history().get(producer.history().size() - 1).value();
    }

    /** {@code reason} null: the name is taken. */
    private void assertRefused(SubmissionClient client, String office, String reason, String messagePart) {
        if (reason == null) {
            submit(client, office);
            return;
        }
        assertThatThrownBy(() -> client.submit(office, "r.txt", REPORT, null))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(messagePart).doesNotContain("forged", "gpj", "\u001b");
                });
    }
}
