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
 * Searches the history store. Results are newest first and paged by {@link KeysetCursor}; every
 * filter but the phrases is a column of the delivery.
 *
 * <p>A phrase is found one of two ways, and which is cheaper depends on how common it is, which the
 * planner cannot tell: it multiplies the frequencies of a phrase's bigrams as if they were
 * independent, so 脱贫攻坚 looks a thousand times rarer than it is, and it cannot estimate the check
 * on the text at all. Measured (docs/history-store.md), its wrong guesses made the slow tail. So the
 * search decides by trying: first it walks the department's newest {@code window} deliveries (the
 * department+time index, in the order of the page) and checks each one's text; a phrase common enough
 * to fill the page there is done after a few hundred rows. Only when the window holds too few hits is
 * the phrase rare, and then its bigrams are looked up in the GIN index of unit texts ({@link Bigrams})
 * and the few candidates joined to their deliveries; the texts not yet indexed (the newest, see
 * {@code TextIndexer}) are checked directly and join the candidates.
 */
public final class SectionSearch {

    /** Deliveries walked before a phrase counts as rare: ~2,000 keeps both paths near 50 ms (the docs). */
    static final int DEFAULT_WINDOW = 2000;

    private static final String COLUMNS = "d.delivery_id, d.unit_id, d.report_id, d.submission_id, d.routed_to, "
            + "d.routing_reason, d.office, d.issuer, d.issuer_level, d.report_title, d.section_path, d.heading, d.role, "
            + "d.departments, d.confidence, d.received_at, d.retracted, d.corrected_by, d.correction_reason, u.text";
    private static final String ORDER = " ORDER BY d.received_at DESC, d.delivery_id DESC";
    /** What the order and the join to the text need of a delivery: an index holds them (V4, V5). */
    private static final String KEYS = "d.delivery_id, d.unit_id, d.received_at";

    private final HistoryDatabase database;
    private final int window;

    public SectionSearch(HistoryDatabase database) {
        this(database, DEFAULT_WINDOW);
    }

    /** A search that walks {@code window} deliveries before it takes a phrase for rare (tests make both paths run). */
    public SectionSearch(HistoryDatabase database, int window) {
        this.database = database;
        this.window = window;
    }

    /** A piece of SQL and its parameters, in order. */
    private record Clause(String sql, List<Object> parameters) {
    }

    public SearchPage search(SearchQuery query) throws SQLException {
        Clause deliveries = deliveryConditions(query);
        try (Connection connection = database.connection()) {
            List<SearchHit> hits;
            if (query.terms().isEmpty()) {
                List<Object> parameters = new ArrayList<>(deliveries.parameters());
                parameters.add(query.limit() + 1);
                hits = run(connection, "SELECT " + COLUMNS + " FROM deliveries d JOIN unit_texts u ON u.unit_id = d.unit_id"
                        + " WHERE " + deliveries.sql() + ORDER + " LIMIT ?", parameters);
            } else {
                hits = walk(connection, query, deliveries);
                if (hits.size() <= query.limit() && windowWasFull(connection, deliveries)) {
                    hits = byTextIndex(connection, query, deliveries);
                }
            }
            boolean more = hits.size() > query.limit();
            List<SearchHit> page = more ? hits.subList(0, query.limit()) : hits;
            return new SearchPage(page, more ? page.get(page.size() - 1).cursor() : null);
        }
    }

    /**
     * The newest {@code window} deliveries that pass every other filter, each text checked. No bigram
     * condition here: it would tempt the planner back to the GIN index.
     */
    private List<SearchHit> walk(Connection connection, SearchQuery query, Clause deliveries) throws SQLException {
        List<Object> parameters = new ArrayList<>(deliveries.parameters());
        parameters.add(window);
        parameters.addAll(query.terms());
        parameters.add(query.limit() + 1);
        return run(connection, checkedInOrder(query, "SELECT " + KEYS + " FROM deliveries d WHERE " + deliveries.sql()
                + ORDER + " LIMIT ?"), parameters);
    }

    /**
     * The page from {@code keys} (deliveries' keys in the page's order): each key's text checked in that order until
     * the page is full, then only the page's deliveries read. With the common filters (department, role, time,
     * withdrawn) the keys come from an index alone (V4, V5): walking 2,000 deliveries of one role used to read every
     * delivery of the department's newest ~10,000 to look at its role (docs/history-store.md, fourth pass).
     * The inner ORDER BY and LIMIT keep each subquery whole and in order, so the joins follow it and stop at the page.
     */
    private static String checkedInOrder(SearchQuery query, String keys) {
        return "SELECT " + COLUMNS + " FROM (SELECT k.delivery_id, k.received_at, u.text FROM (" + keys + ") k"
                + " JOIN unit_texts u ON u.unit_id = k.unit_id WHERE " + phraseChecks(query)
                + " ORDER BY k.received_at DESC, k.delivery_id DESC LIMIT ?) u JOIN deliveries d ON d.delivery_id = u.delivery_id"
                + ORDER;
    }

