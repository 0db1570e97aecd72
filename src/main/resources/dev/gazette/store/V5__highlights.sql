-- Gazette library schema: highlights, and notes and highlights in the full-text index.
-- (Numbered 5: 2 to 4 are the sidebar's facet totals and date indexes.)
--
-- User state: a highlight belongs to an article and goes when the article goes. It is
-- anchored by quote (W3C Web Annotation "text quote selector": exact, prefix, suffix) plus a
-- position hint, all in the article's body_text; see docs/highlights.md. A highlight whose
-- quote is no longer in the text is kept with orphaned = 1.

CREATE TABLE highlight (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    start       INTEGER NOT NULL,          -- offset of exact in body_text when last anchored
    colour      TEXT NOT NULL DEFAULT 'yellow',
    note        TEXT,                      -- Markdown, NULL when none
    created_at  INTEGER NOT NULL,          -- epoch milliseconds
    orphaned    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX highlight_by_article ON highlight(article_id, start);

-- DERIVED: full-text index of what the person wrote or marked, kept in step by triggers.
-- rowid = highlight.id * 2 for a highlight (its quote and note), article_id * 2 + 1 for an
-- article's note (user_state.notes). article_id says whose it is.
CREATE VIRTUAL TABLE annotation_fts USING fts5(
    text, article_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER highlight_fts_insert AFTER INSERT ON highlight BEGIN
    INSERT INTO annotation_fts(rowid, text, article_id)
    VALUES (new.id * 2, new.exact || char(10) || coalesce(new.note, ''), new.article_id);
END;

CREATE TRIGGER highlight_fts_delete AFTER DELETE ON highlight BEGIN
    DELETE FROM annotation_fts WHERE rowid = old.id * 2;
END;

CREATE TRIGGER highlight_fts_update AFTER UPDATE OF exact, note ON highlight
WHEN old.exact IS NOT new.exact OR old.note IS NOT new.note BEGIN
    DELETE FROM annotation_fts WHERE rowid = old.id * 2;
    INSERT INTO annotation_fts(rowid, text, article_id)
    VALUES (new.id * 2, new.exact || char(10) || coalesce(new.note, ''), new.article_id);
END;

CREATE TRIGGER note_fts_insert AFTER INSERT ON user_state WHEN new.notes IS NOT NULL BEGIN
    INSERT INTO annotation_fts(rowid, text, article_id) VALUES (new.article_id * 2 + 1, new.notes, new.article_id);
END;

CREATE TRIGGER note_fts_update AFTER UPDATE OF notes ON user_state WHEN old.notes IS NOT new.notes BEGIN
    DELETE FROM annotation_fts WHERE rowid = old.article_id * 2 + 1;
    INSERT INTO annotation_fts(rowid, text, article_id)
    SELECT new.article_id * 2 + 1, new.notes, new.article_id WHERE new.notes IS NOT NULL;
END;

CREATE TRIGGER note_fts_delete AFTER DELETE ON user_state BEGIN
    DELETE FROM annotation_fts WHERE rowid = old.article_id * 2 + 1;
END;

-- Notes written before this version.
INSERT INTO annotation_fts(rowid, text, article_id)
SELECT article_id * 2 + 1, notes, article_id FROM user_state WHERE notes IS NOT NULL;
