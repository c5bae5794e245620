-- shanhai schema, version 2: how much of each page cleaning kept.
-- Characters of the page's text lines kept in the body and dropped as page
-- furniture (`shanhai show-doc PATH` lists the dropped blocks and why).
-- NULL for documents stored before this version (re-ingest to fill).

ALTER TABLE documents ADD COLUMN kept_chars INTEGER;
ALTER TABLE documents ADD COLUMN dropped_chars INTEGER;
