package dev.gazette.store;

import dev.gazette.model.ArticleQuery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place where an {@link ArticleQuery} becomes the set of articles it matches: a SQL
 * condition over the {@code listing} table (alias {@code l}) with its parameters. The words
 * match an article's text or its notes and highlights; every typed field of the query adds
 * its condition. A list in any order, its count and the facets all use this condition, so
 * they agree by construction; a facet may leave out whole dimensions (it counts under the
 * <em>other</em> filters). Immutable.
 */
final class ArticleFilter {

    private static final java.util.regex.Pattern COUNTRY_CODE = java.util.regex.Pattern.compile("[A-Za-z]{2}");

    /** The facet dimensions a filter can be computed without. */
    enum Dimension { DATE, REGION, SOURCE, SITE, TAGS }

    /** The articles whose notes or highlights match the words (one MATCH parameter). */
    static final String ANNOTATION_MATCH = "SELECT article_id AS id FROM annotation_fts WHERE annotation_fts MATCH ?";
    /** The articles whose own text matches the words (one MATCH parameter). */
    static final String TEXT_MATCH = "SELECT rowid AS id FROM article_fts WHERE article_fts MATCH ?";
    /** Articles with at least one highlight. */
    static final String WITH_HIGHLIGHT = "l.id IN (SELECT article_id FROM highlight)";
    /** Articles with a note. */
    static final String WITH_NOTE = "l.id IN (SELECT article_id FROM user_state WHERE notes IS NOT NULL)";

    private final String where;
    private final List<Object> params;

    private ArticleFilter(String where, List<Object> params) {
        this.where = where;
        this.params = Collections.unmodifiableList(params);
    }

    static ArticleFilter of(ArticleQuery q) {
        return of(q, EnumSet.noneOf(Dimension.class));
    }

    static ArticleFilter of(ArticleQuery q, Set<Dimension> without) {
        return of(q, without, null);
    }

    /**
     * As {@link #of(ArticleQuery, Set)}; when hitsTable is not null, the full-text part reads
     * the ids of the matching articles from that table (filled once by the caller) instead of
     * running the MATCH again.
     */
    static ArticleFilter of(ArticleQuery q, Set<Dimension> without, String hitsTable) {
        List<String> c = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        String match = FtsQuery.toMatch(q.words());
        if (match != null && hitsTable != null) {
            c.add("l.id IN (SELECT id FROM " + hitsTable + ")");
        } else if (match != null) {
            c.add("l.id IN (" + TEXT_MATCH + " UNION " + ANNOTATION_MATCH + ")");
            p.add(match);
            p.add(match); // highlights and notes are searched too (V5__highlights.sql)
        }
        if (q.highlighted() != null) {
            c.add(q.highlighted() ? WITH_HIGHLIGHT : "NOT (" + WITH_HIGHLIGHT + ")");
        }
        if (q.noted() != null) {
            c.add(q.noted() ? WITH_NOTE : "NOT (" + WITH_NOTE + ")");
        }
        if (!without.contains(Dimension.DATE)) {
            date(q, "l.published", c, p);
        }
        if (!without.contains(Dimension.REGION) && !q.regions().isEmpty()) {
            // two letters: a country code; anything else: a sub-region or continent name
            List<String> codes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (String r : q.regions()) {
                String v = r.trim();
                if (COUNTRY_CODE.matcher(v).matches()) {
                    codes.add(v.toUpperCase(Locale.ROOT));
                } else {
                    names.add(v);
                }
            }
            List<String> parts = new ArrayList<>();
            if (!codes.isEmpty()) {
                parts.add("SELECT article_id FROM region_effective WHERE code IN (" + Sql.marks(codes.size()) + ")");
                p.addAll(codes);
            }
            if (!names.isEmpty()) {
                parts.add("SELECT article_id FROM region_effective WHERE sub_region IN (" + Sql.marks(names.size()) + ")");
                parts.add("SELECT article_id FROM region_effective WHERE continent IN (" + Sql.marks(names.size()) + ")");
                p.addAll(names);
                p.addAll(names);
            }
            c.add("l.id IN (" + String.join(" UNION ", parts) + ")");
        }
        if (!without.contains(Dimension.SOURCE) && !q.sources().isEmpty()) {
            c.add("l.source IN (" + Sql.marks(q.sources().size()) + ")");
            p.addAll(q.sources());
        }
        if (!without.contains(Dimension.SITE) && !q.sites().isEmpty()) {
            c.add("l.site IN (" + Sql.marks(q.sites().size()) + ")");
            p.addAll(q.sites());
        }
        if (!without.contains(Dimension.TAGS)) {
            for (String tag : q.tagsAll()) {
                c.add("l.id IN (SELECT article_id FROM article_tag WHERE tag_id = (SELECT id FROM tag WHERE name = ?))");
                p.add(tag);
            }
            if (!q.tagsAny().isEmpty()) {
                c.add("l.id IN (SELECT article_id FROM article_tag WHERE tag_id IN (SELECT id FROM tag WHERE name IN ("
                        + Sql.marks(q.tagsAny().size()) + ")))");
                p.addAll(q.tagsAny());
            }
            if (!q.tagsNone().isEmpty()) {
                c.add("l.id NOT IN (SELECT article_id FROM article_tag WHERE tag_id IN (SELECT id FROM tag WHERE name IN ("
                        + Sql.marks(q.tagsNone().size()) + ")))");
                p.addAll(q.tagsNone());
            }
        }
        if (q.read() != null) {
            c.add("l.read = ?");
            p.add(q.read() ? 1 : 0);
        }
        if (q.starred() != null) {
            c.add("l.starred = ?");
            p.add(q.starred() ? 1 : 0);
        }
        return new ArticleFilter(c.isEmpty() ? "" : String.join(" AND ", c), p);
    }

