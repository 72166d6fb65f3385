package dev.reportflow.history.search;

import dev.reportflow.history.store.Bigrams;
import dev.reportflow.history.store.HistoryDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Searches the history store. A phrase is looked up by its bigrams in the GIN index of unit texts
 * ({@link Bigrams}), then checked on the text itself; every other filter is a column of the
 * delivery. Results are newest first and paged by {@link KeysetCursor}.
 */
public final class SectionSearch {

    private static final String COLUMNS = "d.delivery_id, d.unit_id, d.report_id, d.submission_id, d.routed_to, "
            + "d.routing_reason, d.office, d.issuer, d.issuer_level, d.report_title, d.section_path, d.heading, d.role, "
            + "d.departments, d.confidence, d.received_at, d.retracted, d.corrected_by, d.correction_reason, u.text";

    private final HistoryDatabase database;

    public SectionSearch(HistoryDatabase database) {
        this.database = database;
    }

    public SearchPage search(SearchQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM deliveries d JOIN unit_texts u ON u.unit_id = d.unit_id WHERE true");
        if (!query.departments().isEmpty()) {
            sql.append(" AND d.routed_to = ANY(?)");
            parameters.add(query.departments().toArray(String[]::new));
        }
        if (!query.withdrawn()) {
            sql.append(" AND NOT d.retracted");
        }
        Set<String> grams = new LinkedHashSet<>();
        for (String term : query.terms()) {
            grams.addAll(List.of(Bigrams.of(term)));
            sql.append(" AND strpos(lower(u.text), ?) > 0");
            parameters.add(term);
        }
        if (!grams.isEmpty()) {
            sql.append(" AND u.grams @> ?");
            parameters.add(grams.toArray(String[]::new));
        }
        if (!query.roles().isEmpty()) {
            sql.append(" AND d.role = ANY(?)");
            parameters.add(query.roles().toArray(String[]::new));
        }
        if (!query.levels().isEmpty()) {
            sql.append(" AND d.issuer_level = ANY(?)");
            parameters.add(query.levels().toArray(String[]::new));
        }
        if (query.office() != null) {
            sql.append(" AND d.office = ?");
            parameters.add(query.office());
        }
        if (query.issuer() != null) {
            sql.append(" AND strpos(d.issuer, ?) > 0");
            parameters.add(query.issuer());
        }
        if (query.from() != null) {
            sql.append(" AND d.received_at >= ?");
            parameters.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND d.received_at < ?");
            parameters.add(Timestamp.from(query.to()));
        }
        if (query.minConfidence() != null) {
            sql.append(" AND d.confidence >= ?");
            parameters.add(query.minConfidence());
        }
        if (query.maxConfidence() != null) {
            sql.append(" AND d.confidence <= ?");
            parameters.add(query.maxConfidence());
        }
        if (query.after() != null) {
            sql.append(" AND (d.received_at, d.delivery_id) < (?, ?)");
            parameters.add(Timestamp.from(query.after().receivedAt()));
            parameters.add(query.after().deliveryId());
        }
        sql.append(" ORDER BY d.received_at DESC, d.delivery_id DESC LIMIT ?");
        parameters.add(query.limit() + 1);

        try (Connection connection = database.connection();
             PreparedStatement st = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                Object p = parameters.get(i);
                if (p instanceof String[] array) {
                    st.setArray(i + 1, connection.createArrayOf("text", array));
                } else {
                    st.setObject(i + 1, p);
                }
            }
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    hits.add(hit(rs));
                }
            }
            boolean more = hits.size() > query.limit();
            List<SearchHit> page = more ? hits.subList(0, query.limit()) : hits;
            return new SearchPage(page, more ? page.get(page.size() - 1).cursor() : null);
        }
    }

    private static SearchHit hit(ResultSet rs) throws SQLException {
        Array departments = rs.getArray("departments");
        return new SearchHit(rs.getString("delivery_id"), rs.getString("unit_id"), rs.getString("report_id"),
                rs.getString("submission_id"), rs.getString("routed_to"), rs.getString("routing_reason"),
                rs.getString("office"), rs.getString("issuer"), rs.getString("issuer_level"),
                rs.getString("report_title"), rs.getString("section_path"), rs.getString("heading"),
                rs.getString("role"), List.of((String[]) departments.getArray()), rs.getDouble("confidence"),
                rs.getTimestamp("received_at").toInstant(), rs.getBoolean("retracted"), rs.getString("corrected_by"),
                rs.getString("correction_reason"), rs.getString("text"));
    }
}
