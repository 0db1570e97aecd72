package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.Highlight;
import dev.gazette.service.LibraryService;
import javafx.geometry.Point2D;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.web.WebView;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.gazette.ui.WindowFixture.fx;
import static dev.gazette.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's context menu (issue 26), used as a person would: a word selected by a double
 * click in the article, a right click on it, and each item in turn: Copy puts the word on the
 * clipboard, Highlight keeps it as a highlight, Note… opens the notes beside the article with the
 * caret in them, Open Original shows the saved file. With nothing selected, Copy and Highlight
 * are offered greyed out.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderContextMenuTest {

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
        window.view().setDividers(0.16, 0.40);
    }

    @AfterEach
    void close() throws Exception {
        window.closeWithOthers(stage); // the original's window
    }

    /** The samples imported and the first article shown in the reader; returns its id. */
    private long showFirstArticle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.offerSamples().thenRun(() -> { })).get();
        waitUntil(() -> !model.importingSamplesProperty().get());
        WaitForAsyncUtils.asyncFx(() -> model.refresh());
        long all = service.count(ArticleQuery.ALL);
        waitUntil(() -> robot.lookup("#articles").queryTableView().getItems().size() == all);
        robot.clickOn("#articles");
        robot.type(KeyCode.J);
        waitUntil(() -> model.selectedProperty().get() != null);
        long id = fx(() -> model.selectedProperty().get().id());
        waitUntil(() -> reader() != null && reader().getEngine().getDocument() != null
                && reader().getEngine().getDocument().getElementsByTagName("p").getLength() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return id;
    }

    private WebView reader() {
        return window.view().reader();
    }

    /** A point on the screen inside the first word of the article's first paragraph. */
    private Point2D firstWord() throws Exception {
        return fx(() -> {
            Object xy = reader().getEngine().executeScript("(function(){"
                    + "var p=document.querySelector('p');var w=document.createTreeWalker(p,NodeFilter.SHOW_TEXT);"
                    + "var t=w.nextNode();while(t&&!/\\S{4,}/.test(t.data))t=w.nextNode();"
                    + "var m=/\\S{4,}/.exec(t.data);var r=document.createRange();"
                    + "r.setStart(t,m.index);r.setEnd(t,m.index+m[0].length);var b=r.getBoundingClientRect();"
                    + "return (b.left+b.width/2)+','+(b.top+b.height/2);})()");
            String[] p = String.valueOf(xy).split(",");
            double zoom = reader().getZoom() <= 0 ? 1 : reader().getZoom();
            return reader().localToScreen(Double.parseDouble(p[0]) * zoom, Double.parseDouble(p[1]) * zoom);
        });
    }

    private String selection() throws Exception {
        return fx(() -> String.valueOf(reader().getEngine().executeScript("window.getSelection().toString()")));
    }

    /**
     * A right click at the point. On a desktop the platform follows a right click with a request
     * for a context menu; Monocle, the headless platform of these tests, does not (its mouse input
     * never asks for one), so the test sends the request the platform would, at the same point.
     */
    private void rightClick(FxRobot robot, Point2D at) throws Exception {
        robot.moveTo(at).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        if (menuItem(robot, "Open Original").isEmpty()) {
            WaitForAsyncUtils.asyncFx(() -> {
                Point2D local = reader().screenToLocal(at);
                Point2D scene = reader().localToScene(local);
                Event.fireEvent(reader(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                        local.getX(), local.getY(), at.getX(), at.getY(), false,
                        new PickResult(reader(), scene.getX(), scene.getY())));
            }).get(WindowFixture.TIMEOUT_S, TimeUnit.SECONDS);
        }
    }

    /** Opens the reader's context menu at the point and clicks the item with this text. */
    private void useItem(FxRobot robot, Point2D at, String item) throws Exception {
        rightClick(robot, at);
        waitUntil(() -> menuItem(robot, item).isPresent());
        robot.clickOn(menuItem(robot, item).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<Node> menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .menu-item").queryAll().stream()
                .filter(n -> n.isVisible() && n instanceof javafx.scene.layout.Region)
                .filter(n -> n.lookupAll(".label").stream()
                        .anyMatch(l -> l instanceof javafx.scene.control.Label label && text.equals(label.getText())))
                .findFirst();
    }

    private static boolean itemDisabled(FxRobot robot, String text) {
        return menuItem(robot, text).orElseThrow().isDisabled()
                || menuItem(robot, text).orElseThrow().getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("disabled"));
    }

    @Test
    void eachItemOfTheReadersContextMenuDoesWhatItSays(FxRobot robot) throws Exception {
        long id = showFirstArticle(robot);
        Point2D word = firstWord();
        robot.moveTo(word).doubleClickOn(MouseButton.PRIMARY);
        waitUntil(() -> !selection().isBlank());
        String selected = selection().strip();
        assertThat(selected).hasSizeGreaterThanOrEqualTo(4);

        useItem(robot, word, "Copy");
        waitUntil(() -> selected.equals(String.valueOf(Clipboard.getSystemClipboard().getString()).strip()));

        assertThat(service.annotations().highlights(id)).isEmpty();
        useItem(robot, word, "Highlight");
        // asked of the library on this thread, never on the JavaFX thread
        WaitForAsyncUtils.waitFor(WindowFixture.TIMEOUT_S, TimeUnit.SECONDS, () -> !service.annotations().highlights(id).isEmpty());
        assertThat(service.annotations().highlights(id)).extracting(Highlight::exact).containsExactly(selected);
        // the reader shows it marked
        waitUntil(() -> reader().getEngine().getDocument() != null
                && reader().getEngine().getDocument().getElementsByTagName("mark").getLength() > 0);

        assertThat(window.view().notesShown()).isFalse();
        useItem(robot, firstWord(), "Note…");
        waitUntil(() -> window.view().notesShown());
        waitUntil(() -> window.view().highlights().notesPane().editor().isFocused());

        useItem(robot, firstWord(), "Open Original");
        waitUntil(() -> originalViewer() != null);
    }

    @Test
    void withNothingSelectedCopyAndHighlightAreOfferedGreyedOut(FxRobot robot) throws Exception {
        showFirstArticle(robot);
        assertThat(selection()).isBlank();
        rightClick(robot, firstWord());
        waitUntil(() -> menuItem(robot, "Open Original").isPresent());
        assertThat(itemDisabled(robot, "Copy")).isTrue();
        assertThat(itemDisabled(robot, "Highlight")).isTrue();
        assertThat(itemDisabled(robot, "Open Original")).isFalse();
        robot.type(KeyCode.ESCAPE);
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
