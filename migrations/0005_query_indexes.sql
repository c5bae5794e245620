-- shanhai schema, version 5 (issue 15): indexes for the query commands.
--
-- 1. The edges a sentence-window query follows (the default of neighbors,
--    path and ego exports) are one relation in ten: located_in, or a
--    co-occurrence sharing a sentence. Reading an entity's edges through
--    the unique index and relations_by_target fetched every row, most only
--    to skip it; these partial indexes hold just the live ones (about a
--    tenth of the rows, so little to maintain).
CREATE INDEX relations_live_by_source ON relations(source_id)
    WHERE kind = 'located_in' OR sentence_count > 0;
CREATE INDEX relations_live_by_target ON relations(target_id)
    WHERE kind = 'located_in' OR sentence_count > 0;

-- 2. The window totals N of the measures (view corpus_totals) from an
--    index of two numbers per document instead of every document row.
CREATE INDEX documents_windows ON documents(paragraph_count, sentence_count);
