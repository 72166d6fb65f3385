-- The text index is no longer kept on the sink's path. Maintaining the GIN index row by row was
-- nearly all of the load's cost (about 360 bigrams per unit text, docs/history-store.md): the sink
-- could store about 2,300 routed sections/s, a tenth of what the pipeline routes in a burst. The
-- sink now stores a unit text with grams NULL, and the text indexer (TextIndexer) fills them in
-- batches while the sink is not behind. Search checks the texts not yet indexed directly, found
-- through the partial index below, so a section is found as soon as the sink has stored it.
ALTER TABLE unit_texts ALTER COLUMN grams DROP NOT NULL;
CREATE INDEX unit_texts_unindexed ON unit_texts (unit_id) WHERE grams IS NULL;
