-- Gazette library schema, version 7: one story, several copies (docs/copies.md).
--
-- A story is the articles that tell it: copies saved from different sites, and versions
-- saved again later from the same address or site. An article not in story_member is a story
-- of its own. In a story of several, exactly one member, the lead, is shown: it alone has
-- rows in the DERIVED tables listing and region_effective, so every list, count, facet, the
-- timeline and the map show one row per story with no change to their queries or totals.
-- The others (hidden = 1) keep their content, original and user_state rows.
--
-- USER STATE: which articles form a story is the person's as soon as they split or merge
-- (story_member.manual = 1, story_apart); detection only ever adds a new article to a story
-- and never undoes what the person did. The story's tags live on the lead; read, starred and
-- notes are kept equal across the members (triggers below), so a change made while reading
-- any copy applies to the story.

CREATE TABLE story_member (
    article_id  INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    story       INTEGER NOT NULL,            -- the story's key: an id of one of its first members
    hidden      INTEGER NOT NULL DEFAULT 0,  -- 1: not the lead (no listing row)
    manual      INTEGER NOT NULL DEFAULT 0   -- 1: placed here by the person (merge)
);
CREATE INDEX story_member_by_story ON story_member(story, article_id);

-- USER STATE: the person split these two apart; detection never puts them together again.
-- By identity (body hash, a line break, canonical address; the hash alone without an address), so
-- the decision survives deleting and re-importing either, and export and restore.
CREATE TABLE story_apart (
    hash_a  TEXT NOT NULL,   -- the smaller of the two identities
    hash_b  TEXT NOT NULL,
    PRIMARY KEY (hash_a, hash_b)
) WITHOUT ROWID;

-- DERIVED: near-duplicate buckets (dev.gazette.similar.Fingerprint keys): two articles
-- sharing a key are compared. No foreign key (an index on article_id would double the
-- table): rows of deleted articles are skipped by the join to article when read.
CREATE TABLE story_print (
    key         INTEGER NOT NULL,
    article_id  INTEGER NOT NULL,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;

-- DERIVED: which articles have their keys in story_print (filled lazily after this upgrade).
CREATE TABLE story_printed (
    article_id  INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE
);

-- A hidden member never has effective regions of its own (a correction made on it would
-- otherwise put its countries back into the facets).
CREATE TRIGGER story_hidden_region AFTER INSERT ON region_effective
WHEN EXISTS (SELECT 1 FROM story_member WHERE article_id = new.article_id AND hidden = 1)
BEGIN
    DELETE FROM region_effective WHERE article_id = new.article_id AND code = new.code;
END;

-- A tag given to a hidden member goes to the story's lead.
CREATE TRIGGER story_tag_to_lead AFTER INSERT ON article_tag
WHEN EXISTS (SELECT 1 FROM story_member WHERE article_id = new.article_id AND hidden = 1)
BEGIN
    INSERT OR IGNORE INTO article_tag (article_id, tag_id)
        SELECT m.article_id, new.tag_id FROM story_member m
        WHERE m.hidden = 0 AND m.story = (SELECT story FROM story_member WHERE article_id = new.article_id);
    DELETE FROM article_tag WHERE article_id = new.article_id AND tag_id = new.tag_id;
END;

-- Read, starred and notes are the story's: a change to one member is made to all of them
-- (and to the lead's listing row). Recursive triggers are off, so this does not re-fire.
CREATE TRIGGER story_share_read AFTER UPDATE OF read ON user_state
WHEN old.read IS NOT new.read AND EXISTS (SELECT 1 FROM story_member WHERE article_id = new.article_id)
BEGIN
    UPDATE user_state SET read = new.read WHERE read IS NOT new.read AND article_id IN (
        SELECT m.article_id FROM story_member m
        WHERE m.story = (SELECT story FROM story_member WHERE article_id = new.article_id));
    UPDATE listing SET read = new.read WHERE read IS NOT new.read AND id IN (
        SELECT m.article_id FROM story_member m
        WHERE m.story = (SELECT story FROM story_member WHERE article_id = new.article_id));
END;

CREATE TRIGGER story_share_starred AFTER UPDATE OF starred ON user_state
WHEN old.starred IS NOT new.starred AND EXISTS (SELECT 1 FROM story_member WHERE article_id = new.article_id)
BEGIN
    UPDATE user_state SET starred = new.starred WHERE starred IS NOT new.starred AND article_id IN (
        SELECT m.article_id FROM story_member m
        WHERE m.story = (SELECT story FROM story_member WHERE article_id = new.article_id));
    UPDATE listing SET starred = new.starred WHERE starred IS NOT new.starred AND id IN (
        SELECT m.article_id FROM story_member m
        WHERE m.story = (SELECT story FROM story_member WHERE article_id = new.article_id));
END;

CREATE TRIGGER story_share_notes AFTER UPDATE OF notes ON user_state
WHEN old.notes IS NOT new.notes AND EXISTS (SELECT 1 FROM story_member WHERE article_id = new.article_id)
BEGIN
    UPDATE user_state SET notes = new.notes WHERE notes IS NOT new.notes AND article_id IN (
        SELECT m.article_id FROM story_member m
        WHERE m.story = (SELECT story FROM story_member WHERE article_id = new.article_id));
END;

-- A highlight made on a hidden member is the story's: it moves to the lead, where it is
-- anchored again by its quote (docs/highlights.md) like any highlight in a changed text.
CREATE TRIGGER story_highlight_to_lead AFTER INSERT ON highlight
WHEN EXISTS (SELECT 1 FROM story_member WHERE article_id = new.article_id AND hidden = 1)
BEGIN
    UPDATE highlight SET article_id = (SELECT m.article_id FROM story_member m WHERE m.hidden = 0
        AND m.story = (SELECT story FROM story_member WHERE article_id = new.article_id))
    WHERE id = new.id;
    UPDATE annotation_fts SET article_id = (SELECT article_id FROM highlight WHERE id = new.id)
    WHERE rowid = new.id * 2;
END;
