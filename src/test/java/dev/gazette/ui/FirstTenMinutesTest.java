package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import dev.gazette.service.LibraryService;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
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

import static dev.gazette.ui.WindowFixture.fx;
import static dev.gazette.ui.WindowFixture.waitUntil;
import static dev.gazette.ui.WindowFixture.clickSidebar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user met in the first ten minutes (issue 17), driven in the real window at the
 * default size, 1320×840, with the default dividers: the reader follows the list, search runs
 * as one types, a delete leaves the list at once, headlines have room, the first start says
 * that the samples are coming, the original viewer closes with Esc or Ctrl+W.
 */
@ExtendWith(ApplicationExtension.class)
class FirstTenMinutesTest {

    @TempDir
    static Path dir;
    private WindowFixture window;
    private LibraryService service;
    private MainViewModel model;
    private MainView view;
    private long imported;

    @BeforeAll
    static void warmUp() {
        WindowFixture.warmUp(dir);
    }

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, WindowFixture.freshLibrary(dir), 1320, 840);
        service = window.service();
        model = window.model();
        view = window.view();
        view.setDividers(0.16, 0.52); // the window's defaults (WindowState)
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private TableView<ArticleSummary> table(FxRobot robot) {
        return robot.lookup("#articles").queryTableView();
    }

    /** The first start: the samples, as the window brings them in. */
    private void offerSamples(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.offerSamples().thenRun(() -> { })).get();
        waitUntil(() -> !model.importingSamplesProperty().get());
        WaitForAsyncUtils.asyncFx(() -> model.refresh());
        imported = service.count(dev.gazette.model.ArticleQuery.ALL); // the test thread, not the window's
        assertThat(imported).isGreaterThanOrEqualTo(8);
        waitUntil(() -> table(robot).getItems().size() == imported);
    }

    private TreeView<SidebarItem> sidebar(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<SidebarItem> tree = (TreeView<SidebarItem>) robot.lookup("#sidebar").query();
        return tree;
    }

    private long sidebarCount(FxRobot robot, String key) throws Exception {
        TreeView<SidebarItem> tree = sidebar(robot);
        return fx(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                var item = tree.getTreeItem(i);
                if (item != null && item.getValue() != null && key.equals(item.getValue().key())) {
                    return item.getValue().count();
                }
            }
            return Long.MIN_VALUE;
        });
    }

    private boolean readerEmpty(FxRobot robot) {
        return model.selectedProperty().get() == null
                && robot.lookup("Nothing selected").tryQuery().map(Node::isVisible).orElse(false);
    }

    // item 10
    @Test
    void theFirstStartSaysTheSamplesAreBeingImported(FxRobot robot) throws Exception {
        String head = fx(() -> {
            model.offerSamples();
            return ((Label) view.root().lookup("#placeholder-head")).getText();
        });
        assertThat(head).isEqualTo("Importing the sample articles…");
        assertThat(fx(() -> model.noticeProperty().get())).startsWith("Importing the sample articles");
        waitUntil(() -> !model.importingSamplesProperty().get());
        assertThat(fx(() -> model.noticeProperty().get())).matches("Added \\d+ sample articles.*");
    }

    // item 6
    @Test
    void theReaderEmptiesWhenItsArticleLeavesTheList(FxRobot robot) throws Exception {
        offerSamples(robot);
        robot.clickOn("#articles");
        robot.type(KeyCode.J); // the newest: 2025
        waitUntil(() -> model.selectedProperty().get() != null);
        clickSidebar(robot, "date:2019");
        waitUntil(() -> table(robot).getItems().size() == 2);
        waitUntil(() -> readerEmpty(robot));

        // an article that is still listed stays in the reader
        robot.clickOn("#articles");
        robot.type(KeyCode.J);
        waitUntil(() -> model.selectedProperty().get() != null);
        long kept = fx(() -> model.selectedProperty().get().id());
        clickSidebar(robot, "all");
        waitUntil(() -> table(robot).getItems().size() == imported);
        assertThat(fx(() -> model.selectedProperty().get() == null ? -1 : model.selectedProperty().get().id())).isEqualTo(kept);

        // a search with no results empties it too
        robot.clickOn("#search").write("nosuchwordanywhere").type(KeyCode.ENTER);
        waitUntil(() -> table(robot).getItems().isEmpty());
        waitUntil(() -> readerEmpty(robot));
    }

    // item 7
    @Test
    void searchFollowsTypingWithoutEnter(FxRobot robot) throws Exception {
        offerSamples(robot);
        robot.clickOn("#search").write("\"desalination plant\"");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(fx(() -> table(robot).getItems().get(0).title())).contains("Perth");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table(robot).getItems().size() == imported);
        assertThat(fx(() -> robot.lookup("#search").queryAs(TextField.class).getText())).isEmpty();
    }

    // item 8
    @Test
    void aDeletedRowLeavesAtOnceWithItsCountsAndUndoBringsItBack(FxRobot robot) throws Exception {
        offerSamples(robot);
        assertThat(sidebarCount(robot, "all")).isEqualTo(imported);
        robot.clickOn("#articles");
        robot.type(KeyCode.J);
        waitUntil(() -> model.selectedProperty().get() != null);
        long id = fx(() -> model.selectedProperty().get().id());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> table(robot).getItems().size() == imported - 1);
        assertThat(fx(() -> table(robot).getItems().stream().noneMatch(a -> a.id() == id))).isTrue();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo((imported - 1) + " articles");
        waitUntil(() -> sidebarCount(robot, "all") == imported - 1);
        // a refresh while the undo bar is open (a star, a search) keeps it out
        WaitForAsyncUtils.asyncFx(() -> model.refresh());
        waitUntil(() -> model.refreshes() > 0);
        Thread.sleep(300);
        waitUntil(() -> table(robot).getItems().size() == imported - 1);
        robot.clickOn("#undo");
        waitUntil(() -> table(robot).getItems().size() == imported);
        waitUntil(() -> sidebarCount(robot, "all") == imported);
        assertThat(fx(() -> table(robot).getItems().stream().anyMatch(a -> a.id() == id))).isTrue();
        assertThat(service.count(dev.gazette.model.ArticleQuery.ALL)).isEqualTo(imported);
    }

    // item 9
    @Test
    void headlinesHaveRoomAndTheSidebarKeepsItsCountsInView(FxRobot robot) throws Exception {
        offerSamples(robot);
        waitUntil(() -> robot.lookup(".row-headline").queryAll().size() >= imported);
        List<String> cut = fx(() -> {
            List<String> out = new ArrayList<>();
            for (Node n : view.root().lookupAll(".row-headline")) {
                Label l = (Label) n;
                if (l.getText() == null || l.getText().isEmpty() || !l.isVisible() || l.getScene() == null) {
                    continue;
                }
                String shown = shownText(l);
                if (!shown.equals(l.getText()) && withoutEllipsis(shown).length() < 60) {
                    out.add(l.getText() + " -> " + shown);
                }
            }
            return out;
        });
        assertThat(cut).as("headlines cut before 60 characters").isEmpty();

        // every count in the sidebar is inside the sidebar
        List<String> outside = fx(() -> {
            List<String> out = new ArrayList<>();
            Node tree = view.root().lookup("#sidebar");
            double right = tree.localToScene(tree.getLayoutBounds()).getMaxX();
            for (Node n : tree.lookupAll(".sidebar-count")) {
                Label count = (Label) n;
                if (count.isVisible() && count.getScene() != null && !count.getText().isEmpty()
                        && count.localToScene(count.getLayoutBounds()).getMaxX() > right) {
                    out.add(count.getText());
                }
            }
            return out;
        });
        assertThat(outside).isEmpty();

        // All articles counts the library, whatever the filter
        clickSidebar(robot, "date:2019");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(sidebarCount(robot, "all")).isEqualTo(imported);
    }

    @Test
    void aLongSourceNameEndsInAnEllipsisWithItsCountStillVisible(FxRobot robot) throws Exception {
        offerSamples(robot);
        view.setDividers(0.12, 0.52); // a narrow sidebar: the longest source names no longer fit
        waitUntil(() -> sidebarCount(robot, "all") == imported);
        TreeView<SidebarItem> tree = sidebar(robot);
        WaitForAsyncUtils.asyncFx(() -> tree.scrollTo(tree.getExpandedItemCount() - 1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> seen = new ArrayList<>();
        List<String> problems = fx(() -> {
            List<String> out = new ArrayList<>();
            Node side = view.root().lookup("#sidebar");
            double right = side.localToScene(side.getLayoutBounds()).getMaxX();
            boolean anyCut = false;
            for (Node n : side.lookupAll(".tree-cell")) {
                if (n instanceof TreeCell<?> c && c.getItem() instanceof SidebarItem s && s.key().startsWith("source:") && c.isVisible()) {
                    Label name = (Label) c.lookup(".label");
                    seen.add(shownText(name));
                    anyCut |= !withoutEllipsis(shownText(name)).equals(shownText(name));
                    for (Node cn : c.lookupAll(".sidebar-count")) {
                        if (cn.localToScene(cn.getLayoutBounds()).getMaxX() > right) {
                            out.add("count of " + s.label() + " is outside the sidebar");
                        }
                    }
                }
            }
            if (!anyCut) {
                out.add("no source name was cut at this width: the test does not test anything " + seen);
            }
            return out;
        });
        assertThat(problems).isEmpty();
    }

    /** The text without the ellipsis a cut label ends in ("…", or "..." in some fonts). */
    private static String withoutEllipsis(String shown) {
        return shown.endsWith("…") ? shown.substring(0, shown.length() - 1)
                : shown.endsWith("...") ? shown.substring(0, shown.length() - 3) : shown;
    }

    /** The text a label draws (with its "…" when it is cut). */
    private static String shownText(Label l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return l.getText();
    }

    // item 12
    @Test
    void theOriginalViewerClosesWithEscapeAndCtrlW(FxRobot robot) throws Exception {
        offerSamples(robot);
        robot.clickOn("#articles");
        robot.type(KeyCode.J);
        waitUntil(() -> model.selectedProperty().get() != null);
        for (KeyCode[] keys : List.of(new KeyCode[]{KeyCode.ESCAPE}, new KeyCode[]{KeyCode.CONTROL, KeyCode.W})) {
            robot.clickOn("#articles");
            robot.type(KeyCode.O);
            waitUntil(() -> originalViewer() != null);
            Window viewer = originalViewer();
            WaitForAsyncUtils.asyncFx(viewer::requestFocus).get();
            WaitForAsyncUtils.waitForFxEvents();
            robot.targetWindow(viewer);
            robot.press(keys).release(keys);
            waitUntil(() -> originalViewer() == null);
        }
    }

    private static Window originalViewer() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup("#original-viewer") != null) {
                return w;
            }
        }
        return null;
    }
}
