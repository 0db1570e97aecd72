-- Gazette library schema, version 6: running totals across two dimensions.
--
-- facet_total (V2, V4) answers the sidebar when no filter is active. The two commonest
-- drill-downs are one region or one period (a year or a month); counting the matching
-- articles for them grows with the library (150 ms at 100,000 articles for a continent). The
-- DERIVED table facet_cross keeps, for every region and every month, the counts of the
-- other dimensions under it, so those facets read a few hundred rows whatever the size.
--
--   anchor 'country:FR', 'sub_region:Western Europe', 'continent:Europe'
--       dim 'month'  key YYYY-MM of the effective published date ('' undated)
--       dim 'source' key listing.source
--       dim 'tag'    key tag.id
--   anchor 'month:YYYY-MM' ('month:' for undated articles)
--       dim 'country' / 'sub_region' / 'continent'  key as in region_effective
--       dim 'source' key listing.source
--       dim 'tag'    key tag.id
--
-- An article counts once under a sub-region or continent however many of its countries lie
-- in it: region_key holds the distinct (dimension, value) pairs of each article's effective
-- regions, kept from region_effective. A count is the product of two rows being present
-- (a region_key row and the listing row, a region_key row and an article_tag row, the
-- listing row and an article_tag row): whichever of the two arrives second adds it and
-- whichever leaves first takes it away, so the order in which a transaction or a cascade
-- writes the tables does not matter. Rows whose count falls to 0 stay; readers skip them.

CREATE TABLE region_key (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    dim         TEXT NOT NULL,                 -- 'country', 'sub_region' or 'continent'
    key         TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (article_id, dim, key)
) WITHOUT ROWID;

CREATE TABLE facet_cross (
    anchor  TEXT NOT NULL COLLATE NOCASE,
    dim     TEXT NOT NULL,
    key     TEXT NOT NULL COLLATE NOCASE,
    n       INTEGER NOT NULL,
    PRIMARY KEY (anchor, dim, key)
) WITHOUT ROWID;

-- Fill both from what the library holds now.

INSERT OR IGNORE INTO region_key (article_id, dim, key)
    SELECT article_id, 'country', code FROM region_effective;
INSERT OR IGNORE INTO region_key (article_id, dim, key)
    SELECT article_id, 'sub_region', sub_region FROM region_effective WHERE sub_region IS NOT NULL;
INSERT OR IGNORE INTO region_key (article_id, dim, key)
    SELECT article_id, 'continent', continent FROM region_effective WHERE continent IS NOT NULL;

INSERT INTO facet_cross (anchor, dim, key, n)
    SELECT k.dim || ':' || k.key, 'month', coalesce(substr(l.published, 1, 7), ''), 1
    FROM region_key k JOIN listing l ON l.id = k.article_id WHERE true
    ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
INSERT INTO facet_cross (anchor, dim, key, n)
    SELECT k.dim || ':' || k.key, 'source', l.source, 1
    FROM region_key k JOIN listing l ON l.id = k.article_id WHERE l.source IS NOT NULL
    ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
INSERT INTO facet_cross (anchor, dim, key, n)
    SELECT k.dim || ':' || k.key, 'tag', CAST(x.tag_id AS TEXT), 1
    FROM region_key k JOIN article_tag x ON x.article_id = k.article_id WHERE true
    ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
INSERT INTO facet_cross (anchor, dim, key, n)
    SELECT 'month:' || coalesce(substr(l.published, 1, 7), ''), k.dim, k.key, 1
    FROM region_key k JOIN listing l ON l.id = k.article_id WHERE true
    ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
INSERT INTO facet_cross (anchor, dim, key, n)
    SELECT 'month:' || coalesce(substr(l.published, 1, 7), ''), 'source', l.source, 1
    FROM listing l WHERE l.source IS NOT NULL
    ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
INSERT INTO facet_cross (anchor, dim, key, n)
    SELECT 'month:' || coalesce(substr(l.published, 1, 7), ''), 'tag', CAST(x.tag_id AS TEXT), 1
    FROM listing l JOIN article_tag x ON x.article_id = l.id WHERE true
    ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;

-- region_effective -> region_key (distinct values per article)

