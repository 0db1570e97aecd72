package dev.gazette.store;

import dev.gazette.model.Article;
import dev.gazette.model.CountryMention;
import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SourceFormat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The articles as imported: adding them (content, original, resources, detected regions, the
 * listing row and the first user state in one transaction), finding a duplicate, reading one
 * back with its original and resources, and deleting them. What a person changes afterwards
 * is {@link UserStateRepository}'s and {@link TagRepository}'s; lists and counts are
 * {@link SearchRepository}'s. Safe across threads: writes go through the database's one
 * writer, reads use its read connections.
 */
final class ArticleRepository {

    private final Database db;
    private final BlobStore blobs;
    private final RegionGrouping grouping;

    ArticleRepository(Database db, BlobStore blobs, RegionGrouping grouping) {
        this.db = db;
        this.blobs = blobs;
        this.grouping = grouping;
    }

    /** The article with this canonical URL or this body hash, if any. */
    OptionalLong findDuplicate(String url, String bodyHash) {
        return db.read(c -> duplicate(c, url, bodyHash));
    }

    /** The article kept with exactly these original bytes, if any. */
    OptionalLong findByOriginal(byte[] original) {
        return findByOriginal(Original.of(original));
    }

    /** The article kept with exactly this original, if any (by the hash it was made with). */
    OptionalLong findByOriginal(Original original) {
        String hash = original.hash();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM article WHERE original_hash = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    private static OptionalLong duplicate(Connection c, String url, String bodyHash) throws SQLException {
        String canonical = UrlCanonicalizer.canonical(url);
        if (canonical != null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM article WHERE canonical_url = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, canonical);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return OptionalLong.of(rs.getLong(1));
                    }
                }
            }
        }
        if (bodyHash != null && !bodyHash.isBlank()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM article WHERE body_hash = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, bodyHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return OptionalLong.of(rs.getLong(1));
                    }
                }
            }
        }
        return OptionalLong.empty();
    }

    /** Adds one article with its original, tags and regions in one transaction; returns its id. */
    long add(NewArticle article) {
        return addAll(List.of(article)).get(0);
    }

    /**
     * Adds many articles in one transaction (the fast path for importers and benchmarks);
     * returns their ids in order. Either all are added or none.
     */
    List<Long> addAll(List<NewArticle> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        long now = System.currentTimeMillis();
        return db.write(c -> {
            Inserter ins = new Inserter(c);
            try {
                List<Long> ids = new ArrayList<>(articles.size());
                for (NewArticle a : articles) {
                    ids.add(ins.insert(a, now));
                }
                return ids;
            } finally {
                ins.close();
            }
        });
    }

    /** Inserts articles with prepared statements reused across one batch. */
    /** A batch inserter on this write connection (the restore shares it); close it after use. */
    Inserter inserter(Connection c) throws SQLException {
        return new Inserter(c);
    }

    final class Inserter {
        private final Connection c;
        private final PreparedStatement article;
        private final PreparedStatement state;
        private final PreparedStatement region;
        private final PreparedStatement effective;
        private final PreparedStatement listing;
        private final PreparedStatement sourceFile;
        private final PreparedStatement resource;
        private final PreparedStatement lastId;
        private final PreparedStatement print;
        private final PreparedStatement printed;
        private final TagWriter tags;

        Inserter(Connection c) throws SQLException {
            this.c = c;
            article = c.prepareStatement("INSERT INTO article (title, published, updated, language, url, canonical_url,"
                    + " source, site, author, description, lead_image, word_count, body_hash, format, original_name,"
                    + " original_hash, added_at, search_tags, body_text, body_html)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            state = c.prepareStatement("INSERT INTO user_state (article_id, read, starred, added_at) VALUES (?,?,?,?)");
            region = c.prepareStatement("INSERT OR IGNORE INTO region (article_id, code, score, evidence, rank, is_primary,"
                    + " sub_region, continent) VALUES (?,?,?,?,?,?,?,?)");
            effective = c.prepareStatement("INSERT OR IGNORE INTO region_effective (article_id, code, sub_region, continent,"
                    + " is_primary) VALUES (?,?,?,?,?)");
            listing = c.prepareStatement("INSERT INTO listing (id, published, added_at, title, source, site, read, starred,"
                    + " country, sub_region) VALUES (?,?,?,?,?,?,?,?,?,?)");
            sourceFile = c.prepareStatement("INSERT OR IGNORE INTO source_file (article_id, path, added_at) VALUES (?,?,?)");
            resource = c.prepareStatement("INSERT OR IGNORE INTO resource (article_id, location, media_type, hash, size)"
                    + " VALUES (?,?,?,?,?)");
            lastId = c.prepareStatement("SELECT last_insert_rowid()");
            // all of an article's keys in one statement (one step instead of one per key)
            print = c.prepareStatement("INSERT OR IGNORE INTO story_print (key, article_id)"
                    + " SELECT value, ? FROM json_each(?)");
            printed = c.prepareStatement("INSERT OR IGNORE INTO story_printed (article_id) VALUES (?)");
            tags = new TagWriter(c);
        }

        long insert(NewArticle a, long now) throws SQLException {
            ExtractedArticle x = Objects.requireNonNull(a.content(), "content");
            String originalHash = a.original() != null ? blobs.put(a.original())
                    : a.originalBytes() == null ? null : blobs.put(a.originalBytes());
            List<String> tagNames = tags.canonicalNames(a.tags());
            List<String> sortedTags = new ArrayList<>(tagNames);
            sortedTags.sort(null);
            int i = 1;
            article.setString(i++, x.title());
            article.setString(i++, x.published());
            article.setString(i++, x.updated());
            article.setString(i++, x.language());
            article.setString(i++, x.url());
            article.setString(i++, UrlCanonicalizer.canonical(x.url()));
            article.setString(i++, x.source());
            article.setString(i++, x.site());
            article.setString(i++, x.author());
            article.setString(i++, x.description());
            article.setString(i++, x.leadImage());
            article.setInt(i++, x.wordCount());
            article.setString(i++, a.bodyHash());
            article.setString(i++, (a.format() == null ? SourceFormat.HTML : a.format()).name());
            article.setString(i++, a.originalName());
            article.setString(i++, originalHash);
            article.setLong(i++, now);
            article.setString(i++, String.join(" ", sortedTags));
            article.setString(i++, x.bodyText());
            article.setString(i, x.bodyHtml());
            article.executeUpdate();
            long id;
            try (ResultSet rs = lastId.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            boolean read = Boolean.TRUE.equals(a.read());
            boolean starred = Boolean.TRUE.equals(a.starred());
            state.setLong(1, id);
            state.setInt(2, read ? 1 : 0);
            state.setInt(3, starred ? 1 : 0);
            state.setLong(4, now);
            state.executeUpdate();

            RegionAssessment ra = a.regions() == null ? RegionAssessment.NONE : a.regions();
            String primary = Sql.normaliseCode(ra.primaryCountry());
            String primarySub = null;
            int rank = 0;
            for (CountryMention m : ra.countries()) {
                String code = Sql.normaliseCode(m.code());
                if (code == null) {
                    continue;
                }
                String[] names = grouping.of(code, ra);
                boolean isPrimary = code.equals(primary);
                if (isPrimary) {
                    primarySub = names[0];
                }
                region.setLong(1, id);
                region.setString(2, code);
                region.setDouble(3, m.score());
                region.setString(4, Sql.json(m.evidence()));
                region.setInt(5, rank++);
                region.setInt(6, isPrimary ? 1 : 0);
                region.setString(7, names[0]);
                region.setString(8, names[1]);
                region.executeUpdate();
                effective.setLong(1, id);
                effective.setString(2, code);
                effective.setString(3, names[0]);
                effective.setString(4, names[1]);
                effective.setInt(5, isPrimary ? 1 : 0);
                effective.executeUpdate();
            }
            listing.setLong(1, id);
            listing.setString(2, Sql.dateOf(x.published()));
            listing.setLong(3, now);
            listing.setString(4, x.title());
            listing.setString(5, x.source());
            listing.setString(6, x.site());
            listing.setInt(7, read ? 1 : 0);
            listing.setInt(8, starred ? 1 : 0);
            listing.setString(9, primary);
            listing.setString(10, primarySub);
            listing.executeUpdate();

            if (a.sourcePath() != null && !a.sourcePath().isBlank()) {
                sourceFile.setLong(1, id);
                sourceFile.setString(2, a.sourcePath());
                sourceFile.setLong(3, now);
                sourceFile.executeUpdate();
            }
            for (EmbeddedResource r : a.resources()) {
                if (r == null || r.data() == null || r.location() == null) {
                    continue;
                }
                resource.setLong(1, id);
                resource.setString(2, r.location());
                resource.setString(3, r.mediaType());
                resource.setString(4, blobs.put(r.data()));
                resource.setLong(5, r.data().length);
                resource.executeUpdate();
            }
            tags.attach(id, tagNames);
            if (a.printKeys() != null) {
                // the bucket keys in the article's own transaction: never an article the index misses
                if (a.printKeys().length > 0) {
                    print.setLong(1, id);
                    print.setString(2, java.util.Arrays.toString(a.printKeys()));
                    print.executeUpdate();
                }
                printed.setLong(1, id);
                printed.executeUpdate();
            }
            return id;
        }

        void close() throws SQLException {
            for (PreparedStatement ps : List.of(article, state, region, effective, listing, sourceFile, resource, lastId,
                    print, printed)) {
                ps.close();
            }
            tags.close();
        }
    }

    /** Remembers another file this article was imported from. */
    void addSourceFile(long articleId, String path) {
        if (path == null || path.isBlank()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO source_file (article_id, path, added_at)"
                            + " SELECT id, ?, ? FROM article WHERE id = ?")) {
                ps.setString(1, path);
                ps.setLong(2, System.currentTimeMillis());
                ps.setLong(3, articleId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every path this article was imported from, in the order they were remembered. */
    List<String> sourceFiles(long articleId) {
        return db.read(c -> Sql.strings(c, "SELECT path FROM source_file WHERE article_id = ? ORDER BY added_at, path",
                articleId));
    }

    Optional<Article> article(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT title, published, updated, author, source, site,"
                    + " language, url, description, lead_image, body_text, body_html, format, original_name,"
                    + " original_hash, body_hash, added_at FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(article(id, rs, detectedRegions(c, id)));
                }
            }
        });
    }

    /** The row mapper of this repository: an article row (columns as {@link #article(long)} selects them). */
    private static Article article(long id, ResultSet rs, RegionAssessment regions) throws SQLException {
        ExtractedArticle x = new ExtractedArticle(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
        SourceFormat format = parseFormat(rs.getString(13));
        return new Article(id, x, regions, format, rs.getString(14), rs.getString(15), rs.getString(16),
                Instant.ofEpochMilli(rs.getLong(17)));
    }

    static SourceFormat parseFormat(String s) {
        try {
            return s == null ? null : SourceFormat.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static RegionAssessment detectedRegions(Connection c, long id) throws SQLException {
        List<CountryMention> mentions = new ArrayList<>();
        String primary = null;
        String sub = null;
        String continent = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT code, score, evidence, is_primary, sub_region, continent"
                + " FROM region WHERE article_id = ? ORDER BY rank")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.add(new CountryMention(rs.getString(1), rs.getDouble(2), Sql.parseList(rs.getString(3))));
                    if (rs.getInt(4) == 1) {
                        primary = rs.getString(1);
                        sub = rs.getString(5);
                        continent = rs.getString(6);
                    }
                }
            }
        }
        if (mentions.isEmpty()) {
            return RegionAssessment.NONE;
        }
        return new RegionAssessment(mentions, primary, sub, continent);
    }

    /** When the article entered the library (user state), if it exists. */
    Optional<Instant> addedAt(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT added_at FROM user_state WHERE article_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
                }
            }
        });
    }

    /** The original file's bytes as imported. */
    Optional<byte[]> original(long id) {
        String hash = db.read(c -> {
            List<String> h = Sql.strings(c, "SELECT original_hash FROM article WHERE id = ?", id);
            return h.isEmpty() ? null : h.get(0);
        });
        return hash == null ? Optional.empty() : blobs.get(hash);
    }

    List<EmbeddedResource> resources(long id) {
        List<String[]> rows = db.read(c -> {
            List<String[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT location, media_type, hash FROM resource WHERE article_id = ? ORDER BY location")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            return out;
        });
        List<EmbeddedResource> out = new ArrayList<>();
        for (String[] r : rows) {
            blobs.get(r[2]).ifPresent(data -> out.add(new EmbeddedResource(r[0], r[1], data)));
        }
        return out;
    }

    /** Deletes articles with their user state; stored originals no other article uses go too. */
    void delete(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        List<String> orphans = new ArrayList<>();
        db.write(c -> {
            Set<String> hashes = new HashSet<>();
            try (PreparedStatement h = c.prepareStatement("SELECT original_hash FROM article WHERE id = ?1"
                    + " UNION SELECT hash FROM resource WHERE article_id = ?1");
                 PreparedStatement del = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
                for (long id : ids) {
                    h.setLong(1, id);
                    try (ResultSet rs = h.executeQuery()) {
                        while (rs.next()) {
                            if (rs.getString(1) != null) {
                                hashes.add(rs.getString(1));
                            }
                        }
                    }
                    del.setLong(1, id);
                    del.executeUpdate();
                }
            }
            Stories.repair(c); // a story that lost its lead shows another copy (V7)
            try (PreparedStatement used = c.prepareStatement("SELECT EXISTS(SELECT 1 FROM article WHERE original_hash = ?1)"
                    + " OR EXISTS(SELECT 1 FROM resource WHERE hash = ?1)")) {
                for (String hash : hashes) {
                    used.setString(1, hash);
                    try (ResultSet rs = used.executeQuery()) {
                        if (rs.next() && rs.getInt(1) == 0) {
                            orphans.add(hash);
                        }
                    }
                }
            }
            return null;
        }, () -> orphans.forEach(blobs::delete));
    }
}
