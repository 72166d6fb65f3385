package dev.reportflow.history;

import static dev.reportflow.history.Records.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.history.search.SearchExport;
import dev.reportflow.history.search.SearchHit;
import dev.reportflow.history.search.SearchPage;
import dev.reportflow.history.search.SearchQuery;
import dev.reportflow.history.search.SectionSearch;
import dev.reportflow.history.sink.StoredRecords;
import dev.reportflow.history.sink.TextIndexer;
import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Topics;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search on a real PostgreSQL, with records written by the sink's own writer. */
class SectionSearchIT {

    private static final AvroSerde<RoutedSection> SECTIONS = AvroSerde.of(RoutedSection.class);
    private static final Topics TOPICS = Topics.defaults();
    private static final String BUDGET = "（一）预算管理\n　　全面推进财政资金绩效管理改革，压减一般性支出。";
    private static final String AUDIT = "（二）审计整改\n　　对上年审计发现的问题逐项整改到位。";

    private HistoryDatabase database;
    private SectionSearch search;
    private long nextOffset;

    @BeforeEach
    void open() {
        database = SharedPostgres.freshStore("search");
        search = new SectionSearch(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void findsATwoAndAFourCharacterChinesePhraseInsideASection() throws Exception {
        store(section("sub-0-1", "1.1", "finance", SectionRole.REVIEW, BUDGET).build(),
                section("sub-0-2", "2.1", "audit", SectionRole.PROBLEMS, AUDIT).build());

        assertThat(deliveries(find("finance", "财政"))).containsExactly("sub-0-1#1/1.1@finance");
        assertThat(deliveries(find("finance", "绩效管理"))).containsExactly("sub-0-1#1/1.1@finance");
        assertThat(deliveries(find("finance", "资金绩效"))).as("a phrase across two words").containsExactly("sub-0-1#1/1.1@finance");
        assertThat(find("finance", "财政审计").hits()).as("both words are there, the phrase is not").isEmpty();
        assertThat(deliveries(find("finance", "财政 压减"))).as("every term must appear").containsExactly("sub-0-1#1/1.1@finance");
        assertThat(find("finance", "财政 整改").hits()).isEmpty();
        assertThat(find("finance", "整改").hits()).as("another department's section").isEmpty();
        assertThat(deliveries(find("audit", "整改"))).containsExactly("sub-0-2#1/2.1@audit");
    }

    @Test
    void aRetractionRemovesTheSectionFromSearchAndAnOlderRecordDoesNotBringItBack() throws Exception {
        RoutedSection copy = section("sub-0-1", "1.1", "finance", SectionRole.REVIEW, BUDGET).build();
        RoutingCorrection correction = Records.correction("cor-1", copy.getUnitId(), "finance");
        store(copy);
        assertThat(find("finance", "财政").hits()).hasSize(1);

        store(Records.retraction(copy, correction));
        assertThat(find("finance", "财政").hits()).isEmpty();
        SearchQuery withdrawn = new SearchQuery(Set.of("finance"), List.of("财政"), Set.of(), Set.of(), null, null, null,
                null, null, null, true, null, 10);
        SearchHit hit = search.search(withdrawn).hits().get(0);
        assertThat(hit.withdrawn()).isTrue();
        assertThat(hit.correctedBy()).isEqualTo("王芳");

        // The copy read again (a replay) is older than the retraction the row stands for.
        storeAt(0, copy);
        assertThat(find("finance", "财政").hits()).isEmpty();
    }

    @Test
    void filtersByRoleLevelOfficeIssuerTimeAndConfidence() throws Exception {
        store(section("sub-0-1", "1.1", "finance", SectionRole.PROBLEMS, BUDGET).setConfidence(0.9).build(),
                section("sub-0-2", "1.1", "finance", SectionRole.PLAN, BUDGET).setConfidence(0.4)
                        .setOffice("YY镇人民政府").setIssuer(Records.issuer("YY镇人民政府", "township", "agriculture"))
                        .setReceivedAt(Records.RECEIVED.plusSeconds(86_400 * 30)).build());

        assertThat(deliveries(search.search(new SearchQuery(Set.of("finance"), List.of("财政"),
                Set.of("PROBLEMS"), Set.of(), null, null, null, null, null, null, false, null, 10))))
                .containsExactly("sub-0-1#1/1.1@finance");
        assertThat(deliveries(search.search(new SearchQuery(Set.of("finance"), List.of(), Set.of(), Set.of("township"),
                null, null, null, null, null, null, false, null, 10)))).containsExactly("sub-0-2#1/1.1@finance");
        assertThat(deliveries(search.search(new SearchQuery(Set.of("finance"), List.of(), Set.of(), Set.of(),
                "XX县财政局", null, null, null, null, null, false, null, 10)))).containsExactly("sub-0-1#1/1.1@finance");
        assertThat(deliveries(search.search(new SearchQuery(Set.of("finance"), List.of(), Set.of(), Set.of(),
                null, "YY镇", null, null, null, null, false, null, 10)))).containsExactly("sub-0-2#1/1.1@finance");
        assertThat(deliveries(search.search(new SearchQuery(Set.of("finance"), List.of(), Set.of(), Set.of(),
                null, null, Records.RECEIVED.plusSeconds(86_400), null, null, null, false, null, 10))))
                .containsExactly("sub-0-2#1/1.1@finance");
        assertThat(deliveries(search.search(new SearchQuery(Set.of("finance"), List.of(), Set.of(), Set.of(),
                null, null, null, Records.RECEIVED.plusSeconds(86_400), null, null, false, null, 10))))
                .containsExactly("sub-0-1#1/1.1@finance");
        assertThat(deliveries(search.search(new SearchQuery(Set.of("finance"), List.of(), Set.of(), Set.of(),
                null, null, null, null, 0.5, null, false, null, 10)))).containsExactly("sub-0-1#1/1.1@finance");
        assertThat(deliveries(search.search(new SearchQuery(Set.of("finance"), List.of(), Set.of(), Set.of(),
                null, null, null, null, null, 0.5, false, null, 10)))).containsExactly("sub-0-2#1/1.1@finance");
    }

    @Test
    void pagesThroughADepartmentsWholeHistoryNewestFirstWithoutRepeatsOrGaps() throws Exception {
        List<RoutedSection> sections = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // three share a receive time: the delivery id orders them
            sections.add(section("sub-0-" + i, "1.1", "finance", SectionRole.REVIEW, BUDGET)
                    .setReceivedAt(Records.RECEIVED.plusSeconds(i / 3 * 60)).build());
        }
        store(sections.toArray(RoutedSection[]::new));

        List<String> seen = new ArrayList<>();
        SearchQuery query = SearchQuery.everything(Set.of("finance"), 10);
        int pages = 0;
        SearchPage page;
        do {
            page = search.search(query);
            pages++;
            page.hits().forEach(h -> seen.add(h.deliveryId()));
            query = query.after(page.next());
        } while (page.next() != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).containsExactlyInAnyOrderElementsOf(sections.stream().map(RoutedSection::getDeliveryId).toList());
        assertThat(seen.get(0)).as("newest first").startsWith("sub-0-24#");
    }

    @Test
    void aRarePhraseFoundByTheTextIndexPagesLikeACommonOneFoundByWalkingTheDepartment() throws Exception {
        List<RoutedSection> sections = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sections.add(section("sub-0-" + i, "1.1", "finance", SectionRole.REVIEW, i % 3 == 0 ? AUDIT : BUDGET)
                    .setReceivedAt(Records.RECEIVED.plusSeconds(i * 60L)).build());
        }
        // The older 20 indexed, the newest 10 stored after the indexer's last batch: both halves hold audits.
        store(sections.subList(0, 20).toArray(RoutedSection[]::new));
        try (Connection c = database.connection()) {
            assertThat(new TextIndexer().indexSome(c, 1000)).as("texts indexed (one per unit)").isEqualTo(20);
        }
        store(sections.subList(20, 30).toArray(RoutedSection[]::new));
        try (Connection c = database.connection()) {
            assertThat(TextIndexer.unindexed(c)).isEqualTo(10);
        }
        List<String> audits = new ArrayList<>(sections.stream().filter(s -> s.getText().equals(AUDIT))
                .map(RoutedSection::getDeliveryId).toList());
        Collections.reverse(audits);

        // A window of 4 holds at most 2 of the 10 audit sections, fewer than a page: the text index answers.
        SectionSearch rare = new SectionSearch(database, 4);
        // A window of 100 holds the whole department: the walk answers.
        SectionSearch walked = new SectionSearch(database, 100);
        SearchQuery query = new SearchQuery(Set.of("finance"), List.of("整改"), Set.of(), Set.of(), null, null, null, null,
                null, null, false, null, 3);

        assertThat(allPages(rare, query)).as("newest first, every one once, indexed or not").containsExactlyElementsOf(audits);
        assertThat(allPages(walked, query)).containsExactlyElementsOf(audits);
        try (Connection c = database.connection()) {
            assertThat(new TextIndexer().indexSome(c, 1000)).isEqualTo(10);
            assertThat(TextIndexer.unindexed(c)).isZero();
        }
        assertThat(allPages(rare, query)).as("the same once all is indexed").containsExactlyElementsOf(audits);
    }

