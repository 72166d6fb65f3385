package dev.reportflow.consumers.trace;

import static dev.reportflow.consumers.Samples.issuer;
import static dev.reportflow.consumers.Samples.outline;
import static dev.reportflow.consumers.Samples.report;
import static dev.reportflow.consumers.Samples.section;
import static dev.reportflow.consumers.Samples.submission;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.consumers.trace.SubmissionTrace.Located;
import dev.reportflow.consumers.trace.SubmissionTrace.Received;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.text.SafeText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trace whose records carry terminal escapes and forged log lines in every text field. */
class TraceRendererHostileTest {

    private static final String INJECTED = "\u001b]0;owned\u0007\u001b[2J\r\n[INFO] forged line\u0000\u009b\u202e";

    @Test
    void noRecordFieldReachesTheTerminalRaw() {
        KafkaCoordinates at = new KafkaCoordinates("reports.submitted", 0, 3L);
        var submitted = submission("sub-1", "区审计局" + INJECTED, "一、工作回顾");
        submitted.setFileName("报告" + INJECTED + ".txt");
        var classified = report("sub-1", at, "audit", outline("一、工作回顾" + INJECTED, SectionRole.REVIEW, "audit"))
                .setTitle("区审计局2023年工作总结" + INJECTED).setIssuer(issuer("区审计局" + INJECTED, "district", "audit")).build();
        var routed = section("sub-1", "1", "audit", SectionRole.REVIEW).setHeading("一、工作回顾" + INJECTED).build();
        var rejection = Rejection.newBuilder().setSubmissionId("sub-1").setReason(RejectionReason.NOT_A_REPORT)
                .setMessage("不是工作报告" + INJECTED).setOriginalBytes(ByteBuffer.wrap(new byte[0])).setSource(at)
                .setRejectedAt(Instant.parse("2024-01-15T02:00:00Z")).build();
        SubmissionTrace trace = new SubmissionTrace("sub-1", new Received(submitted, at, Instant.parse("2024-01-15T02:00:00Z")),
                List.of(classified), List.of(new Located<>(rejection, at)),
                List.of(new Located<>(routed, new KafkaCoordinates("routed.audit", 0, 1L))));

        StringWriter text = new StringWriter();
        TraceRenderer.text(trace, new PrintWriter(text));

        for (String line : text.toString().split("\n", -1)) {
            assertThat(line.codePoints().filter(SafeText::isControl).toArray()).as(SafeText.line(line)).isEmpty();
        }
        assertThat(text.toString()).contains("office 区审计局\\u001b]0;owned\\u0007", "\\u000d\\u000a[INFO] forged line",
                "不是工作报告\\u001b", "一、工作回顾\\u001b");
        assertThat(text.toString().lines()).noneMatch(line -> line.startsWith("[INFO] forged"));
    }
}
