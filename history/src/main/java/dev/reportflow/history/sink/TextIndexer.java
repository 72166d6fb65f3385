package dev.reportflow.history.sink;

import dev.reportflow.history.store.Bigrams;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds the bigrams ({@link Bigrams}) of the unit texts the sink stored without them, a batch at a
 * time. Keeping the GIN index up to date was nearly all of the sink's cost (docs/history-store.md);
 * apart from it, the sink keeps up with the pipeline's bursts, and the index follows when the sink
 * is not behind. Until then search checks the unindexed texts directly, so nothing stored is missed.
 *
 * <p>The texts of a batch are locked and skipped by any other indexer (several sink instances may
 * share a store); a batch lost in a crash leaves its texts unindexed, and they are indexed again.
 */
public final class TextIndexer {

    /** About half a second of the database's work on this 2-core machine (~1 ms per text with the GIN index). */
    public static final int DEFAULT_BATCH = 500;

    private static final String UNINDEXED = "SELECT unit_id, text FROM unit_texts WHERE grams IS NULL "
            + "LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String INDEX = "UPDATE unit_texts SET grams = ? WHERE unit_id = ?";

    /** Indexes up to {@code batch} unindexed unit texts and commits; returns how many it indexed. */
    public int indexSome(Connection connection, int batch) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement st = connection.createStatement()) {
                // As for the sink: a crash may undo the last batches, which leaves their texts unindexed, to be done again.
                st.execute("SET LOCAL synchronous_commit = off");
            }
            Map<String, String> texts = new LinkedHashMap<>();
            try (PreparedStatement st = connection.prepareStatement(UNINDEXED)) {
                st.setInt(1, batch);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        texts.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            try (PreparedStatement st = connection.prepareStatement(INDEX)) {
                for (Map.Entry<String, String> e : texts.entrySet()) {
                    st.setArray(1, connection.createArrayOf("bigint", Bigrams.of(e.getValue())));
                    st.setString(2, e.getKey());
                    st.addBatch();
                }
                st.executeBatch();
            }
            connection.commit();
            return texts.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Unit texts stored and not yet indexed. */
    public static long unindexed(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM unit_texts WHERE grams IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
