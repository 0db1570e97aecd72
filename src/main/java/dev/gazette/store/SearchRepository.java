package dev.gazette.store;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.gazette.store.Sql.marks;

/**
 * The query seam: which articles a query matches, one page of them in its order, how many
 * there are, and a snippet of one around the searched words. Every question here asks
 * {@link ArticleFilter} for the one set of matching articles (words in the article's text
 * or in its notes and highlights, and every typed filter), so a list and its count can never
 * disagree; relevance only orders that set (bm25 over the article's text; an article found
 * only through its notes or highlights comes after those, by id). The facets count the same
 * set ({@link FacetRepository}). Safe across threads: reads use the database's read connections.
 */
final class SearchRepository {

    /** Default snippet markers around matched words (see {@link #snippet(long, String, String, String)}). */
    static final String SNIPPET_OPEN = "[";
    static final String SNIPPET_CLOSE = "]";
    /** Words of context a snippet shows. */
    static final int SNIPPET_TOKENS = 24;
    /** bm25 column weights: title, body, author, source, site, tags. */
    static final String BM25 = "bm25(article_fts, 10.0, 1.0, 3.0, 2.0, 2.0, 5.0)";
    private static final String COLUMNS = "l.id, l.title, l.source, l.site, l.published, l.country, l.sub_region,"
            + " l.read, l.starred";

    private final Database db;

    SearchRepository(Database db) {
        this.db = db;
    }

    /** One page of the articles matching the query, in its sort order (ties broken by id). */
    List<ArticleSummary> list(ArticleQuery query, int offset, int limit) {
        ArticleQuery q = query == null ? ArticleQuery.ALL : query;
        String match = FtsQuery.toMatch(q.words());
        String sql;
        List<Object> params = new ArrayList<>();
        if (q.sort() == ArticleQuery.Sort.RELEVANCE && match != null) {
            // The same set as count(): the words' matches in the text and in the annotations,
            // under every other filter; grouped by article (one may match in both), ranked by
            // its text's bm25, annotation-only matches (no bm25) last.
            ArticleFilter rest = ArticleFilter.of(q.withWords(null));
            sql = "SELECT " + COLUMNS + " FROM (SELECT rowid AS id, " + BM25 + " AS rank FROM article_fts"
                    + " WHERE article_fts MATCH ? UNION ALL SELECT article_id, NULL FROM annotation_fts WHERE annotation_fts MATCH ?) m"
                    + " JOIN listing l ON l.id = m.id WHERE " + rest.where()
                    + " GROUP BY l.id ORDER BY min(m.rank) IS NULL, min(m.rank), l.id LIMIT ? OFFSET ?";
            params.add(match);
            params.add(match);
            params.addAll(rest.params());
        } else {
            ArticleFilter f = ArticleFilter.of(q);
            sql = "SELECT " + COLUMNS + " FROM listing l WHERE " + f.where() + " ORDER BY " + orderBy(q.sort())
                    + " LIMIT ? OFFSET ?";
            params.addAll(f.params());
        }
        params.add(Math.max(0, limit));
        params.add(Math.max(0, offset));
        return db.read(c -> {
            List<ArticleSummary> rows = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(summary(rs));
                }
            }
            Map<Long, List<String>> tags = tagsOf(c, rows.stream().map(ArticleSummary::id).toList());
            List<ArticleSummary> out = new ArrayList<>(rows.size());
            for (ArticleSummary r : rows) {
                out.add(new ArticleSummary(r.id(), r.title(), r.source(), r.site(), r.published(),
                        r.primaryCountry(), r.subRegion(), tags.getOrDefault(r.id(), List.of()), r.read(), r.starred()));
            }
            return out;
        });
    }

    /** The row mapper of this repository: one listing row (columns as {@link #COLUMNS}), tags still empty. */
    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), List.of(), rs.getInt(8) == 1, rs.getInt(9) == 1);
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
        try (PreparedStatement ps = Sql.prepare(c, sql, new ArrayList<>(ids)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    /** How many articles the query matches: the rows {@link #list} pages through, whatever the order. */
    long count(ArticleQuery query) {
        ArticleFilter f = ArticleFilter.of(query == null ? ArticleQuery.ALL : query);
        return db.read(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT count(*) FROM listing l WHERE " + f.where(), f.params());
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        });
    }

    /** Ids of the articles matching q with an id above afterId, in id order. */
    List<Long> idsAfter(ArticleQuery q, long afterId, int limit) {
        ArticleFilter f = ArticleFilter.of(q);
        List<Object> params = new ArrayList<>(f.params());
        params.add(afterId);
        params.add(limit);
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT l.id FROM listing l WHERE " + f.where()
                    + " AND l.id > ? ORDER BY l.id LIMIT ?", params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /**
     * A short extract of the article around the words of a search, matched words between
     * open and close (the library's defaults are {@link #SNIPPET_OPEN} and {@link #SNIPPET_CLOSE});
     * empty when the words don't match it.
     */
    Optional<String> snippet(long id, String words, String open, String close) {
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
}