    @Test
    void aTermWithLatinLettersIsFoundWhateverItsCaseOnBothPathsIndexedOrNot() throws Exception {
        String air = "（三）大气治理\n　　推进PM2.5与VOCs协同治理，空气质量持续改善。";
        store(section("sub-0-1", "1.1", "finance", SectionRole.REVIEW, air).setReceivedAt(Records.RECEIVED).build(),
                section("sub-0-2", "1.1", "finance", SectionRole.REVIEW, BUDGET).setReceivedAt(Records.RECEIVED.plusSeconds(60)).build());
        // A window of 1 holds only the budget section: the text index answers. A window of 100 walks them all.
        List<SectionSearch> searches = List.of(new SectionSearch(database, 1), new SectionSearch(database, 100));
        for (boolean indexed : List.of(false, true)) {
            if (indexed) {
                try (Connection c = database.connection()) {
                    assertThat(new TextIndexer().indexSome(c, 1000)).isEqualTo(2);
                }
            }
            for (SectionSearch s : searches) {
                for (String typed : List.of("vocs", "VOCs", "pm2.5 协同治理", "空气质量")) {
                    SearchPage page = s.search(new SearchQuery(Set.of("finance"), SearchQuery.terms(typed), Set.of(), Set.of(),
                            null, null, null, null, null, null, false, null, 10));
                    assertThat(deliveries(page)).as("%s, indexed %s", typed, indexed).containsExactly("sub-0-1#1/1.1@finance");
                }
                assertThat(s.search(new SearchQuery(Set.of("finance"), SearchQuery.terms("vocx"), Set.of(), Set.of(),
                        null, null, null, null, null, null, false, null, 10)).hits()).isEmpty();
            }
        }
    }