    /**
     * True when the walk stopped at its window rather than at the end of the department's history. Counted in the
     * walk's order, over the index pages the walk has just read: without the ORDER BY, a filter the index does not
     * hold (a role) made PostgreSQL count by a sequential scan of every department's deliveries until it had seen
     * {@code window} matches (measured: 146,271 rows read, 0.85 s at load 50; docs/history-store.md, fourth pass).
     */
    private boolean windowWasFull(Connection connection, Clause deliveries) throws SQLException {
        List<Object> parameters = new ArrayList<>(deliveries.parameters());
        parameters.add(window);
        String sql = "SELECT count(*) FROM (SELECT 1 FROM deliveries d WHERE " + deliveries.sql() + ORDER + " LIMIT ?) w";
        try (PreparedStatement st = prepare(connection, sql, parameters); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1) >= window;
        }
    }

    /**
     * A rare phrase: the units whose bigrams hold it, from the GIN index, materialised so that the plan cannot walk
     * instead; then their deliveries that pass the filters, sorted; and only then, in the page's order, each text
     * checked until the page is full. Checking every candidate's text first (the second pass) was most of the search
     * tail at a million sections: a phrase in 0.1–1% of the texts has thousands of candidates, most of them other
     * departments' (docs/history-store.md, fourth pass).
     */
    private List<SearchHit> byTextIndex(Connection connection, SearchQuery query, Clause deliveries) throws SQLException {
        Set<Long> grams = new LinkedHashSet<>();
        query.terms().forEach(term -> grams.addAll(List.of(Bigrams.of(term))));
        List<Object> parameters = new ArrayList<>();
        String candidates;
        if (grams.isEmpty()) { // single letters: no bigram to look up, every text is checked
            candidates = "SELECT unit_id FROM unit_texts u WHERE " + phraseChecks(query);
        } else {
            // The texts the indexer has not reached yet (the newest) are checked directly, found by their partial index.
            candidates = "SELECT unit_id FROM unit_texts u WHERE u.grams @> ?"
                    + " UNION ALL SELECT unit_id FROM unit_texts u WHERE u.grams IS NULL AND " + phraseChecks(query);
            parameters.add(grams.toArray(Long[]::new));
        }
        parameters.addAll(query.terms());
        parameters.addAll(deliveries.parameters());
        parameters.addAll(query.terms());
        parameters.add(query.limit() + 1);
        String sql = "WITH c AS MATERIALIZED (" + candidates + ") " + checkedInOrder(query, "SELECT " + KEYS
                + " FROM c JOIN deliveries d ON d.unit_id = c.unit_id WHERE " + deliveries.sql() + ORDER);
        return run(connection, sql, parameters);
    }

    /**
     * Each term's check on the text. A term of ideographs and digits is checked on the text as it is: they have no
     * case and no letter lower-cases to one of them, so the answer is the one {@code lower(text)} gives, without
     * lower-casing ~1.5 KB of text per row (about half of a check's cost, measured).
     */
    private static String phraseChecks(SearchQuery query) {
        return String.join(" AND ", query.terms().stream()
                .map(t -> hasNoCase(t) ? "strpos(u.text, ?) > 0" : "strpos(lower(u.text), ?) > 0").toList());
    }

    private static boolean hasNoCase(String term) {
        return term.codePoints().allMatch(c -> Character.isIdeographic(c) || (c >= '0' && c <= '9'));
    }

    /**
     * Every filter on the delivery itself. One department is an equality, not {@code = ANY}: only then
     * does the department+time index hand its rows over in the page's order.
     */
    private static Clause deliveryConditions(SearchQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("true");
        if (query.departments().size() == 1) {
            sql.append(" AND d.routed_to = ?");
            parameters.add(query.departments().iterator().next());
        } else if (!query.departments().isEmpty()) {
            sql.append(" AND d.routed_to = ANY(?)");
            parameters.add(query.departments().toArray(String[]::new));
        }
        if (!query.withdrawn()) {
            sql.append(" AND NOT d.retracted");
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
        return new Clause(sql.toString(), parameters);
    }

    private static List<SearchHit> run(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement st = prepare(connection, sql, parameters); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                hits.add(hit(rs));
            }
        }
        return hits;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement st = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                Object p = parameters.get(i);
                if (p instanceof String[] array) {
                    st.setArray(i + 1, connection.createArrayOf("text", array));
                } else if (p instanceof Long[] codes) {
                    st.setArray(i + 1, connection.createArrayOf("bigint", codes));
                } else {
                    st.setObject(i + 1, p);
                }
            }
            return st;
        } catch (SQLException e) {
            st.close();
            throw e;
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
