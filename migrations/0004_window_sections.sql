-- shanhai schema, version 4 (issue 15): long windows counted by section.
--
-- A paragraph or document longer than `window_section_chars` characters
-- counts for co-occurrence as consecutive sections of that size (pairs of a
-- window grow with the square of its entities; a 60 MB file pasted as one
-- document would otherwise make billions of pairs). Shorter windows, every
-- news article, are counted whole. Recorded per document so that removing
-- or replacing it subtracts exactly what was added; NULL for documents
-- stored before this version, which were counted whole.
ALTER TABLE documents ADD COLUMN window_section_chars INTEGER;
