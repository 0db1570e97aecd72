package dev.gazette.store;

import dev.gazette.model.StoryCopy;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of stories (tables {@code story_member}, {@code listing}, {@code region_effective}),
 * read and changed inside the caller's transaction: who is in an article's story, which member
 * leads, showing and hiding members, moving the person's state to the lead, repairing a story
 * after deletes. Every change keeps the invariant of V7: in a story of several, only the lead
 * has listing and effective-region rows. Static helpers for {@link Stories}; stateless.
 */
final class StoryRows {

    private StoryRows() {
    }

    static Long storyOf(Connection c, long id) throws SQLException {
        List<Long> s = Sql.longs(c, "SELECT story FROM story_member WHERE article_id = ?", id);
        return s.isEmpty() ? null : s.get(0);
    }

    static List<Long> members(Connection c, long id) throws SQLException {
        Long story = storyOf(c, id);
        return story == null ? List.of(id)
                : Sql.longs(c, "SELECT article_id FROM story_member WHERE story = ? ORDER BY article_id", story);
    }

    static boolean hidden(Connection c, long id) throws SQLException {
        return !Sql.longs(c, "SELECT 1 FROM story_member WHERE article_id = ? AND hidden = 1", id).isEmpty();
    }

    static boolean exists(Connection c, long id) throws SQLException {
        return !Sql.longs(c, "SELECT 1 FROM article WHERE id = ?", id).isEmpty();
    }

    static long lead(Connection c, long id) throws SQLException {
        Long story = storyOf(c, id);
        if (story == null) {
            return id;
        }
        List<Long> l = Sql.longs(c, "SELECT article_id FROM story_member WHERE story = ? AND hidden = 0", story);
        return l.isEmpty() ? id : l.get(0);
    }

    /** The story key of id's story, making id a story of one member (its lead) if it had none. */
    static long ensureStory(Connection c, long id) throws SQLException {
        Long story = storyOf(c, id);
        if (story != null) {
            return story;
        }
        // a fresh key, never an article id: a story outlives the article it started with
        long key = Sql.longs(c, "SELECT coalesce(max(story), 0) + 1 FROM story_member").get(0);
        Sql.update(c, "INSERT INTO story_member (article_id, story, hidden, manual) VALUES (?, ?, 0, 0)", id, key);
        return key;
    }

    /**
     * After articles were deleted (same transaction): a story that lost its lead gets a new
     * one, a story left with one member becomes an article of its own again.
     */
    static void repair(Connection c) throws SQLException {
        List<Long> broken = Sql.longs(c, "SELECT story FROM story_member GROUP BY story"
                + " HAVING sum(hidden = 0) <> 1 OR count(*) = 1");
        for (long story : broken) {
            List<Long> members = Sql.longs(c, "SELECT article_id FROM story_member WHERE story = ?", story);
            if (members.size() == 1) {
                long last = members.get(0);
                if (hidden(c, last)) {
                    Sql.update(c, "UPDATE story_member SET hidden = 0 WHERE article_id = ?", last);
                    show(c, last);
                }
                Sql.update(c, "DELETE FROM story_member WHERE article_id = ?", last);
            } else {
                relead(c, story);
            }
        }
    }

    /**
     * Adds a shown article to a story: it takes the story's read, starred and (when it has
     * none) note, and gives the story its tags and note. The lead is chosen afterwards.
     */
    static void addMember(Connection c, long article, long story, boolean manual, boolean wasHidden)
            throws SQLException {
        long lead = Sql.longs(c, "SELECT article_id FROM story_member WHERE story = ? AND hidden = 0", story).get(0);
        Sql.update(c, "INSERT INTO story_member (article_id, story, hidden, manual) VALUES (?, ?, 0, ?)",
                article, story, manual ? 1 : 0);
        if (wasHidden) {
            show(c, article);
        }
        // the story's note wins; a note only the newcomer has becomes the story's
        Sql.update(c, "UPDATE user_state SET notes = (SELECT notes FROM user_state WHERE article_id = ?1)"
                + " WHERE article_id = ?2 AND (SELECT notes FROM user_state WHERE article_id = ?1) IS NOT NULL", lead, article);
        Sql.update(c, "UPDATE user_state SET notes = (SELECT notes FROM user_state WHERE article_id = ?2)"
                + " WHERE article_id = ?1 AND notes IS NULL", lead, article);
        Sql.update(c, "UPDATE user_state SET read = (SELECT read FROM user_state WHERE article_id = ?1),"
                + " starred = (SELECT starred FROM user_state WHERE article_id = ?1) WHERE article_id = ?2", lead, article);
        Sql.update(c, "UPDATE listing SET read = (SELECT read FROM user_state WHERE article_id = ?1),"
                + " starred = (SELECT starred FROM user_state WHERE article_id = ?1) WHERE id = ?2", lead, article);
        // its tags, highlights and corrections follow when relead hides it (or stay, if it leads)
    }

