package dev.reportflow.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.history.search.SearchQuery;
import dev.reportflow.history.search.SectionSearch;
import dev.reportflow.history.store.Bigrams;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.history.store.HistorySettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A store written by version 1 (bigrams as strings) is converted to integer codes, and still searched. */
class BigramCodesMigrationIT {

    private static final String TEXT = "全面推进财政资金绩效管理改革";

    @Test
    void aVersionOneStoreKeepsItsTextIndexAsTheCodesBigramsWrites() throws Exception {
        HistorySettings settings = SharedPostgres.settings("migration");
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration").target("1").load().migrate();
        try (HistoryDatabase database = HistoryDatabase.open(settings)) {
            try (Connection c = database.connection()) {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i + 1 < TEXT.length(); i++) {
                    pairs.add(TEXT.substring(i, i + 2));
                }
                try (PreparedStatement st = c.prepareStatement("INSERT INTO unit_texts VALUES ('r#1/1.1', ?, ?)")) {
                    st.setString(1, TEXT);
                    st.setArray(2, c.createArrayOf("text", pairs.toArray()));
                    st.executeUpdate();
                }
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO deliveries VALUES ('r#1/1.1@finance', 'r#1/1.1', 'r#1', 's', 'finance', "
                            + "'issuer-department', 'o', 'i', 'county', null, 't', '1.1', 'h', 'REVIEW', '{finance}', 0.9, "
                            + "now(), now(), 'v', 'v', false, null, null, null, 'routed.finance', 0, 0)");
                }
            }

            database.migrate();

            try (Connection c = database.connection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT grams FROM unit_texts")) {
                rs.next();
                assertThat((Long[]) rs.getArray(1).getArray()).containsExactly(Bigrams.of(TEXT));
            }
            // A window of one delivery that holds the hit but not a page more: the GIN index answers.
            SearchQuery query = new SearchQuery(Set.of("finance"), List.of("绩效管理"), Set.of(), Set.of(), null, null,
                    null, null, null, null, false, null, 20);
            assertThat(new SectionSearch(database, 1).search(query).hits()).hasSize(1);
        }
    }
}
