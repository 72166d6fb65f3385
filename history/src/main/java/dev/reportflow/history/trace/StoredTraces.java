package dev.reportflow.history.trace;

import dev.reportflow.history.store.HistoryDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Traces from the store: two index lookups by submission id (its reports or rejection for the
 * intake record, its events for the path), sent together, instead of a scan of every output topic.
 */
public final class StoredTraces {

    private static final String RECEIVED = "SELECT received_at, office, file_name, intake_topic, intake_partition, "
            + "intake_offset FROM reports WHERE submission_id = ? UNION ALL SELECT rejected_at, office, file_name, "
            + "intake_topic, intake_partition, intake_offset FROM rejections WHERE submission_id = ? LIMIT 1";
    private static final String EVENTS = "SELECT at, kind, subject, routed_to, detail, topic, kafka_partition, kafka_offset "
            + "FROM events WHERE submission_id = ? ORDER BY at, topic, kafka_partition, kafka_offset";

    private final HistoryDatabase database;

    public StoredTraces(HistoryDatabase database) {
        this.database = database;
    }

    /**
     * The whole path, for triage and auditors.
     */
    public StoredTrace trace(String submissionId) throws SQLException {
        return trace(submissionId, department -> true, true);
    }

    /**
     * The path as a reader of some departments may see it: the deliveries and withdrawals to those
     * departments, and the submission's own records only when at least one of them reached those
     * departments (otherwise nothing: another department's submission is not theirs to see).
     *
     * @param everything whether the reader sees every department (rejections, corrections, all deliveries)
     */
    public StoredTrace trace(String submissionId, Predicate<String> mayRead, boolean everything) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement st = connection.prepareStatement(RECEIVED + "; " + EVENTS)) {
            // Both lookups in one round trip: each takes a fraction of a millisecond, and on a busy
            // machine every wait for the other process is a chance to lose the CPU (the trace tail).
            st.setString(1, submissionId);
            st.setString(2, submissionId);
            st.setString(3, submissionId);
            st.execute();
            StoredTrace.Received received = null;
            try (ResultSet rs = st.getResultSet()) {
                if (rs.next()) {
                    received = new StoredTrace.Received(rs.getTimestamp(1).toInstant(), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getInt(5), rs.getLong(6));
                }
            }
            if (!st.getMoreResults()) {
                throw new SQLException("The events of a trace did not come back: " + submissionId);
            }
            List<StoredTrace.Event> events = new ArrayList<>();
            try (ResultSet rs = st.getResultSet()) {
                while (rs.next()) {
                    events.add(new StoredTrace.Event(rs.getTimestamp(1).toInstant(), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                            rs.getLong(8)));
                }
            }
            if (everything) {
                return new StoredTrace(submissionId, received, events);
            }
            List<StoredTrace.Event> theirs = events.stream()
                    .filter(e -> e.routedTo() != null && mayRead.test(e.routedTo())).toList();
            if (theirs.isEmpty()) {
                return new StoredTrace(submissionId, null, List.of());
            }
            List<StoredTrace.Event> visible = events.stream()
                    .filter(e -> e.routedTo() == null ? e.kind().endsWith("CLASSIFIED") : mayRead.test(e.routedTo()))
                    .toList();
            return new StoredTrace(submissionId, received, visible);
        }
    }
}
