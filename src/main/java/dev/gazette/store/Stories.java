package dev.gazette.store;

import dev.gazette.model.StoryCopy;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stories of several copies (schema V7, docs/copies.md): which articles tell one story, which
 * of them is the lead the lists show, the person's splits and merges, and the near-duplicate
 * bucket index that finds candidate copies. Every change is one transaction that keeps the
 * invariant of V7: in a story of several, only the lead has listing and effective-region rows.
 *
 * <p>Safe across threads, like {@link Library}: writes go through the library's one writer.
 */
public final class Stories {

    /**
     * A condition on article alias {@code a}: not a hidden member of a story, i.e. an article
     * that must have listing and effective-region rows (for checks such as the doctor's).
     */
    static final String SHOWN = " AND NOT EXISTS (SELECT 1 FROM story_member sm WHERE sm.article_id = a.id AND sm.hidden = 1)";

    /**
     * Articles read per bucket when looking for candidates. A bucket holds a few articles unless
     * many texts are nearly the same (a template, a notice); the newest are the likeliest to be
     * continued, and reading all of a crowded bucket would make each import slower than the last.
     */
    static final int BUCKET_READ = 64;

    /**
     * Texts a story may have before detection stops adding to it (the person can still merge).
     * A wire story saved from dozens of sites is rare; thousands of near-identical notices are
     * not one story, and a story that size would make every lead change slow.
     */
    public static final int MAX_DETECTED_MEMBERS = 50;

    private final Library library;
    private final Database db;

    public Stories(Library library) {
        this.library = library;
        this.db = library.database();
    }

