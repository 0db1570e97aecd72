package dev.gazette.ui;

import dev.gazette.TopicStories;
import dev.gazette.model.ArticleQuery;
import dev.gazette.model.ImportOutcome;
import dev.gazette.service.LibraryService;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
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

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggested tags in the real window (headless): an untagged story shows its learned tag as a
 * ghost chip with the article; a click or t-then-Tab adds it; × refuses it for good; the
 * "Suggested tags" sheet adds the ticked tags of every untagged story at once. With
 * {@code -Dgazette.screenshots=docs} it also writes the screenshots of docs/tags.md.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestedTagsWindowTest {

    private static final int TIMEOUT_S = 60;

    @TempDir
    static Path dir;
    private LibraryService service;
    private MainViewModel model;
    private Stage stage;
    /** Article ids by topic, in story order; the first four of each are tagged. */
    private final Map<String, List<Long>> byTopic = new HashMap<>();

    @BeforeAll
    static void warmUp() {
        LibraryService.open(dir.resolve("warm-up")).close();
        NativePreload.webkitNow();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        service = LibraryService.open(dir.resolve("lib-" + System.nanoTime()));
        List<Path> files = TopicStories.write(dir.resolve("in-" + System.nanoTime()), 6);
        // library work never runs on the JavaFX thread (the thread check refuses it)
        CompletableFuture.runAsync(() -> {
            for (ImportOutcome o : service.importPaths(files).outcomes()) {
                String topic = Path.of(o.file()).getFileName().toString().replaceAll("-\\d+\\.txt$", "");
                byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(o.articleId());
            }
            byTopic.values().forEach(l -> l.sort(null));
            byTopic.forEach((topic, ids) -> service.tag(ids.subList(0, 4), List.of(topic), List.of()));
            service.suggestions().awaitLearning();
        }).get(TIMEOUT_S, TimeUnit.SECONDS);
        model = new MainViewModel(service);
        MainView view = new MainView(model, null);
        Scene scene = new Scene(view.root(), 1200, 760);
        scene.getStylesheets().add(GazetteApp.class.getResource("gazette.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.refresh();
        javafx.application.Platform.runLater(view::createReader);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.shutdown()).get(TIMEOUT_S, TimeUnit.SECONDS);
        service.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private List<String> tagsOf(long id) throws Exception {
        return CompletableFuture.supplyAsync(() -> service.article(id).orElseThrow().state().tags()).get();
    }

    /** Shows the article; true when its ghost chip was there the moment the article was. */
    private boolean selectAndSeeGhostWithIt(FxRobot robot, long id, String tag) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.selectId(id)).get();
        waitUntil(() -> model.selectedProperty().get() != null && model.selectedProperty().get().id() == id);
        return shown(robot, "#ghost-" + tag); // no waiting: it came with the article or not at all
    }

    @Test
    void theLearnedTagComesWithTheArticleAndAClickAddsIt(FxRobot robot) throws Exception {
        long id = byTopic.get("harbour").get(5);
        assertThat(selectAndSeeGhostWithIt(robot, id, "harbour")).isTrue();
        assertThat(shown(robot, "#ghost-orchard")).isFalse();
        shoot("tags-ghost-chips.png");
        robot.clickOn("#ghost-harbour .ghost-chip-add");
        waitUntil(() -> shown(robot, "#chip-harbour") && !shown(robot, "#ghost-harbour"));
        assertThat(tagsOf(id)).containsExactly("harbour");
    }

    @Test
    void tThenTabAddsTheFirstSuggestion(FxRobot robot) throws Exception {
        long id = byTopic.get("orchard").get(5);
        assertThat(selectAndSeeGhostWithIt(robot, id, "orchard")).isTrue();
        robot.clickOn("#tag-input");
        robot.type(KeyCode.TAB);
        waitUntil(() -> shown(robot, "#chip-orchard"));
        assertThat(tagsOf(id)).containsExactly("orchard");
    }

    @Test
    void aRefusedSuggestionIsNotOfferedForThatArticleAgain(FxRobot robot) throws Exception {
        long id = byTopic.get("chess").get(5);
        assertThat(selectAndSeeGhostWithIt(robot, id, "chess")).isTrue();
        robot.clickOn("#ghost-chess .chip-remove");
        waitUntil(() -> !shown(robot, "#ghost-chess"));
        WaitForAsyncUtils.asyncFx(() -> model.clearSelection()).get();
        assertThat(selectAndSeeGhostWithIt(robot, id, "chess")).isFalse();
        assertThat(tagsOf(id)).isEmpty();
        assertThat(selectAndSeeGhostWithIt(robot, byTopic.get("chess").get(4), "chess")).isTrue(); // only that article
    }

    @Test
    void theSuggestedTagsSheetAddsEveryTickedTag(FxRobot robot) throws Exception {
        Dialog<?> sheet = WaitForAsyncUtils.asyncFx(() -> SuggestedTagsView.open(stage, model.suggestedTags()))
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        waitUntil(() -> model.suggestedTags().rows().size() == 6);
        shootWindow(sheet.getDialogPane().getScene(), "tags-suggested-view.png");
        // untick one: chess on the first chess story stays off
        long kept = byTopic.get("chess").get(4);
        robot.clickOn("#suggested-" + kept + "-chess");
        waitUntil(() -> model.suggestedTags().tickedCount() == 5);
        robot.clickOn((Button) sheet.getDialogPane().lookup("#suggested-tags-add"));
        waitUntil(() -> model.suggestedTags().rows().size() == 1);
        for (String topic : byTopic.keySet()) {
            long id = byTopic.get(topic).get(5);
            waitUntil(() -> tagsOf(id).contains(topic));
        }
        assertThat(tagsOf(kept)).isEmpty();
        long untagged = CompletableFuture.supplyAsync(() -> service.list(ArticleQuery.ALL, 0, 100).stream()
                .filter(a -> a.tags().isEmpty()).count()).get();
        assertThat(untagged).isEqualTo(1);
        WaitForAsyncUtils.asyncFx(sheet::close).get();
    }

    private void shoot(String name) throws Exception {
        shootWindow(stage.getScene(), name);
    }

    private static void shootWindow(Scene scene, String name) throws Exception {
        String to = System.getProperty("gazette.screenshots");
        if (to == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of(to);
        Files.createDirectories(out);
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(TIMEOUT_S, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }
}
