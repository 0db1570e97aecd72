-- Gazette library schema, version 2: running totals for the sidebar.
--
-- DERIVED: facet_total holds, per dimension value, how many articles it has, so that the
-- sidebar's counts without other filters do not scan the library. Kept in step by the
-- triggers below on the derived tables (listing, region_effective) and on article_tag.
-- Rows whose count falls to 0 stay until the next rebuild; readers skip them.
--   dim 'day'        key YYYY-MM-DD of the effective published date, '' for undated
--   dim 'source'     key listing.source
--   dim 'country'    key alpha-2 code (effective regions)
--   dim 'sub_region' key name; an article counts once however many of its countries are in it
--   dim 'continent'  key name; likewise
--   dim 'tag'        key tag.id

CREATE TABLE facet_total (
    dim  TEXT NOT NULL,
    key  TEXT NOT NULL COLLATE NOCASE,
    n    INTEGER NOT NULL,
    PRIMARY KEY (dim, key)
) WITHOUT ROWID;

INSERT INTO facet_total (dim, key, n)
    SELECT 'day', coalesce(published, ''), count(*) FROM listing GROUP BY coalesce(published, '');
INSERT INTO facet_total (dim, key, n)
    SELECT 'source', source, count(*) FROM listing WHERE source IS NOT NULL GROUP BY source;
INSERT INTO facet_total (dim, key, n)
    SELECT 'country', code, count(*) FROM region_effective GROUP BY code;
INSERT INTO facet_total (dim, key, n)
    SELECT 'sub_region', sub_region, count(DISTINCT article_id) FROM region_effective
    WHERE sub_region IS NOT NULL GROUP BY sub_region;
INSERT INTO facet_total (dim, key, n)
    SELECT 'continent', continent, count(DISTINCT article_id) FROM region_effective
    WHERE continent IS NOT NULL GROUP BY continent;
INSERT INTO facet_total (dim, key, n)
    SELECT 'tag', tag_id, count(*) FROM article_tag GROUP BY tag_id;

CREATE TRIGGER facet_listing_insert AFTER INSERT ON listing BEGIN
    INSERT INTO facet_total (dim, key, n) VALUES ('day', coalesce(new.published, ''), 1)
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_total (dim, key, n) SELECT 'source', new.source, 1 WHERE new.source IS NOT NULL
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER facet_listing_delete AFTER DELETE ON listing BEGIN
    UPDATE facet_total SET n = n - 1 WHERE dim = 'day' AND key = coalesce(old.published, '');
    UPDATE facet_total SET n = n - 1 WHERE dim = 'source' AND key = old.source;
END;

CREATE TRIGGER facet_listing_update AFTER UPDATE OF published, source ON listing
WHEN old.published IS NOT new.published OR old.source IS NOT new.source
BEGIN
    UPDATE facet_total SET n = n - 1 WHERE dim = 'day' AND key = coalesce(old.published, '');
    UPDATE facet_total SET n = n - 1 WHERE dim = 'source' AND key = old.source;
    INSERT INTO facet_total (dim, key, n) VALUES ('day', coalesce(new.published, ''), 1)
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_total (dim, key, n) SELECT 'source', new.source, 1 WHERE new.source IS NOT NULL
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER facet_region_insert AFTER INSERT ON region_effective BEGIN
    INSERT INTO facet_total (dim, key, n) VALUES ('country', new.code, 1)
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_total (dim, key, n) SELECT 'sub_region', new.sub_region, 1
        WHERE new.sub_region IS NOT NULL AND NOT EXISTS (SELECT 1 FROM region_effective r
            WHERE r.article_id = new.article_id AND r.sub_region = new.sub_region AND r.code <> new.code)
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_total (dim, key, n) SELECT 'continent', new.continent, 1
        WHERE new.continent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM region_effective r
            WHERE r.article_id = new.article_id AND r.continent = new.continent AND r.code <> new.code)
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER facet_region_delete AFTER DELETE ON region_effective BEGIN
    UPDATE facet_total SET n = n - 1 WHERE dim = 'country' AND key = old.code;
    UPDATE facet_total SET n = n - 1 WHERE dim = 'sub_region' AND key = old.sub_region
        AND NOT EXISTS (SELECT 1 FROM region_effective r
            WHERE r.article_id = old.article_id AND r.sub_region = old.sub_region);
    UPDATE facet_total SET n = n - 1 WHERE dim = 'continent' AND key = old.continent
        AND NOT EXISTS (SELECT 1 FROM region_effective r
            WHERE r.article_id = old.article_id AND r.continent = old.continent);
END;

CREATE TRIGGER facet_tag_insert AFTER INSERT ON article_tag BEGIN
    INSERT INTO facet_total (dim, key, n) VALUES ('tag', CAST(new.tag_id AS TEXT), 1)
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER facet_tag_delete AFTER DELETE ON article_tag BEGIN
    UPDATE facet_total SET n = n - 1 WHERE dim = 'tag' AND key = CAST(old.tag_id AS TEXT);
END;

CREATE TRIGGER facet_tag_forget AFTER DELETE ON tag BEGIN
    DELETE FROM facet_total WHERE dim = 'tag' AND key = CAST(old.id AS TEXT);
END;
