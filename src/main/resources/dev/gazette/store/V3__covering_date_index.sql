-- Gazette library schema, version 3: the date index also covers the columns that date-filtered
-- counts read (source, read, starred), so facets under a date filter need not visit the
-- listing rows. It keeps (published, id) first, so lists sorted by date still use it.
DROP INDEX listing_by_published;
CREATE INDEX listing_by_published_covering ON listing(published, id, source, read, starred);
