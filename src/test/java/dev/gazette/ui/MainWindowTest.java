package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import dev.gazette.service.LibraryService;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import java.util.List;
import java.util.stream.IntStream;

import static dev.gazette.ui.WindowFixture.fx;
import static dev.gazette.ui.WindowFixture.waitUntil;
import static dev.gazette.ui.WindowFixture.clickSidebar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the real main window headless (Monocle): import a folder, filter by year, country and
 * tag, search, correct a region. Waits by polling with timeouts, never by sleeping.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;
    private WindowFixture window;
    private LibraryService service;
    private MainViewModel model;
    private MainView view;
    private long imported;

    /** Loads the slow parts once, off the JavaFX thread, so no window setup waits on them. */
    @BeforeAll
    static void warmUp() {
        WindowFixture.warmUp(dir);
    }

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, WindowFixture.freshLibrary(dir), 1200, 760);
        service = window.service();
        model = window.model();
        view = window.view();
        model.refresh();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private TableView<ArticleSummary> table(FxRobot robot) {
        return robot.lookup("#articles").queryTableView();
    }

    private List<String> titles(FxRobot robot) throws Exception {
        TableView<ArticleSummary> t = table(robot);
        return fx(() -> IntStream.range(0, t.getItems().size()).mapToObj(i -> t.getItems().get(i).title()).toList());
    }

    private void importSamples(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.importPaths(List.of(Path.of("samples").toAbsolutePath())));
        waitUntil(() -> model.lastReportProperty().get() != null);
        imported = fx(() -> model.lastReportProperty().get().count(dev.gazette.model.ImportOutcome.Status.IMPORTED));
        assertThat(imported).isEqualTo(MainViewModelTest.SAMPLE_ARTICLES); // every sample file but the README
        waitUntil(() -> table(robot).getItems().size() == imported);
        closeReport(robot);
    }

    private void closeReport(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#import-report").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.getScene() != null && w.getScene().lookup("#import-report") != null) {
                    w.hide();
                }
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importAFolderAndSeeItInTheList(FxRobot robot) throws Exception {
        assertThat(robot.lookup("No articles here").tryQuery()).isPresent();
        importSamples(robot);
        assertThat(titles(robot)).anyMatch(t -> t != null && t.contains("Nairobi")).anyMatch(t -> t != null && t.contains("Perth"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo(imported + " articles");
    }

    @Test
    void filterByAYearInTheSidebarAndByACountryOnTheMap(FxRobot robot) throws Exception {
        importSamples(robot);
        clickSidebar(robot, "date:2019");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(titles(robot)).allMatch(t -> t.contains("Nairobi") || t.contains("Valpara"));

        clickSidebar(robot, "all");
        waitUntil(() -> table(robot).getItems().size() == imported);
        robot.clickOn("#page-map");
        waitUntil(() -> robot.lookup("#map-KE").tryQuery().isPresent());
        robot.clickOn("#map-KE");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(titles(robot)).singleElement().asString().contains("Nairobi");
        assertThat(fx(() -> view.page())).isEqualTo(WindowPage.ARTICLES);
    }

    @Test
    void filterByAMonthOnTheTimeline(FxRobot robot) throws Exception {
        importSamples(robot);
        robot.clickOn("#page-timeline");
        waitUntil(() -> robot.lookup("#bar-2019-04").tryQuery().isPresent());
        robot.clickOn("#bar-2019-04");
        waitUntil(() -> table(robot).getItems().size() == 2);
    }

    @Test
    void tagAnArticleThenFilterByThatTag(FxRobot robot) throws Exception {
        importSamples(robot);
        robot.clickOn("#articles");
        robot.type(KeyCode.J);
        waitUntil(() -> model.selectedProperty().get() != null);
        String title = fx(() -> model.selectedProperty().get().title());
        robot.type(KeyCode.T);
        waitUntil(() -> robot.lookup("#tag-input").queryAs(TextField.class).isFocused());
        robot.write("drought").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#chip-drought").tryQuery().isPresent());
        clickSidebar(robot, "tag:drought");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(titles(robot)).containsExactly(title);
    }

    @Test
    void searchWithTheSyntaxNarrowsTheList(FxRobot robot) throws Exception {
        importSamples(robot);
        robot.clickOn("#articles");
        robot.type(KeyCode.SLASH);
        waitUntil(() -> robot.lookup("#search").queryAs(TextField.class).isFocused());
        robot.write("\"desalination plant\"").type(KeyCode.ENTER);
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(titles(robot)).singleElement().asString().contains("Perth");
    }

    @Test
    void correctTheRegionOfAnArticle(FxRobot robot) throws Exception {
        importSamples(robot);
        robot.clickOn("#articles");
        robot.type(KeyCode.J);
        waitUntil(() -> model.selectedProperty().get() != null);
        robot.clickOn("#fix-regions");
        waitUntil(() -> robot.lookup("#regions-field").tryQuery().isPresent());
        TextField field = robot.lookup("#regions-field").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(field::clear).get();
        robot.clickOn(field).write("Iceland");
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("#reader-regions").queryAs(Label.class).getText().startsWith("Iceland"));
        clickSidebar(robot, "region:Europe");
        waitUntil(() -> titles(robot).size() >= 1 && fx(() -> model.facetsProperty().get().countries().stream()
                .anyMatch(f -> f.key().equals("IS"))));
    }

    @Test
    void deleteShowsAnUndoBarAndUndoBringsTheArticleBack(FxRobot robot) throws Exception {
        importSamples(robot);
        robot.clickOn("#articles");
        robot.type(KeyCode.J);
        waitUntil(() -> model.selectedProperty().get() != null);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#undo").tryQuery().map(n -> n.getParent().isVisible()).orElse(false));
        robot.clickOn("#undo");
        waitUntil(() -> model.pendingDelete().isEmpty());
        assertThat(titles(robot)).hasSize((int) imported);
    }

    @Test
    void theReaderShowsTheArticleAndTheShortcutSheetOpens(FxRobot robot) throws Exception {
        importSamples(robot);
        robot.clickOn("#articles");
        robot.type(KeyCode.J);
        waitUntil(() -> model.selectedProperty().get() != null);
        waitUntil(() -> view.reader() != null && view.reader().getEngine().getDocument() != null
                && view.reader().getEngine().getDocument().getElementsByTagName("h1").getLength() == 1);
        robot.clickOn("#articles");
        robot.write("?");
        waitUntil(() -> robot.lookup("#shortcuts-sheet").tryQuery().isPresent());
    }

    @Test
    void everyMenuShortcutDoesOneThingAndTheNotesPaneToggles(FxRobot robot) throws Exception {
        // the reader (and with it the Highlights menu) is made after the first frame
        waitUntil(() -> view.reader() != null);
        List<String> accelerators = fx(() -> {
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) view.root().lookup(".menu-bar");
            List<String> all = new java.util.ArrayList<>();
            for (javafx.scene.control.Menu m : bar.getMenus()) {
                collectAccelerators(m, all);
            }
            return all;
        });
        assertThat(accelerators).isNotEmpty().doesNotHaveDuplicates();

        // off by default: the list and the reader get the room
        assertThat(fx(() -> view.root().lookup("#notes-pane"))).isNull();
        robot.clickOn("#articles");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> view.notesShown() && view.root().lookup("#notes-pane") != null);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !view.notesShown() && view.root().lookup("#notes-pane") == null);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> view.page() == WindowPage.TIMELINE);
    }

    private static void collectAccelerators(javafx.scene.control.Menu menu, List<String> into) {
        for (javafx.scene.control.MenuItem i : menu.getItems()) {
            if (i instanceof javafx.scene.control.Menu sub) {
                collectAccelerators(sub, into);
            } else if (i.getAccelerator() != null) {
                into.add(i.getAccelerator().getName());
            }
        }
    }
}