    /**
     * Only the date filters of q, on another column holding YYYY-MM-DD dates (undated: the
     * column is NULL, or equals undatedKey when that is not null).
     */
    static ArticleFilter dates(ArticleQuery q, String column, String undatedKey) {
        List<String> c = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        if (q.undated() && undatedKey != null) {
            c.add(column + " = ?");
            p.add(undatedKey);
        } else {
            date(q, column, c, p);
            if (undatedKey != null && !c.isEmpty()) {
                c.add(column + " <> ?");
                p.add(undatedKey);
            }
        }
        return new ArticleFilter(c.isEmpty() ? "" : String.join(" AND ", c), p);
    }

    private static void date(ArticleQuery q, String column, List<String> c, List<Object> p) {
        if (q.undated()) {
            c.add(column + " IS NULL");
            return;
        }
        if (q.from() != null) {
            c.add(column + " >= ?");
            p.add(q.from().toString());
        }
        if (q.to() != null) {
            c.add(column + " <= ?");
            p.add(q.to().toString());
        }
        if (q.year() != null) {
            String[] range = range(q.year(), q.month(), q.day());
            c.add(column + " BETWEEN ? AND ?");
            p.add(range[0]);
            p.add(range[1]);
        }
    }

    /** First and last ISO date of a year, a month of it, or a day. */
    static String[] range(int year, Integer month, Integer day) {
        if (year < 1 || year > 9999) {
            return new String[] {String.format("%04d", Math.max(0, Math.min(9999, year))) + "-01-01",
                String.format("%04d", Math.max(0, Math.min(9999, year))) + "-12-31"};
        }
        if (month == null || month < 1 || month > 12) {
            return new String[] {LocalDate.of(year, 1, 1).toString(), LocalDate.of(year, 12, 31).toString()};
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day == null || day < 1 || day > ym.lengthOfMonth()) {
            return new String[] {ym.atDay(1).toString(), ym.atEndOfMonth().toString()};
        }
        String d = ym.atDay(day).toString();
        return new String[] {d, d};
    }

    boolean isEmpty() {
        return where.isEmpty();
    }

    /** The condition, or "1" when there is none. */
    String where() {
        return where.isEmpty() ? "1" : where;
    }

    /** " AND condition", or "" when there is none. */
    String and() {
        return where.isEmpty() ? "" : " AND " + where;
    }

    List<Object> params() {
        return params;
    }
}
