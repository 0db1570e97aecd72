package dev.gazette.ui;

import dev.gazette.enrich.Geography;
import dev.gazette.model.FacetCount;
import dev.gazette.model.Facets;
import dev.gazette.model.TagInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sidebar's content as plain records: the Library section with its counts, dates (year →
 * month → day), regions (continent → sub-region → country), sources and tags with their
 * colours. Built from a result's facets by the view-model, off the JavaFX thread; the view
 * only turns the records into tree rows. Pure and thread-safe.
 */
final class SidebarTree {

    /** A row and the rows under it; expanded is how a new tree opens (the view keeps the person's). */
    record Node(SidebarItem item, boolean expanded, List<Node> children) {
        Node {
            children = List.copyOf(children);
        }

        static Node leaf(SidebarItem item) {
            return new Node(item, false, List.of());
        }
    }

    /** The colour of a tag without one of its own. */
    static final String TAG_GREY = "#8c959f";

    private SidebarTree() {
    }

    /**
     * The sections. Without facets yet (the first frame), only the Library section, its counts
     * unknown (-1). All articles counts the whole library, whatever the filter.
     */
    static List<Node> build(Facets f, long libraryTotal, long unread, long starred, List<TagInfo> tags, Geography geography) {
        List<Node> sections = new ArrayList<>();
        sections.add(new Node(SidebarItem.heading("Library"), true, List.of(
                leaf("All articles", f == null ? -1 : libraryTotal, "all"),
                leaf("Unread", f == null ? -1 : unread, "unread"),
                leaf("Starred", f == null ? -1 : starred, "starred"))));
        if (f == null) {
            return sections;
        }
        sections.add(new Node(SidebarItem.heading("Dates"), true, dates(f)));
        sections.add(new Node(SidebarItem.heading("Regions"), true, regions(f, geography)));
        List<Node> sources = new ArrayList<>();
        for (FacetCount s : f.sources()) {
            sources.add(leaf(s.label(), s.count(), "source:" + s.key()));
        }
        sections.add(new Node(SidebarItem.heading("Sources"), true, sources));
        sections.add(new Node(SidebarItem.heading("Tags"), true, tags(f, tags)));
        return sections;
    }

    private static List<Node> dates(Facets f) {
        // Grouped once by prefix: a big library has thousands of days (a loop over every day for
        // every month took the first frame seconds).
        Map<String, List<FacetCount>> monthsOf = byPrefix(f.months());
        Map<String, List<FacetCount>> daysOf = byPrefix(f.days());
        List<Node> years = new ArrayList<>();
        for (FacetCount year : f.years()) {
            List<Node> months = new ArrayList<>();
            for (FacetCount month : monthsOf.getOrDefault(year.key(), List.of())) {
                List<Node> days = new ArrayList<>();
                for (FacetCount day : daysOf.getOrDefault(month.key(), List.of())) {
                    days.add(leaf(day.label(), day.count(), "date:" + day.key()));
                }
                months.add(new Node(item(month.label(), month.count(), "date:" + month.key()), false, days));
            }
            years.add(new Node(item(year.label(), year.count(), "date:" + year.key()), false, months));
        }
        if (f.undated() > 0) {
            years.add(leaf("Undated", f.undated(), "undated"));
        }
        return years;
    }

    private static List<Node> regions(Facets f, Geography geography) {
        Map<String, List<FacetCount>> countriesOf = new HashMap<>();
        for (FacetCount country : f.countries()) {
            countriesOf.computeIfAbsent(geography.subRegion(country.key()), k -> new ArrayList<>()).add(country);
        }
        List<Node> continents = new ArrayList<>();
        for (FacetCount continent : f.continents()) {
            List<Node> subs = new ArrayList<>();
            for (FacetCount sub : f.subRegions()) {
                List<String> codes = geography.countries(sub.key());
                if (!codes.isEmpty() && continent.key().equals(geography.continent(codes.get(0)))) {
                    List<Node> countries = new ArrayList<>();
                    for (FacetCount country : countriesOf.getOrDefault(sub.key(), List.of())) {
                        countries.add(leaf(country.label(), country.count(), "region:" + country.key()));
                    }
                    subs.add(new Node(item(sub.label(), sub.count(), "region:" + sub.key()), false, countries));
                }
            }
            continents.add(new Node(item(continent.label(), continent.count(), "region:" + continent.key()), false, subs));
        }
        return continents;
    }

