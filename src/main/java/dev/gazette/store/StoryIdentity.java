package dev.gazette.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who an article is across restores and re-imports, and the person's splits kept by it (table
 * {@code story_apart}): an article's identity is its body hash and canonical address, not its
 * id, which a restore changes. Static helpers that run inside the caller's transaction, for
 * {@link Stories}; stateless.
 */
final class StoryIdentity {

    private StoryIdentity() {
    }

    /**
     * What identifies an article across restores and re-imports: its body hash and canonical
     * address on a line of its own (the hash alone when it has none); null without a body hash.
     */
    static String identity(Connection c, long id) throws SQLException {
        List<String> h = Sql.strings(c, "SELECT CASE WHEN body_hash IS NULL THEN NULL"
                + " ELSE body_hash || coalesce(char(10) || canonical_url, '') END FROM article WHERE id = ?", id);
        return h.isEmpty() ? null : h.get(0);
    }

    /** The article with this identity (see {@link #identity}), oldest first. */
    static List<Long> byIdentity(Connection c, String identity) throws SQLException {
        int space = identity.indexOf('\n');
        String hash = space < 0 ? identity : identity.substring(0, space);
        String address = space < 0 ? "" : identity.substring(space + 1);
        return Sql.longs(c, "SELECT id FROM article WHERE body_hash = ? AND coalesce(canonical_url, '') = ? ORDER BY id LIMIT 1",
                hash, address);
    }

    static boolean apart(Connection c, long a, long b) throws SQLException {
        String ha = identity(c, a);
        String hb = identity(c, b);
        if (ha == null || hb == null) {
            return false;
        }
        return !Sql.longs(c, "SELECT 1 FROM story_apart WHERE hash_a = ? AND hash_b = ?",
                ha.compareTo(hb) < 0 ? ha : hb, ha.compareTo(hb) < 0 ? hb : ha).isEmpty();
    }

    /** True when the person split article apart from any of these (one query; none when nothing was ever split). */
    static boolean anyApart(Connection c, long article, List<Long> others) throws SQLException {
        if (Sql.longs(c, "SELECT 1 FROM story_apart LIMIT 1").isEmpty()) {
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
                + Sql.marks(others.size()) + ")";
        try (PreparedStatement ps = Sql.prepare(c, "SELECT 1 FROM story_apart WHERE (hash_a = ? AND hash_b IN ("
                + theirs + ")) OR (hash_b = ? AND hash_a IN (" + theirs + ")) LIMIT 1", params);
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    static void forgetApart(Connection c, long a, List<Long> others) throws SQLException {
        String ha = identity(c, a);
        for (long o : others) {
            String hb = identity(c, o);
            if (ha != null && hb != null) {
                Sql.update(c, "DELETE FROM story_apart WHERE hash_a = ? AND hash_b = ?",
                        ha.compareTo(hb) < 0 ? ha : hb, ha.compareTo(hb) < 0 ? hb : ha);
            }
        }
    }

    /** Remembers that the person split these two identities apart (in either order; nulls and a pair of one are ignored). */
    static void recordApart(PreparedStatement insert, String a, String b) throws SQLException {
        if (a != null && b != null && !a.equals(b)) {
            insert.setString(1, a.compareTo(b) < 0 ? a : b);
            insert.setString(2, a.compareTo(b) < 0 ? b : a);
            insert.executeUpdate();
        }
    }

    /** The statement {@link #recordApart} runs; the caller closes it. */
    static PreparedStatement apartInsert(Connection c) throws SQLException {
        return c.prepareStatement("INSERT OR IGNORE INTO story_apart (hash_a, hash_b) VALUES (?, ?)");
    }
}
