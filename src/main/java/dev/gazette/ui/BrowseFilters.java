package dev.gazette.ui;

import dev.gazette.enrich.Geography;
import dev.gazette.model.ArticleQuery;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The filters chosen in the sidebar, on the timeline and on the map, one per kind (library
 * view, date, region, source, tag), combined: a year and a region together narrow the list to
 * the articles of that year about that region. Each is a key ({@link BrowseKeys}); a new choice
 * of a kind replaces the old one of that kind, "all" clears them. Immutable; safe across threads.
 *
 * @param keys the chosen keys, in the order they were chosen, at most one per kind
 */
record BrowseFilters(List<String> keys) {

    /** No filter: the whole library. */
    static final BrowseFilters NONE = new BrowseFilters(List.of());

    BrowseFilters {
        keys = List.copyOf(keys);
    }

    /** These filters with key added, replacing the one of its kind; "all" (or blank) clears them all. */
    BrowseFilters with(String key) {
        String kind = kind(key);
        if (kind == null) {
            return NONE;
        }
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (!kind.equals(kind(k))) {
                out.add(k);
            }
        }
        out.add(key);
        return new BrowseFilters(out);
    }

    /** These filters without key. */
    BrowseFilters without(String key) {
        List<String> out = new ArrayList<>(keys);
        out.remove(key);
        return new BrowseFilters(out);
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The last filter chosen, or "all": the sidebar row to show selected. */
    String lastKey() {
        return keys.isEmpty() ? "all" : keys.get(keys.size() - 1);
    }

    /** The query every filter narrows together. */
    ArticleQuery query() {
        ArticleQuery q = ArticleQuery.ALL;
        for (String k : keys) {
            q = q.and(BrowseKeys.filterOf(k));
        }
        return q;
    }

    /** One line to remember the filters by between runs ("all" for none). */
    String encode() {
        return keys.isEmpty() ? "all" : String.join("\n", keys);
    }

    /** The filters a line of {@link #encode} remembers; a single key (as older versions saved) too. */
    static BrowseFilters decode(String line) {
        BrowseFilters f = NONE;
        if (line != null) {
            for (String k : line.split("\n")) {
                if (kind(k.strip()) != null && !BrowseKeys.filterOf(k.strip()).equals(ArticleQuery.ALL)) {
                    f = f.with(k.strip());
                }
            }
        }
        return f;
    }

    /** The filters that say the same as one query's sidebar key (an older single filter). */
    static BrowseFilters of(ArticleQuery q) {
        return NONE.with(BrowseKeys.keyOf(q));
    }

    /** What kind of filter a key is ("date", "region" …), or null for "all". */
    static String kind(String key) {
        if (key == null || key.isBlank() || key.equals("all")) {
            return null;
        }
        if (key.equals("unread") || key.equals("starred")) {
            return "library";
        }
        if (key.equals("undated")) {
            return "date";
        }
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    /** A filter chip's words: "2019", "April 2019", "Africa", "Kenya", "Tag: water", "Unread". */
    static String label(String key, Geography geography) {
        String kind = kind(key);
        String value = key.indexOf(':') < 0 ? "" : key.substring(key.indexOf(':') + 1);
        if (kind == null) {
            return "All articles";
        }
        return switch (kind) {
            case "library" -> key.equals("unread") ? "Unread" : "Starred";
            case "date" -> key.equals("undated") ? "No date" : dateLabel(value);
            case "region" -> value.matches("[A-Z]{2}") ? geography.countryName(value) : value;
            case "source" -> "Source: " + value;
            case "tag" -> "Tag: " + value;
            default -> key;
        };
    }

    private static String dateLabel(String iso) {
        String[] p = iso.split("-");
        try {
            if (p.length == 2) {
                return Month.of(Integer.parseInt(p[1])).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + p[0];
            }
            if (p.length == 3) {
                return DateLabels.longDate(iso);
            }
        } catch (RuntimeException e) {
            return iso;
        }
        return iso;
    }
}