    private static List<Node> tags(Facets f, List<TagInfo> tags) {
        Map<String, String> colours = new HashMap<>();
        for (TagInfo t : tags) {
            if (t.colour() != null) {
                colours.put(t.name(), t.colour());
            }
        }
        List<Node> out = new ArrayList<>();
        for (FacetCount t : f.tags()) {
            out.add(Node.leaf(new SidebarItem(t.label(), t.count(), BrowseKeys.filterOf("tag:" + t.key()),
                    "tag:" + t.key(), colours.getOrDefault(t.key(), TAG_GREY))));
        }
        if (out.isEmpty()) {
            out.add(Node.leaf(new SidebarItem("Press t to tag an article", -1, null, "hint:tags", null)));
        }
        return out;
    }

    /**
     * The rows to show after a filter changed, so that the row just clicked stays under the
     * pointer: every row of previous keeps its place (in previous's order), with next's count, or
     * with a count of 0 when next no longer has it (a year with no article about the region just
     * chosen); a row only next has comes in after the row it follows in next. The "Press t" hint
     * shows only when nothing else is left. Pure; neither list is changed.
     */
    static List<Node> keepRows(List<Node> previous, List<Node> next) {
        if (previous.isEmpty()) {
            return next;
        }
        Map<String, Node> nextByKey = new HashMap<>();
        for (Node n : next) {
            nextByKey.put(n.item().key(), n);
        }
        Map<String, Node> previousByKey = new HashMap<>();
        for (Node p : previous) {
            previousByKey.put(p.item().key(), p);
        }
        // the rows only next has, by the key of the row before them in next ("" for the first)
        Map<String, List<Node>> newAfter = new HashMap<>();
        String before = "";
        for (Node n : next) {
            if (!previousByKey.containsKey(n.item().key()) || isHint(n)) { // a previous hint is never kept
                newAfter.computeIfAbsent(before, k -> new ArrayList<>()).add(n);
            }
            before = n.item().key();
        }
        List<Node> out = new ArrayList<>();
        addWithFollowers(out, null, "", newAfter);
        for (Node p : previous) {
            if (isHint(p)) {
                addWithFollowers(out, null, p.item().key(), newAfter);
                continue;
            }
            Node n = nextByKey.get(p.item().key());
            Node kept = n == null ? zeroed(p) : new Node(n.item(), n.expanded(), keepRows(p.children(), n.children()));
            addWithFollowers(out, kept, kept.item().key(), newAfter);
        }
        if (out.stream().anyMatch(n -> !isHint(n))) {
            out.removeIf(SidebarTree::isHint);
        }
        return out;
    }

    private static void addWithFollowers(List<Node> out, Node node, String key, Map<String, List<Node>> newAfter) {
        if (node != null) {
            out.add(node);
        }
        for (Node follower : newAfter.getOrDefault(key, List.of())) {
            addWithFollowers(out, follower, follower.item().key(), newAfter);
        }
    }

    private static boolean isHint(Node n) {
        return n.item().key().startsWith("hint:");
    }

    /** The row and the rows under it with no articles (headings keep their lack of a count). */
    private static Node zeroed(Node n) {
        SidebarItem i = n.item();
        SidebarItem item = i.count() < 0 ? i : new SidebarItem(i.label(), 0, i.filter(), i.key(), i.colour());
        return new Node(item, n.expanded(), n.children().stream().map(SidebarTree::zeroed).toList());
    }

    /** Date facets by the key they belong under: "2019-04" under "2019", "2019-04-06" under "2019-04". */
    private static Map<String, List<FacetCount>> byPrefix(List<FacetCount> facets) {
        Map<String, List<FacetCount>> out = new HashMap<>();
        for (FacetCount c : facets) {
            int dash = c.key().lastIndexOf('-');
            if (dash > 0) {
                out.computeIfAbsent(c.key().substring(0, dash), k -> new ArrayList<>()).add(c);
            }
        }
        return out;
    }

    private static SidebarItem item(String label, long count, String key) {
        return SidebarItem.of(label, count, BrowseKeys.filterOf(key), key);
    }

    private static Node leaf(String label, long count, String key) {
        return Node.leaf(item(label, count, key));
    }
}
