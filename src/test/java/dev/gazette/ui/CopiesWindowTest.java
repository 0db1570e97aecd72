package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import dev.gazette.model.ImportOutcome;
import dev.gazette.service.LibraryService;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.gazette.ui.WindowFixture.TIMEOUT_S;
import static dev.gazette.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same story imported from two sites, in the real window (headless): one row with a
 * "2 copies" badge; the reader says "Also saved from: Lowlands Courier (14 May 2024)" and opens
 * that copy; "Not the same story" splits them into two rows again.
 */
@ExtendWith(ApplicationExtension.class)
class CopiesWindowTest {

    @TempDir
    static Path dir;
    private WindowFixture window;
    private LibraryService service;
    private MainViewModel model;
    private long first;
    private long copy;

    @BeforeAll
    static void warmUp() {
        WindowFixture.warmUp(dir);
    }

    private static String page(String site, String url, String chrome) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/similar/stories/port-strike.txt"), StandardCharsets.UTF_8);
        String[] paragraphs = text.strip().split("\\n\\s*\\n");
        StringBuilder body = new StringBuilder();
        for (int i = 1; i < paragraphs.length; i++) {
            body.append("<p>").append(paragraphs[i].strip()).append("</p>\n");
        }
        return "<html><head><title>" + paragraphs[0] + " | " + site + "</title><link rel=\"canonical\" href=\"" + url
                + "\"><meta property=\"og:site_name\" content=\"" + site + "\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-14T08:00:00Z\"></head><body><nav>" + chrome
                + "</nav><article><h1>" + paragraphs[0] + "</h1>" + body + "</article><footer>" + chrome
                + "</footer></body></html>";
    }

    @Start
    void start(Stage stage) throws Exception {
        Path in = dir.resolve("in-" + System.nanoTime());
        Files.createDirectories(in.resolve("a"));
        Files.createDirectories(in.resolve("b"));
        Files.writeString(in.resolve("a/strike.html"), page("Harbour Wire", "https://harbourwire.example/strike", "Home World"));
        Files.writeString(in.resolve("b/strike.html"), page("Lowlands Courier", "https://courier.example/strike", "Voorpagina Sport"));
        service = WindowFixture.freshLibrary(dir);
        // library work never runs on the JavaFX thread (the thread check refuses it): import on another
        first = java.util.concurrent.CompletableFuture.supplyAsync(() -> service.importPaths(
                List.of(in.resolve("a/strike.html"))).outcomes().get(0).articleId()).get();
        ImportOutcome second = java.util.concurrent.CompletableFuture.supplyAsync(() -> service.importPaths(
                List.of(in.resolve("b/strike.html"))).outcomes().get(0)).get();
        assertThat(second.message()).isEqualTo("copy of #" + first);
        copy = second.articleId();
        window = WindowFixture.show(stage, service, 1200, 760);
        model = window.model();
        model.refresh();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private static List<String> texts(FxRobot robot, String query) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAll().stream().filter(Node::isVisible)
                .map(n -> n instanceof Hyperlink h ? h.getText() : n instanceof Label l ? l.getText() : "")
                .toList()).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    @Test
    void oneRowWithTwoCopiesAndTheReaderOpensTheOther(FxRobot robot) throws Exception {
        TableView<ArticleSummary> table = robot.lookup("#articles").queryTableView();
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).id() == first);
        waitUntil(() -> texts(robot, ".copies-badge").contains("2 copies"));

        WaitForAsyncUtils.asyncFx(() -> model.select(table.getItems().get(0))).get();
        waitUntil(() -> robot.lookup("#copies-bar").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(texts(robot, "#copies-bar .label")).contains("Also saved from:");
        assertThat(texts(robot, ".copy-link")).containsExactly("Lowlands Courier (14 May 2024)");

        robot.clickOn("#copy-link-" + copy);
        waitUntil(() -> model.selectedProperty().get() != null && model.selectedProperty().get().id() == copy);
        List<List<String>> seen = new java.util.ArrayList<>();
        try {
            waitUntil(() -> {
                seen.add(texts(robot, ".copy-link"));
                return seen.get(seen.size() - 1).equals(List.of("Harbour Wire (14 May 2024)"));
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the copy's bar showed " + seen.get(seen.size() - 1), e);
        }

        robot.clickOn("#split-story");
        waitUntil(() -> table.getItems().size() == 2);
        waitUntil(() -> !robot.lookup("#copies-bar").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(texts(robot, ".copies-badge")).doesNotContain("2 copies");
    }
}
