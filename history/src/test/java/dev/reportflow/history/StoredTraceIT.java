package dev.reportflow.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.history.sink.StoredRecords;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.trace.StoredTrace;
import dev.reportflow.history.trace.StoredTraceRenderer;
import dev.reportflow.history.trace.StoredTraces;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A submission's path answered from the store: received, classified, delivered, corrected, withdrawn, or rejected. */
class StoredTraceIT {

    private static final Topics TOPICS = Topics.defaults();
    private HistoryDatabase database;
    private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    private long timestamp = Records.RECEIVED.toEpochMilli();

    @BeforeEach
    void open() {
        database = SharedPostgres.freshStore("trace");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void showsThePathOfASubmissionInTheOrderItHappened() throws Exception {
        RoutedSection finance = Records.section("sub-0-5", "1.1", "finance", SectionRole.PROBLEMS, "预算执行偏慢").build();
        RoutedSection audit = Records.section("sub-0-5", "1.1", "audit", SectionRole.PROBLEMS, "预算执行偏慢").build();
        RoutingCorrection correction = Records.correction("cor-9", finance.getUnitId(), "audit");
        add(TOPICS.classified(), AvroSerde.of(ClassifiedReport.class).toBytes(Records.report("sub-0-5", 2)));
        add(TOPICS.routed("finance"), AvroSerde.of(RoutedSection.class).toBytes(finance));
        add(TOPICS.routed("audit"), AvroSerde.of(RoutedSection.class).toBytes(audit));
        add(TOPICS.corrections(), AvroSerde.of(RoutingCorrection.class).toBytes(correction));
        add(TOPICS.routed("audit"), AvroSerde.of(RoutedSection.class).toBytes(Records.retraction(audit, correction)));
        add(TOPICS.rejected(), AvroSerde.of(Rejection.class).toBytes(Records.rejection("sub-0-6")));
        store();

        StoredTrace trace = new StoredTraces(database).trace("sub-0-5");
        assertThat(trace.received().office()).isEqualTo("XX县财政局");
        assertThat(trace.received().topic()).isEqualTo("reports.submitted");
        assertThat(trace.events()).extracting(StoredTrace.Event::kind)
                .containsExactly("CLASSIFIED", "DELIVERED", "DELIVERED", "CORRECTION", "RETRACTED");
        assertThat(trace.events().get(4).routedTo()).isEqualTo("audit");
        assertThat(trace.events().get(4).detail()).contains("王芳", "cor-9", "不属本部门事项");

        StoredTrace financeOnly = new StoredTraces(database).trace("sub-0-5", Set.of("finance")::contains, false);
        assertThat(financeOnly.events()).extracting(StoredTrace.Event::kind).containsExactly("CLASSIFIED", "DELIVERED");
        StoredTrace notTheirs = new StoredTraces(database).trace("sub-0-5", Set.of("health")::contains, false);
        assertThat(notTheirs.found()).as("another department's submission").isFalse();

        StoredTrace rejected = new StoredTraces(database).trace("sub-0-6");
        assertThat(rejected.events()).extracting(StoredTrace.Event::kind).containsExactly("REJECTED");
        assertThat(rejected.received().fileName()).isEqualTo("empty.txt");
        assertThat(new StoredTraces(database).trace("sub-9-9").found()).isFalse();

        StringWriter text = new StringWriter();
        StoredTraceRenderer.text(trace, new PrintWriter(text));
        assertThat(text.toString()).contains("RETRACTED", "→ audit", "reports.submitted[0]@7");
    }

    @Test
    void aFieldHoldingATerminalEscapeIsPrintedVisibly() throws Exception {
        add(TOPICS.routed("finance"), AvroSerde.of(RoutedSection.class).toBytes(
                Records.section("sub-0-7", "1.1", "finance", SectionRole.PROBLEMS, "x").setHeading("\u001b[2J清屏").build()));
        store();
        StringWriter text = new StringWriter();
        StoredTraceRenderer.text(new StoredTraces(database).trace("sub-0-7"), new PrintWriter(text));
        assertThat(text.toString()).doesNotContain("\u001b").contains("\\u001b[2J清屏");
    }

    private void add(String topic, byte[] value) {
        long offset = records.stream().filter(r -> r.topic().equals(topic)).count();
        records.add(new ConsumerRecord<>(topic, 0, offset, timestamp += 1000, TimestampType.CREATE_TIME,
                0, 0, null, value, new RecordHeaders(), Optional.empty()));
    }

    private void store() throws Exception {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            new StoredRecords(TOPICS).write(c, records);
            c.commit();
        }
    }
}
