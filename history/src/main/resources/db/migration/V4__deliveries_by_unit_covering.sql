-- A rare phrase's search (SectionSearch.byTextIndex) looks up the deliveries of every unit whose bigrams hold it:
-- thousands at a million sections, most of them in other departments. With the columns it filters and sorts on in
-- the index, those lookups read no row; only the page's deliveries are read (docs/history-store.md, fourth pass).
-- It replaces the plain index by unit, which nothing else used.
DROP INDEX deliveries_unit;
CREATE INDEX deliveries_unit ON deliveries (unit_id) INCLUDE (routed_to, retracted, role, received_at, delivery_id);
