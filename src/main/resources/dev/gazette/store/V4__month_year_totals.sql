-- Gazette library schema, version 4: facet_total also keeps per-month ('month', key YYYY-MM)
-- and per-year ('year', key YYYY) counts of dated articles, so that the years and months of
-- the sidebar are read from a few hundred rows instead of summing every day.

INSERT INTO facet_total (dim, key, n)
    SELECT 'month', substr(key, 1, 7), sum(n) FROM facet_total WHERE dim = 'day' AND key <> ''
    GROUP BY substr(key, 1, 7);
INSERT INTO facet_total (dim, key, n)
    SELECT 'year', substr(key, 1, 4), sum(n) FROM facet_total WHERE dim = 'day' AND key <> ''
    GROUP BY substr(key, 1, 4);

DROP TRIGGER facet_listing_insert;
DROP TRIGGER facet_listing_delete;
DROP TRIGGER facet_listing_update;

CREATE TRIGGER facet_listing_insert AFTER INSERT ON listing BEGIN
    INSERT INTO facet_total (dim, key, n) VALUES ('day', coalesce(new.published, ''), 1)
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_total (dim, key, n) SELECT 'month', substr(new.published, 1, 7), 1
        WHERE new.published IS NOT NULL ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_total (dim, key, n) SELECT 'year', substr(new.published, 1, 4), 1
        WHERE new.published IS NOT NULL ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_total (dim, key, n) SELECT 'source', new.source, 1 WHERE new.source IS NOT NULL
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER facet_listing_delete AFTER DELETE ON listing BEGIN
    UPDATE facet_total SET n = n - 1 WHERE dim = 'day' AND key = coalesce(old.published, '');
    UPDATE facet_total SET n = n - 1 WHERE dim = 'month' AND key = substr(old.published, 1, 7);
    UPDATE facet_total SET n = n - 1 WHERE dim = 'year' AND key = substr(old.published, 1, 4);
    UPDATE facet_total SET n = n - 1 WHERE dim = 'source' AND key = old.source;
END;

CREATE TRIGGER facet_listing_update AFTER UPDATE OF published, source ON listing
WHEN old.published IS NOT new.published OR old.source IS NOT new.source
BEGIN
    UPDATE facet_total SET n = n - 1 WHERE dim = 'day' AND key = coalesce(old.published, '');
    UPDATE facet_total SET n = n - 1 WHERE dim = 'month' AND key = substr(old.published, 1, 7);
    UPDATE facet_total SET n = n - 1 WHERE dim = 'year' AND key = substr(old.published, 1, 4);
    UPDATE facet_total SET n = n - 1 WHERE dim = 'source' AND key = old.source;
    INSERT INTO facet_total (dim, key, n) VALUES ('day', coalesce(new.published, ''), 1)
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_total (dim, key, n) SELECT 'month', substr(new.published, 1, 7), 1
        WHERE new.published IS NOT NULL ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_total (dim, key, n) SELECT 'year', substr(new.published, 1, 4), 1
        WHERE new.published IS NOT NULL ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
    INSERT INTO facet_total (dim, key, n) SELECT 'source', new.source, 1 WHERE new.source IS NOT NULL
        ON CONFLICT (dim, key) DO UPDATE SET n = n + 1;
END;
