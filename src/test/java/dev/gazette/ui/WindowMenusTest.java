package dev.gazette.ui;

import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ArticleSummary;
import dev.gazette.service.AppVersion;
import dev.gazette.service.LibraryService;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static dev.gazette.ui.WindowFixture.clickSidebar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's menus and the first-hour frictions, driven headless as a person would: Undo that
 * can be clicked after a note came and went, Ctrl+Z, tags typed with commas, sidebar filters
 * that combine into chips, a file that cannot be opened told in the status bar (no modal), and
 * Help → About. Waits by polling with timeouts, never by sleeping.
 */
@ExtendWith(ApplicationExtension.class)
class WindowMenusTest {

    @TempDir
    static Path dir;
    private WindowFixture window;
    private LibraryService service;
    private MainViewModel model;
    private Stage stage;
    private long imported;

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
        window.closeWithOthers(stage); // the About and Details windows a test opened
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WindowFixture.waitUntil(condition);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WindowFixture.fx(c);
    }

    private TableView<ArticleSummary> table(FxRobot robot) {
        return robot.lookup("#articles").queryTableView();
    }

    /** The first start: the samples come in, and the status bar's note says so. */
    private void offerSamples(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.offerSamples().thenRun(() -> { })).get();
        waitUntil(() -> !model.importingSamplesProperty().get());
        WaitForAsyncUtils.asyncFx(() -> model.refresh());
        imported = service.count(ArticleQuery.ALL);
        waitUntil(() -> table(robot).getItems().size() == imported);
    }

    private void selectFirstRow(FxRobot robot) throws Exception {
        robot.clickOn("#articles");
        robot.type(KeyCode.J);
        waitUntil(() -> model.selectedProperty().get() != null);
    }

    // issue 22, item 5: the steps that failed 3 tries of 3
    @Test
    void undoCanBeClickedAfterANoteWasShownAndCleared(FxRobot robot) throws Exception {
        offerSamples(robot);
        waitUntil(() -> robot.lookup("#notice").queryAs(Label.class).getText().startsWith("Added"));
        robot.clickOn("#search").write("harbour");
        waitUntil(() -> robot.lookup("#notice").queryAs(Label.class).getText().isEmpty());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table(robot).getItems().size() == imported);
        selectFirstRow(robot);
        long id = fx(() -> model.selectedProperty().get().id());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> table(robot).getItems().size() == imported - 1);
        waitUntil(() -> robot.lookup("#undo").query().isVisible());
        robot.clickOn("#undo");
        waitUntil(() -> table(robot).getItems().size() == imported);
        assertThat(fx(() -> table(robot).getItems().stream().anyMatch(a -> a.id() == id))).isTrue();
        assertThat(fx(() -> robot.lookup("#undo").query().getParent().isVisible())).isFalse();
    }

    @Test
    void ctrlZUndoesTheLastDeleteAndTheLastTagRemoved(FxRobot robot) throws Exception {
        offerSamples(robot);
        selectFirstRow(robot);
        long id = fx(() -> model.selectedProperty().get().id());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> table(robot).getItems().size() == imported - 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> table(robot).getItems().size() == imported);
        assertThat(fx(() -> table(robot).getItems().stream().anyMatch(a -> a.id() == id))).isTrue();

        selectFirstRow(robot);
        long tagged = fx(() -> model.selectedProperty().get().id());
        WaitForAsyncUtils.asyncFx(() -> model.addTag(tagged, "keep-me"));
        waitUntil(() -> robot.lookup("#chip-keep-me").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#chip-keep-me .chip-remove").queryButton());
        waitUntil(() -> robot.lookup("#chip-keep-me").tryQuery().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> table(robot).requestFocus()).get();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#chip-keep-me").tryQuery().isPresent());
        assertThat(service.article(tagged).orElseThrow().state().tags()).contains("keep-me");
    }

    // issue 26, item 1
    @Test
    void commasSeparateTagsTypedInTheTagBox(FxRobot robot) throws Exception {
        offerSamples(robot);
        selectFirstRow(robot);
        long id = fx(() -> model.selectedProperty().get().id());
        robot.type(KeyCode.T);
        robot.write("water, drought").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#chip-drought").tryQuery().isPresent());
        assertThat(robot.lookup("#chip-water").tryQuery()).isPresent();
        assertThat(service.article(id).orElseThrow().state().tags()).contains("water", "drought")
                .doesNotContain("water, drought");
    }

    // issue 26, item 3
    @Test
    void aYearAndARegionCombineAndShowAsRemovableChips(FxRobot robot) throws Exception {
        offerSamples(robot);
        assertThat(robot.lookup("#filter-chips").query().isVisible()).isFalse();
        clickSidebar(robot, "date:2019");
        waitUntil(() -> table(robot).getItems().size() == 2);
        clickSidebar(robot, "region:Africa");
        long both = service.count(ArticleQuery.ALL.withDate(2019, null, null).withRegions(List.of("Africa")));
        assertThat(both).isEqualTo(1);
        waitUntil(() -> table(robot).getItems().size() == both);
        assertThat(table(robot).getItems().get(0).title()).contains("Nairobi");
        assertThat(robot.lookup("#filter-chips").query().isVisible()).isTrue();
        assertThat(robot.lookup("#filter-date-2019").tryQuery()).isPresent();
        assertThat(robot.lookup("#filter-region-Africa").tryQuery()).isPresent();
        // the status bar's count agrees with the list
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("1 article");

        robot.clickOn(robot.lookup("#filter-date-2019 .chip-remove").queryButton());
        long inAfrica = service.count(ArticleQuery.ALL.withRegions(List.of("Africa")));
        waitUntil(() -> table(robot).getItems().size() == inAfrica);
        robot.clickOn("#filter-clear");
        waitUntil(() -> table(robot).getItems().size() == imported);
        assertThat(robot.lookup("#filter-chips").query().isVisible()).isFalse();
    }

    @Test
    void theMapFollowsEveryActiveFilterItsOwnKindToo(FxRobot robot) throws Exception {
        offerSamples(robot);
        clickSidebar(robot, "region:Africa");
        long inAfrica = service.count(ArticleQuery.ALL.withRegions(List.of("Africa")));
        waitUntil(() -> table(robot).getItems().size() == inAfrica);
        robot.clickOn("#page-map");
        waitUntil(() -> robot.lookup("#map-hint").tryQuery().isPresent());
        // the samples name 11 countries; Africa's articles are about three of them
        waitUntil(() -> robot.lookup("#map-hint").queryAs(Label.class).getText().startsWith("3 countries"));
    }

    @Test
    void aRestoredFilterShowsItsChips(FxRobot robot) throws Exception {
        offerSamples(robot);
        WaitForAsyncUtils.asyncFx(() -> model.restoreFilters("date:2019\nregion:Africa"));
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(robot.lookup("#filter-chips").query().isVisible()).isTrue();
        assertThat(robot.lookup("#filter-region-Africa").tryQuery()).isPresent();
    }

    // issue 26, item 2
    @Test
    void aFileThatCannotBeOpenedIsANoteWithDetailsNotAModal(FxRobot robot) throws Exception {
        offerSamples(robot);
        Path fake = dir.resolve("fake.html");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0};
        Files.write(fake, png);
        WaitForAsyncUtils.asyncFx(() -> new FileOpener(model, stage).open(List.of(fake)));
        waitUntil(() -> robot.lookup("#notice").queryAs(Label.class).getText().contains("fake.html"));
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).startsWith("Could not open");
        assertThat(fx(() -> Window.getWindows().size())).as("no dialog opened").isEqualTo(1);
        robot.clickOn("#notice-details");
        waitUntil(() -> robot.lookup("#notice-details-sheet").tryQuery().isPresent());
        assertThat(fx(() -> ((javafx.scene.control.TextArea) robot.lookup("#notice-details-sheet .text-area").query()).getText()))
                .contains("fake.html");
        assertThat(fx(() -> Window.getWindows().stream().filter(w -> w != stage)
                .allMatch(w -> w instanceof Stage s && s.getModality() == javafx.stage.Modality.NONE))).isTrue();
    }

    // issue 26, item 6
    @Test
    void fileEditAndHelpMenusHaveWhatPeopleLookFor(FxRobot robot) throws Exception {
        robot.clickOn("File");
        for (String item : List.of("Import Files…", "Import Folder…", "Export…", "Back Up…", "Restore…",
                "Show Library Folder", "Open Another Library…", "Quit")) {
            assertThat(robot.lookup(item).tryQuery()).as(item).isPresent();
        }
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Edit");
        for (String item : List.of("Undo", "Copy", "Select All", "Find")) {
            assertThat(robot.lookup(item).tryQuery()).as(item).isPresent();
        }
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Help");
        robot.clickOn("About Gazette");
        waitUntil(() -> robot.lookup("#about-text").tryQuery().isPresent());
        String about = robot.lookup("#about-text").queryAs(Label.class).getText();
        assertThat(about).contains(AppVersion.VERSION).contains(service.directory().toAbsolutePath().toString());
    }

    @Test
    void editFindPutsTheCaretInTheSearchBox(FxRobot robot) throws Exception {
        robot.clickOn("#articles");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#search").query().isFocused());
    }

}
