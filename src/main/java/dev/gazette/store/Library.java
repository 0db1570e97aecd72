package dev.gazette.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.model.Article;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.CountryMention;
import dev.gazette.model.EmbeddedResource;
import dev.gazette.model.ExtractedArticle;
import dev.gazette.model.FacetCount;
import dev.gazette.model.Facets;
import dev.gazette.model.RegionAssessment;
import dev.gazette.model.SourceFormat;
import dev.gazette.model.TagInfo;
import dev.gazette.model.UserState;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import static dev.gazette.store.ArticleFilter.Dimension;
import static dev.gazette.store.ArticleFilter.marks;

/**
 * A Gazette library: a folder with the SQLite database ({@code gazette.db}) and the stored
 * originals ({@code originals/}, content-addressed and gzip-compressed). Content and user
 * state live in separate tables; the person's corrections win over detection in every list,
 * count and filter. See {@code docs/storage.md} for the schema.
 *
 * <p>Safe across threads: writes are serialised through one writer connection, reads use a
 * small pool of read connections (WAL mode lets them run while a write is in progress).
 */
public final class Library implements AutoCloseable {

    /** Database file name inside the library folder. */
    public static final String DATABASE_FILE = "gazette.db";
    /** Folder of stored originals and resources inside the library folder. */
    public static final String ORIGINALS_FOLDER = "originals";
    /** Folder of backups made before a schema upgrade. */
    public static final String BACKUPS_FOLDER = "backups";

    /** Default snippet markers around matched words (see {@link #snippet(long, String)}). */
    public static final String SNIPPET_OPEN = "[";
    public static final String SNIPPET_CLOSE = "]";
    /** Words of context a snippet shows. */
    static final int SNIPPET_TOKENS = 24;
    /** bm25 column weights: title, body, author, source, site, tags. */
    static final String BM25 = "bm25(article_fts, 10.0, 1.0, 3.0, 2.0, 2.0, 5.0)";
    /** How many tag suggestions {@link #suggestTags} returns at most. */
    static final int MAX_SUGGESTIONS = 8;

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Function<String, String[]> NO_NAMES = code -> new String[] {null, null};
    private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

    private final Path directory;
    private final Database db;
    private final BlobStore blobs;
    private final Function<String, String[]> regionNamer;
    /** False only in tests: facets are then always counted from the articles. */
    volatile boolean useTotals = true;

    private Library(Path directory, Database db, BlobStore blobs, Function<String, String[]> regionNamer) {
        this.directory = directory;
        this.db = db;
        this.blobs = blobs;
        this.regionNamer = regionNamer;
    }

    /** Opens (creating and migrating as needed) the library in this folder. */
    public static Library open(Path directory) {
        return open(directory, null);
    }

