package dev.gazette.ui;

import dev.gazette.robust.CountingServer;
import dev.gazette.service.LibraryService;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.web.WebView;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static dev.gazette.ui.WindowFixture.TIMEOUT_S;
import static dev.gazette.ui.WindowFixture.fx;
import static dev.gazette.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clicks a link in the real reader pane: the address goes to the system browser (watched here),
 * the reader stays on the article, and nothing is fetched, not even the first request of a
 * navigation that is cancelled a moment later.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderLinksTest {

    @TempDir
    static Path dir;
    private WindowFixture window;
    private LibraryService service;
    private MainViewModel model;
    private MainView view;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void warmUp() {
        WindowFixture.warmUp(dir);
    }

    @Start
    void start(Stage stage) {
        stage.setX(0);
        stage.setY(0);
        window = WindowFixture.show(stage, WindowFixture.freshLibrary(dir), 1200, 760);
        service = window.service();
        model = window.model();
        view = window.view();
        view.setLinkOpener(opened::add);
        model.refresh();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aClickedLinkOpensInTheBrowserAndFetchesNothing(FxRobot robot) throws Exception {
        CountingServer server = new CountingServer();
        try {
            String link = server.origin() + "/harbour/report?year=2024&amp;part=2";
            String page = """
                    <html><head><title>Pilots ask for a second tug at the harbour mouth</title></head><body>
                    <article><h1>Pilots ask for a second tug at the harbour mouth</h1>
                    <p><a href="LINK">The full harbour report</a> was published by the port authority of Valparaíso in Chile on Monday, a fictional document written for this test.</p>
                    <p>The harbour pilots say that one tug is not enough on foggy mornings, when the large container ships must turn inside the breakwater before the wind rises.</p>
                    <p>The port authority said it would study the request and answer before the end of the season, after talking to the shipping lines that use the terminal.</p>
                    </article></body></html>""".replace("LINK", link);
            Path file = Files.writeString(dir.resolve("harbour-" + System.nanoTime() + ".html"), page);
            WaitForAsyncUtils.asyncFx(() -> model.importPaths(List.of(file)));
            waitUntil(() -> model.lastReportProperty().get() != null);
            // The import report opens over the window; close it, as a person would.
            waitUntil(() -> robot.lookup("#import-report").tryQuery().isPresent());
            WaitForAsyncUtils.asyncFx(() -> {
                for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                    if (w.getScene() != null && w.getScene().lookup("#import-report") != null) {
                        w.hide();
                    }
                }
            }).get(TIMEOUT_S, TimeUnit.SECONDS);
            waitUntil(() -> !robot.lookup("#articles").queryTableView().getItems().isEmpty());
            WaitForAsyncUtils.asyncFx(() -> robot.lookup("#articles").queryTableView().getSelectionModel().select(0));
            waitUntil(() -> view.reader() != null && view.reader().getEngine().getDocument() != null
                    && view.reader().getEngine().getDocument().getElementsByTagName("a").getLength() > 0);

            String href = fx(() -> ((org.w3c.dom.Element) view.reader().getEngine().getDocument()
                    .getElementsByTagName("a").item(0)).getAttribute("href"));
            assertThat(href).startsWith(ReaderPage.LINK_SCHEME);

            // The link's place on screen, asked of the page itself (the reader runs no page scripts,
            // but the engine still answers the application's own).
            Point2D at = fx(() -> {
                WebView web = view.reader();
                Object x = web.getEngine().executeScript(
                        "(function(){var r=document.querySelector('a').getBoundingClientRect();return r.left+Math.min(20,r.width/2);})()");
                Object y = web.getEngine().executeScript(
                        "(function(){var r=document.querySelector('a').getBoundingClientRect();return r.top+r.height/2;})()");
                return web.localToScreen(((Number) x).doubleValue(), ((Number) y).doubleValue());
            });
            robot.moveTo(at).clickOn(MouseButton.PRIMARY);
            waitUntil(() -> !opened.isEmpty());
            Thread.sleep(500);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(opened).containsExactly(link.replace("&amp;", "&"));
            assertThat(server.requests()).as("requests that reached the local server").isEmpty();
            waitUntil(() -> view.reader().getEngine().getDocument() != null
                    && view.reader().getEngine().getDocument().getElementsByTagName("h1").getLength() > 0);
            assertThat(fx(() -> view.reader().getEngine().getDocument().getElementsByTagName("h1").item(0).getTextContent()))
                    .contains("second tug");
        } finally {
            server.close();
        }
    }
}
