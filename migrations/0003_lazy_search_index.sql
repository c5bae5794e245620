-- shanhai schema, version 3 (issue 15; written as 0004 on its branch): a lighter writer.
--
-- 1. The full-text index is brought up to date by the first `shanhai search`
--    after an ingest, not by the ingest itself: the writer records the id
--    range of the sentences each batch added, and search indexes them in one
--    pass. A sentence deleted before it was indexed must not be removed from
--    the index (FTS5 would corrupt it), hence the trigger's WHEN.
CREATE TABLE fts_pending (
    lo INTEGER NOT NULL,   -- first and last sentence id added by one batch
    hi INTEGER NOT NULL
);
DROP TRIGGER sentences_fts_delete;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences
WHEN NOT EXISTS (SELECT 1 FROM fts_pending p WHERE old.id BETWEEN p.lo AND p.hi)
BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- 2. No query reads mentions by entity: the index only served the foreign
--    key's cascade when an entity is deleted, and the writer deletes only
--    entities that have no mention left. One b-tree less per mention.
DROP INDEX mentions_by_entity;
