-- Gazette library schema, version 1.
-- Content (what a saved file said, what detection found) is kept apart from user state
-- (read, starred, notes, tags, corrections). Tables marked DERIVED are caches kept in step
-- by the store in the same transaction as the change they follow; they can be rebuilt.

-- Content -------------------------------------------------------------------------------

CREATE TABLE article (
    id             INTEGER PRIMARY KEY,
    title          TEXT,
    published      TEXT,             -- as detected, ISO date or date-time
    updated        TEXT,
    language       TEXT,
    url            TEXT,
    canonical_url  TEXT,             -- url normalised for duplicate lookup
    source         TEXT,
    site           TEXT,
    author         TEXT,
    description    TEXT,
    lead_image     TEXT,
    word_count     INTEGER NOT NULL DEFAULT 0,
    body_hash      TEXT,
    format         TEXT NOT NULL,
    original_name  TEXT,
    original_hash  TEXT,             -- SHA-256 hex of the original bytes: originals/<xx>/<hash>.gz
    added_at       INTEGER NOT NULL, -- epoch milliseconds
    search_tags    TEXT NOT NULL DEFAULT '', -- DERIVED: tag names for the FTS index (triggers)
    body_text      TEXT,
    body_html      TEXT
);
CREATE INDEX article_by_canonical_url ON article(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX article_by_body_hash ON article(body_hash) WHERE body_hash IS NOT NULL;
CREATE INDEX article_by_original_hash ON article(original_hash) WHERE original_hash IS NOT NULL;

-- Every path an article was imported from.
CREATE TABLE source_file (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    path        TEXT NOT NULL,
    added_at    INTEGER NOT NULL,
    PRIMARY KEY (article_id, path)
) WITHOUT ROWID;

-- Embedded resources (images of an MHTML page, files of a NAME_files/ folder), stored
-- content-addressed like originals.
CREATE TABLE resource (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    location    TEXT NOT NULL,
    media_type  TEXT,
    hash        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    PRIMARY KEY (article_id, location)
) WITHOUT ROWID;
CREATE INDEX resource_by_hash ON resource(hash);

-- Regions as detected.
CREATE TABLE region (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,      -- ISO 3166-1 alpha-2, upper case
    score       REAL NOT NULL,
    evidence    TEXT NOT NULL,      -- JSON array of strings
    rank        INTEGER NOT NULL,   -- 0 = most relevant
    is_primary  INTEGER NOT NULL,
    sub_region  TEXT,
    continent   TEXT,
    PRIMARY KEY (article_id, code)
) WITHOUT ROWID;

-- User state ----------------------------------------------------------------------------

CREATE TABLE user_state (
    article_id           INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    read                 INTEGER NOT NULL DEFAULT 0,
    starred              INTEGER NOT NULL DEFAULT 0,
    notes                TEXT,
    added_at             INTEGER NOT NULL,
    corrected_published  TEXT,
    regions_corrected    INTEGER NOT NULL DEFAULT 0  -- 1: region_correction replaces region
);

-- The person's own country list (only read when user_state.regions_corrected = 1).
CREATE TABLE region_correction (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    rank        INTEGER NOT NULL,
    sub_region  TEXT,
    continent   TEXT,
    PRIMARY KEY (article_id, code)
) WITHOUT ROWID;

CREATE TABLE tag (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    colour  TEXT
);

CREATE TABLE article_tag (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tag_by_tag ON article_tag(tag_id, article_id);

-- DERIVED: what queries filter and sort on, one narrow row per article, with corrections
-- already applied (effective published date, effective primary country).
CREATE TABLE listing (
    id          INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    published   TEXT,               -- effective date YYYY-MM-DD, NULL when undated
    added_at    INTEGER NOT NULL,
    title       TEXT COLLATE NOCASE,
    source      TEXT COLLATE NOCASE,
    site        TEXT COLLATE NOCASE,
    read        INTEGER NOT NULL,
    starred     INTEGER NOT NULL,
    country     TEXT,               -- effective primary country
    sub_region  TEXT
);
CREATE INDEX listing_by_published ON listing(published, id);
CREATE INDEX listing_by_added ON listing(added_at, id);
CREATE INDEX listing_by_title ON listing(title, id);
CREATE INDEX listing_by_source ON listing(source, published);
CREATE INDEX listing_by_site ON listing(site, published);
CREATE INDEX listing_starred ON listing(published, id) WHERE starred = 1;
CREATE INDEX listing_unread ON listing(published, id) WHERE read = 0;

-- DERIVED: the effective regions (corrections if any, else detection).
CREATE TABLE region_effective (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    sub_region  TEXT COLLATE NOCASE,
    continent   TEXT COLLATE NOCASE,
    is_primary  INTEGER NOT NULL,
    PRIMARY KEY (article_id, code)
) WITHOUT ROWID;
CREATE INDEX region_effective_by_code ON region_effective(code, article_id);
CREATE INDEX region_effective_by_sub_region ON region_effective(sub_region, article_id);
CREATE INDEX region_effective_by_continent ON region_effective(continent, article_id);

-- Full-text search ------------------------------------------------------------------------
-- External-content FTS5 over article; kept in step by the triggers below, never from Java.

CREATE VIRTUAL TABLE article_fts USING fts5(
    title, body_text, author, source, site, search_tags,
    content = 'article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, body_text, author, source, site, search_tags)
    VALUES (new.id, new.title, new.body_text, new.author, new.source, new.site, new.search_tags);
END;

CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body_text, author, source, site, search_tags)
    VALUES ('delete', old.id, old.title, old.body_text, old.author, old.source, old.site, old.search_tags);
END;

CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body_text, author, source, site, search_tags ON article
WHEN old.title IS NOT new.title OR old.body_text IS NOT new.body_text OR old.author IS NOT new.author
  OR old.source IS NOT new.source OR old.site IS NOT new.site OR old.search_tags IS NOT new.search_tags
BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body_text, author, source, site, search_tags)
    VALUES ('delete', old.id, old.title, old.body_text, old.author, old.source, old.site, old.search_tags);
    INSERT INTO article_fts(rowid, title, body_text, author, source, site, search_tags)
    VALUES (new.id, new.title, new.body_text, new.author, new.source, new.site, new.search_tags);
END;

-- Tag names follow the article into the index: article.search_tags is recomputed (names in
-- binary order, space separated; no aggregate ORDER BY so that older sqlite3 tools can
-- read the schema) whenever an article's tags or a tag's name change.
-- When a new tag's name already stands in search_tags (the store writes the final
-- search_tags with the article when it adds one), the index already has its words.
CREATE TRIGGER article_tag_insert AFTER INSERT ON article_tag
WHEN NOT EXISTS (SELECT 1 FROM article a JOIN tag t ON t.id = new.tag_id
                 WHERE a.id = new.article_id
                   AND instr(' ' || a.search_tags || ' ', ' ' || t.name || ' ') > 0)
BEGIN
    UPDATE article SET search_tags = (
        SELECT coalesce(group_concat(name, ' '), '') FROM (SELECT t.name AS name
        FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = new.article_id
        ORDER BY t.name COLLATE BINARY))
    WHERE id = new.article_id;
END;

CREATE TRIGGER article_tag_delete AFTER DELETE ON article_tag BEGIN
    UPDATE article SET search_tags = (
        SELECT coalesce(group_concat(name, ' '), '') FROM (SELECT t.name AS name
        FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = old.article_id
        ORDER BY t.name COLLATE BINARY))
    WHERE id = old.article_id;
END;

CREATE TRIGGER tag_rename AFTER UPDATE OF name ON tag WHEN old.name IS NOT new.name BEGIN
    UPDATE article SET search_tags = (
        SELECT coalesce(group_concat(name, ' '), '') FROM (SELECT t.name AS name
        FROM article_tag x JOIN tag t ON t.id = x.tag_id WHERE x.article_id = article.id
        ORDER BY t.name COLLATE BINARY))
    WHERE id IN (SELECT article_id FROM article_tag WHERE tag_id = new.id);
END;
