package dev.gazette.ui;

import dev.gazette.model.ArticleSummary;
import dev.gazette.model.Highlight;
import dev.gazette.service.LibraryService;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The highlight feature in a real (headless) window: marks in the reader, the side pane, the Highlights view. */
@ExtendWith(ApplicationExtension.class)
class HighlightFeatureTest {

    @TempDir
    static Path dir;
    private LibraryService service;
    private MainViewModel model;
    private WebView reader;
    private HighlightFeature feature;

    @Start
    void start(Stage stage) {
        service = LibraryService.open(dir.resolve("lib-" + System.nanoTime()));
        boolean checking = dev.gazette.service.ThreadCheck.enable(false); // the setup, not the window
        try {
            service.importPaths(List.of(Path.of("samples")));
        } finally {
            dev.gazette.service.ThreadCheck.enable(checking);
        }
        model = new MainViewModel(service);
        reader = new WebView();
        reader.getEngine().setJavaScriptEnabled(false);
        Runnable[] rerender = new Runnable[1];
        feature = HighlightFeature.install(model, reader, () -> rerender[0].run());
        ReaderViewModel pages = model.reader();
        pages.pageProperty().addListener((obs, o, p) -> {
            if (p != null) {
                reader.getEngine().loadContent(p.html());
            }
        });
        rerender[0] = () -> pages.show(model.selectedProperty().get(), ReaderPage.Theme.LIGHT, 100, null);
        model.selectedProperty().addListener((obs, o, v) -> rerender[0].run());
        stage.setScene(new Scene(new SplitPane(reader, feature.notesPane().root()), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> feature.shutdown()).get();
        service.close();
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 6; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(250);
        }
    }

    @Test
    void selectedArticleShowsItsMarksNoteAndHighlights() throws Exception {
        ArticleSummary a = service.list(service.parseSearch("Valparaiso").query(), 0, 1).get(0);
        Highlight h = service.annotations().highlight(a.id(), 0, 20, "blue", "first words");
        service.annotations().setNote(a.id(), "My note");
        WaitForAsyncUtils.asyncFx(() -> model.select(a)).get();
        settle();
        assertThat(WaitForAsyncUtils.asyncFx(() -> reader.getEngine().getDocument().getElementById("hl-" + h.id()) != null)
                .get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> feature.controller().scrollTo(h.id())).get()).isTrue();
        assertThat(feature.notesPane().highlights()).extracting(Highlight::id).containsExactly(h.id());
        assertThat(feature.notesPane().editor().getText()).isEqualTo("My note");

        // the note is saved when edited
        WaitForAsyncUtils.asyncFx(() -> {
            feature.notesPane().editor().setText("Changed note");
            feature.notesPane().save();
        }).get();
        settle();
        assertThat(service.annotations().note(a.id())).isEqualTo("Changed note");

        WaitForAsyncUtils.asyncFx(() -> feature.highlightsView().search("first words")).get();
        settle();
        assertThat(feature.highlightsView().entries()).extracting(e -> e.highlight().id()).containsExactly(h.id());
    }
}
