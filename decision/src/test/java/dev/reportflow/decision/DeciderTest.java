package dev.reportflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.Submission;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decision core alone: the whole decision from a submission, with no Kafka around it. */
class DeciderTest {

    private static final String REPORT = """
            县应急管理局2024年工作总结
            一、2024年工作开展情况
            （一）安全生产专项整治。开展危险化学品、消防安全等重点行业领域排查整治。
            （二）防灾减灾救灾。完善森林防火和防汛抗旱预案，组织应急演练12次。
            二、2025年工作计划
            提升应急救援能力。
            """;
    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    private static final KafkaCoordinates SOURCE = new KafkaCoordinates("reports.submitted", 2, 41L);

    private final Decider decider = new Decider(DecisionSettings.from(Map.of(DecisionSettings.MAX_BYTES, "2000")));
    private final Classifier classifier = Classifier.standard();

    @Test
    void aReportBecomesItsReportsAndDeliveriesNamedAfterItsIntakeRecord() {
        Outcome outcome = decider.decide(stamped(REPORT.getBytes(StandardCharsets.UTF_8)), SOURCE, classifier, NOW,
                hash -> Optional.empty());

        assertThat(outcome).isInstanceOf(Outcome.Classified.class);
        Outcome.Classified classified = (Outcome.Classified) outcome;
        assertThat(classified.reports()).singleElement().satisfies(r -> {
            assertThat(r.getReportId()).isEqualTo("sub-2-41#1");
            assertThat(r.getIssuer().getDepartment()).isEqualTo("emergency_management");
        });
        assertThat(classified.deliveries()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getDeliveryId()).startsWith("sub-2-41#1/").endsWith("@" + d.getRoutedTo()));
    }

    @Test
    void theDuplicateLookupIsAskedWithTheTextsOwnHashWhateverTheEncoding() {
        List<String> asked = new ArrayList<>();
        FirstSubmission first = new FirstSubmission("sub-0-1", SOURCE, NOW);
        decider.decide(stamped(REPORT.getBytes(StandardCharsets.UTF_8)), SOURCE, classifier, NOW, hash -> {
            asked.add(hash);
            return Optional.empty();
        });
        Outcome copy = decider.decide(stamped(REPORT.getBytes(Charset.forName("GBK"))), SOURCE, classifier, NOW, hash -> {
            asked.add(hash);
            return Optional.of(first);
        });

        assertThat(asked).hasSize(2).doesNotContainNull();
        assertThat(asked.get(1)).isEqualTo(asked.get(0));
        assertThat(copy).isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
            assertThat(r.rejection().getReason()).isEqualTo(RejectionReason.DUPLICATE);
            assertThat(r.rejection().getDuplicateOf()).isEqualTo(first);
        });
    }

    @Test
    void tooLargeAndNotAReportAreRejectedWithTheirReasons() {
        Outcome oversized = decider.decide(stamped(new byte[2001]), SOURCE, classifier, NOW, hash -> Optional.empty());
        Outcome notAReport = decider.decide(stamped("这是一份购物清单：苹果、香蕉、牛奶。".getBytes(StandardCharsets.UTF_8)),
                SOURCE, classifier, NOW, hash -> Optional.empty());

        assertThat(((Outcome.Rejected) oversized).rejection().getReason()).isEqualTo(RejectionReason.OVERSIZED);
        assertThat(((Outcome.Rejected) notAReport).rejection().getReason()).isEqualTo(RejectionReason.NOT_A_REPORT);
        assertThat(((Outcome.Rejected) notAReport).rejection().getRulesVersion()).isEqualTo(classifier.rules().version());
    }

    private static Submission stamped(byte[] content) {
        Submission claimed = Submission.newBuilder()
                .setSubmissionId("claimed-id")
                .setContentHash("sha256:claimed")
                .setOffice("县应急管理局")
                .setFileName("report.txt")
                .setReceivedAt(NOW)
                .setDetectedEncoding("UTF-8")
                .setContent(ByteBuffer.wrap(content))
                .setClientVersion("test")
                .build();
        return Decider.stamped(claimed, SOURCE, NOW.toEpochMilli());
    }
}
