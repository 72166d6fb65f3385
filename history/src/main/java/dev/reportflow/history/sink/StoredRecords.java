package dev.reportflow.history.sink;

import dev.reportflow.history.store.RecordJson;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.Topics;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Writes one batch of records to the store, on a connection whose transaction the caller commits.
 * Every write is idempotent (a record already stored, by delivery, report, correction or
 * coordinates, is not stored twice) and ordered (a record older than the one a row stands for never
 * overwrites it), so that even a batch applied twice leaves the same rows.
 */
public final class StoredRecords {

    private static final AvroSerde<RoutedSection> SECTIONS = AvroSerde.of(RoutedSection.class);
    private static final AvroSerde<ClassifiedReport> REPORTS = AvroSerde.of(ClassifiedReport.class);
    private static final AvroSerde<Rejection> REJECTIONS = AvroSerde.of(Rejection.class);
    private static final AvroSerde<RoutingCorrection> CORRECTIONS = AvroSerde.of(RoutingCorrection.class);

    /** Without its bigrams: the text indexer adds them off the sink's path (V3__text_index_off_the_sink_path.sql). */
    private static final String UNIT_TEXT = "INSERT INTO unit_texts (unit_id, text) VALUES (?, ?) "
            + "ON CONFLICT (unit_id) DO NOTHING";
    private static final String DELIVERY = "INSERT INTO deliveries (delivery_id, unit_id, report_id, submission_id, "
            + "routed_to, routing_reason, office, issuer, issuer_level, issuer_department, report_title, section_path, "
            + "heading, role, departments, confidence, received_at, classified_at, classifier_version, rules_version, "
            + "retracted, correction_id, corrected_by, correction_reason, topic, kafka_partition, kafka_offset) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (delivery_id) DO UPDATE SET routing_reason = EXCLUDED.routing_reason, "
            + "issuer = EXCLUDED.issuer, issuer_level = EXCLUDED.issuer_level, issuer_department = EXCLUDED.issuer_department, "
            + "role = EXCLUDED.role, departments = EXCLUDED.departments, confidence = EXCLUDED.confidence, "
            + "classified_at = EXCLUDED.classified_at, classifier_version = EXCLUDED.classifier_version, "
            + "rules_version = EXCLUDED.rules_version, retracted = EXCLUDED.retracted, "
            + "correction_id = EXCLUDED.correction_id, corrected_by = EXCLUDED.corrected_by, "
            + "correction_reason = EXCLUDED.correction_reason, topic = EXCLUDED.topic, "
            + "kafka_partition = EXCLUDED.kafka_partition, kafka_offset = EXCLUDED.kafka_offset "
            + "WHERE deliveries.kafka_offset < EXCLUDED.kafka_offset";
    private static final String REPORT = "INSERT INTO reports (report_id, submission_id, office, file_name, title, issuer, "
            + "issuer_level, issuer_department, received_at, classified_at, confidence, routed_copies, intake_topic, "
            + "intake_partition, intake_offset, record, kafka_partition, kafka_offset) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) "
            + "ON CONFLICT (report_id) DO UPDATE SET title = EXCLUDED.title, issuer = EXCLUDED.issuer, "
            + "issuer_level = EXCLUDED.issuer_level, issuer_department = EXCLUDED.issuer_department, "
            + "classified_at = EXCLUDED.classified_at, confidence = EXCLUDED.confidence, "
            + "routed_copies = EXCLUDED.routed_copies, record = EXCLUDED.record, "
            + "kafka_partition = EXCLUDED.kafka_partition, kafka_offset = EXCLUDED.kafka_offset "
            + "WHERE reports.kafka_offset < EXCLUDED.kafka_offset";
    private static final String REJECTION = "INSERT INTO rejections (kafka_partition, kafka_offset, submission_id, reason, "
            + "message, office, file_name, rejected_at, intake_topic, intake_partition, intake_offset) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String CORRECTION = "INSERT INTO corrections (correction_id, report_id, submission_id, unit_id, "
            + "corrected_by, corrected_at, reason, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING";
    private static final String EVENT = "INSERT INTO events (topic, kafka_partition, kafka_offset, submission_id, at, kind, "
            + "subject, routed_to, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String UNDECODABLE = "INSERT INTO undecodable_records (topic, kafka_partition, kafka_offset, problem) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String OFFSET = "INSERT INTO sink_offsets (topic, partition, next_offset) VALUES (?, ?, ?) "
            + "ON CONFLICT (topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset "
            // A sink the group gave up on (past max.poll.interval.ms) may commit a batch after the partition's new
            // owner stored later ones: its rows are no-ops (idempotent, ordered), and its position must not go back.
            + "WHERE sink_offsets.next_offset < EXCLUDED.next_offset";

    private final Topics topics;

    public StoredRecords(Topics topics) {
        this.topics = topics;
    }

    /** What one batch of records becomes, before it is written. */
    private final class Batch {
        /**
         * In unit id order: a unit routed to several departments reaches several sinks at once
         * (HistorySinks), and transactions that insert the same units in one order cannot deadlock.
         */
        final Map<String, RoutedSection> unitTexts = new TreeMap<>();
        final Map<String, Located<RoutedSection>> deliveries = new LinkedHashMap<>();
        final Map<String, Located<ClassifiedReport>> reports = new LinkedHashMap<>();
        final List<Located<Rejection>> rejections = new ArrayList<>();
        final Map<String, RoutingCorrection> corrections = new LinkedHashMap<>();
        final List<Event> events = new ArrayList<>();
        final List<Located<String>> undecodable = new ArrayList<>();
        final Map<TopicPartition, Long> nextOffsets = new LinkedHashMap<>();

        void add(ConsumerRecord<byte[], byte[]> record) {
            nextOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
            try {
                if (record.topic().equals(topics.classified())) {
                    addReport(new Located<>(REPORTS.fromBytes(record.value()), record));
                } else if (record.topic().equals(topics.rejected())) {
                    addRejection(new Located<>(REJECTIONS.fromBytes(record.value()), record));
                } else if (record.topic().equals(topics.corrections())) {
                    addCorrection(CORRECTIONS.fromBytes(record.value()), record);
                } else if (topics.departmentOf(record.topic()) != null) {
                    addSection(new Located<>(SECTIONS.fromBytes(record.value()), record));
                }
            } catch (RuntimeException e) {
                // A record that is not what its topic should hold is kept by its coordinates, not skipped silently.
                undecodable.add(new Located<>(String.valueOf(e.getMessage()), record));
            }
        }

        private void addSection(Located<RoutedSection> located) {
            RoutedSection s = located.value();
            unitTexts.putIfAbsent(s.getUnitId(), s);
            deliveries.put(s.getDeliveryId(), located); // a later record of the same delivery replaces it
            RoutingCorrection c = s.getCorrection();
            String detail = s.getRetracted()
                    ? "withdrawn by " + (c == null ? "?" : c.getBy() + " (" + c.getCorrectionId() + "): " + c.getReason())
                    : s.getRoutingReason() + " · " + s.getRole() + " · " + s.getHeading()
                            + (c == null ? "" : " · by " + c.getBy() + " (" + c.getCorrectionId() + "): " + c.getReason());
            events.add(new Event(located.record(), s.getSubmissionId(), s.getRetracted() ? "RETRACTED" : "DELIVERED",
                    s.getDeliveryId(), s.getRoutedTo(), detail));
        }

        private void addReport(Located<ClassifiedReport> located) {
            ClassifiedReport r = located.value();
            reports.put(r.getReportId(), located);
            String detail = r.getTitle() + " · " + r.getIssuer().getName() + " (" + r.getIssuer().getLevel() + ") → "
                    + r.getIssuer().getDepartment() + " · confidence " + r.getConfidence() + " · "
                    + r.getRoutedCopies() + " routed copies · classifier " + r.getClassifierVersion()
                    + (r.getCorrections().isEmpty() ? "" : " · " + r.getCorrections().size() + " correction(s)")
                    + (r.getTriageReason() == null ? "" : " · triage: " + r.getTriageReason());
            events.add(new Event(located.record(), r.getSubmissionId(),
                    r.getCorrections().isEmpty() ? "CLASSIFIED" : "RECLASSIFIED", r.getReportId(), null, detail));
        }

        private void addRejection(Located<Rejection> located) {
            Rejection r = located.value();
            rejections.add(located);
            if (r.getSubmissionId() != null) {
                events.add(new Event(located.record(), r.getSubmissionId(), "REJECTED", r.getReason().name(), null,
                        r.getMessage()));
            }
        }

        private void addCorrection(RoutingCorrection c, ConsumerRecord<byte[], byte[]> record) {
            corrections.putIfAbsent(c.getCorrectionId(), c);
            String changes = c.getDepartmentsAdded().stream().map(d -> "+" + d).collect(Collectors.joining(" "))
                    + " " + c.getDepartmentsRemoved().stream().map(d -> "-" + d).collect(Collectors.joining(" "));
            events.add(new Event(record, submissionOf(c.getReportId()), "CORRECTION", c.getCorrectionId(), null,
                    (c.getUnitId() == null ? c.getReportId() : c.getUnitId()) + " " + changes.trim() + " · by "
                            + c.getBy() + ": " + c.getReason()));
        }
    }

    private record Located<T>(T value, ConsumerRecord<byte[], byte[]> record) {
    }

    private record Event(ConsumerRecord<byte[], byte[]> record, String submissionId, String kind, String subject,
                         String routedTo, String detail) {
    }

    /**
     * Writes the batch and the position after it; the caller commits (or rolls back) the transaction.
     * The commit must be durable ({@code synchronous_commit} on, the server's default): with it off, a
     * database that crashes and restarts between two batches undoes the first without the sink seeing
     * an error, and the second then stores a position past the records the first held: lost.
     */
    public void write(Connection connection, Iterable<ConsumerRecord<byte[], byte[]>> records) throws SQLException {
        Batch batch = new Batch();
        records.forEach(batch::add);
        writeUnitTexts(connection, batch);
        writeDeliveries(connection, batch);
        writeReports(connection, batch);
        writeRejections(connection, batch);
        writeCorrections(connection, batch);
        writeEvents(connection, batch);
        writeUndecodable(connection, batch);
        try (PreparedStatement st = connection.prepareStatement(OFFSET)) {
            for (Map.Entry<TopicPartition, Long> e : batch.nextOffsets.entrySet()) {
                st.setString(1, e.getKey().topic());
                st.setInt(2, e.getKey().partition());
                st.setLong(3, e.getValue());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Where the store stands in each of these partitions: the offset of the next record to read, if any was stored. */
    public static Map<TopicPartition, Long> positions(Connection connection, Iterable<TopicPartition> partitions)
            throws SQLException {
        Map<TopicPartition, Long> positions = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT next_offset FROM sink_offsets WHERE topic = ? AND partition = ?")) {
            for (TopicPartition tp : partitions) {
                st.setString(1, tp.topic());
                st.setInt(2, tp.partition());
                try (var rs = st.executeQuery()) {
                    if (rs.next()) {
                        positions.put(tp, rs.getLong(1));
                    }
                }
            }
        }
        return positions;
    }

    private static void writeUnitTexts(Connection connection, Batch batch) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(UNIT_TEXT)) {
            for (RoutedSection s : batch.unitTexts.values()) {
                st.setString(1, s.getUnitId());
                st.setString(2, s.getText());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void writeDeliveries(Connection connection, Batch batch) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(DELIVERY)) {
            for (Located<RoutedSection> located : batch.deliveries.values()) {
                RoutedSection s = located.value();
                RoutingCorrection c = s.getCorrection();
                int i = 0;
                st.setString(++i, s.getDeliveryId());
                st.setString(++i, s.getUnitId());
                st.setString(++i, s.getReportId());
                st.setString(++i, s.getSubmissionId());
                st.setString(++i, s.getRoutedTo());
                st.setString(++i, s.getRoutingReason());
                st.setString(++i, s.getOffice());
                st.setString(++i, s.getIssuer().getName());
                st.setString(++i, s.getIssuer().getLevel());
                st.setString(++i, s.getIssuer().getDepartment());
                st.setString(++i, s.getReportTitle());
                st.setString(++i, s.getSectionPath());
                st.setString(++i, s.getHeading());
                st.setString(++i, s.getRole().name());
                Array departments = connection.createArrayOf("text",
                        s.getDepartments().stream().map(DepartmentAssignment::getDepartment).toArray());
                st.setArray(++i, departments);
                st.setDouble(++i, s.getConfidence());
                st.setTimestamp(++i, Timestamp.from(s.getReceivedAt()));
                st.setTimestamp(++i, Timestamp.from(s.getClassifiedAt()));
                st.setString(++i, s.getClassifierVersion());
                st.setString(++i, s.getRulesVersion());
                st.setBoolean(++i, s.getRetracted());
                st.setString(++i, c == null ? null : c.getCorrectionId());
                st.setString(++i, c == null ? null : c.getBy());
                st.setString(++i, c == null ? null : c.getReason());
                st.setString(++i, located.record().topic());
                st.setInt(++i, located.record().partition());
                st.setLong(++i, located.record().offset());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void writeReports(Connection connection, Batch batch) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(REPORT)) {
            for (Located<ClassifiedReport> located : batch.reports.values()) {
                ClassifiedReport r = located.value();
                int i = 0;
                st.setString(++i, r.getReportId());
                st.setString(++i, r.getSubmissionId());
                st.setString(++i, r.getOffice());
                st.setString(++i, r.getFileName());
                st.setString(++i, r.getTitle());
                st.setString(++i, r.getIssuer().getName());
                st.setString(++i, r.getIssuer().getLevel());
                st.setString(++i, r.getIssuer().getDepartment());
                st.setTimestamp(++i, Timestamp.from(r.getReceivedAt()));
                st.setTimestamp(++i, Timestamp.from(r.getClassifiedAt()));
                st.setDouble(++i, r.getConfidence());
                st.setInt(++i, r.getRoutedCopies());
                setCoordinates(st, i, r.getSource());
                i += 3;
                st.setString(++i, RecordJson.of(r));
                st.setInt(++i, located.record().partition());
                st.setLong(++i, located.record().offset());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void writeRejections(Connection connection, Batch batch) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(REJECTION)) {
            for (Located<Rejection> located : batch.rejections) {
                Rejection r = located.value();
                int i = 0;
                st.setInt(++i, located.record().partition());
                st.setLong(++i, located.record().offset());
                st.setString(++i, r.getSubmissionId());
                st.setString(++i, r.getReason().name());
                st.setString(++i, r.getMessage());
                st.setString(++i, r.getOffice());
                st.setString(++i, r.getFileName());
                st.setTimestamp(++i, Timestamp.from(r.getRejectedAt()));
                setCoordinates(st, i, r.getSource());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void writeCorrections(Connection connection, Batch batch) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(CORRECTION)) {
            for (RoutingCorrection c : batch.corrections.values()) {
                int i = 0;
                st.setString(++i, c.getCorrectionId());
                st.setString(++i, c.getReportId());
                st.setString(++i, submissionOf(c.getReportId()));
                st.setString(++i, c.getUnitId());
                st.setString(++i, c.getBy());
                st.setTimestamp(++i, Timestamp.from(c.getAt()));
                st.setString(++i, c.getReason());
                st.setString(++i, RecordJson.of(c));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void writeEvents(Connection connection, Batch batch) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(EVENT)) {
            for (Event e : batch.events) {
                int i = 0;
                st.setString(++i, e.record().topic());
                st.setInt(++i, e.record().partition());
                st.setLong(++i, e.record().offset());
                st.setString(++i, e.submissionId());
                st.setTimestamp(++i, Timestamp.from(Instant.ofEpochMilli(e.record().timestamp())));
                st.setString(++i, e.kind());
                st.setString(++i, e.subject());
                if (e.routedTo() == null) {
                    st.setNull(++i, Types.VARCHAR);
                } else {
                    st.setString(++i, e.routedTo());
                }
                st.setString(++i, e.detail());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void writeUndecodable(Connection connection, Batch batch) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(UNDECODABLE)) {
            for (Located<String> located : batch.undecodable) {
                st.setString(1, located.record().topic());
                st.setInt(2, located.record().partition());
                st.setLong(3, located.record().offset());
                st.setString(4, located.value());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static void setCoordinates(PreparedStatement st, int after, KafkaCoordinates at) throws SQLException {
        st.setString(after + 1, at.getTopic());
        st.setInt(after + 2, at.getPartition());
        st.setLong(after + 3, at.getOffset());
    }

    /** A report id is {@code <submissionId>#<n>}. */
    static String submissionOf(String reportId) {
        int hash = reportId.lastIndexOf('#');
        return hash < 0 ? reportId : reportId.substring(0, hash);
    }
}