    private static List<String> allPages(SectionSearch search, SearchQuery first) throws Exception {
        List<String> seen = new ArrayList<>();
        SearchQuery query = first;
        SearchPage page;
        do {
            page = search.search(query);
            page.hits().forEach(h -> seen.add(h.deliveryId()));
            query = query.after(page.next());
        } while (page.next() != null);
        return seen;
    }

    @Test
    void csvExportStartsWithAByteOrderMarkAndNeutralisesFormulas() throws Exception {
        store(section("sub-0-1", "1.1", "finance", SectionRole.REVIEW, BUDGET).setHeading("=HYPERLINK(\"http://x\")").build());
        StringWriter csv = new StringWriter();
        SearchExport.csvHeader(csv);
        SearchExport.csvRows(csv, find("finance", "财政").hits());

        assertThat(csv.toString()).startsWith("\uFEFFreceived_at,");
        assertThat(csv.toString()).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").contains("财政资金绩效");
        StringWriter json = new StringWriter();
        SearchExport.jsonLines(json, find("finance", "财政").hits());
        assertThat(json.toString()).contains("\"deliveryId\":\"sub-0-1#1/1.1@finance\"").endsWith("\n");
    }

    @Test
    void aBatchStoredTwiceLeavesTheSameRows() throws Exception {
        RoutedSection a = section("sub-0-1", "1.1", "finance", SectionRole.REVIEW, BUDGET).build();
        RoutedSection b = section("sub-0-1", "1.1", "audit", SectionRole.REVIEW, BUDGET).build();
        storeAt(5, a, b);
        storeAt(5, a, b);
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            assertThat(count(st, "deliveries")).isEqualTo(2);
            assertThat(count(st, "unit_texts")).as("one text for the unit's two copies").isEqualTo(1);
            assertThat(count(st, "events")).isEqualTo(2);
        }
    }

    private SearchPage find(String department, String text) throws Exception {
        return search.search(new SearchQuery(Set.of(department), SearchQuery.terms(text), Set.of(), Set.of(), null, null,
                null, null, null, null, false, null, 10));
    }

    private static List<String> deliveries(SearchPage page) {
        return page.hits().stream().map(SearchHit::deliveryId).toList();
    }

    private void store(RoutedSection... sections) throws Exception {
        storeAt(nextOffset, sections);
        nextOffset += sections.length;
    }

    /** As the sink does: one transaction, each record at its own offset of the department's topic. */
    private void storeAt(long firstOffset, RoutedSection... sections) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long offset = firstOffset;
        for (RoutedSection s : sections) {
            records.add(new ConsumerRecord<>(TOPICS.routed(s.getRoutedTo()), 0, offset++, null, SECTIONS.toBytes(s)));
        }
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            new StoredRecords(TOPICS).write(c, records);
            c.commit();
        }
    }

    private static long count(Statement st, String table) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