CREATE TRIGGER region_key_insert AFTER INSERT ON region_effective BEGIN
    INSERT OR IGNORE INTO region_key (article_id, dim, key) VALUES (new.article_id, 'country', new.code);
    INSERT OR IGNORE INTO region_key (article_id, dim, key)
        SELECT new.article_id, 'sub_region', new.sub_region WHERE new.sub_region IS NOT NULL;
    INSERT OR IGNORE INTO region_key (article_id, dim, key)
        SELECT new.article_id, 'continent', new.continent WHERE new.continent IS NOT NULL;
END;

CREATE TRIGGER region_key_delete AFTER DELETE ON region_effective BEGIN
    DELETE FROM region_key WHERE article_id = old.article_id AND dim = 'country' AND key = old.code
        AND NOT EXISTS (SELECT 1 FROM region_effective r WHERE r.article_id = old.article_id AND r.code = old.code);
    DELETE FROM region_key WHERE article_id = old.article_id AND dim = 'sub_region' AND key = old.sub_region
        AND NOT EXISTS (SELECT 1 FROM region_effective r
            WHERE r.article_id = old.article_id AND r.sub_region = old.sub_region);
    DELETE FROM region_key WHERE article_id = old.article_id AND dim = 'continent' AND key = old.continent
        AND NOT EXISTS (SELECT 1 FROM region_effective r
            WHERE r.article_id = old.article_id AND r.continent = old.continent);
END;

-- region_key × listing, region_key × article_tag

CREATE TRIGGER cross_region_insert AFTER INSERT ON region_key BEGIN
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT new.dim || ':' || new.key, 'month', coalesce(substr(l.published, 1, 7), ''), 1
        FROM listing l WHERE l.id = new.article_id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT new.dim || ':' || new.key, 'source', l.source, 1
        FROM listing l WHERE l.id = new.article_id AND l.source IS NOT NULL
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT 'month:' || coalesce(substr(l.published, 1, 7), ''), new.dim, new.key, 1
        FROM listing l WHERE l.id = new.article_id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT new.dim || ':' || new.key, 'tag', CAST(x.tag_id AS TEXT), 1
        FROM article_tag x WHERE x.article_id = new.article_id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER cross_region_delete AFTER DELETE ON region_key BEGIN
    UPDATE facet_cross SET n = n - 1 WHERE anchor = old.dim || ':' || old.key AND dim = 'month'
        AND key = (SELECT coalesce(substr(l.published, 1, 7), '') FROM listing l WHERE l.id = old.article_id);
    UPDATE facet_cross SET n = n - 1 WHERE anchor = old.dim || ':' || old.key AND dim = 'source'
        AND key = (SELECT l.source FROM listing l WHERE l.id = old.article_id);
    UPDATE facet_cross SET n = n - 1 WHERE dim = old.dim AND key = old.key
        AND anchor = (SELECT 'month:' || coalesce(substr(l.published, 1, 7), '') FROM listing l WHERE l.id = old.article_id);
    UPDATE facet_cross SET n = n - 1 WHERE anchor = old.dim || ':' || old.key AND dim = 'tag'
        AND key IN (SELECT CAST(x.tag_id AS TEXT) FROM article_tag x WHERE x.article_id = old.article_id);
END;

-- listing × region_key, listing alone (source per month), listing × article_tag

CREATE TRIGGER cross_listing_insert AFTER INSERT ON listing BEGIN
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT k.dim || ':' || k.key, 'month', coalesce(substr(new.published, 1, 7), ''), 1
        FROM region_key k WHERE k.article_id = new.id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT k.dim || ':' || k.key, 'source', new.source, 1
        FROM region_key k WHERE k.article_id = new.id AND new.source IS NOT NULL
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT 'month:' || coalesce(substr(new.published, 1, 7), ''), k.dim, k.key, 1
        FROM region_key k WHERE k.article_id = new.id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT 'month:' || coalesce(substr(new.published, 1, 7), ''), 'source', new.source, 1
        WHERE new.source IS NOT NULL
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT 'month:' || coalesce(substr(new.published, 1, 7), ''), 'tag', CAST(x.tag_id AS TEXT), 1
        FROM article_tag x WHERE x.article_id = new.id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER cross_listing_delete AFTER DELETE ON listing BEGIN
    UPDATE facet_cross SET n = n - 1 WHERE dim = 'month' AND key = coalesce(substr(old.published, 1, 7), '')
        AND anchor IN (SELECT k.dim || ':' || k.key FROM region_key k WHERE k.article_id = old.id);
    UPDATE facet_cross SET n = n - 1 WHERE dim = 'source' AND key = old.source
        AND anchor IN (SELECT k.dim || ':' || k.key FROM region_key k WHERE k.article_id = old.id);
    UPDATE facet_cross SET n = n - 1 WHERE anchor = 'month:' || coalesce(substr(old.published, 1, 7), '')
        AND (dim, key) IN (SELECT k.dim, k.key FROM region_key k WHERE k.article_id = old.id);
    UPDATE facet_cross SET n = n - 1 WHERE anchor = 'month:' || coalesce(substr(old.published, 1, 7), '')
        AND dim = 'source' AND key = old.source;
    UPDATE facet_cross SET n = n - 1 WHERE anchor = 'month:' || coalesce(substr(old.published, 1, 7), '')
        AND dim = 'tag' AND key IN (SELECT CAST(x.tag_id AS TEXT) FROM article_tag x WHERE x.article_id = old.id);