    // ---------------------------------------------------------------------------------------
    // The bucket index

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
        return db.read(c -> longs(c, "SELECT a.id FROM article a WHERE NOT EXISTS"
                + " (SELECT 1 FROM story_printed p WHERE p.article_id = a.id) ORDER BY a.id LIMIT ?", limit));
    }

    /**
     * Articles sharing at least one of these keys, most shared keys first (the newest first
     * among equals), at most limit; never exclude itself. Each bucket is read up to its
     * {@link #BUCKET_READ} newest articles, so a bucket crowded by templated texts costs no more
     * than any other. Rows left by deleted articles are skipped.
     */
    public List<Long> candidates(int[] keys, long exclude, int limit) {
        if (keys.length == 0) {
            return List.of();
        }
        Map<Long, Integer> shared = db.read(c -> {
            Map<Long, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.article_id FROM story_print p"
                    + " JOIN article a ON a.id = p.article_id WHERE p.key = ? ORDER BY p.article_id DESC LIMIT ?")) {
                for (int k : keys) {
                    ps.setInt(1, k);
                    ps.setInt(2, BUCKET_READ);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.merge(rs.getLong(1), 1, Integer::sum);
                        }
                    }
                }
            }
            return out;
        });
        shared.remove(exclude);
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.<Long, Integer>comparingByKey().reversed()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /** The body text of each article (those that exist), for confirming a candidate. */
    public Map<Long, String> bodies(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        return db.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT id, coalesce(body_text, '') FROM article WHERE id IN ("
                    + ArticleFilter.marks(ids.size()) + ")", new ArrayList<>(ids)); ResultSet rs = ps.executeQuery()) {
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
                    + ArticleFilter.marks(ids.size()) + ")", new ArrayList<>(ids)); ResultSet rs = ps.executeQuery()) {
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
        Map<Long, String> out = new LinkedHashMap<>();
        if (bodyHash == null || bodyHash.isBlank()) {
            return out;
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, canonical_url FROM article WHERE body_hash = ? ORDER BY id")) {
                ps.setString(1, bodyHash);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** Articles with this address (canonical form), oldest first, with their original's hash. */
    public Map<Long, String> sameAddress(String url) {
        String canonical = UrlCanonicalizer.canonical(url);
        Map<Long, String> out = new LinkedHashMap<>();
        if (canonical == null) {
            return out;
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, coalesce(original_hash, '') FROM article WHERE canonical_url = ? ORDER BY id")) {
                ps.setString(1, canonical);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    // ---------------------------------------------------------------------------------------
    // Reading stories

    /** The story's texts: the lead first, then the other outlets' latest, then earlier versions. */
    public List<StoryCopy> copies(long articleId) {
        return db.read(c -> copies(c, articleId));
    }

    /** How many saved texts the story of each given article has (1 for a story of its own). */
    public Map<Long, Integer> counts(Collection<Long> ids) {
        Map<Long, Integer> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (long id : ids) {
            out.put(id, 1);
        }
        return db.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT m.article_id, (SELECT count(*) FROM story_member x"
                    + " WHERE x.story = m.story) FROM story_member m WHERE m.article_id IN ("
                    + ArticleFilter.marks(ids.size()) + ")", new ArrayList<>(ids)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    /** The id of the lead of the article's story (itself for a story of its own). */
    public long leadOf(long articleId) {
        return db.read(c -> lead(c, articleId));
    }

    /** True when the person split these two articles apart. */
    public boolean apart(long a, long b) {
        return db.read(c -> apart(c, a, b));
    }

    // ---------------------------------------------------------------------------------------
    // Grouping

    /**
     * Detection found that article is a copy or later version of into: the article joins into's
     * story unless the person split either from a member of it. Its tags, highlights and a note
     * the story lacks go to the story; the story's read and starred state becomes the article's.
     * Returns the story's lead afterwards, or -1 when the person's split forbids the grouping.
     */
    public long join(long article, long into) {
        return db.write(c -> {
            if (article == into || storyOf(c, article) != null && storyOf(c, article).equals(storyOf(c, into))) {
                return lead(c, into);
            }
            if (anyApart(c, article, members(c, into))) {
                return -1L;
            }
            if (storyOf(c, article) != null) {
                return -1L; // already in a story: detection never moves an article between stories
            }
            if (members(c, into).size() >= MAX_DETECTED_MEMBERS) {
                return -1L;
            }
            long story = ensureStory(c, into);
            addMember(c, article, story, false, false);
            return relead(c, story);
        });
    }

    /**
     * The person's merge: the stories of these articles become one (remembered as theirs, so
     * detection and re-import keep it). Returns the lead of the merged story.
     */
    public long merge(Collection<Long> ids) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            throw new StoreException("Nothing to merge.");
        }
        return db.write(c -> {
            for (long id : distinct) {
                if (!exists(c, id)) {
                    throw new StoreException("No article " + id + ".");
                }
            }
            long story = ensureStory(c, distinct.get(0));
            for (long id : distinct.subList(1, distinct.size())) {
                Long other = storyOf(c, id);
                List<Long> moving = other == null ? List.of(id) : members(c, id);
                for (long m : moving) {
                    if (other != null && other == story) {
                        continue;
                    }
                    forgetApart(c, m, members(c, distinct.get(0)));
                    boolean wasHidden = hidden(c, m);
                    if (other != null) {
                        execute(c, "DELETE FROM story_member WHERE article_id = ?", m);
                    }
                    addMember(c, m, story, true, wasHidden);
                }
            }
            execute(c, "UPDATE story_member SET manual = 1 WHERE story = ?", story);
            return relead(c, story);
        });
    }

    /**
     * The person's split: the article leaves its story and stands alone again, keeping the
     * story's tags, read, starred and note; detection never groups it with those members again.
     */
    public void split(long article) {
        db.write(c -> {
            Long story = storyOf(c, article);
            if (story == null) {
                return null;
            }
            long lead = lead(c, article);
            List<Long> others = new ArrayList<>(members(c, article));
            others.remove(article);
            String hash = identity(c, article);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO story_apart (hash_a, hash_b) VALUES (?, ?)")) {
                for (long o : others) {
                    String h = identity(c, o);
                    if (hash != null && h != null && !hash.equals(h)) {
                        ps.setString(1, hash.compareTo(h) < 0 ? hash : h);
                        ps.setString(2, hash.compareTo(h) < 0 ? h : hash);
                        ps.executeUpdate();
                    }
                }
            }
            boolean wasHidden = hidden(c, article);
            execute(c, "DELETE FROM story_member WHERE article_id = ?", article);
            if (wasHidden) {
                show(c, article);
                copyTags(c, lead, article);
            }
            if (others.size() == 1) {
                long last = others.get(0);
                if (hidden(c, last)) {
                    execute(c, "UPDATE story_member SET hidden = 0 WHERE article_id = ?", last);
                    show(c, last);
                }
                if (!wasHidden) {
                    copyTags(c, article, last);
                }
                execute(c, "DELETE FROM story_member WHERE article_id = ?", last);
            } else if (!wasHidden) {
                long next = relead(c, story);
                copyTags(c, article, next);
            }
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------
    // Export and restore (LibraryExchange)

    /** The ids with, after each lead, the hidden members of its story (an export writes them all). */
    List<Long> withHiddenMembers(List<Long> ids) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            for (long id : ids) {
                out.add(id);
                out.addAll(longs(c, "SELECT h.article_id FROM story_member m JOIN story_member h"
                        + " ON h.story = m.story AND h.hidden = 1 WHERE m.article_id = ? AND m.hidden = 0"
                        + " ORDER BY h.article_id", id));
            }
            return out;
        });
    }

    /** Stories among these articles, each as the identities (body hash and address) of its members (two or more). */
    List<List<String>> storiesByHash(Collection<Long> ids) {
        Map<Long, List<String>> byStory = new LinkedHashMap<>();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT m.story, a.body_hash || coalesce(char(10) || a.canonical_url, '')"
                    + " FROM story_member m JOIN article a ON a.id = m.article_id"
                    + " WHERE m.article_id = ? AND a.body_hash IS NOT NULL")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            byStory.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                        }
                    }
                }
            }
            return null;
        });
        return byStory.values().stream().filter(l -> l.size() > 1).toList();
    }

    /** Every pair the person split apart, as identities (body hash and address). */
    List<List<String>> apartPairs() {
        return db.read(c -> {
            List<List<String>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT hash_a, hash_b FROM story_apart ORDER BY 1, 2");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(List.of(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    /** Puts exported stories and splits back: members found by body hash, merged as the person's. */
    void restore(List<List<String>> stories, List<List<String>> apart) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR IGNORE INTO story_apart (hash_a, hash_b) VALUES (?, ?)")) {
                for (List<String> pair : apart) {
                    if (pair.size() == 2 && pair.get(0) != null && pair.get(1) != null) {
                        String a = pair.get(0);
                        String b = pair.get(1);
                        ps.setString(1, a.compareTo(b) < 0 ? a : b);
                        ps.setString(2, a.compareTo(b) < 0 ? b : a);
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
        for (List<String> hashes : stories) {
            List<Long> ids = db.read(c -> {
                List<Long> out = new ArrayList<>();
                for (String h : hashes) {
                    out.addAll(byIdentity(c, h));
                }
                return out;
            });
            if (new LinkedHashSet<>(ids).size() > 1) {
                merge(ids);
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Inside one transaction

    private static Long storyOf(Connection c, long id) throws SQLException {
        List<Long> s = longs(c, "SELECT story FROM story_member WHERE article_id = ?", id);
        return s.isEmpty() ? null : s.get(0);
    }

    private static List<Long> members(Connection c, long id) throws SQLException {
        Long story = storyOf(c, id);
        return story == null ? List.of(id)
                : longs(c, "SELECT article_id FROM story_member WHERE story = ? ORDER BY article_id", story);
    }

    private static boolean hidden(Connection c, long id) throws SQLException {
        return !longs(c, "SELECT 1 FROM story_member WHERE article_id = ? AND hidden = 1", id).isEmpty();
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        return !longs(c, "SELECT 1 FROM article WHERE id = ?", id).isEmpty();
    }

    private static long lead(Connection c, long id) throws SQLException {
        Long story = storyOf(c, id);
        if (story == null) {
            return id;
        }
        List<Long> l = longs(c, "SELECT article_id FROM story_member WHERE story = ? AND hidden = 0", story);
        return l.isEmpty() ? id : l.get(0);
    }

    /**
     * What identifies an article across restores and re-imports: its body hash and canonical
     * address on a line of its own (the hash alone when it has none); null without a body hash.
     */
    private static String identity(Connection c, long id) throws SQLException {
        List<String> h = Sql.strings(c, "SELECT CASE WHEN body_hash IS NULL THEN NULL"
                + " ELSE body_hash || coalesce(char(10) || canonical_url, '') END FROM article WHERE id = ?", id);
        return h.isEmpty() ? null : h.get(0);
    }

    /** The article with this identity (see {@link #identity}), oldest first. */
    private static List<Long> byIdentity(Connection c, String identity) throws SQLException {
        int space = identity.indexOf('\n');
        String hash = space < 0 ? identity : identity.substring(0, space);
        String address = space < 0 ? "" : identity.substring(space + 1);
        return longs(c, "SELECT id FROM article WHERE body_hash = ? AND coalesce(canonical_url, '') = ? ORDER BY id LIMIT 1",
                hash, address);
    }

    private static boolean apart(Connection c, long a, long b) throws SQLException {
        String ha = identity(c, a);
        String hb = identity(c, b);
        if (ha == null || hb == null) {
            return false;
        }
        return !longs(c, "SELECT 1 FROM story_apart WHERE hash_a = ? AND hash_b = ?",
                ha.compareTo(hb) < 0 ? ha : hb, ha.compareTo(hb) < 0 ? hb : ha).isEmpty();
    }

    /** True when the person split article apart from any of these (one query; none when nothing was ever split). */
    private static boolean anyApart(Connection c, long article, List<Long> others) throws SQLException {
        if (longs(c, "SELECT 1 FROM story_apart LIMIT 1").isEmpty()) {
            return false;
        }
        String mine = identity(c, article);
        if (mine == null) {
            return false;
        }
        List<Object> params = new ArrayList<>();
        params.add(mine);
        params.addAll(others);
        params.add(mine);
        params.addAll(others);
        String theirs = "SELECT body_hash || coalesce(char(10) || canonical_url, '') FROM article WHERE id IN ("
                + ArticleFilter.marks(others.size()) + ")";
        try (PreparedStatement ps = Sql.prepare(c, "SELECT 1 FROM story_apart WHERE (hash_a = ? AND hash_b IN ("
                + theirs + ")) OR (hash_b = ? AND hash_a IN (" + theirs + ")) LIMIT 1", params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static void forgetApart(Connection c, long a, List<Long> others) throws SQLException {
        String ha = identity(c, a);
        for (long o : others) {
            String hb = identity(c, o);
            if (ha != null && hb != null) {
                execute(c, "DELETE FROM story_apart WHERE hash_a = ? AND hash_b = ?",
                        ha.compareTo(hb) < 0 ? ha : hb, ha.compareTo(hb) < 0 ? hb : ha);
            }
        }
    }

    /** The story key of id's story, making id a story of one member (its lead) if it had none. */
    private static long ensureStory(Connection c, long id) throws SQLException {
        Long story = storyOf(c, id);
        if (story != null) {
            return story;
        }
        // a fresh key, never an article id: a story outlives the article it started with
        long key = longs(c, "SELECT coalesce(max(story), 0) + 1 FROM story_member").get(0);
        execute(c, "INSERT INTO story_member (article_id, story, hidden, manual) VALUES (?, ?, 0, 0)", id, key);
        return key;
    }

    /**
     * After articles were deleted (same transaction): a story that lost its lead gets a new
     * one, a story left with one member becomes an article of its own again.
     */
    static void repair(Connection c) throws SQLException {
        List<Long> broken = longs(c, "SELECT story FROM story_member GROUP BY story"
                + " HAVING sum(hidden = 0) <> 1 OR count(*) = 1");
        for (long story : broken) {
            List<Long> members = longs(c, "SELECT article_id FROM story_member WHERE story = ?", story);
            if (members.size() == 1) {
                long last = members.get(0);
                if (hidden(c, last)) {
                    execute(c, "UPDATE story_member SET hidden = 0 WHERE article_id = ?", last);
                    show(c, last);
                }
                execute(c, "DELETE FROM story_member WHERE article_id = ?", last);
            } else {
                relead(c, story);
            }
        }
    }

    /**
     * Adds a shown article to a story: it takes the story's read, starred and (when it has
     * none) note, and gives the story its tags and note. The lead is chosen afterwards.
     */
    private static void addMember(Connection c, long article, long story, boolean manual, boolean wasHidden)
            throws SQLException {
        long lead = longs(c, "SELECT article_id FROM story_member WHERE story = ? AND hidden = 0", story).get(0);
        execute(c, "INSERT INTO story_member (article_id, story, hidden, manual) VALUES (?, ?, 0, ?)",
                article, story, manual ? 1 : 0);
        if (wasHidden) {
            show(c, article);
        }
        // the story's note wins; a note only the newcomer has becomes the story's
        execute(c, "UPDATE user_state SET notes = (SELECT notes FROM user_state WHERE article_id = ?1)"
                + " WHERE article_id = ?2 AND (SELECT notes FROM user_state WHERE article_id = ?1) IS NOT NULL", lead, article);
        execute(c, "UPDATE user_state SET notes = (SELECT notes FROM user_state WHERE article_id = ?2)"
                + " WHERE article_id = ?1 AND notes IS NULL", lead, article);
        execute(c, "UPDATE user_state SET read = (SELECT read FROM user_state WHERE article_id = ?1),"
                + " starred = (SELECT starred FROM user_state WHERE article_id = ?1) WHERE article_id = ?2", lead, article);
        execute(c, "UPDATE listing SET read = (SELECT read FROM user_state WHERE article_id = ?1),"
                + " starred = (SELECT starred FROM user_state WHERE article_id = ?1) WHERE id = ?2", lead, article);
        // its tags, highlights and corrections follow when relead hides it (or stay, if it leads)
    }

    /**
     * Chooses the story's lead and makes it the only shown member: the latest text of the
     * outlet that is the credited original source (its site or address is the source's own),
     * else of the outlet saved first. Returns the lead.
     */
    private static long relead(Connection c, long story) throws SQLException {
        List<Member> members = load(c, story);
        long lead = chooseLead(members).id;
        Member chosen = members.stream().filter(m -> m.id == lead).findFirst().orElseThrow();
        if (chosen.hidden) {
            execute(c, "UPDATE story_member SET hidden = 0 WHERE article_id = ?", lead);
            show(c, lead);
        }
        for (Member m : members) {
            if (m.id != lead && !m.hidden) {
                moveState(c, m.id, lead);
                execute(c, "UPDATE story_member SET hidden = 1 WHERE article_id = ?", m.id);
                execute(c, "DELETE FROM listing WHERE id = ?", m.id);
                execute(c, "DELETE FROM region_effective WHERE article_id = ?", m.id);
            }
        }
        return lead;
    }

    /** Gives a (newly) shown article its listing row and effective regions. */
    private static void show(Connection c, long id) throws SQLException {
        execute(c, "INSERT OR IGNORE INTO listing (id, published, added_at, title, source, site, read, starred)"
                + " SELECT a.id, NULL, s.added_at, a.title, a.source, a.site, s.read, s.starred"
                + " FROM article a JOIN user_state s ON s.article_id = a.id WHERE a.id = ?", id);
        UserStateRepository.refreshDerived(c, id);
    }

    /** Tags, highlights and date and region corrections of from go to to (which keeps its own where both have one). */
    private static void moveState(Connection c, long from, long to) throws SQLException {
        copyTags(c, from, to);
        execute(c, "DELETE FROM article_tag WHERE article_id = ?", from);
        List<Long> highlights = longs(c, "SELECT id FROM highlight WHERE article_id = ?", from);
        for (long h : highlights) {
            execute(c, "UPDATE highlight SET article_id = ? WHERE id = ?", to, h);
            execute(c, "UPDATE annotation_fts SET article_id = ? WHERE rowid = ?", to, h * 2);
        }
        int datesMoved = update(c, "UPDATE user_state SET corrected_published = (SELECT corrected_published FROM user_state"
                + " WHERE article_id = ?1) WHERE article_id = ?2 AND corrected_published IS NULL"
                + " AND (SELECT corrected_published FROM user_state WHERE article_id = ?1) IS NOT NULL", from, to);
        boolean fromCorrected = !longs(c, "SELECT 1 FROM user_state WHERE article_id = ? AND regions_corrected = 1", from).isEmpty();
        boolean toCorrected = !longs(c, "SELECT 1 FROM user_state WHERE article_id = ? AND regions_corrected = 1", to).isEmpty();
        if (fromCorrected && !toCorrected) {
            execute(c, "INSERT OR IGNORE INTO region_correction (article_id, code, rank, sub_region, continent)"
                    + " SELECT ?, code, rank, sub_region, continent FROM region_correction WHERE article_id = ?", to, from);
            execute(c, "UPDATE user_state SET regions_corrected = 1 WHERE article_id = ?", to);
        }
        if (fromCorrected && !toCorrected || datesMoved > 0) {
            UserStateRepository.refreshDerived(c, to);
        }
    }

    private static void copyTags(Connection c, long from, long to) throws SQLException {
        execute(c, "INSERT OR IGNORE INTO article_tag (article_id, tag_id) SELECT ?, tag_id FROM article_tag"
                + " WHERE article_id = ?", to, from);
    }

    private record Member(long id, String title, String site, String source, String url, String published,
                          long addedAt, boolean hidden, String outlet) {
        boolean original() {
            String s = letters(source);
            if (s.length() < 3) {
                return false;
            }
            String o = letters(outlet);
            return s.equals(letters(site)) || o.startsWith(s) || s.startsWith(o) && o.length() >= 4;
        }
    }

    private static List<Member> load(Connection c, long story) throws SQLException {
        List<Member> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.title, a.site, a.source, a.url, a.published,"
                + " s.added_at, m.hidden FROM story_member m JOIN article a ON a.id = m.article_id"
                + " JOIN user_state s ON s.article_id = a.id WHERE m.story = ? ORDER BY s.added_at, a.id")) {
            ps.setLong(1, story);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String site = rs.getString(3);
                    String source = rs.getString(4);
                    String url = rs.getString(5);
                    out.add(new Member(id, rs.getString(2), site, source, url, rs.getString(6), rs.getLong(7),
                            rs.getInt(8) == 1, outlet(url, site, source, id)));
                }
            }
        }
        return out;
    }

    /** Members ordered by when they were saved (oldest first); the lead as relead chooses it. */
    private static Member chooseLead(List<Member> members) {
        String outlet = members.stream().filter(Member::original).map(Member::outlet).findFirst()
                .orElse(members.get(0).outlet);
        return members.stream().filter(m -> m.outlet.equals(outlet))
                .max(Comparator.comparingLong(Member::addedAt).thenComparingLong(Member::id)).orElseThrow();
    }

    private static List<StoryCopy> copies(Connection c, long articleId) throws SQLException {
        Long story = storyOf(c, articleId);
        if (story == null) {
            List<StoryCopy> one = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.title, a.site, a.source, a.url, a.published,"
                    + " s.added_at FROM article a JOIN user_state s ON s.article_id = a.id WHERE a.id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        one.add(new StoryCopy(articleId, rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)),
                                outlet(rs.getString(4), rs.getString(2), rs.getString(3), articleId), true, true));
                    }
                }
            }
            return one;
        }
        List<Member> members = load(c, story);
        Map<String, Long> latest = new HashMap<>();
        for (Member m : members) {
            latest.put(m.outlet, m.id); // ordered oldest first: the last one wins
        }
        List<StoryCopy> out = new ArrayList<>();
        for (Member m : members) {
            out.add(new StoryCopy(m.id, m.title, m.site, m.source, m.url, m.published, Instant.ofEpochMilli(m.addedAt),
                    m.outlet, !m.hidden, latest.get(m.outlet) == m.id));
        }
        out.sort(Comparator.comparing((StoryCopy s) -> !s.lead()).thenComparing(s -> !s.latest())
                .thenComparing(StoryCopy::addedAt));
        return out;
    }

    /** Where a text was saved from: the address's host without "www.", else the site, else the source. */
    static String outlet(String url, String site, String source, long id) {
        if (url != null) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null && !host.isBlank()) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException ignored) {
                // not an address: fall back to the names
            }
        }
        if (site != null && !site.isBlank()) {
            return site.strip().toLowerCase(Locale.ROOT);
        }
        if (source != null && !source.isBlank()) {
            return source.strip().toLowerCase(Locale.ROOT);
        }
        return "#" + id;
    }

    private static String letters(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static List<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, sql, java.util.Arrays.asList(params)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        update(c, sql, params);
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, sql, java.util.Arrays.asList(params))) {
            return ps.executeUpdate();
        }
    }

    Library library() {
        return library;
    }

    Optional<Long> story(long id) {
        return Optional.ofNullable(db.read(c -> storyOf(c, id)));
    }
}
