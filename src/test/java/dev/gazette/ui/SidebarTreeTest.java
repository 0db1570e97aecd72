package dev.gazette.ui;

import dev.gazette.enrich.Geography;
import dev.gazette.model.FacetCount;
import dev.gazette.model.Facets;
import dev.gazette.model.TagInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sidebar as records, without a window. */
class SidebarTreeTest {

    private static final Geography GEO = Geography.standard();

    private static FacetCount fc(String key, String label, long n) {
        return new FacetCount(key, label, n);
    }

    private static final Facets FACETS = new Facets(3, 1,
            List.of(fc("2019", "2019", 2)), List.of(fc("2019-04", "April", 2)), List.of(fc("2019-04-03", "3", 1), fc("2019-04-06", "6", 1)),
            List.of(fc("Africa", "Africa", 1), fc("Americas", "Americas", 1)),
            List.of(fc("Eastern Africa", "Eastern Africa", 1), fc("South America", "South America", 1)),
            List.of(fc("KE", "Kenya", 1), fc("CL", "Chile", 1)),
            List.of(fc("Rift Valley Chronicle", "Rift Valley Chronicle", 1)),
            List.of(fc("water", "water", 1), fc("todo", "todo", 1)));

    @Test
    void beforeAnyResultOnlyTheLibraryIsThereWithUnknownCounts() {
        List<SidebarTree.Node> tree = SidebarTree.build(null, 5, 4, 1, List.of(), GEO);
        assertThat(tree).singleElement().satisfies(library -> {
            assertThat(library.item().label()).isEqualTo("Library");
            assertThat(library.children()).extracting(n -> n.item().count()).containsExactly(-1L, -1L, -1L);
        });
    }

    @Test
    void datesRegionsSourcesAndTagsNestAsTheFacetsSay() {
        List<SidebarTree.Node> tree = SidebarTree.build(FACETS, 11, 4, 1,
                List.of(new TagInfo("water", "#0969da", 1), new TagInfo("todo", null, 1)), GEO);
        assertThat(tree).extracting(n -> n.item().label()).containsExactly("Library", "Dates", "Regions", "Sources", "Tags");
        // All articles counts the library (11), not the filtered result (3)
        assertThat(tree.get(0).children().get(0).item().count()).isEqualTo(11);

        SidebarTree.Node dates = tree.get(1);
        assertThat(dates.children()).extracting(n -> n.item().key()).containsExactly("date:2019", "undated");
        SidebarTree.Node april = dates.children().get(0).children().get(0);
        assertThat(april.item().key()).isEqualTo("date:2019-04");
        assertThat(april.children()).extracting(n -> n.item().key()).containsExactly("date:2019-04-03", "date:2019-04-06");

        SidebarTree.Node africa = tree.get(2).children().get(0);
        assertThat(africa.children()).singleElement().satisfies(east -> {
            assertThat(east.item().key()).isEqualTo("region:Eastern Africa");
            assertThat(east.children()).extracting(n -> n.item().key()).containsExactly("region:KE");
        });
        assertThat(tree.get(2).children().get(1).children().get(0).children())
                .extracting(n -> n.item().key()).containsExactly("region:CL");

        assertThat(tree.get(4).children()).extracting(n -> n.item().colour()).containsExactly("#0969da", SidebarTree.TAG_GREY);
        assertThat(tree.get(4).children().get(0).item().filter().tagsAll()).containsExactly("water");
    }

    @Test
    void noTagsGivesTheHint() {
        Facets none = new Facets(0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        List<SidebarTree.Node> tree = SidebarTree.build(none, 0, 0, 0, List.of(), GEO);
        assertThat(tree.get(4).children()).singleElement().satisfies(n -> assertThat(n.item().key()).isEqualTo("hint:tags"));
    }

    private static SidebarTree.Node row(String key, long count, SidebarTree.Node... children) {
        return new SidebarTree.Node(SidebarItem.of(key, count, dev.gazette.model.ArticleQuery.ALL, key), false, List.of(children));
    }

    private static List<String> keysAndCounts(List<SidebarTree.Node> rows) {
        List<String> out = new java.util.ArrayList<>();
        for (SidebarTree.Node n : rows) {
            out.add(n.item().key() + "=" + n.item().count());
            keysAndCounts(n.children()).forEach(k -> out.add("  " + k));
        }
        return out;
    }

    // issue 26: the row just clicked stays under the pointer
    @Test
    void keptRowsStayInPlaceWithNoArticlesAndNewRowsComeAfterTheirNeighbour() {
        List<SidebarTree.Node> before = List.of(
                row("date:2021", 3, row("date:2021-03", 3)), row("date:2019", 2), row("date:2014", 1));
        // Africa chosen: its articles are from 2019 and 2020 only, and 2019 now lists first by count
        List<SidebarTree.Node> after = List.of(row("date:2019", 1), row("date:2020", 1));
        assertThat(keysAndCounts(SidebarTree.keepRows(before, after))).containsExactly(
                "date:2021=0", "  date:2021-03=0", "date:2019=1", "date:2020=1", "date:2014=0");
        assertThat(SidebarTree.keepRows(List.of(), after)).isEqualTo(after);
    }

    @Test
    void theTagHintShowsOnlyWhenNoTagRowIsLeft() {
        SidebarTree.Node hint = new SidebarTree.Node(new SidebarItem("Press t to tag an article", -1, null, "hint:tags", null),
                false, List.of());
        assertThat(keysAndCounts(SidebarTree.keepRows(List.of(row("tag:water", 2)), List.of(hint))))
                .containsExactly("tag:water=0");
        assertThat(keysAndCounts(SidebarTree.keepRows(List.of(hint), List.of(row("tag:water", 1), row("tag:todo", 1)))))
                .containsExactly("tag:water=1", "tag:todo=1");
        assertThat(keysAndCounts(SidebarTree.keepRows(List.of(hint), List.of(hint)))).containsExactly("hint:tags=-1");
    }
}
