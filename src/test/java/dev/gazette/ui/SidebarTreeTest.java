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
}
