package dev.gazette.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A combination of filters over the library, as the sidebar, the search box and the command
 * line express them. Every filter is optional (null or empty means "any"); filters combine with
 * AND. Immutable: the {@code with…} methods return a changed copy.
 *
 * @param words       full-text words and "exact phrases" (FTS), or null
 * @param from        published on or after, or null
 * @param to          published on or before, or null
 * @param year        published in this year, or null
 * @param month       with year: published in this month (1–12), or null
 * @param day         with year and month: this day, or null
 * @param undated     true: only articles with no published date
 * @param regions     country codes (alpha-2), sub-region or continent names; a parent includes
 *                    its children; several mean any of them
 * @param sources     any of these sources
 * @param sites       any of these sites
 * @param tagsAll     has every one of these tags
 * @param tagsAny     has at least one of these tags
 * @param tagsNone    has none of these tags
 * @param read        true read only, false unread only, null both
 * @param starred     true starred only, false not starred, null both
 * @param highlighted true only articles with a highlight, false only those without, null both
 *                    (the search box's {@code has:highlight} / {@code -has:highlight})
 * @param noted       true only articles with a note, false only those without, null both
 *                    ({@code has:note} / {@code -has:note})
 * @param sort        the order of a list; {@code RELEVANCE} only orders, it never changes
 *                    which articles match
 */
public record ArticleQuery(String words, LocalDate from, LocalDate to, Integer year, Integer month,
                           Integer day, boolean undated, List<String> regions, List<String> sources,
                           List<String> sites, List<String> tagsAll, List<String> tagsAny,
                           List<String> tagsNone, Boolean read, Boolean starred, Boolean highlighted,
                           Boolean noted, Sort sort) {

    public enum Sort { PUBLISHED_DESC, PUBLISHED_ASC, ADDED_DESC, TITLE, RELEVANCE }

    public static final ArticleQuery ALL = new ArticleQuery(null, null, null, null, null, null, false,
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
            Sort.PUBLISHED_DESC);

    public ArticleQuery {
        regions = regions == null ? List.of() : List.copyOf(regions);
        sources = sources == null ? List.of() : List.copyOf(sources);
        sites = sites == null ? List.of() : List.copyOf(sites);
        tagsAll = tagsAll == null ? List.of() : List.copyOf(tagsAll);
        tagsAny = tagsAny == null ? List.of() : List.copyOf(tagsAny);
        tagsNone = tagsNone == null ? List.of() : List.copyOf(tagsNone);
        sort = sort == null ? Sort.PUBLISHED_DESC : sort;
    }

    public ArticleQuery withWords(String w) {
        return new ArticleQuery(w, from, to, year, month, day, undated, regions, sources, sites, tagsAll, tagsAny, tagsNone, read, starred, highlighted, noted, sort);
    }

    public ArticleQuery withRange(LocalDate f, LocalDate t) {
        return new ArticleQuery(words, f, t, year, month, day, undated, regions, sources, sites, tagsAll, tagsAny, tagsNone, read, starred, highlighted, noted, sort);
    }

    public ArticleQuery withDate(Integer y, Integer m, Integer d) {
        return new ArticleQuery(words, from, to, y, m, d, undated, regions, sources, sites, tagsAll, tagsAny, tagsNone, read, starred, highlighted, noted, sort);
    }

    public ArticleQuery withUndated(boolean u) {
        return new ArticleQuery(words, from, to, year, month, day, u, regions, sources, sites, tagsAll, tagsAny, tagsNone, read, starred, highlighted, noted, sort);
    }

    public ArticleQuery withRegions(List<String> r) {
        return new ArticleQuery(words, from, to, year, month, day, undated, r, sources, sites, tagsAll, tagsAny, tagsNone, read, starred, highlighted, noted, sort);
    }

    public ArticleQuery withSources(List<String> s) {
        return new ArticleQuery(words, from, to, year, month, day, undated, regions, s, sites, tagsAll, tagsAny, tagsNone, read, starred, highlighted, noted, sort);
    }

    public ArticleQuery withSites(List<String> s) {
        return new ArticleQuery(words, from, to, year, month, day, undated, regions, sources, s, tagsAll, tagsAny, tagsNone, read, starred, highlighted, noted, sort);
    }

    public ArticleQuery withTags(List<String> all, List<String> any, List<String> none) {
        return new ArticleQuery(words, from, to, year, month, day, undated, regions, sources, sites, all, any, none, read, starred, highlighted, noted, sort);
    }

    public ArticleQuery withRead(Boolean r) {
        return new ArticleQuery(words, from, to, year, month, day, undated, regions, sources, sites, tagsAll, tagsAny, tagsNone, r, starred, highlighted, noted, sort);
    }

    public ArticleQuery withStarred(Boolean s) {
        return new ArticleQuery(words, from, to, year, month, day, undated, regions, sources, sites, tagsAll, tagsAny, tagsNone, read, s, highlighted, noted, sort);
    }

    public ArticleQuery withHighlighted(Boolean h) {
        return new ArticleQuery(words, from, to, year, month, day, undated, regions, sources, sites, tagsAll, tagsAny, tagsNone, read, starred, h, noted, sort);
    }

    public ArticleQuery withNoted(Boolean n) {
        return new ArticleQuery(words, from, to, year, month, day, undated, regions, sources, sites, tagsAll, tagsAny, tagsNone, read, starred, highlighted, n, sort);
    }

    public ArticleQuery withSort(Sort s) {
        return new ArticleQuery(words, from, to, year, month, day, undated, regions, sources, sites, tagsAll, tagsAny, tagsNone, read, starred, highlighted, noted, s);
    }

    /** Combines two queries: every non-empty filter of {@code other} is added to this one. */
    public ArticleQuery and(ArticleQuery other) {
        return new ArticleQuery(
                join(words, other.words),
                other.from != null ? other.from : from,
                other.to != null ? other.to : to,
                other.year != null ? other.year : year,
                other.month != null ? other.month : month,
                other.day != null ? other.day : day,
                undated || other.undated,
                concat(regions, other.regions), concat(sources, other.sources), concat(sites, other.sites),
                concat(tagsAll, other.tagsAll), concat(tagsAny, other.tagsAny), concat(tagsNone, other.tagsNone),
                other.read != null ? other.read : read,
                other.starred != null ? other.starred : starred,
                other.highlighted != null ? other.highlighted : highlighted,
                other.noted != null ? other.noted : noted,
                other.sort != Sort.PUBLISHED_DESC ? other.sort : sort);
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank()) {
            return a;
        }
        return a + " " + b;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}