    /**
     * Opens the library; regionNamer maps a country code to {subRegion, continent} (either may
     * be null) so that every stored country, not only the primary one, can be found by its
     * sub-region and continent. Null means no names beyond what a RegionAssessment states.
     */
    public static Library open(Path directory, Function<String, String[]> regionNamer) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("Could not create the library folder " + directory + ": " + e.getMessage(), e);
        }
        Database db = Database.open(directory.resolve(DATABASE_FILE), directory.resolve(BACKUPS_FOLDER));
        return new Library(directory, db, new BlobStore(directory.resolve(ORIGINALS_FOLDER)),
                regionNamer == null ? NO_NAMES : regionNamer);
    }

    public Path directory() {
        return directory;
    }

    /** The schema version of the open database. */
    public int schemaVersion() {
        return db.read(c -> (int) Database.longQuery(c, "PRAGMA user_version"));
    }

    // ---------------------------------------------------------------------------------------
    // Adding

    /** The article with this canonical URL or this body hash, if any. */
    public OptionalLong findDuplicate(String url, String bodyHash) {
        return db.read(c -> duplicate(c, url, bodyHash));
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
    public long add(NewArticle article) {
        return addAll(List.of(article)).get(0);
    }

    /**
     * Adds many articles in one transaction (the fast path for importers and benchmarks);
     * returns their ids in order. Either all are added or none.
     */
    public List<Long> addAll(List<NewArticle> articles) {
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
    private final class Inserter {
        private final Connection c;
        private final PreparedStatement article;
        private final PreparedStatement state;
        private final PreparedStatement region;
        private final PreparedStatement effective;
        private final PreparedStatement listing;
        private final PreparedStatement sourceFile;
        private final PreparedStatement resource;
        private final PreparedStatement lastId;
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
            tags = new TagWriter(c);
        }

        long insert(NewArticle a, long now) throws SQLException {
            ExtractedArticle x = Objects.requireNonNull(a.content(), "content");
            String originalHash = a.originalBytes() == null ? null : blobs.put(a.originalBytes());
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
            String primary = primaryOf(ra);
            String primarySub = null;
            int rank = 0;
            for (CountryMention m : ra.countries()) {
                String code = normaliseCode(m.code());
                if (code == null) {
                    continue;
                }
                String[] names = names(code, ra);
                boolean isPrimary = code.equals(primary);
                if (isPrimary) {
                    primarySub = names[0];
                }
                region.setLong(1, id);
                region.setString(2, code);
                region.setDouble(3, m.score());
                region.setString(4, json(m.evidence()));
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
            listing.setString(2, dateOf(x.published()));
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
            return id;
        }

        void close() throws SQLException {
            for (PreparedStatement ps : List.of(article, state, region, effective, listing, sourceFile, resource, lastId)) {
                ps.close();
            }
            tags.close();
        }
    }

    /** Finds or creates tags and attaches them, with statements reused across a batch. */
    private static final class TagWriter {
        private final PreparedStatement create;
        private final PreparedStatement find;
        private final PreparedStatement attach;
        private final Map<String, Long> ids = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();

        TagWriter(Connection c) throws SQLException {
            create = c.prepareStatement("INSERT OR IGNORE INTO tag (name) VALUES (?)");
            find = c.prepareStatement("SELECT id, name FROM tag WHERE name = ?");
            attach = c.prepareStatement("INSERT OR IGNORE INTO article_tag (article_id, tag_id) VALUES (?,?)");
        }

        /** The stored spelling of each tag (created when new), without duplicates or blanks. */
        List<String> canonicalNames(Collection<String> tags) throws SQLException {
            LinkedHashSet<String> out = new LinkedHashSet<>();
            for (String t : tags) {
                String name = cleanTag(t);
                if (name == null) {
                    continue;
                }
                String key = name.toLowerCase(Locale.ROOT);
                if (!names.containsKey(key)) {
                    create.setString(1, name);
                    create.executeUpdate();
                    find.setString(1, name);
                    try (ResultSet rs = find.executeQuery()) {
                        rs.next();
                        ids.put(key, rs.getLong(1));
                        names.put(key, rs.getString(2));
                    }
                }
                out.add(names.get(key));
            }
            return new ArrayList<>(out);
        }

        void attach(long articleId, List<String> canonical) throws SQLException {
            for (String name : canonical) {
                attach.setLong(1, articleId);
                attach.setLong(2, ids.get(name.toLowerCase(Locale.ROOT)));
                attach.executeUpdate();
            }
        }

        void close() throws SQLException {
            create.close();
            find.close();
            attach.close();
        }
    }

    /** Remembers another file this article was imported from. */
    public void addSourceFile(long articleId, String path) {
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
    public List<String> sourceFiles(long articleId) {
        return db.read(c -> strings(c, "SELECT path FROM source_file WHERE article_id = ? ORDER BY added_at, path",
                articleId));
    }

    // ---------------------------------------------------------------------------------------
    // Reading one article

    public Optional<Article> article(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT title, published, updated, author, source, site,"
                    + " language, url, description, lead_image, body_text, body_html, format, original_name,"
                    + " original_hash, body_hash, added_at FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    ExtractedArticle x = new ExtractedArticle(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
                    SourceFormat format = parseFormat(rs.getString(13));
                    return Optional.of(new Article(id, x, detectedRegions(c, id), format, rs.getString(14),
                            rs.getString(15), rs.getString(16), Instant.ofEpochMilli(rs.getLong(17))));
                }
            }
        });
    }

    private static SourceFormat parseFormat(String s) {
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
                    mentions.add(new CountryMention(rs.getString(1), rs.getDouble(2), parseList(rs.getString(3))));
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

    public Optional<UserState> state(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT read, starred, notes, corrected_published,"
                    + " regions_corrected FROM user_state WHERE article_id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    boolean read = rs.getInt(1) == 1;
                    boolean starred = rs.getInt(2) == 1;
                    String notes = rs.getString(3);
                    String correctedPublished = rs.getString(4);
                    boolean corrected = rs.getInt(5) == 1;
                    List<String> tags = strings(c, "SELECT t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id"
                            + " WHERE x.article_id = ? ORDER BY t.name", id);
                    List<String> countries = corrected
                            ? strings(c, "SELECT code FROM region_correction WHERE article_id = ? ORDER BY rank", id)
                            : null;
                    return Optional.of(new UserState(id, read, starred, notes, tags, countries, correctedPublished));
                }
            }
        });
    }

    /** When the article entered the library (user state), if it exists. */
    public Optional<Instant> addedAt(long id) {
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
    public Optional<byte[]> original(long id) {
        String hash = db.read(c -> {
            List<String> h = strings(c, "SELECT original_hash FROM article WHERE id = ?", id);
            return h.isEmpty() ? null : h.get(0);
        });
        return hash == null ? Optional.empty() : blobs.get(hash);
    }

    public List<EmbeddedResource> resources(long id) {
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

    /**
     * A short extract of the article around the words of a search, matched words between
     * {@link #SNIPPET_OPEN} and {@link #SNIPPET_CLOSE}; empty when the words don't match it.
     */
    public Optional<String> snippet(long id, String words) {
        return snippet(id, words, SNIPPET_OPEN, SNIPPET_CLOSE);
    }

    /** As {@link #snippet(long, String)} with the given markers around matched words. */
    public Optional<String> snippet(long id, String words, String open, String close) {
        String match = FtsQuery.toMatch(words);
        if (match == null) {
            return Optional.empty();
        }
        return db.read(c -> {
            // column -1: FTS5 picks the column (title or body) that matches best
            try (PreparedStatement ps = c.prepareStatement("SELECT snippet(article_fts, -1, ?, ?, '…', "
                    + SNIPPET_TOKENS + ") FROM article_fts WHERE article_fts MATCH ? AND rowid = ?")) {
                ps.setString(1, open);
                ps.setString(2, close);
                ps.setString(3, match);
                ps.setLong(4, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    // ---------------------------------------------------------------------------------------
    // Lists, counts, facets

    /** One page of the articles matching the query, in its sort order (ties broken by id). */
    public List<ArticleSummary> list(ArticleQuery query, int offset, int limit) {
        ArticleQuery q = query == null ? ArticleQuery.ALL : query;
        int lim = Math.max(0, limit);
        int off = Math.max(0, offset);
        String match = FtsQuery.toMatch(q.words());
        boolean relevance = q.sort() == ArticleQuery.Sort.RELEVANCE && match != null;
        String sql;
        List<Object> params = new ArrayList<>();
        String columns = "l.id, l.title, l.source, l.site, l.published, l.country, l.sub_region, l.read, l.starred";
        if (relevance) {
            ArticleFilter f = ArticleFilter.of(q.withWords(null));
            sql = "SELECT " + columns + " FROM article_fts JOIN listing l ON l.id = article_fts.rowid"
                    + " WHERE article_fts MATCH ?" + f.and() + " ORDER BY " + BM25 + ", l.id LIMIT ? OFFSET ?";
            params.add(match);
            params.addAll(f.params());
        } else {
            ArticleFilter f = ArticleFilter.of(q);
            sql = "SELECT " + columns + " FROM listing l WHERE " + f.where() + " ORDER BY " + orderBy(q.sort())
                    + " LIMIT ? OFFSET ?";
            params.addAll(f.params());
        }
        params.add(lim);
        params.add(off);
        return db.read(c -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8) == 1, rs.getInt(9) == 1});
                }
            }
            Map<Long, List<String>> tags = tagsOf(c, rows.stream().map(r -> (Long) r[0]).toList());
            List<ArticleSummary> out = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                out.add(new ArticleSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], tags.getOrDefault((Long) r[0], List.of()),
                        (Boolean) r[7], (Boolean) r[8]));
            }
            return out;
        });
    }

    static String orderBy(ArticleQuery.Sort sort) {
        return switch (sort) {
            case PUBLISHED_ASC -> "l.published ASC, l.id ASC";
            case ADDED_DESC -> "l.added_at DESC, l.id DESC";
            case TITLE -> "l.title ASC, l.id ASC";
            case PUBLISHED_DESC, RELEVANCE -> "l.published DESC, l.id DESC";
        };
    }

    private static Map<Long, List<String>> tagsOf(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String sql = "SELECT x.article_id, t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id"
                + " WHERE x.article_id IN (" + marks(ids.size()) + ") ORDER BY t.name";
        try (PreparedStatement ps = prepare(c, sql, new ArrayList<>(ids)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    public long count(ArticleQuery query) {
        ArticleFilter f = ArticleFilter.of(query == null ? ArticleQuery.ALL : query);
        return db.read(c -> count(c, f, ""));
    }

    private static long count(Connection c, ArticleFilter f, String extra) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT count(*) FROM listing l WHERE " + f.where() + extra,
                f.params()); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Counts for every sidebar dimension, each under the other active filters: years and the
     * undated count ignore every date filter; months keep the year (all months when no year is
     * chosen); days are listed only when a year and month are chosen. Regions ignore the region
     * filter, sources the source filter, tags every tag filter. Dates are listed newest first,
     * the rest largest count first. A dimension with no other filter active is read from the
     * running totals (table facet_total) instead of counting articles.
     */
    public Facets facets(ArticleQuery query) {
        ArticleQuery q = query == null ? ArticleQuery.ALL : query;
        return db.read(c -> {
            String hits = words(c, q); // the full-text search runs once, not once per dimension
            try {
                return facets(c, q, hits);
            } finally {
                if (hits != null) {
                    try (Statement s = c.createStatement()) {
                        s.execute("DROP TABLE IF EXISTS " + hits);
                    }
                }
            }
        });
    }

    /** Fills a temporary table with the ids matching q's words; its name, or null without words. */
    private static String words(Connection c, ArticleQuery q) throws SQLException {
        String match = FtsQuery.toMatch(q.words());
        if (match == null) {
            return null;
        }
        String table = "temp.facet_hits";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS facet_hits (id INTEGER PRIMARY KEY)");
            s.execute("DELETE FROM " + table);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO " + table + " SELECT rowid FROM article_fts WHERE article_fts MATCH ?"
                        + " UNION SELECT article_id FROM annotation_fts WHERE annotation_fts MATCH ?")) {
            ps.setString(1, match);
            ps.setString(2, match); // highlights and notes are searched too
            ps.executeUpdate();
        }
        return table;
    }

    private Facets facets(Connection c, ArticleQuery q, String hits) throws SQLException {
        Map<String, MonthSourceCounts> passes = new HashMap<>(); // one pass per distinct filter
        Function<ArticleFilter, MonthSourceCounts> pass = f -> passes.computeIfAbsent(
                f.where() + f.params(), k -> MonthSourceCounts.count(c, f));
        ArticleFilter noDate = ArticleFilter.of(q, EnumSet.of(Dimension.DATE), hits);
        boolean onlyDates = useTotals && noDate.isEmpty(); // nothing but date filters, or none
        ArticleQuery monthQuery = q.withDate(q.year(), null, null).withUndated(false);
        ArticleQuery dayQuery = q.withDate(q.year(), q.month(), null).withUndated(false);
        boolean daysShown = q.year() != null && q.month() != null;
        long total;
        long undated;
        List<FacetCount> years;
        List<FacetCount> months;
        List<FacetCount> days;
        CrossTotals valueAlone = useTotals && !onlyDates ? CrossTotals.under(c, q, EnumSet.of(Dimension.DATE)) : null;
        if (onlyDates) {
            total = dayTotal(c, ArticleFilter.dates(q, "f.key", ""));
            undated = dayTotal(c, ArticleFilter.dates(ArticleQuery.ALL.withUndated(true), "f.key", ""));
            years = periodTotals(c, "year", null);
            months = monthQuery.from() == null && monthQuery.to() == null
                    ? periodTotals(c, "month", monthQuery.year())
                    : dayFacets(c, ArticleFilter.dates(monthQuery, "f.key", ""), 7);
            days = daysShown ? dayFacets(c, ArticleFilter.dates(dayQuery, "f.key", ""), 10) : List.of();
        } else if (valueAlone != null && valueAlone.valueOnly()) {
            // one value and perhaps whole months: every date count from the value's month rows
            Map<String, Long> perMonth = valueAlone.monthsUnderValue(c);
            CrossTotals whole = CrossTotals.under(c, q, EnumSet.noneOf(Dimension.class));
            total = whole != null ? sum(whole.monthsUnderValue(c))
                    : pass.apply(ArticleFilter.of(q, EnumSet.noneOf(Dimension.class), hits)).total();
            undated = perMonth.getOrDefault("", 0L);
            years = byPeriod(perMonth, 4);
            CrossTotals monthsAnchor = CrossTotals.under(c, monthQuery, EnumSet.noneOf(Dimension.class));
            months = monthsAnchor != null ? byPeriod(monthsAnchor.monthsUnderValue(c), 7)
                    : pass.apply(ArticleFilter.of(monthQuery, EnumSet.noneOf(Dimension.class), hits)).months();
            days = daysShown ? dates(c, ArticleFilter.of(dayQuery, EnumSet.noneOf(Dimension.class), hits), 10) : List.of();
        } else {
            total = pass.apply(ArticleFilter.of(q, EnumSet.noneOf(Dimension.class), hits)).total();
            MonthSourceCounts withoutDates = pass.apply(noDate);
            undated = withoutDates.undated();
            years = withoutDates.years();
            months = pass.apply(ArticleFilter.of(monthQuery, EnumSet.noneOf(Dimension.class), hits)).months();
            days = daysShown ? dates(c, ArticleFilter.of(dayQuery, EnumSet.noneOf(Dimension.class), hits), 10) : List.of();
        }
        ArticleFilter noRegion = ArticleFilter.of(q, EnumSet.of(Dimension.REGION), hits);
        Map<String, List<FacetCount>> regions;
        CrossTotals regionCross = useTotals && !noRegion.isEmpty() ? CrossTotals.under(c, q, EnumSet.of(Dimension.REGION)) : null;
        if (useTotals && noRegion.isEmpty()) {
            regions = regionTotals(c);
        } else if (regionCross != null && (regionCross.valueOnly() || regionCross.monthsOnly())) {
            regions = regionsFrom(regionCross.counts(c, "country"), regionCross.counts(c, "sub_region"),
                    regionCross.counts(c, "continent"));
        } else {
            regions = regionFacets(c, noRegion);
        }
        ArticleFilter noSource = ArticleFilter.of(q, EnumSet.of(Dimension.SOURCE), hits);
        List<FacetCount> sources;
        CrossTotals sourceCross = useTotals && !noSource.isEmpty() ? CrossTotals.under(c, q, EnumSet.of(Dimension.SOURCE)) : null;
        if (useTotals && noSource.isEmpty()) {
            sources = sourceTotals(c);
        } else if (sourceCross != null && (sourceCross.valueOnly() || sourceCross.monthsOnly())) {
            sources = sourcesFrom(sourceCross.counts(c, "source"));
        } else {
            sources = pass.apply(noSource).sources();
        }
        ArticleFilter noTags = ArticleFilter.of(q, EnumSet.of(Dimension.TAGS), hits);
        List<FacetCount> tags;
        CrossTotals tagCross = useTotals && !noTags.isEmpty() ? CrossTotals.under(c, q, EnumSet.of(Dimension.TAGS)) : null;
        if (useTotals && noTags.isEmpty()) {
            tags = tagTotals(c);
        } else if (tagCross != null && (tagCross.valueOnly() || tagCross.monthsOnly())) {
            tags = tagsFrom(c, tagCross.counts(c, "tag"));
        } else {
            tags = tagFacets(c, noTags);
        }
        return new Facets(total, undated, years, months, days, regions.get("continent"),
                regions.get("sub_region"), regions.get("country"), sources, tags);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Month counts ("YYYY-MM", "" undated) summed into years (length 4) or months (7), newest first. */
    private static List<FacetCount> byPeriod(Map<String, Long> perMonth, int length) {
        Map<String, Long> sums = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        perMonth.forEach((k, v) -> {
            if (k != null && k.length() >= length) {
                sums.merge(k.substring(0, length), v, Long::sum);
            }
        });
        List<FacetCount> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new FacetCount(k, dateLabel(k), v)));
        return out;
    }

    private static Map<String, List<FacetCount>> regionsFrom(Map<String, Long> countries, Map<String, Long> subs,
                                                             Map<String, Long> continents) {
        Map<String, List<FacetCount>> out = new HashMap<>();
        out.put("country", ranked(countries, Function.identity(), Library::countryName));
        out.put("sub_region", ranked(subs, Function.identity(), Function.identity()));
        out.put("continent", ranked(continents, Function.identity(), Function.identity()));
        return out;
    }

    private static List<FacetCount> sourcesFrom(Map<String, Long> counts) {
        return ranked(counts, Function.identity(), Function.identity());
    }

    /** Tag counts keyed by tag id, named, largest first then by name. */
    private static List<FacetCount> tagsFrom(Connection c, Map<String, Long> byId) throws SQLException {
        List<FacetCount> out = new ArrayList<>();
        if (byId.isEmpty()) {
            return out;
        }
        List<Object> ids = new ArrayList<>();
        byId.keySet().forEach(k -> ids.add(Long.parseLong(k)));
        try (PreparedStatement ps = prepare(c, "SELECT id, name FROM tag WHERE id IN (" + marks(ids.size()) + ")", ids);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(2), rs.getString(2), byId.get(Long.toString(rs.getLong(1)))));
            }
        }
        out.sort(java.util.Comparator.comparingLong(FacetCount::count).reversed()
                .thenComparing(FacetCount::key, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /**
     * Articles under one filter counted by (month, source) in SQLite, from which the total, the
     * undated count, years, months and sources are summed: one pass over the matching
     * articles serves every dimension that uses the same filter.
     */
    private record MonthSourceCounts(List<String> monthKeys, List<String> sourceKeys, List<Long> counts) {

        static MonthSourceCounts count(Connection c, ArticleFilter f) {
            List<String> m = new ArrayList<>();
            List<String> s = new ArrayList<>();
            List<Long> n = new ArrayList<>();
            String sql = "SELECT substr(l.published, 1, 7) AS m, l.source AS s, count(*) FROM listing l WHERE "
                    + f.where() + " GROUP BY m, s";
            try (PreparedStatement ps = prepare(c, sql, f.params()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.add(rs.getString(1));
                    s.add(rs.getString(2));
                    n.add(rs.getLong(3));
                }
            } catch (SQLException e) {
                throw new StoreException("Could not count the library: " + e.getMessage(), e);
            }
            return new MonthSourceCounts(m, s, n);
        }

        long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }

        long undated() {
            long u = 0;
            for (int i = 0; i < monthKeys.size(); i++) {
                if (monthKeys.get(i) == null) {
                    u += counts.get(i);
                }
            }
            return u;
        }

        List<FacetCount> years() {
            return byDate(4);
        }

        List<FacetCount> months() {
            return byDate(7);
        }

        private List<FacetCount> byDate(int length) {
            Map<String, Long> sums = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
            for (int i = 0; i < monthKeys.size(); i++) {
                String month = monthKeys.get(i);
                if (month != null && month.length() >= length) {
                    sums.merge(month.substring(0, length), counts.get(i), Long::sum);
                }
            }
            List<FacetCount> out = new ArrayList<>();
            sums.forEach((k, v) -> out.add(new FacetCount(k, dateLabel(k), v)));
            return out;
        }

        /** Sources summed ignoring case, as the database compares them; first spelling shown. */
        List<FacetCount> sources() {
            Map<String, Long> sums = new HashMap<>();
            Map<String, String> spelling = new HashMap<>();
            for (int i = 0; i < sourceKeys.size(); i++) {
                String source = sourceKeys.get(i);
                if (source != null) {
                    String key = source.toLowerCase(Locale.ROOT);
                    spelling.putIfAbsent(key, source);
                    sums.merge(key, counts.get(i), Long::sum);
                }
            }
            return ranked(sums, spelling::get, spelling::get);
        }
    }

    /** Year or month running totals, newest first; months of one year when year is given. */
    private static List<FacetCount> periodTotals(Connection c, String dim, Integer year) throws SQLException {
        String sql = "SELECT key, n FROM facet_total WHERE dim = ? AND n > 0"
                + (year == null ? "" : " AND key BETWEEN ? AND ?") + " ORDER BY key DESC";
        List<Object> params = new ArrayList<>(List.of(dim));
        if (year != null) {
            String y = String.format("%04d", Math.max(0, Math.min(9999, year)));
            params.add(y + "-01");
            params.add(y + "-12");
        }
        List<FacetCount> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(1), dateLabel(rs.getString(1)), rs.getLong(2)));
            }
        }
        return out;
    }

    private static long dayTotal(Connection c, ArticleFilter days) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT coalesce(sum(f.n), 0) FROM facet_total f WHERE f.dim = 'day'"
                + days.and(), days.params()); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<FacetCount> dayFacets(Connection c, ArticleFilter days, int length) throws SQLException {
        String sql = "SELECT substr(f.key, 1, " + length + ") AS k, sum(f.n) AS n FROM facet_total f"
                + " WHERE f.dim = 'day' AND f.key <> '' AND f.n > 0" + days.and() + " GROUP BY k ORDER BY k DESC";
        List<FacetCount> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, days.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(1), dateLabel(rs.getString(1)), rs.getLong(2)));
            }
        }
        return out;
    }

    private static List<FacetCount> dates(Connection c, ArticleFilter f, int length) throws SQLException {
        String sql = "SELECT substr(l.published, 1, " + length + ") AS k, count(*) FROM listing l"
                + " WHERE l.published IS NOT NULL" + f.and() + " GROUP BY k ORDER BY k DESC";
        List<FacetCount> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, f.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1);
                out.add(new FacetCount(key, dateLabel(key), rs.getLong(2)));
            }
        }
        return out;
    }

    static String dateLabel(String key) {
        try {
            if (key.length() == 7) {
                Month m = Month.of(Integer.parseInt(key.substring(5, 7)));
                return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + key.substring(0, 4);
            }
            if (key.length() == 10) {
                LocalDate d = LocalDate.parse(key);
                return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + d.getYear();
            }
        } catch (RuntimeException e) {
            return key;
        }
        return key;
    }

    private static final List<String> REGION_DIMS = List.of("continent", "sub_region", "country");

    private static Map<String, List<FacetCount>> regionTotals(Connection c) throws SQLException {
        Map<String, List<FacetCount>> out = new HashMap<>();
        REGION_DIMS.forEach(d -> out.put(d, new ArrayList<>()));
        try (PreparedStatement ps = c.prepareStatement("SELECT dim, key, n FROM facet_total"
                + " WHERE dim IN ('continent', 'sub_region', 'country') AND n > 0 ORDER BY n DESC, key");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String dim = rs.getString(1);
                String key = rs.getString(2);
                out.get(dim).add(new FacetCount(key, dim.equals("country") ? countryName(key) : key, rs.getLong(3)));
            }
        }
        return out;
    }

    /**
     * Countries, sub-regions and continents of the filtered articles in one pass: rows come
     * ordered by article, so an article counts once for a sub-region (continent) however many
     * of its countries lie in it. (Reading the rows is cheaper than grouping them in SQL with
     * a correlated test per row, measured.)
     */
    private static Map<String, List<FacetCount>> regionFacets(Connection c, ArticleFilter f) throws SQLException {
        Map<String, Long> countries = new HashMap<>();
        Map<String, Long> subs = new HashMap<>();
        Map<String, Long> continents = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        String sql = "SELECT r.article_id, r.code, r.sub_region, r.continent FROM listing l"
                + " JOIN region_effective r ON r.article_id = l.id WHERE " + f.where() + " ORDER BY r.article_id";
        try (PreparedStatement ps = prepare(c, sql, f.params()); ResultSet rs = ps.executeQuery()) {
            long current = -1;
            Set<String> seen = new HashSet<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current) {
                    current = id;
                    seen.clear();
                }
                countries.merge(rs.getString(2), 1L, Long::sum);
                String sub = rs.getString(3);
                if (sub != null && seen.add("s" + sub.toLowerCase(Locale.ROOT))) {
                    addNamed(subs, spelling, sub, 1);
                }
                String continent = rs.getString(4);
                if (continent != null && seen.add("c" + continent.toLowerCase(Locale.ROOT))) {
                    addNamed(continents, spelling, continent, 1);
                }
            }
        }
        Map<String, List<FacetCount>> out = new HashMap<>();
        out.put("country", ranked(countries, Function.identity(), Library::countryName));
        out.put("sub_region", ranked(subs, spelling::get, spelling::get));
        out.put("continent", ranked(continents, spelling::get, spelling::get));
        return out;
    }

    private static void addNamed(Map<String, Long> counts, Map<String, String> spelling, String name, long n) {
        if (name == null || n == 0) {
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);
        spelling.putIfAbsent(key, name);
        counts.merge(key, n, Long::sum);
    }

    /** Facets from counts, largest first; key and label come from the map key. */
    private static List<FacetCount> ranked(Map<String, Long> counts, Function<String, String> key,
                                           Function<String, String> label) {
        List<FacetCount> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            out.add(new FacetCount(key.apply(e.getKey()), label.apply(e.getKey()), e.getValue()));
        }
        out.sort(java.util.Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::key));
        return out;
    }

    private static final Map<String, String> COUNTRY_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** English name of a country code ("VE" -> "Venezuela"), or the code when unknown. */
    static String countryName(String code) {
        return COUNTRY_NAMES.computeIfAbsent(code, k -> {
            String name = new Locale("", k).getDisplayCountry(Locale.ENGLISH);
            return name == null || name.isBlank() ? k : name;
        });
    }

    private static List<FacetCount> sourceTotals(Connection c) throws SQLException {
        List<FacetCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, n FROM facet_total WHERE dim = 'source' AND n > 0"
                + " ORDER BY n DESC, key"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(1), rs.getString(1), rs.getLong(2)));
            }
        }
        return out;
    }

    private static List<FacetCount> sources(Connection c, ArticleFilter f) throws SQLException {
        String sql = "SELECT l.source, count(*) AS n FROM listing l WHERE l.source IS NOT NULL" + f.and()
                + " GROUP BY l.source ORDER BY n DESC, l.source";
        List<FacetCount> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, f.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(1), rs.getString(1), rs.getLong(2)));
            }
        }
        return out;
    }

    private static List<FacetCount> tagTotals(Connection c) throws SQLException {
        List<FacetCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.name, f.n FROM facet_total f"
                + " JOIN tag t ON t.id = CAST(f.key AS INTEGER) WHERE f.dim = 'tag' AND f.n > 0 ORDER BY f.n DESC, t.name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(1), rs.getString(1), rs.getLong(2)));
            }
        }
        return out;
    }

    private static List<FacetCount> tagFacets(Connection c, ArticleFilter f) throws SQLException {
        String sql = "SELECT t.name, count(*) AS n FROM listing l JOIN article_tag x ON x.article_id = l.id"
                + " JOIN tag t ON t.id = x.tag_id WHERE " + f.where() + " GROUP BY x.tag_id ORDER BY n DESC, t.name";
        List<FacetCount> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, f.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(1), rs.getString(1), rs.getLong(2)));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------
    // Tags

    /** Adds and removes tags on many articles in one transaction. */
    public void tag(Collection<Long> ids, Collection<String> add, Collection<String> remove) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Collection<String> adding = add == null ? List.of() : add;
        Collection<String> removing = remove == null ? List.of() : remove;
        db.write(c -> {
            TagWriter w = new TagWriter(c);
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM article WHERE id = ?");
                 PreparedStatement detach = c.prepareStatement("DELETE FROM article_tag WHERE article_id = ?"
                         + " AND tag_id = (SELECT id FROM tag WHERE name = ?)")) {
                List<String> names = w.canonicalNames(adding);
                for (long id : new LinkedHashSet<>(ids)) {
                    exists.setLong(1, id);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                    }
                    w.attach(id, names);
                    for (String r : removing) {
                        String name = cleanTag(r);
                        if (name != null) {
                            detach.setLong(1, id);
                            detach.setString(2, name);
                            detach.executeUpdate();
                        }
                    }
                }
            } finally {
                w.close();
            }
            return null;
        });
    }

    /** Every tag with its colour and how many articles carry it, by name. */
    public List<TagInfo> tags() {
        return db.read(c -> {
            List<TagInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.name, t.colour, coalesce((SELECT f.n FROM"
                    + " facet_total f WHERE f.dim = 'tag' AND f.key = CAST(t.id AS TEXT)), 0) FROM tag t ORDER BY t.name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TagInfo(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        });
    }

    /** Renames a tag; when the new name is another existing tag, the two are merged. */
    public void renameTag(String from, String to) {
        String newName = cleanTag(to);
        if (newName == null) {
            throw new StoreException("A tag name cannot be empty.");
        }
        db.write(c -> {
            Long fromId = tagId(c, from);
            if (fromId == null) {
                return null;
            }
            Long toId = tagId(c, newName);
            if (toId != null && !toId.equals(fromId)) {
                mergeTags(List.of(from), newName);
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET name = ? WHERE id = ?")) {
                    ps.setString(1, newName);
                    ps.setLong(2, fromId);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Moves every article of the from-tags to into (created when missing) and deletes them. */
    public void mergeTags(Collection<String> from, String into) {
        String target = cleanTag(into);
        if (target == null) {
            throw new StoreException("A tag name cannot be empty.");
        }
        db.write(c -> {
            TagWriter w = new TagWriter(c);
            try {
                w.canonicalNames(List.of(target));
            } finally {
                w.close();
            }
            long intoId = tagId(c, target);
            for (String f : from) {
                Long fromId = tagId(c, f);
                if (fromId == null || fromId == intoId) {
                    continue;
                }
                try (PreparedStatement move = c.prepareStatement("INSERT OR IGNORE INTO article_tag (article_id, tag_id)"
                        + " SELECT article_id, ? FROM article_tag WHERE tag_id = ?");
                     PreparedStatement colour = c.prepareStatement("UPDATE tag SET colour ="
                             + " (SELECT colour FROM tag WHERE id = ?) WHERE id = ? AND colour IS NULL");
                     PreparedStatement delete = c.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                    move.setLong(1, intoId);
                    move.setLong(2, fromId);
                    move.executeUpdate();
                    colour.setLong(1, fromId);
                    colour.setLong(2, intoId);
                    colour.executeUpdate();
                    delete.setLong(1, fromId);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Removes the tag from every article and forgets it. */
    public void deleteTag(String name) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Sets a tag's colour (CSS hex such as "#3b82f6"; null clears it), creating the tag if needed. */
    public void setTagColour(String name, String colour) {
        String tag = cleanTag(name);
        if (tag == null) {
            throw new StoreException("A tag name cannot be empty.");
        }
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new StoreException("A tag colour must be written like #3b82f6, not " + colour + ".");
        }
        db.write(c -> {
            TagWriter w = new TagWriter(c);
            try {
                w.canonicalNames(List.of(tag));
            } finally {
                w.close();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE tag SET colour = ? WHERE name = ?")) {
                ps.setString(1, colour);
                ps.setString(2, tag);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Tags worth offering for this article, not yet on it: existing tags whose name appears in
     * the title, its countries' names and primary sub-region, its source, and capitalised
     * title words. At most {@value #MAX_SUGGESTIONS}.
     */
    public List<String> suggestTags(long id) {
        return db.read(c -> {
            List<String> titleRow = strings(c, "SELECT coalesce(title, '') || char(10) || coalesce(source, '')"
                    + " FROM article WHERE id = ?", id);
            if (titleRow.isEmpty()) {
                return List.of();
            }
            String[] parts = titleRow.get(0).split("\n", 2);
            String title = parts[0];
            String source = parts.length > 1 ? parts[1] : "";
            Set<String> have = new HashSet<>();
            for (String t : strings(c, "SELECT t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id"
                    + " WHERE x.article_id = ?", id)) {
                have.add(t.toLowerCase(Locale.ROOT));
            }
            LinkedHashMap<String, String> out = new LinkedHashMap<>();
            String lowerTitle = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
            for (String tag : strings(c, "SELECT name FROM tag ORDER BY name")) { // same connection: no nested read
                String n = " " + tag.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
                if (n.isBlank()) {
                    continue;
                }
                if (lowerTitle.contains(n)) {
                    suggest(out, have, tag);
                }
            }
            for (String code : strings(c, "SELECT code FROM region_effective WHERE article_id = ? ORDER BY is_primary DESC",
                    id)) {
                suggest(out, have, countryName(code));
            }
            for (String sub : strings(c, "SELECT sub_region FROM region_effective WHERE article_id = ?"
                    + " AND is_primary = 1 AND sub_region IS NOT NULL", id)) {
                suggest(out, have, sub);
            }
            if (!source.isBlank()) {
                suggest(out, have, source);
            }
            String[] words = title.split("[^\\p{L}\\p{N}'-]+");
            for (int i = 1; i < words.length; i++) {
                String w = words[i];
                if (w.length() >= 4 && Character.isUpperCase(w.codePointAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) {
                    suggest(out, have, w);
                }
            }
            return out.values().stream().limit(MAX_SUGGESTIONS).toList();
        });
    }

    private static void suggest(Map<String, String> out, Set<String> have, String name) {
        String clean = cleanTag(name);
        if (clean == null) {
            return;
        }
        String key = clean.toLowerCase(Locale.ROOT);
        if (!have.contains(key)) {
            out.putIfAbsent(key, clean);
        }
    }

    private static Long tagId(Connection c, String name) throws SQLException {
        if (name == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tag WHERE name = ?")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * A tag name as stored: control characters (a NUL above all, which SQLite's text functions
     * treat as the end) become spaces, a lone surrogate (which SQLite would store as U+FFFD, so
     * the name read back would differ from the one given) becomes U+FFFD here already, runs of
     * spaces become one; null when nothing is left.
     */
    static String cleanTag(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder valid = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                valid.append(ch).append(name.charAt(++i));
            } else {
                valid.append(Character.isSurrogate(ch) ? '\uFFFD' : ch);
            }
        }
        String s = CONTROL.matcher(valid).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? null : s;
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    // ---------------------------------------------------------------------------------------
    // User state

    public void setRead(Collection<Long> ids, boolean read) {
        setFlag(ids, "read", read);
    }

    public void setStarred(Collection<Long> ids, boolean starred) {
        setFlag(ids, "starred", starred);
    }

    private void setFlag(Collection<Long> ids, String column, boolean value) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement state = c.prepareStatement("UPDATE user_state SET " + column + " = ? WHERE article_id = ?");
                 PreparedStatement listing = c.prepareStatement("UPDATE listing SET " + column + " = ? WHERE id = ?")) {
                for (long id : ids) {
                    for (PreparedStatement ps : List.of(state, listing)) {
                        ps.setInt(1, value ? 1 : 0);
                        ps.setLong(2, id);
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    public void setNotes(long id, String notes) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE user_state SET notes = ? WHERE article_id = ?")) {
                ps.setString(1, notes == null || notes.isBlank() ? null : notes);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The person's own country list; null clears the correction (detection shows again). */
    public void correctRegions(long id, List<String> countryCodes) {
        db.write(c -> {
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM region_correction WHERE article_id = ?");
                 PreparedStatement flag = c.prepareStatement(
                         "UPDATE user_state SET regions_corrected = ? WHERE article_id = ?")) {
                clear.setLong(1, id);
                clear.executeUpdate();
                flag.setInt(1, countryCodes == null ? 0 : 1);
                flag.setLong(2, id);
                if (flag.executeUpdate() == 0) {
                    return null; // no such article
                }
            }
            if (countryCodes != null) {
                try (PreparedStatement ins = c.prepareStatement("INSERT OR IGNORE INTO region_correction"
                        + " (article_id, code, rank, sub_region, continent) VALUES (?,?,?,?,?)")) {
                    int rank = 0;
                    for (String raw : countryCodes) {
                        String code = normaliseCode(raw);
                        if (code == null) {
                            continue;
                        }
                        String[] names = names(code, RegionAssessment.NONE);
                        ins.setLong(1, id);
                        ins.setString(2, code);
                        ins.setInt(3, rank++);
                        ins.setString(4, names[0]);
                        ins.setString(5, names[1]);
                        ins.executeUpdate();
                    }
                }
            }
            refreshDerived(c, id);
            return null;
        });
    }

    /** The person's own published date (ISO); null clears the correction. */
    public void correctPublished(long id, String isoDate) {
        if (isoDate != null && dateOf(isoDate) == null) {
            throw new StoreException("Not a date: " + isoDate + " (expected a date such as 2019-04-06).");
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE user_state SET corrected_published = ? WHERE article_id = ?")) {
                ps.setString(1, isoDate);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            refreshDerived(c, id);
            return null;
        });
    }

    /** Recomputes the derived rows (effective regions, listing) of one article from its tables. */
    static void refreshDerived(Connection c, long id) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM region_effective WHERE article_id = ?");
             PreparedStatement fromCorrection = c.prepareStatement("INSERT INTO region_effective"
                     + " (article_id, code, sub_region, continent, is_primary)"
                     + " SELECT article_id, code, sub_region, continent, rank = 0 FROM region_correction"
                     + " WHERE article_id = ?1 AND (SELECT regions_corrected FROM user_state WHERE article_id = ?1) = 1");
             PreparedStatement fromDetection = c.prepareStatement("INSERT INTO region_effective"
                     + " (article_id, code, sub_region, continent, is_primary)"
                     + " SELECT article_id, code, sub_region, continent, is_primary FROM region"
                     + " WHERE article_id = ?1 AND (SELECT regions_corrected FROM user_state WHERE article_id = ?1) = 0");
             PreparedStatement listing = c.prepareStatement("UPDATE listing SET"
                     + " published = (SELECT CASE WHEN s.corrected_published IS NOT NULL THEN substr(s.corrected_published, 1, 10)"
                     + "   ELSE (SELECT " + DETECTED_DATE_SQL + " FROM article a WHERE a.id = ?1) END"
                     + "   FROM user_state s WHERE s.article_id = ?1),"
                     + " country = (SELECT code FROM region_effective WHERE article_id = ?1 AND is_primary = 1),"
                     + " sub_region = (SELECT sub_region FROM region_effective WHERE article_id = ?1 AND is_primary = 1)"
                     + " WHERE id = ?1")) {
            del.setLong(1, id);
            del.executeUpdate();
            fromCorrection.setLong(1, id);
            fromCorrection.executeUpdate();
            fromDetection.setLong(1, id);
            fromDetection.executeUpdate();
            listing.setLong(1, id);
            listing.executeUpdate();
        }
    }

    /** SQL for the date part of article a's detected published value (NULL when not a date). */
    private static final String DETECTED_DATE_SQL =
            "CASE WHEN date(substr(a.published, 1, 10)) = substr(a.published, 1, 10) THEN substr(a.published, 1, 10) END";

    // ---------------------------------------------------------------------------------------
    // Deleting

    /** Deletes articles with their user state; stored originals no other article uses go too. */
    public void delete(Collection<Long> ids) {
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

    // ---------------------------------------------------------------------------------------
    // Export and import

    /**
     * Writes the articles matching the filter as one versioned JSON document
     * ({@code {"format":"gazette-library","version":1,"articles":[…]}}, see docs/storage.md);
     * with originals, a zip holding {@code library.json} and {@code originals/<hash>.gz}.
     * Streams: memory use does not grow with the number of articles (beyond their hashes).
     * Does not close out.
     */
    public void exportJson(ArticleQuery filter, OutputStream out, boolean withOriginals) {
        new LibraryExchange(this).export(filter == null ? ArticleQuery.ALL : filter, out, withOriginals);
    }

    /**
     * Restores an export made by {@link #exportJson} (plain JSON or zip): content, regions,
     * corrections, tags and colours, read / starred / notes / added, source files, originals.
     * Articles whose body hash the library already has are skipped. Does not close in.
     */
    public ImportSummary importJson(InputStream in) {
        return new LibraryExchange(this).importFrom(in);
    }

    /** The article as Markdown: YAML front matter (title, dates, source, tags, …) and its text. */
    public String exportMarkdown(long id) {
        return LibraryExchange.markdown(record(id).orElseThrow(() -> new StoreException("No article " + id + ".")));
    }

    /** The article as a standalone HTML page built from its reading HTML (resources inlined). */
    public String exportHtml(long id) {
        ArticleRecord r = record(id).orElseThrow(() -> new StoreException("No article " + id + "."));
        return LibraryExchange.html(r, resources(id));
    }

    /** Ids of the articles matching q with an id above afterId, in id order. */
    List<Long> idsAfter(ArticleQuery q, long afterId, int limit) {
        ArticleFilter f = ArticleFilter.of(q);
        List<Object> params = new ArrayList<>(f.params());
        params.add(afterId);
        params.add(limit);
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT l.id FROM listing l WHERE " + f.where()
                    + " AND l.id > ? ORDER BY l.id LIMIT ?", params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** Everything stored about one article, as the export writes it. */
    Optional<ArticleRecord> record(long id) {
        // one read connection at a time: the helpers below each take their own
        Optional<Article> a = article(id);
        Optional<UserState> s = state(id);
        if (a.isEmpty() || s.isEmpty()) {
            return Optional.empty();
        }
        Article art = a.get();
        UserState st = s.get();
        List<String> files = sourceFiles(id);
        Instant added = addedAt(id).orElse(art.addedAt());
        return db.read(c -> {
            ExtractedArticle x = art.content();
            List<ArticleRecord.Region> regions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, score, evidence, is_primary, sub_region,"
                    + " continent FROM region WHERE article_id = ? ORDER BY rank")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        regions.add(new ArticleRecord.Region(rs.getString(1), rs.getDouble(2),
                                parseList(rs.getString(3)), rs.getInt(4) == 1, rs.getString(5), rs.getString(6)));
                    }
                }
            }
            List<ArticleRecord.Resource> resources = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT location, media_type, hash, size FROM resource WHERE article_id = ? ORDER BY location")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        resources.add(new ArticleRecord.Resource(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getLong(4)));
                    }
                }
            }
            ArticleRecord.Corrections corrections = st.correctedCountries() == null && st.correctedPublished() == null
                    ? null : new ArticleRecord.Corrections(st.correctedCountries(), st.correctedPublished());
            return Optional.of(new ArticleRecord(x.title(), x.published(), x.updated(), x.author(), x.source(),
                    x.site(), x.language(), x.url(), x.description(), x.leadImage(),
                    art.format() == null ? null : art.format().name(), art.originalName(), art.originalHash(),
                    art.bodyHash(), added.toString(), st.read(), st.starred(), st.notes(), st.tags(), regions,
                    corrections, files, resources, x.bodyText(), x.bodyHtml()));
        });
    }

    /** Adds exported articles in one transaction, skipping those whose body hash is present. */
    int[] restore(List<ArticleRecord> records) {
        return db.write(c -> {
            int imported = 0;
            int duplicates = 0;
            Inserter ins = new Inserter(c);
            // the same text from another address is another copy of a story (V7), not a duplicate
            try (PreparedStatement byHash = c.prepareStatement("SELECT 1 FROM article WHERE body_hash = ?"
                    + " AND (canonical_url IS NULL OR ? IS NULL OR canonical_url = ?) LIMIT 1");
                 PreparedStatement original = c.prepareStatement(
                         "UPDATE article SET original_hash = ? WHERE id = ?");
                 PreparedStatement stateAdded = c.prepareStatement(
                         "UPDATE user_state SET added_at = ?, notes = ?, corrected_published = ? WHERE article_id = ?");
                 PreparedStatement regionNames = c.prepareStatement(
                         "UPDATE region SET sub_region = ?, continent = ? WHERE article_id = ? AND code = ?");
                 PreparedStatement sourceFile = c.prepareStatement(
                         "INSERT OR IGNORE INTO source_file (article_id, path, added_at) VALUES (?,?,?)");
                 PreparedStatement resource = c.prepareStatement("INSERT OR IGNORE INTO resource"
                         + " (article_id, location, media_type, hash, size) VALUES (?,?,?,?,?)");
                 PreparedStatement correction = c.prepareStatement("INSERT OR IGNORE INTO region_correction"
                         + " (article_id, code, rank, sub_region, continent) VALUES (?,?,?,?,?)");
                 PreparedStatement corrected = c.prepareStatement(
                         "UPDATE user_state SET regions_corrected = 1 WHERE article_id = ?")) {
                for (ArticleRecord r : records) {
                    if (r.bodyHash() != null) {
                        byHash.setString(1, r.bodyHash());
                        byHash.setString(2, UrlCanonicalizer.canonical(r.url()));
                        byHash.setString(3, UrlCanonicalizer.canonical(r.url()));
                        try (ResultSet rs = byHash.executeQuery()) {
                            if (rs.next()) {
                                duplicates++;
                                continue;
                            }
                        }
                    }
                    long added = parseInstant(r.addedAt());
                    ExtractedArticle x = new ExtractedArticle(r.title(), r.published(), r.updated(), r.author(),
                            r.source(), r.site(), r.language(), r.url(), r.description(), r.leadImage(), r.bodyText(),
                            r.bodyHtml());
                    List<CountryMention> mentions = new ArrayList<>();
                    String primary = null;
                    String primarySub = null;
                    String primaryContinent = null;
                    for (ArticleRecord.Region g : r.regions()) {
                        mentions.add(new CountryMention(g.code(), g.score(), g.evidence()));
                        if (g.primary()) {
                            primary = g.code();
                            primarySub = g.subRegion();
                            primaryContinent = g.continent();
                        }
                    }
                    SourceFormat format = parseFormat(r.format());
                    NewArticle n = new NewArticle(x, new RegionAssessment(mentions, primary, primarySub, primaryContinent),
                            format, r.bodyHash(), r.originalName(), null, List.of(), r.tags(),
                            r.sourceFiles().isEmpty() ? null : r.sourceFiles().get(0), r.read(), r.starred());
                    long id = ins.insert(n, added);
                    imported++;
                    if (r.originalHash() != null && BlobStore.isHash(r.originalHash())) {
                        original.setString(1, r.originalHash());
                        original.setLong(2, id);
                        original.executeUpdate();
                    }
                    stateAdded.setLong(1, added);
                    stateAdded.setString(2, r.notes());
                    stateAdded.setString(3, r.corrections() == null ? null : r.corrections().published());
                    stateAdded.setLong(4, id);
                    stateAdded.executeUpdate();
                    for (ArticleRecord.Region g : r.regions()) {
                        if (g.subRegion() != null || g.continent() != null) {
                            regionNames.setString(1, g.subRegion());
                            regionNames.setString(2, g.continent());
                            regionNames.setLong(3, id);
                            regionNames.setString(4, normaliseCode(g.code()));
                            regionNames.executeUpdate();
                        }
                    }
                    for (String path : r.sourceFiles()) {
                        sourceFile.setLong(1, id);
                        sourceFile.setString(2, path);
                        sourceFile.setLong(3, added);
                        sourceFile.executeUpdate();
                    }
                    for (ArticleRecord.Resource res : r.resources()) {
                        if (res.location() == null || !BlobStore.isHash(res.hash())) {
                            continue;
                        }
                        resource.setLong(1, id);
                        resource.setString(2, res.location());
                        resource.setString(3, res.mediaType());
                        resource.setString(4, res.hash());
                        resource.setLong(5, res.size());
                        resource.executeUpdate();
                    }
                    if (r.corrections() != null && r.corrections().countries() != null) {
                        int rank = 0;
                        for (String raw : r.corrections().countries()) {
                            String code = normaliseCode(raw);
                            if (code == null) {
                                continue;
                            }
                            String[] names = names(code, RegionAssessment.NONE);
                            correction.setLong(1, id);
                            correction.setString(2, code);
                            correction.setInt(3, rank++);
                            correction.setString(4, names[0]);
                            correction.setString(5, names[1]);
                            correction.executeUpdate();
                        }
                        corrected.setLong(1, id);
                        corrected.executeUpdate();
                    }
                    refreshDerived(c, id);
                }
            } finally {
                ins.close();
            }
            return new int[] {imported, duplicates};
        });
    }

    private static long parseInstant(String s) {
        if (s != null) {
            try {
                return Instant.parse(s).toEpochMilli();
            } catch (RuntimeException ignored) {
                // fall through to now
            }
        }
        return System.currentTimeMillis();
    }

    @Override
    public void close() {
        db.close();
    }

    // ---------------------------------------------------------------------------------------
    // Helpers

    Database database() {
        return db;
    }

    BlobStore blobs() {
        return blobs;
    }

    Function<String, String[]> regionNamer() {
        return regionNamer;
    }

    private String[] names(String code, RegionAssessment ra) {
        String[] named = regionNamer.apply(code);
        String sub = named != null && named.length > 0 ? named[0] : null;
        String continent = named != null && named.length > 1 ? named[1] : null;
        if (code.equals(ra.primaryCountry())) {
            sub = sub == null ? ra.subRegion() : sub;
            continent = continent == null ? ra.continent() : continent;
        }
        return new String[] {sub, continent};
    }

    private static String primaryOf(RegionAssessment ra) {
        String p = normaliseCode(ra.primaryCountry());
        if (p != null) {
            return p;
        }
        return null;
    }

    static String normaliseCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return c.isEmpty() ? null : c;
    }

    /** The YYYY-MM-DD date an ISO date or date-time starts with, or null. */
    static String dateOf(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String json(List<String> list) {
        try {
            return JSON.writeValueAsString(list == null ? List.of() : list);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parseList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        int i = 1;
        for (Object p : params) {
            if (p == null) {
                ps.setNull(i++, Types.VARCHAR);
            } else if (p instanceof Integer n) {
                ps.setInt(i++, n);
            } else if (p instanceof Long n) {
                ps.setLong(i++, n);
            } else {
                ps.setString(i++, p.toString());
            }
        }
        return ps;
    }

    static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, java.util.Arrays.asList(params)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
