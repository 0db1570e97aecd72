package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.model.FacetCount;
import dev.gazette.model.Facets;
import dev.gazette.service.LibraryService;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.gazette.ui.WindowFixture.fx;
import static dev.gazette.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The clicked sidebar row stays under the pointer (issue 26): when a click changes the other
 * sections' counts (a region chosen after a year leaves fewer years above it), the rows above it
 * must not come and go, re-order or re-expand. Measured as a person sees it: the row's place on
 * the screen before the click and once the new counts are shown.
 */
@ExtendWith(ApplicationExtension.class)
class SidebarStaysPutTest {

    @TempDir
    static Path dir;
    private WindowFixture window;
    private LibraryService service;
    private MainViewModel model;
    private Stage stage;

    @BeforeAll
    static void warmUp() {
        WindowFixture.warmUp(dir);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowFixture.show(stage, WindowFixture.freshLibrary(dir), 1320, 840);
        service = window.service();
        model = window.model();
        window.view().setDividers(0.16, 0.52);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private TableView<ArticleSummary> table(FxRobot robot) {
        return robot.lookup("#articles").queryTableView();
    }

    private void offerSamples(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.offerSamples().thenRun(() -> { })).get();
        waitUntil(() -> !model.importingSamplesProperty().get());
        WaitForAsyncUtils.asyncFx(() -> model.refresh());
        long all = service.count(ArticleQuery.ALL);
        waitUntil(() -> table(robot).getItems().size() == all);
    }

    @SuppressWarnings("unchecked")
    private static TreeView<SidebarItem> tree(FxRobot robot) {
        return (TreeView<SidebarItem>) robot.lookup("#sidebar").query();
    }

    /** The shown cell of the row with this key, if it is on screen. */
    private static Optional<Node> cell(FxRobot robot, String key) {
        return robot.lookup(".tree-cell").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getItem() instanceof SidebarItem s && s.key().equals(key))
                .filter(Node::isVisible)
                .findFirst();
    }

    /**
     * The row's top edge on the screen: the cell's own origin, not its drawn bounds, which grow by
     * a pixel or two when the chosen row gets its focus ring.
     */
    private static double screenY(FxRobot robot, String key) throws Exception {
        return fx(() -> cell(robot, key).orElseThrow(() -> new AssertionError(key + " is not on screen"))
                .localToScreen(0, 0).getY());
    }

    /** Every row's key, in order, as the tree shows them (expanded rows only). */
    private static List<String> rows(FxRobot robot) throws Exception {
        return fx(() -> {
            List<String> keys = new ArrayList<>();
            TreeView<SidebarItem> t = tree(robot);
            for (int i = 0; i < t.getExpandedItemCount(); i++) {
                TreeItem<SidebarItem> item = t.getTreeItem(i);
                keys.add(item.getValue().key());
            }
            return keys;
        });
    }

    /** Waits until the sidebar shows the facets of exactly this query (its years add up to its count). */
    private void waitForFacetsOf(ArticleQuery yearsCountedUnder) throws Exception {
        long expected = service.count(yearsCountedUnder);
        waitUntil(() -> {
            Facets f = model.facetsProperty().get();
            return f != null && f.years().stream().mapToLong(FacetCount::count).sum() + f.undated() == expected;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRegionClickedAfterAYearStaysUnderThePointer(FxRobot robot) throws Exception {
        offerSamples(robot);
        WindowFixture.clickSidebar(robot, "date:2019");
        long in2019 = service.count(ArticleQuery.ALL.withDate(2019, null, null));
        waitUntil(() -> table(robot).getItems().size() == in2019);
        waitForFacetsOf(ArticleQuery.ALL);

        waitUntil(() -> cell(robot, "region:Africa").isPresent());
        double before = screenY(robot, "region:Africa");
        List<String> rowsBefore = rows(robot);
        robot.clickOn(cell(robot, "region:Africa").orElseThrow());

        ArticleQuery both = ArticleQuery.ALL.withDate(2019, null, null).withRegions(List.of("Africa"));
        long inBoth = service.count(both);
        waitUntil(() -> table(robot).getItems().size() == inBoth);
        // the Dates section now counts Africa's articles: fewer years have any
        waitForFacetsOf(ArticleQuery.ALL.withRegions(List.of("Africa")));

        // under the pointer: within a pixel (the flow snaps its scrolling to whole pixels); a row is 22
        assertThat(screenY(robot, "region:Africa")).as("the clicked row's place on the screen").isCloseTo(before, within(1.5));
        assertThat(rows(robot)).as("no row came, went or moved").isEqualTo(rowsBefore);
        assertThat(fx(() -> tree(robot).getSelectionModel().getSelectedItem().getValue().key())).isEqualTo("region:Africa");
    }

    @Test
    void aCountryDeepInAScrolledSidebarStaysUnderThePointer(FxRobot robot) throws Exception {
        offerSamples(robot);
        fx(() -> {
            stage.setHeight(520); // a small window: the sidebar scrolls
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> cell(robot, "date:2019").isPresent());
        robot.clickOn(cell(robot, "date:2019").orElseThrow());
        long in2019 = service.count(ArticleQuery.ALL.withDate(2019, null, null));
        waitUntil(() -> table(robot).getItems().size() == in2019);
        waitForFacetsOf(ArticleQuery.ALL);
        // every row open: the sidebar is longer than its pane; scrolled so that Kenya is mid-pane
        int kenya = fx(() -> {
            expandAll(tree(robot).getRoot());
            TreeView<SidebarItem> t = tree(robot);
            for (int i = 0; i < t.getExpandedItemCount(); i++) {
                if (t.getTreeItem(i).getValue().key().equals("region:KE")) {
                    t.scrollTo(Math.max(0, i - 6));
                    return i;
                }
            }
            return -1;
        });
        assertThat(kenya).as("Kenya's row").isGreaterThan(12);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> cell(robot, "region:KE").isPresent());
        assertThat(fx(() -> robot.lookup(".tree-cell").queryAll().stream().filter(Node::isVisible)
                .mapToInt(n -> ((TreeCell<?>) n).getIndex()).filter(ix -> ix >= 0).min().orElse(0)))
                .as("the sidebar is scrolled").isPositive();
        double before = screenY(robot, "region:KE");
        List<String> rowsBefore = rows(robot);
        robot.clickOn(cell(robot, "region:KE").orElseThrow());

        ArticleQuery both = ArticleQuery.ALL.withDate(2019, null, null).withRegions(List.of("KE"));
        long inBoth = service.count(both);
        waitUntil(() -> table(robot).getItems().size() == inBoth);
        // the Dates section above now counts Kenya's articles only: one year, one month, one day
        waitForFacetsOf(ArticleQuery.ALL.withRegions(List.of("KE")));

        assertThat(rows(robot)).as("no row came, went or moved").isEqualTo(rowsBefore);
        assertThat(screenY(robot, "region:KE")).as("the clicked row's place on the screen").isCloseTo(before, within(1.5));
    }

    private static void expandAll(TreeItem<SidebarItem> item) {
        if (item == null) {
            return;
        }
        item.setExpanded(true);
        item.getChildren().forEach(SidebarStaysPutTest::expandAll);
    }
}
