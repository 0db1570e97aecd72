package dev.gazette.ui;

import dev.gazette.service.LibraryService;
import dev.gazette.service.ThreadCheck;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window tests' one fixture: the real main window ({@link MainView} over a {@link MainViewModel})
 * on a library, in a shown stage with the application's style sheet, light theme and shortcuts, as
 * {@code GazetteApp} builds it. Call {@link #show} from a TestFX {@code @Start} method and
 * {@link #close} from {@code @AfterEach}; {@code close} fails the test when library work ran on the
 * JavaFX thread. Waits poll with {@link #TIMEOUT_S}, never sleep.
 */
record WindowFixture(LibraryService service, MainViewModel model, MainView view, Scene scene) {

    /** How long any wait of a window test may take, in seconds. */
    static final int TIMEOUT_S = 60;

    /** Loads the slow parts once (SQLite's native library, WebKit), off the JavaFX thread; call from {@code @BeforeAll}. */
    static void warmUp(Path dir) {
        LibraryService.open(dir.resolve("warm-up")).close();
        NativePreload.webkitNow();
    }

    /** A new, empty library under {@code dir}. */
    static LibraryService freshLibrary(Path dir) {
        return LibraryService.open(dir.resolve("lib-" + System.nanoTime()));
    }

    /**
     * Shows the main window on {@code service} in {@code stage} at {@code width}×{@code height};
     * the reader's web view is created just after, as the application does. The list is not yet
     * loaded: call {@code model().refresh()} when the test wants it.
     */
    static WindowFixture show(Stage stage, LibraryService service, double width, double height) {
        MainViewModel model = new MainViewModel(service);
        MainView view = new MainView(model, null);
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(GazetteApp.class.getResource("gazette.css").toExternalForm());
        GazetteApp.applyAppTheme(ReaderPage.Theme.LIGHT);
        view.installShortcuts(scene);
        view.setUndoDuration(javafx.util.Duration.minutes(5));
        stage.setScene(scene);
        stage.show();
        Platform.runLater(view::createReader);
        return new WindowFixture(service, model, view, scene);
    }

    /** Stops the window's workers, closes the library and asserts nothing ran on the JavaFX thread. */
    /**
     * Hides every window but {@code stage} (an About, Details or original's window a test opened),
     * then closes as {@link #close()} does.
     */
    void closeWithOthers(Stage stage) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
        }).get(TIMEOUT_S, TimeUnit.SECONDS);
        close();
    }

    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.shutdown()).get(TIMEOUT_S, TimeUnit.SECONDS);
        service.close();
        List<String> onUiThread = ThreadCheck.violations();
        ThreadCheck.clear();
        assertThat(onUiThread).as("library work or HTML parsing on the JavaFX thread").isEmpty();
    }

    /** Waits until {@code condition}, read on the JavaFX thread, holds; then until the JavaFX events are handled. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs {@code c} on the JavaFX thread and returns its result. */
    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /**
     * Clicks the sidebar row whose key is key ("date:2019", "region:Africa", "all"): the sidebar
     * is virtualised, so the row is first scrolled into view and its cell waited for.
     */
    static void clickSidebar(FxRobot robot, String key) throws Exception {
        waitUntil(() -> {
            @SuppressWarnings("unchecked")
            TreeView<SidebarItem> tree = (TreeView<SidebarItem>) robot.lookup("#sidebar").query();
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                var item = tree.getTreeItem(i);
                if (item != null && item.getValue() != null && key.equals(item.getValue().key())) {
                    tree.scrollTo(Math.max(0, i - 2));
                    return true;
                }
            }
            return false;
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> robot.lookup(".tree-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TreeCell<?> c && c.getItem() instanceof SidebarItem s && s.key().equals(key)));
        Node cell = robot.lookup(".tree-cell").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getItem() instanceof SidebarItem s && s.key().equals(key))
                .findFirst().orElseThrow();
        robot.clickOn(cell);
    }
}
