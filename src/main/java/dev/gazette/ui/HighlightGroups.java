package dev.gazette.ui;

import dev.gazette.model.HighlightEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups the Highlights view's rows by article, month, region or tag (an entry with several
 * tags stands under each). Groups keep the order of the entries (newest article first); tag
 * and region groups are sorted by name. Stateless.
 */
public final class HighlightGroups {

    /** What the Highlights view groups by. */
    public enum By {
        ARTICLE("Article"), DATE("Month"), REGION("Region"), TAG("Tag");

        private final String label;

        By(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One group: its heading and its entries. */
    public record Group(String heading, List<HighlightEntry> entries) {
    }

    private HighlightGroups() {
    }

    /** Groups entries; countryName turns an alpha-2 code into a name. */
    public static List<Group> group(List<HighlightEntry> entries, By by, Function<String, String> countryName) {
        Map<String, List<HighlightEntry>> groups = new LinkedHashMap<>();
        for (HighlightEntry e : entries) {
            for (String key : keys(e, by, countryName)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new Group(k, List.copyOf(v))));
        if (by == By.TAG || by == By.REGION) {
            out.sort((a, b) -> a.heading().startsWith("(") != b.heading().startsWith("(")
                    ? (a.heading().startsWith("(") ? 1 : -1) : a.heading().compareToIgnoreCase(b.heading()));
        }
        return out;
    }

    private static List<String> keys(HighlightEntry e, By by, Function<String, String> countryName) {
        var a = e.article();
        return switch (by) {
            case ARTICLE -> List.of((a.title() == null ? "(untitled)" : a.title())
                    + (a.published() == null ? "" : "  · " + date(a.published())));
            case DATE -> List.of(a.published() == null || a.published().length() < 7 ? "(undated)"
                    : a.published().substring(0, 7));
            case REGION -> List.of(a.primaryCountry() == null ? "(no region)" : countryName.apply(a.primaryCountry()));
            case TAG -> a.tags().isEmpty() ? List.of("(untagged)") : a.tags();
        };
    }

    static String date(String published) {
        return published.length() > 10 ? published.substring(0, 10) : published;
    }
}