    /**
     * Chooses the story's lead and makes it the only shown member: the latest text of the
     * outlet that is the credited original source (its site or address is the source's own),
     * else of the outlet saved first. Returns the lead.
     */
    static long relead(Connection c, long story) throws SQLException {
        List<Member> members = load(c, story);
        long lead = chooseLead(members).id;
        Member chosen = members.stream().filter(m -> m.id == lead).findFirst().orElseThrow();
        if (chosen.hidden) {
            Sql.update(c, "UPDATE story_member SET hidden = 0 WHERE article_id = ?", lead);
            show(c, lead);
        }
        for (Member m : members) {
            if (m.id != lead && !m.hidden) {
                moveState(c, m.id, lead);
                Sql.update(c, "UPDATE story_member SET hidden = 1 WHERE article_id = ?", m.id);
                Sql.update(c, "DELETE FROM listing WHERE id = ?", m.id);
                Sql.update(c, "DELETE FROM region_effective WHERE article_id = ?", m.id);
            }
        }
        return lead;
    }

    /** Gives a (newly) shown article its listing row and effective regions. */
    static void show(Connection c, long id) throws SQLException {
        Sql.update(c, "INSERT OR IGNORE INTO listing (id, published, added_at, title, source, site, read, starred)"
                + " SELECT a.id, NULL, s.added_at, a.title, a.source, a.site, s.read, s.starred"
                + " FROM article a JOIN user_state s ON s.article_id = a.id WHERE a.id = ?", id);
        UserStateRepository.refreshDerived(c, id);
    }

    /** Tags, highlights and date and region corrections of from go to to (which keeps its own where both have one). */
    static void moveState(Connection c, long from, long to) throws SQLException {
        copyTags(c, from, to);
        Sql.update(c, "DELETE FROM article_tag WHERE article_id = ?", from);
        List<Long> highlights = Sql.longs(c, "SELECT id FROM highlight WHERE article_id = ?", from);
        for (long h : highlights) {
            Sql.update(c, "UPDATE highlight SET article_id = ? WHERE id = ?", to, h);
            Sql.update(c, "UPDATE annotation_fts SET article_id = ? WHERE rowid = ?", to, h * 2);
        }
        int datesMoved = Sql.update(c, "UPDATE user_state SET corrected_published = (SELECT corrected_published FROM user_state"
                + " WHERE article_id = ?1) WHERE article_id = ?2 AND corrected_published IS NULL"
                + " AND (SELECT corrected_published FROM user_state WHERE article_id = ?1) IS NOT NULL", from, to);
        boolean fromCorrected = !Sql.longs(c, "SELECT 1 FROM user_state WHERE article_id = ? AND regions_corrected = 1", from).isEmpty();
        boolean toCorrected = !Sql.longs(c, "SELECT 1 FROM user_state WHERE article_id = ? AND regions_corrected = 1", to).isEmpty();
        if (fromCorrected && !toCorrected) {
            Sql.update(c, "INSERT OR IGNORE INTO region_correction (article_id, code, rank, sub_region, continent)"
                    + " SELECT ?, code, rank, sub_region, continent FROM region_correction WHERE article_id = ?", to, from);
            Sql.update(c, "UPDATE user_state SET regions_corrected = 1 WHERE article_id = ?", to);
        }
        if (fromCorrected && !toCorrected || datesMoved > 0) {
            UserStateRepository.refreshDerived(c, to);
        }
    }

    static void copyTags(Connection c, long from, long to) throws SQLException {
        Sql.update(c, "INSERT OR IGNORE INTO article_tag (article_id, tag_id) SELECT ?, tag_id FROM article_tag"
                + " WHERE article_id = ?", to, from);
    }

    record Member(long id, String title, String site, String source, String url, String published,
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

    static List<Member> load(Connection c, long story) throws SQLException {
        List<Member> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.title, a.site, a.source, a.url,"
                + " COALESCE(s.corrected_published, a.published), s.added_at, m.hidden FROM story_member m JOIN article a ON a.id = m.article_id"
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
    static Member chooseLead(List<Member> members) {
        String outlet = members.stream().filter(Member::original).map(Member::outlet).findFirst()
                .orElse(members.get(0).outlet);
        return members.stream().filter(m -> m.outlet.equals(outlet))
                .max(Comparator.comparingLong(Member::addedAt).thenComparingLong(Member::id)).orElseThrow();
    }

    static List<StoryCopy> copies(Connection c, long articleId) throws SQLException {
        Long story = storyOf(c, articleId);
        if (story == null) {
            List<StoryCopy> one = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.title, a.site, a.source, a.url,"
                    + " COALESCE(s.corrected_published, a.published), s.added_at FROM article a JOIN user_state s ON s.article_id = a.id WHERE a.id = ?")) {
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

    static String letters(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
