package dev.gazette.store;

import dev.gazette.model.ArticleText;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What tag suggestions learn from and what a person refused: every article's words (title, the
 * start of its body, source, effective countries) with its tags, streamed so a large library
 * is never all in memory at once; every article's tags; and the suggestions refused per article.
 * Safe across threads: reads use the read pool, writes the database's one writer.
 */
final class SuggestionRepository {

    private final Database db;

    SuggestionRepository(Database db) {
        this.db = db;
    }

    /**
     * Hands every article (or, when ids is not null, those of ids) to sink, in id order, with
     * at most bodyChars of its body. Reads in one transaction: a consistent view.
     */
    void forEachText(Collection<Long> ids, int bodyChars, Consumer<ArticleText> sink) {
        db.read(c -> {
            // a few articles (one shown in the reader): their rows alone; else every row at once
            String in = ids == null ? null : idList(ids);
            Map<Long, List<String>> tags = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT x.article_id, t.name FROM article_tag x"
                    + " JOIN tag t ON t.id = x.tag_id" + (in == null ? "" : " WHERE x.article_id IN (" + in + ")")
                    + " ORDER BY x.article_id, t.name"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            Map<Long, List<String>> regions = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, code FROM region_effective"
                    + (in == null ? "" : " WHERE article_id IN (" + in + ")")
                    + " ORDER BY article_id, is_primary DESC, code"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    regions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, substr(body_text, 1, ?), source FROM article"
                    + (in == null ? "" : " WHERE id IN (" + in + ")") + " ORDER BY id")) {
                ps.setInt(1, bodyChars);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        sink.accept(new ArticleText(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                regions.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of())));
                    }
                }
            }
            return null;
        });
    }

    /** The ids as an SQL list of numbers (they are longs: nothing to escape); "NULL" when none. */
    private static String idList(Collection<Long> ids) {
        StringBuilder in = new StringBuilder();
        for (Long id : ids) {
            in.append(in.length() == 0 ? "" : ",").append(id.longValue());
        }
        return in.length() == 0 ? "NULL" : in.toString();
    }

    /** Every tagged article's tags. */
    Map<Long, List<String>> tags() {
        return db.read(SuggestionRepository::tags);
    }

    private static Map<Long, List<String>> tags(java.sql.Connection c) throws java.sql.SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT x.article_id, t.name FROM article_tag x"
                + " JOIN tag t ON t.id = x.tag_id ORDER BY x.article_id, t.name"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    /** Remembers that the person refused this tag for this article (an unknown tag or article: nothing). */
    void refuse(long articleId, String tag) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO suggestion_refused"
                    + " (article_id, tag_id, refused_at) SELECT a.id, t.id, ? FROM article a, tag t"
                    + " WHERE a.id = ? AND t.name = ?")) {
                ps.setLong(1, System.currentTimeMillis());
                ps.setLong(2, articleId);
                ps.setString(3, TagWriter.cleanTag(tag));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The tags refused for this article, by name. */
    List<String> refused(long articleId) {
        return db.read(c -> Sql.strings(c, "SELECT t.name FROM suggestion_refused r JOIN tag t ON t.id = r.tag_id"
                + " WHERE r.article_id = ? ORDER BY t.name", articleId));
    }
}
