package dev.gazette.store;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Highlight;
import dev.gazette.model.HighlightEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.gazette.store.Sql.marks;

/**
 * The highlights of a library (table {@code highlight}, see V5__highlights.sql): add, change,
 * delete, list by article or under any article filter, search their quotes and notes. Anchoring
 * is the caller's business: this class stores what it is given. Writes go through the
 * library's one writer; safe across threads as the library is. Reached through
 * {@link Library#highlights()}.
 */
public final class Highlights {

    private static final String COLUMNS = "h.id, h.article_id, h.exact, h.prefix, h.suffix, h.start, h.colour, h.note,"
            + " h.created_at, h.orphaned";

    private final Database db;

    Highlights(Database db) {
        this.db = db;
    }

    /** Stores a new highlight (its id is ignored) and returns it with its id. */
    public Highlight add(Highlight h) {
        return addAll(List.of(h)).get(0);
    }

    /** Stores new highlights in one transaction; returns them with their ids, in order. */
    public List<Highlight> addAll(List<Highlight> highlights) {
        if (highlights.isEmpty()) {
            return List.of();
        }
        return db.write(c -> {
            List<Highlight> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO highlight (article_id, exact, prefix, suffix,"
                    + " start, colour, note, created_at, orphaned) VALUES (?,?,?,?,?,?,?,?,?)");
                 PreparedStatement last = c.prepareStatement("SELECT last_insert_rowid()")) {
                for (Highlight h : highlights) {
                    ps.setLong(1, h.articleId());
                    ps.setString(2, h.exact());
                    ps.setString(3, h.prefix());
                    ps.setString(4, h.suffix());
                    ps.setInt(5, h.start());
                    ps.setString(6, h.colour());
                    ps.setString(7, h.note());
                    ps.setLong(8, h.created().toEpochMilli());
                    ps.setInt(9, h.orphaned() ? 1 : 0);
                    ps.executeUpdate();
                    try (ResultSet rs = last.executeQuery()) {
                        rs.next();
                        out.add(h.withId(rs.getLong(1), h.articleId()));
                    }
                }
            }
            return out;
        });
    }

    /** Saves the anchor, colour, note and orphaned flag of stored highlights in one transaction. */
    public void updateAll(Collection<Highlight> highlights) {
        if (highlights.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE highlight SET exact = ?, prefix = ?, suffix = ?,"
                    + " start = ?, colour = ?, note = ?, orphaned = ? WHERE id = ?")) {
                for (Highlight h : highlights) {
                    ps.setString(1, h.exact());
                    ps.setString(2, h.prefix());
                    ps.setString(3, h.suffix());
                    ps.setInt(4, h.start());
                    ps.setString(5, h.colour());
                    ps.setString(6, h.note());
                    ps.setInt(7, h.orphaned() ? 1 : 0);
                    ps.setLong(8, h.id());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    public void update(Highlight h) {
        updateAll(List.of(h));
    }

    /** Deletes a highlight; false when there was none with this id. */
    public boolean delete(long id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM highlight WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    public Optional<Highlight> get(long id) {
        return db.read(c -> {
            List<Highlight> found = query(c, "SELECT " + COLUMNS + " FROM highlight h WHERE h.id = ?", List.of(id));
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    /** An article's highlights in text order (orphans, which have no place, by their last one). */
    public List<Highlight> forArticle(long articleId) {
        return db.read(c -> query(c, "SELECT " + COLUMNS + " FROM highlight h WHERE h.article_id = ?"
                + " ORDER BY h.start, h.id", List.of(articleId)));
    }

    /** The highlights of many articles, by article id (each list in text order). */
    public Map<Long, List<Highlight>> forArticles(Collection<Long> articleIds) {
        Map<Long, List<Highlight>> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(articleIds));
        for (int i = 0; i < ids.size(); i += 500) {
            List<Object> chunk = new ArrayList<>(ids.subList(i, Math.min(ids.size(), i + 500)));
            List<Highlight> found = db.read(c -> query(c, "SELECT " + COLUMNS + " FROM highlight h WHERE h.article_id IN ("
                    + marks(chunk.size()) + ") ORDER BY h.article_id, h.start, h.id", chunk));
            for (Highlight h : found) {
                out.computeIfAbsent(h.articleId(), k -> new ArrayList<>()).add(h);
            }
        }
        return out;
    }

    /** How many highlights the library holds. */
    public long count() {
        return db.read(c -> Sql.longQuery(c, "SELECT count(*) FROM highlight"));
    }

    /**
     * The highlights of the articles matching filter whose quote or note matches words (all
     * highlights when words is blank), newest article first, then in text order; at most limit.
     */
    public List<HighlightEntry> list(ArticleQuery filter, String words, int limit) {
        ArticleFilter f = ArticleFilter.of(filter == null ? ArticleQuery.ALL : filter);
        String match = FtsQuery.toMatch(words);
        List<Object> params = new ArrayList<>(f.params());
        String sql = "SELECT " + COLUMNS + " FROM highlight h JOIN listing l ON l.id = h.article_id WHERE " + f.where();
        if (match != null) {
            sql += " AND h.id * 2 IN (SELECT rowid FROM annotation_fts WHERE annotation_fts MATCH ?)";
            params.add(match);
        }
        sql += " ORDER BY l.published DESC, l.id DESC, h.start, h.id LIMIT ?";
        params.add(Math.max(0, limit));
        String q = sql;
        return db.read(c -> {
            List<Highlight> found = query(c, q, params);
            Map<Long, ArticleSummary> articles = summaries(c, found.stream().map(Highlight::articleId).distinct().toList());
            List<HighlightEntry> out = new ArrayList<>(found.size());
            for (Highlight h : found) {
                ArticleSummary a = articles.get(h.articleId());
                if (a != null) {
                    out.add(new HighlightEntry(h, a));
                }
            }
            return out;
        });
    }

    private static List<Highlight> query(Connection c, String sql, List<Object> params) throws SQLException {
        List<Highlight> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Highlight(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7), rs.getString(8), Instant.ofEpochMilli(rs.getLong(9)),
                        rs.getInt(10) == 1));
            }
        }
        return out;
    }

    /** The article-list rows of these articles (tags included), by id. */
    private static Map<Long, ArticleSummary> summaries(Connection c, List<Long> ids) throws SQLException {
        Map<Long, ArticleSummary> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT x.article_id, t.name FROM article_tag x"
                + " JOIN tag t ON t.id = x.tag_id WHERE x.article_id IN (" + marks(ids.size()) + ") ORDER BY t.name",
                new ArrayList<>(ids)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id, title, source, site, published, country, sub_region,"
                + " read, starred FROM listing WHERE id IN (" + marks(ids.size()) + ")", new ArrayList<>(ids));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.put(id, new ArticleSummary(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), tags.getOrDefault(id, List.of()), rs.getInt(8) == 1,
                        rs.getInt(9) == 1));
            }
        }
        return out;
    }
}
