package dev.gazette.store;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.FacetCount;
import dev.gazette.model.Facets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static dev.gazette.store.ArticleFilter.Dimension;
import static dev.gazette.store.Sql.marks;

/**
 * The sidebar's counts: for every dimension (dates, regions, sources, tags), how many of the
 * articles a query matches fall under each value, each counted under the <em>other</em>
 * filters. The matching set is {@link ArticleFilter}'s, the same as the list's and the
 * count's. Three ways to count, chosen per dimension, give the same numbers
 * ({@code FacetTotalsTest} holds them to it): the running totals ({@code facet_total}) when
 * nothing else filters, the two-dimensional totals ({@link CrossTotals}) for one value and/or
 * whole months, and counting the articles otherwise. Facets carry keys ("VE", "2019-04"):
 * each label is its key; naming them for a screen is the service's job (one geography names
 * every country the window shows).
 * Safe across threads: reads use the database's read connections.
 */
final class FacetRepository {

    private final Database db;
    /** False only in tests: facets are then always counted from the articles. */
    volatile boolean useTotals = true;

    FacetRepository(Database db) {
        this.db = db;
    }

    /**
     * Counts for every sidebar dimension, each under the other active filters: years and the
     * undated count ignore every date filter; months keep the year (all months when no year is
     * chosen); days are listed only when a year and month are chosen. Regions ignore the region
     * filter, sources the source filter, tags every tag filter. Dates are listed newest first,
     * the rest largest count first. A dimension with no other filter active is read from the
     * running totals (table facet_total) instead of counting articles.
     */
    Facets facets(ArticleQuery query) {
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
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO " + table + " "
                + ArticleFilter.TEXT_MATCH + " UNION " + ArticleFilter.ANNOTATION_MATCH)) {
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
        sums.forEach((k, v) -> out.add(new FacetCount(k, k, v)));
        return out;
    }

    private static Map<String, List<FacetCount>> regionsFrom(Map<String, Long> countries, Map<String, Long> subs,
                                                             Map<String, Long> continents) {
        Map<String, List<FacetCount>> out = new HashMap<>();
        out.put("country", ranked(countries, Function.identity(), Function.identity()));
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
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id, name FROM tag WHERE id IN (" + marks(ids.size()) + ")", ids);
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
            try (PreparedStatement ps = Sql.prepare(c, sql, f.params()); ResultSet rs = ps.executeQuery()) {
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
            sums.forEach((k, v) -> out.add(new FacetCount(k, k, v)));
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
        try (PreparedStatement ps = Sql.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(1), rs.getString(1), rs.getLong(2)));
            }
        }
        return out;
    }

    private static long dayTotal(Connection c, ArticleFilter days) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT coalesce(sum(f.n), 0) FROM facet_total f WHERE f.dim = 'day'"
                + days.and(), days.params()); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static List<FacetCount> dayFacets(Connection c, ArticleFilter days, int length) throws SQLException {
        String sql = "SELECT substr(f.key, 1, " + length + ") AS k, sum(f.n) AS n FROM facet_total f"
                + " WHERE f.dim = 'day' AND f.key <> '' AND f.n > 0" + days.and() + " GROUP BY k ORDER BY k DESC";
        List<FacetCount> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, sql, days.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(1), rs.getString(1), rs.getLong(2)));
            }
        }
        return out;
    }

    private static List<FacetCount> dates(Connection c, ArticleFilter f, int length) throws SQLException {
        String sql = "SELECT substr(l.published, 1, " + length + ") AS k, count(*) FROM listing l"
                + " WHERE l.published IS NOT NULL" + f.and() + " GROUP BY k ORDER BY k DESC";
        List<FacetCount> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, sql, f.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1);
                out.add(new FacetCount(key, key, rs.getLong(2)));
            }
        }
        return out;
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
                out.get(dim).add(new FacetCount(key, key, rs.getLong(3)));
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
        try (PreparedStatement ps = Sql.prepare(c, sql, f.params()); ResultSet rs = ps.executeQuery()) {
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
        out.put("country", ranked(countries, Function.identity(), Function.identity()));
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
        try (PreparedStatement ps = Sql.prepare(c, sql, f.params()); ResultSet rs = ps.executeQuery()) {
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
        try (PreparedStatement ps = Sql.prepare(c, sql, f.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new FacetCount(rs.getString(1), rs.getString(1), rs.getLong(2)));
            }
        }
        return out;
    }
}
