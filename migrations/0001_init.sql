-- shanhai schema, version 1. Append-only: later changes go in new files.

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    path            TEXT NOT NULL UNIQUE,
    file_name       TEXT NOT NULL,
    hash            TEXT NOT NULL UNIQUE,   -- SHA-256 of the raw file
    title           TEXT,
    published       TEXT,                   -- YYYY-MM-DD[ HH:MM:SS]
    encoding        TEXT NOT NULL,          -- utf-8 | gbk | gb18030
    char_count      INTEGER NOT NULL,
    byte_count      INTEGER NOT NULL,
    paragraph_count INTEGER NOT NULL,
    sentence_count  INTEGER NOT NULL,
    ingested_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    paragraph   INTEGER NOT NULL,  -- 0-based within the document
    idx         INTEGER NOT NULL,  -- 0-based within the document
    char_start  INTEGER NOT NULL,  -- offsets in chars into the cleaned text
    char_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (document_id, idx)
);

CREATE TABLE entities (
    id              INTEGER PRIMARY KEY,
    type            TEXT NOT NULL CHECK (type IN
                      ('county', 'firm', 'park', 'platform', 'region', 'institution')),
    name            TEXT NOT NULL,   -- canonical: the fullest form seen
    admin_code      TEXT,            -- statistical code, for places from the gazetteer
    attributes      TEXT NOT NULL DEFAULT '{}',  -- JSON: parent, county…
    -- Window counts, kept by the writer: in how many sentences, paragraphs
    -- and documents the entity occurs. The denominators of the measures.
    mention_count   INTEGER NOT NULL DEFAULT 0,
    sentence_count  INTEGER NOT NULL DEFAULT 0,
    paragraph_count INTEGER NOT NULL DEFAULT 0,
    document_count  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (type, name)
);

CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_by_alias ON aliases(alias);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    char_start  INTEGER NOT NULL,  -- offsets in chars into the sentence text
    char_end    INTEGER NOT NULL,
    surface     TEXT NOT NULL
);
CREATE INDEX mentions_by_entity ON mentions(entity_id);
CREATE INDEX mentions_by_sentence ON mentions(sentence_id);
CREATE INDEX mentions_by_document ON mentions(document_id);

-- kind 'cooccurs': source_id < target_id, counts of shared windows.
-- kind 'located_in': source lies in target (county → prefecture → province,
-- park → county); counts unused.
CREATE TABLE relations (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('cooccurs', 'located_in')),
    source_id       INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    target_id       INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    sentence_count  INTEGER NOT NULL DEFAULT 0,
    paragraph_count INTEGER NOT NULL DEFAULT 0,
    document_count  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, source_id, target_id)
);
CREATE INDEX relations_by_target ON relations(target_id);

-- The sentences in which both ends of a relation occur.
CREATE TABLE relation_evidence (
    relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    PRIMARY KEY (relation_id, sentence_id)
) WITHOUT ROWID;
CREATE INDEX relation_evidence_by_sentence ON relation_evidence(sentence_id);

-- Full-text search over sentences. Trigram needs 3+ characters per query;
-- shorter queries fall back to LIKE.
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content = 'sentences', content_rowid = 'id', tokenize = 'trigram'
);
-- Rows are added to the index by the writer, one statement per batch: a
-- per-row trigger would make FTS5 flush its buffer at every statement.
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- Everyday views -----------------------------------------------------------

CREATE VIEW corpus_totals AS
SELECT COUNT(*)                          AS documents,
       COALESCE(SUM(paragraph_count), 0) AS paragraphs,
       COALESCE(SUM(sentence_count), 0)  AS sentences
FROM documents;

CREATE VIEW entity_degrees AS
SELECT e.id, e.type, e.name, e.admin_code,
       e.mention_count, e.document_count,
       COALESCE(d.degree, 0) AS degree
FROM entities e
LEFT JOIN (
    SELECT id, SUM(n) AS degree FROM (
        SELECT source_id AS id, COUNT(*) AS n FROM relations
         WHERE kind = 'cooccurs' AND sentence_count > 0 GROUP BY source_id
        UNION ALL
        SELECT target_id, COUNT(*) FROM relations
         WHERE kind = 'cooccurs' AND sentence_count > 0 GROUP BY target_id)
    GROUP BY id
) d ON d.id = e.id;

CREATE VIEW relations_named AS
SELECT r.id, r.kind,
       s.id AS source_id, s.type AS source_type, s.name AS source,
       t.id AS target_id, t.type AS target_type, t.name AS target,
       r.sentence_count, r.paragraph_count, r.document_count,
       (SELECT COUNT(*) FROM relation_evidence v WHERE v.relation_id = r.id) AS evidence_count
FROM relations r
JOIN entities s ON s.id = r.source_id
JOIN entities t ON t.id = r.target_id;

-- One row per co-occurrence relation and window, with the association
-- measures analysts use: association strength (VOSviewer), Jaccard (KH
-- Coder), cosine (CiteSpace), PMI and NPMI.
CREATE VIEW cooccurrence_measures AS
WITH windows AS (
    SELECT r.id, r.source_id, r.target_id, 'sentence' AS window,
           r.sentence_count AS c, s.sentence_count AS ni, t.sentence_count AS nj,
           (SELECT sentences FROM corpus_totals) AS n
    FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
    WHERE r.kind = 'cooccurs'
    UNION ALL
    SELECT r.id, r.source_id, r.target_id, 'paragraph',
           r.paragraph_count, s.paragraph_count, t.paragraph_count,
           (SELECT paragraphs FROM corpus_totals)
    FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
    WHERE r.kind = 'cooccurs'
    UNION ALL
    SELECT r.id, r.source_id, r.target_id, 'document',
           r.document_count, s.document_count, t.document_count,
           (SELECT documents FROM corpus_totals)
    FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
    WHERE r.kind = 'cooccurs'
)
SELECT w.id AS relation_id, w.window,
       s.name AS source, s.type AS source_type, t.name AS target, t.type AS target_type,
       w.c AS count, w.ni AS source_count, w.nj AS target_count, w.n AS windows,
       CAST(w.c AS REAL) / (w.ni * w.nj)                AS association_strength,
       CAST(w.c AS REAL) / (w.ni + w.nj - w.c)          AS jaccard,
       w.c / sqrt(CAST(w.ni AS REAL) * w.nj)            AS cosine,
       ln(CAST(w.c AS REAL) * w.n / (w.ni * w.nj))      AS pmi,
       CASE WHEN w.c = w.n THEN 1.0
            ELSE ln(CAST(w.c AS REAL) * w.n / (w.ni * w.nj)) / -ln(CAST(w.c AS REAL) / w.n)
       END                                              AS npmi
FROM windows w
JOIN entities s ON s.id = w.source_id
JOIN entities t ON t.id = w.target_id
WHERE w.c > 0;
