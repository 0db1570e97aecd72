package dev.gazette.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finding copies, the first half of stories (schema V7, docs/copies.md): the near-duplicate
 * bucket index (table {@code story_print}: each article's MinHash bucket keys) and the search
 * for candidates in it, and the exact matches by body hash and by address that come before it.
 * It reads and writes no story membership: that is {@link Stories}' job once a candidate is
 * confirmed. Reached through {@link Library#storyIndex()}.
 *
 * <p>Safe across threads, like {@link Library}: writes go through the library's one writer.
 */
public final class StoryIndex {

    /**
     * Articles read per bucket when looking for candidates. A bucket holds a few articles unless
     * many texts are nearly the same (a template, a notice); the newest are the likeliest to be
     * continued, and reading all of a crowded bucket would make each import slower than the last.
     */
    static final int BUCKET_READ = 64;

    private final Database db;

    StoryIndex(Database db) {
        this.db = db;
    }

    /** Stores the bucket keys of these articles (and marks them indexed), in one transaction. */
    public void index(Map<Long, int[]> keysById) {
        if (keysById.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement key = c.prepareStatement("INSERT OR IGNORE INTO story_print (key, article_id) VALUES (?,?)");
                 PreparedStatement done = c.prepareStatement(
                         "INSERT OR IGNORE INTO story_printed (article_id) SELECT id FROM article WHERE id = ?")) {
                for (Map.Entry<Long, int[]> e : keysById.entrySet()) {
                    for (int k : e.getValue()) {
                        key.setInt(1, k);
                        key.setLong(2, e.getKey());
                        key.addBatch();
                    }
                    done.setLong(1, e.getKey());
                    done.addBatch();
                }
                key.executeBatch();
                done.executeBatch();
            }
            return null;
        });
    }

    /** Up to limit articles whose keys are not in the index yet (older libraries, restores), by id. */
    public List<Long> unindexed(int limit) {
        return db.read(c -> Sql.longs(c, "SELECT a.id FROM article a WHERE NOT EXISTS"
                + " (SELECT 1 FROM story_printed p WHERE p.article_id = a.id) ORDER BY a.id LIMIT ?", limit));
    }

    /**
     * Articles sharing at least one of these keys, most shared keys first (the newest first
     * among equals), at most limit; never exclude itself. Each bucket is read up to its
     * {@link #BUCKET_READ} newest articles, so a bucket crowded by templated texts costs no more
     * than any other. Rows left by deleted articles are skipped.
     */
    public List<Long> candidates(int[] keys, long exclude, int limit) {
        List<Long> found = new ArrayList<>(candidatesBefore(keys, Long.MAX_VALUE, limit + 1));
        found.remove(exclude);
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /**
     * As {@link #candidates}, among the articles with an id below {@code before} (those stored
     * before an import's batch), in one statement: for each key the id of its bucket's
     * {@link #BUCKET_READ}th newest article is found first (a bounded walk down the index), then
     * the bucket is read from there, so a crowded bucket costs no more than any other. (Tried and
     * measured slower, issue 24, docs/benchmarks.md: a compound select of one bounded look-up per
     * key; the old look-up per key; ranking each whole bucket, which is also unbounded.)
     */
    public List<Long> candidatesBefore(int[] keys, long before, int limit) {
        if (keys.length == 0) {
            return List.of();
        }
        int b = keys.length + 1; // the number of the parameter "before"; then the limit
        String sql = "WITH k(key) AS (VALUES " + "(?),".repeat(keys.length - 1) + "(?)),"
                + " t(key, low) AS (SELECT key, coalesce((SELECT q.article_id FROM story_print q"
                + " JOIN article qa ON qa.id = q.article_id WHERE q.key = k.key AND q.article_id < ?" + b
                + " ORDER BY q.article_id DESC LIMIT 1 OFFSET " + (BUCKET_READ - 1) + "), 0) FROM k)"
                + " SELECT p.article_id FROM t JOIN story_print p ON p.key = t.key AND p.article_id >= t.low"
                + " AND p.article_id < ?" + b + " JOIN article a ON a.id = p.article_id"
                + " GROUP BY p.article_id ORDER BY count(*) DESC, p.article_id DESC LIMIT ?" + (b + 1);
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            // an import asks inside its transaction, once per article: compiled once there
            PreparedStatement cached = db.writerStatement(c, sql);
            PreparedStatement ps = cached != null ? cached : c.prepareStatement(sql);
            try {
                int i = 1;
                for (int k : keys) {
                    ps.setInt(i++, k);
                }
                ps.setLong(i++, before);
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            } finally {
                if (cached == null) {
                    ps.close();
                }
            }
            return out;
        });
    }

    /** The body text of each article (those that exist), for confirming a candidate. */
    public Map<Long, String> bodies(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        return db.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT id, coalesce(body_text, '') FROM article WHERE id IN ("
                    + Sql.marks(ids.size()) + ")", new ArrayList<>(ids)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /** {body text, address, body hash} of each article that exists. */
    public Map<Long, String[]> texts(Collection<Long> ids) {
        Map<Long, String[]> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        return db.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT id, coalesce(body_text, ''), url, body_hash FROM article WHERE id IN ("
                    + Sql.marks(ids.size()) + ")", new ArrayList<>(ids)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            return out;
        });
    }

    /** The form of an address duplicates are found by (tracking parameters and such removed), or null. */
    public static String canonicalAddress(String url) {
        return UrlCanonicalizer.canonical(url);
    }

    /** Articles with this body hash, oldest first, with their canonical address (null when none). */
    public Map<Long, String> sameText(String bodyHash) {
        if (bodyHash == null || bodyHash.isBlank()) {
            return new LinkedHashMap<>();
        }
        return idsWith("SELECT id, canonical_url FROM article WHERE body_hash = ? ORDER BY id", bodyHash);
    }

    /** Articles with this address (canonical form), oldest first, with their original's hash. */
    public Map<Long, String> sameAddress(String url) {
        String canonical = UrlCanonicalizer.canonical(url);
        if (canonical == null) {
            return new LinkedHashMap<>();
        }
        return idsWith("SELECT id, coalesce(original_hash, '') FROM article WHERE canonical_url = ? ORDER BY id", canonical);
    }

    /** The rows (id, one text column) of a query with one parameter, in its order. */
    private Map<Long, String> idsWith(String sql, String param) {
        return db.read(c -> {
            Map<Long, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, param);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }
}
