package dev.gazette.store;

import dev.gazette.model.ArticleQuery;
import dev.gazette.store.ArticleFilter.Dimension;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads facet counts from the two-dimensional running totals ({@code facet_cross},
 * {@code V6__cross_totals.sql}) when the filters a facet counts under are exactly one value
 * (one region, one tag, one source, unread, starred), or whole months (a year, a month, a
 * month-aligned range, or "undated"), or one value and whole months for the date facets.
 * {@link #under} decides; the readers count. Any other combination is counted from the
 * articles by {@link FacetRepository}. Immutable; the readers are stateless.
 *
 * @param anchor  the value ({@code country:FR}, {@code continent:Europe}, {@code tag:12},
 *                {@code source:Reuters}, {@code flag:unread}), or null
 * @param months  true when a date filter applies: the months fromMonth..toMonth, or with
 *                undated true only the undated articles
 */
record CrossTotals(String anchor, boolean months, String fromMonth, String toMonth, boolean undated) {

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

    /** True when the filter is one value alone (no dates). */
    boolean valueOnly() {
        return anchor != null && !months;
    }

    /** True when the filter is whole months alone. */
    boolean monthsOnly() {
        return anchor == null && months;
    }

    /**
     * The anchor for q's filters other than the dimensions left out, or null when those
     * filters are not one value and/or whole months (words, sites, several values, read,
     * not starred, day-precise dates), or when nothing is filtered at all.
     */
    static CrossTotals under(Connection c, ArticleQuery q, Set<Dimension> without) throws SQLException {
        if (FtsQuery.toMatch(q.words()) != null) {
            return null;
        }
        if (q.highlighted() != null || q.noted() != null
                || !without.contains(Dimension.SITE) && !q.sites().isEmpty()) {
            return null;
        }
        List<String> anchors = new ArrayList<>();
        if (Boolean.TRUE.equals(q.read())) {
            return null; // only unread is kept
        }
        if (Boolean.FALSE.equals(q.read())) {
            anchors.add("flag:unread");
        }
        if (Boolean.FALSE.equals(q.starred())) {
            return null; // only starred is kept
        }
        if (Boolean.TRUE.equals(q.starred())) {
            anchors.add("flag:starred");
        }
        if (!without.contains(Dimension.SOURCE) && !q.sources().isEmpty()) {
            if (q.sources().size() != 1) {
                return null;
            }
            anchors.add("source:" + q.sources().get(0));
        }
        if (!without.contains(Dimension.TAGS) && !(q.tagsAll().isEmpty() && q.tagsAny().isEmpty() && q.tagsNone().isEmpty())) {
            List<String> one = q.tagsAll().size() + q.tagsAny().size() == 1 && q.tagsNone().isEmpty()
                    ? (q.tagsAll().isEmpty() ? q.tagsAny() : q.tagsAll()) : List.of();
            if (one.isEmpty()) {
                return null;
            }
            anchors.add("tag:" + tagId(c, one.get(0)));
        }
        if (!without.contains(Dimension.REGION) && !q.regions().isEmpty()) {
            if (q.regions().size() != 1) {
                return null;
            }
            String region = regionAnchor(c, q.regions().get(0).trim());
            if (region == null) {
                return null;
            }
            anchors.add(region);
        }
        if (anchors.size() > 1) {
            return null;
        }
        String anchor = anchors.isEmpty() ? null : anchors.get(0);
        boolean dated = !without.contains(Dimension.DATE)
                && (q.undated() || q.year() != null || q.from() != null || q.to() != null);
        if (!dated) {
            return anchor == null ? null : new CrossTotals(anchor, false, null, null, false);
        }
        if (q.undated()) {
            return new CrossTotals(anchor, true, "", "", true);
        }
        String[] span = monthSpan(q);
        return span == null ? null : new CrossTotals(anchor, true, span[0], span[1], false);
    }

    /** The tag's id as the anchors spell it; -1 (no rows) for a tag that does not exist. */
    private static long tagId(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tag WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /** The first and last month ("YYYY-MM") q's date filters cover, or null unless whole months. */
    static String[] monthSpan(ArticleQuery q) {
        String lo = "0000-00";
        String hi = "9999-99";
        if (q.year() != null) {
            if (q.day() != null || q.year() < 1 || q.year() > 9999) {
                return null;
            }
            if (q.month() == null) {
                lo = String.format("%04d-01", q.year());
                hi = String.format("%04d-12", q.year());
            } else if (q.month() >= 1 && q.month() <= 12) {
                lo = String.format("%04d-%02d", q.year(), q.month());
                hi = lo;
            } else {
                return null;
            }
        }
        LocalDate from = q.from();
        if (from != null) {
            if (from.getDayOfMonth() != 1) {
                return null;
            }
            String m = YearMonth.from(from).toString();
            lo = m.compareTo(lo) > 0 ? m : lo;
        }
        LocalDate to = q.to();
        if (to != null) {
            if (to.getDayOfMonth() != to.lengthOfMonth()) {
                return null;
            }
            String m = YearMonth.from(to).toString();
            hi = m.compareTo(hi) < 0 ? m : hi;
        }
        return new String[] {lo, hi};
    }

    /**
     * "country:XX" for a two-letter value; for a name, the one region dimension that has it
     * (a sub-region or a continent); null when the name is both, so the caller counts.
     */
    private static String regionAnchor(Connection c, String value) throws SQLException {
        if (COUNTRY_CODE.matcher(value).matches()) {
            return "country:" + value.toUpperCase(Locale.ROOT);
        }
        List<String> dims = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT dim FROM facet_total"
                + " WHERE dim IN ('sub_region', 'continent') AND key = ? AND n > 0")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dims.add(rs.getString(1));
                }
            }
        }
        if (dims.size() > 1) {
            return null;
        }
        return (dims.isEmpty() ? "sub_region" : dims.get(0)) + ":" + value;
    }

    /**
     * Articles per month under the anchor value, within the month span when dates apply
     * ("" = undated); keys as stored, counts above zero.
     */
    Map<String, Long> monthsUnderValue(Connection c) throws SQLException {
        String sql = "SELECT key, n FROM facet_cross WHERE anchor = ? AND dim = 'month' AND n > 0"
                + (months ? " AND key BETWEEN ? AND ?" : "");
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, anchor);
            if (months) {
                ps.setString(2, fromMonth);
                ps.setString(3, toMonth);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }
            }
        }
        return out;
    }

    /**
     * Counts per key of one dimension ("source", "tag", "country", "sub_region", "continent")
     * under the anchor: the value's own rows, or the sum over the span's month rows. Keys are
     * grouped ignoring case; the spelling is the stored one.
     */
    Map<String, Long> counts(Connection c, String dim) throws SQLException {
        String sql;
        List<String> params = new ArrayList<>();
        if (anchor != null) {
            sql = "SELECT key, n FROM facet_cross WHERE anchor = ? AND dim = ? AND n > 0";
            params.add(anchor);
        } else {
            sql = "SELECT key, sum(n) FROM facet_cross WHERE anchor BETWEEN ? AND ? AND dim = ?"
                    + " GROUP BY key HAVING sum(n) > 0";
            params.add("month:" + fromMonth);
            params.add("month:" + toMonth);
        }
        params.add(dim);
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }
            }
        }
        return out;
    }
}