END;

CREATE TRIGGER cross_listing_update AFTER UPDATE OF published, source ON listing
WHEN coalesce(substr(old.published, 1, 7), '') IS NOT coalesce(substr(new.published, 1, 7), '')
  OR old.source IS NOT new.source
BEGIN
    UPDATE facet_cross SET n = n - 1 WHERE dim = 'month' AND key = coalesce(substr(old.published, 1, 7), '')
        AND anchor IN (SELECT k.dim || ':' || k.key FROM region_key k WHERE k.article_id = old.id);
    UPDATE facet_cross SET n = n - 1 WHERE dim = 'source' AND key = old.source
        AND anchor IN (SELECT k.dim || ':' || k.key FROM region_key k WHERE k.article_id = old.id);
    UPDATE facet_cross SET n = n - 1 WHERE anchor = 'month:' || coalesce(substr(old.published, 1, 7), '')
        AND (dim, key) IN (SELECT k.dim, k.key FROM region_key k WHERE k.article_id = old.id);
    UPDATE facet_cross SET n = n - 1 WHERE anchor = 'month:' || coalesce(substr(old.published, 1, 7), '')
        AND dim = 'source' AND key = old.source;
    UPDATE facet_cross SET n = n - 1 WHERE anchor = 'month:' || coalesce(substr(old.published, 1, 7), '')
        AND dim = 'tag' AND key IN (SELECT CAST(x.tag_id AS TEXT) FROM article_tag x WHERE x.article_id = old.id);
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT k.dim || ':' || k.key, 'month', coalesce(substr(new.published, 1, 7), ''), 1
        FROM region_key k WHERE k.article_id = new.id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT k.dim || ':' || k.key, 'source', new.source, 1
        FROM region_key k WHERE k.article_id = new.id AND new.source IS NOT NULL
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT 'month:' || coalesce(substr(new.published, 1, 7), ''), k.dim, k.key, 1
        FROM region_key k WHERE k.article_id = new.id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT 'month:' || coalesce(substr(new.published, 1, 7), ''), 'source', new.source, 1
        WHERE new.source IS NOT NULL
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT 'month:' || coalesce(substr(new.published, 1, 7), ''), 'tag', CAST(x.tag_id AS TEXT), 1
        FROM article_tag x WHERE x.article_id = new.id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
END;

-- article_tag × region_key, article_tag × listing

CREATE TRIGGER cross_tag_insert AFTER INSERT ON article_tag BEGIN
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT k.dim || ':' || k.key, 'tag', CAST(new.tag_id AS TEXT), 1
        FROM region_key k WHERE k.article_id = new.article_id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_cross (anchor, dim, key, n)
        SELECT 'month:' || coalesce(substr(l.published, 1, 7), ''), 'tag', CAST(new.tag_id AS TEXT), 1
        FROM listing l WHERE l.id = new.article_id
        ON CONFLICT (anchor, dim, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER cross_tag_delete AFTER DELETE ON article_tag BEGIN
    UPDATE facet_cross SET n = n - 1 WHERE dim = 'tag' AND key = CAST(old.tag_id AS TEXT)
        AND anchor IN (SELECT k.dim || ':' || k.key FROM region_key k WHERE k.article_id = old.article_id);
    UPDATE facet_cross SET n = n - 1 WHERE dim = 'tag' AND key = CAST(old.tag_id AS TEXT)
        AND anchor = (SELECT 'month:' || coalesce(substr(l.published, 1, 7), '') FROM listing l WHERE l.id = old.article_id);
END;
